import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import type { Term } from '../glossary/schema';
import type { Passage } from '../passages/model';
import type { Site } from '../site/assemble';
import { editionFor, editionLocales, type Article, type Edition } from '../site/articles';
import { cardPath, chooserPath, pagePath, passagePath, type PageKind, type PageRef } from './paths';

/** A link to a version of a page in a locale (an hreflang alternate, or a language switcher target). */
export interface LocaleLink {
  locale: Locale;
  path: string;
}

/** What every route says about its page, whatever it shows. */
interface RouteBase {
  page: PageRef;
  /** The page's path (`pagePath(page)`). */
  path: string;
  /** The page's UI locale (the default locale for the chooser and the not-found page). */
  locale: Locale;
  /**
   * The versions of this page in every locale that exist as such, this page among them (hreflang
   * alternates): the same list on every member of the group, so that alternates are reciprocal.
   * Empty for pages that are not a version of anything (a share page, the not-found page).
   */
  alternates: LocaleLink[];
  /** The page that `x-default` names: the same for every member of the group (undefined without alternates). */
  xDefault: string | undefined;
  /** The language switcher's targets. */
  switcher: LocaleLink[];
  /** Where `rel=canonical` points: the page itself, or the page it repeats (none for the not-found page, which is no URL of its own). */
  canonical: string | undefined;
  /** The page's Open Graph card. */
  card: string;
  /** Search indexes this page's `data-pagefind-body` content as an edition of its locale. */
  indexed: boolean;
  /** The page is listed in the sitemap. */
  sitemap: boolean;
  /**
   * Astro's incremental-build key: a digest of the content the page shows (cache-keys.ts). Set on
   * the build's route table (`getRoutes`); a table computed outside a build has none.
   */
  cacheKey?: string;
}

/** The language chooser `/`: the publication, every article in each of its editions. */
export interface ChooserRoute extends RouteBase {
  kind: 'chooser';
  articles: Article[];
}
/** The not-found page. */
export interface NotFoundRoute extends RouteBase {
  kind: 'not-found';
}
/** A locale's home: its articles. */
export interface HomeRoute extends RouteBase {
  kind: 'home';
  articles: Article[];
}
/** An article in one locale: its edition there, or the original with a notice. */
export interface ArticleRoute extends RouteBase {
  kind: 'article';
  article: Article;
  /** The edition shown. */
  edition: Edition;
  /** False when the locale has no edition and the page shows the original. */
  translated: boolean;
  /** Passage id → the removed ids whose links now lead to it (declared moves). */
  movedFrom: Map<string, string[]>;
}
/** A passage's share page. */
export interface ShareRoute extends RouteBase {
  kind: 'share';
  article: Article;
  edition: Edition;
  /** The id in the URL (a moved id keeps its share page). */
  id: string;
  /** The passage it leads to. */
  passage: Passage;
  /** The passage in context, where the page sends the reader on. */
  destination: string;
  /** On a bilingual share page: the same passage in the edition it is shown beside (the original). */
  beside?: { edition: Edition; passage: Passage };
  /** On a translation's share page: its bilingual share page (with the original). */
  bilingual?: string;
}
/** What the two-edition pages show: the `locale` edition (`left`) with the `other` one (`right`). */
interface PairFields {
  article: Article;
  other: Locale;
  left: Edition;
  right: Edition;
}
/** Two editions side by side. */
export interface CompareRoute extends RouteBase, PairFields {
  kind: 'compare';
}
/** Two editions stacked: each passage followed by its counterpart. */
export interface StackedRoute extends RouteBase, PairFields {
  kind: 'stacked';
}
/** A locale's glossary. */
export interface GlossaryRoute extends RouteBase {
  kind: 'glossary';
  terms: Term[];
}
/** A glossary term page. */
export interface TermRoute extends RouteBase {
  kind: 'term';
  term: Term;
}
/** A locale's search page. */
export interface SearchRoute extends RouteBase {
  kind: 'search';
  articles: Article[];
  /** The glossary, whose names and aliases a concept search adds to a query. */
  terms: Term[];
}

/** One page of the site, with everything its view needs. */
export type Route =
  | ChooserRoute
  | NotFoundRoute
  | HomeRoute
  | ArticleRoute
  | ShareRoute
  | CompareRoute
  | StackedRoute
  | GlossaryRoute
  | TermRoute
  | SearchRoute;

/** The route of a kind of page. */
export type RouteOf<K extends PageKind> = Extract<Route, { kind: K }>;

type Fields<R extends Route> = Omit<R, keyof RouteBase | 'kind'>;
type Overrides = Partial<Pick<RouteBase, 'alternates' | 'switcher' | 'canonical' | 'indexed' | 'sitemap' | 'xDefault'>> & {
  xDefaultLocale?: Locale;
};

/** A route with the defaults: alternates in every locale, the switcher on them, canonical to itself, in the sitemap, not indexed. */
function route<R extends Route>(page: PageRef & { kind: R['kind'] }, locale: Locale, fields: Fields<R>, overrides: Overrides = {}): R {
  const path = pagePath(page);
  const alternates =
    overrides.alternates ??
    ('locale' in page ? localeCodes.map((code) => ({ locale: code, path: pagePath({ ...page, locale: code }) })) : []);
  const xDefault = alternates.find((a) => a.locale === overrides.xDefaultLocale) ?? alternates[0];
  return {
    kind: page.kind,
    page,
    path,
    locale,
    alternates,
    xDefault: overrides.xDefault ?? xDefault?.path,
    switcher: overrides.switcher ?? alternates,
    canonical: 'canonical' in overrides ? overrides.canonical : path,
    card: cardPath(page),
    indexed: overrides.indexed ?? false,
    sitemap: overrides.sitemap ?? true,
    ...fields,
  } as R;
}

/** The share pages of an article in a locale: each passage of the edition shown, plus every moved id (leading where it moved). */
function shareTargets(edition: Edition, moves: ReadonlyMap<string, string> | undefined): { id: string; target: string }[] {
  return [...edition.passages.map((p) => ({ id: p.id, target: p.id })), ...[...(moves ?? [])].map(([id, target]) => ({ id, target }))];
}

/** Every side-by-side pair of an article: each ordered pair of distinct editions. */
export function comparePairs(article: Article): [Locale, Locale][] {
  const codes = editionLocales(article);
  return codes.flatMap((left) => codes.filter((right) => right !== left).map((right): [Locale, Locale] => [left, right]));
}

/** Where a locale comes in the declaration (the order hreflang groups fall back on). */
const rank = (code: Locale) => localeCodes.indexOf(code);

function articleRoutes(article: Article, site: Site): Route[] {
  const editions = editionLocales(article);
  const editionLinks = (page: (code: Locale) => PageRef) => editions.map((code) => ({ locale: code, path: pagePath(page(code)) }));
  const moves = site.moves.get(article.slug);
  return [
    ...localeCodes.flatMap((locale): Route[] => {
      const edition = editionFor(article, locale);
      const translated = edition.locale === locale;
      const movedFrom = new Map<string, string[]>();
      for (const [old, current] of moves ?? []) movedFrom.set(current, [...(movedFrom.get(current) ?? []), old]);
      const articleRoute = route<ArticleRoute>(
        { kind: 'article', locale, slug: article.slug },
        locale,
        { article, edition, translated, movedFrom },
        {
          // A locale without an edition repeats the original: it is no version of its own in the group.
          alternates: translated ? editionLinks((code) => ({ kind: 'article', locale: code, slug: article.slug })) : [],
          switcher: localeCodes.map((code) => ({ locale: code, path: pagePath({ kind: 'article', locale: code, slug: article.slug }) })),
          xDefaultLocale: article.original,
          indexed: translated,
        },
      );
      const original = article.editions[article.original] as Edition;
      const shares = shareTargets(edition, moves).flatMap(({ id, target }) => {
        // Share pages canonicalise to their article: hreflang between them would name
        // non-canonical URLs, so they carry none (the article's group does); the switcher keeps the hops.
        const links = editionLinks((code) => ({ kind: 'share', locale: code, slug: article.slug, id }));
        const passage = edition.passages.find((p) => p.id === target) as Passage;
        const share = (fields: Pick<ShareRoute, 'beside' | 'bilingual'>) =>
          route<ShareRoute>(
            { kind: 'share', locale, slug: article.slug, id, ...(fields.beside ? { beside: fields.beside.edition.locale } : {}) },
            locale,
            { article, edition, id, passage, destination: passagePath(locale, article.slug, target), ...fields },
            { alternates: [], switcher: links, canonical: articleRoute.path, sitemap: false },
          );
        // A translation's passage also gets a bilingual share page beside the original's (docs/passages.md).
        const counterpart = translated && locale !== article.original && id === target && original.passages.find((p) => p.id === id);
        if (!counterpart) return [share({})];
        const bilingual = share({ beside: { edition: original, passage: counterpart } });
        return [share({ bilingual: bilingual.path }), bilingual];
      });
      return [articleRoute, ...shares];
    }),
    ...comparePairs(article).flatMap(([locale, other]) =>
      (['compare', 'stacked'] as const).map((kind) => {
        // The two pages that show the same pair of editions in the same layout (each with its own UI
        // locale on the left) are the versions of one another; x-default is the one whose left
        // column is the original, else the one whose locale is declared first.
        const pair: [Locale, Locale] = rank(locale) < rank(other) ? [locale, other] : [other, locale];
        const versions = pair.map((code) => ({
          locale: code,
          path: pagePath({ kind, locale: code, slug: article.slug, other: code === locale ? other : locale }),
        }));
        // The switcher goes further: each locale keeps the other edition where it can; the `other` locale gets the mirrored pair.
        const switcher = editions.map((code) => ({
          locale: code,
          path: pagePath({ kind, locale: code, slug: article.slug, other: code === other ? locale : other }),
        }));
        return route<CompareRoute | StackedRoute>(
          { kind, locale, slug: article.slug, other },
          locale,
          { article, other, left: article.editions[locale] as Edition, right: article.editions[other] as Edition },
          { alternates: versions, switcher, xDefaultLocale: pair.includes(article.original) ? article.original : pair[0] },
        );
      }),
    ),
  ];
}

/**
 * Every page the site builds, each with the data its view shows: the one list of pages that the
 * pages' `getStaticPaths`, the cards, the sitemap, the search index and the tests read.
 */
export function routes(site: Site): Route[] {
  const homes = localeCodes.map((code) => ({ locale: code, path: pagePath({ kind: 'home', locale: code }) }));
  return [
    // The chooser and the homes are one group: the homes in their languages, the chooser as x-default.
    route<ChooserRoute>(
      { kind: 'chooser' },
      defaultLocale,
      { articles: site.articles },
      { alternates: homes, switcher: [], xDefault: chooserPath },
    ),
    route<NotFoundRoute>(
      { kind: 'not-found' },
      defaultLocale,
      {},
      { alternates: [], switcher: homes, canonical: undefined, sitemap: false },
    ),
    ...localeCodes.flatMap((locale): Route[] => [
      route<HomeRoute>({ kind: 'home', locale }, locale, { articles: site.articles }, { xDefault: chooserPath }),
      route<GlossaryRoute>({ kind: 'glossary', locale }, locale, { terms: site.terms }),
      ...site.terms.map((term) => route<TermRoute>({ kind: 'term', locale, slug: term.slug }, locale, { term }, { indexed: true })),
      route<SearchRoute>({ kind: 'search', locale }, locale, { articles: site.articles, terms: site.terms }),
    ]),
    ...site.articles.flatMap((article) => articleRoutes(article, site)),
  ];
}

/** The routes of one kind of page. */
export function routesOf<K extends PageKind>(all: readonly Route[], kind: K): RouteOf<K>[] {
  return all.filter((r): r is RouteOf<K> => r.kind === kind);
}

/** A page's URL params, named as the page files name them (`[locale]`, `[slug]`, `[id]`, `[other]`). */
export function routeParams(page: PageRef): Record<string, string> {
  const { kind: _kind, ...params } = page;
  return params;
}

/** `getStaticPaths` entries for the routes of a kind: each route's URL params, the route itself as props, and its cache key when it has one. */
export function staticPaths<K extends PageKind>(all: readonly Route[], kind: K, which: (route: RouteOf<K>) => boolean = () => true) {
  return routesOf(all, kind)
    .filter(which)
    .map((r) => ({ params: routeParams(r.page), props: { route: r }, ...(r.cacheKey === undefined ? {} : { cacheKey: r.cacheKey }) }));
}

/** Whether a share route is a bilingual share page (for the page files that serve one kind of share page each). */
export const isBilingual = (route: ShareRoute) => route.beside !== undefined;
