import { oembedPath } from '../cite/oembed';
import { localeInfo } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { cardSize } from '../og/size';
import { hreflangs } from '../routes/hreflang';
import { articlePath, feedPath } from '../routes/paths';
import type { Route } from '../routes/routes';
import { contentSecurityPolicy } from './csp';
import { jsonLdScript, structuredData } from './structured';
import { documentTitle } from './title';

/** What a page says about itself in its head, beyond what its route says. */
export interface PageMeta {
  title: string;
  description: string;
  cardAlt: string;
  ogType?: 'website' | 'article';
  /** The whole `<title>` when it is not "title | site name" (the language chooser names every site name). */
  documentTitle?: string;
}

/** One element of the head: a `<meta>` or a `<link>` with its attributes, in order. */
export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

/** A page's `<title>` and the elements after it. */
export interface Head {
  title: string;
  /** Before the title: charset, CSP, viewport and a share page's refresh. */
  before: HeadTag[];
  after: HeadTag[];
  /** The page's schema.org JSON-LD, serialised for a `<script type="application/ld+json">` (a data block: the CSP does not apply). */
  jsonLd: string | undefined;
}

const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

/**
 * The head of a page as data, from its route (canonical, alternates, card, locale) and what the
 * page says (title, description, card alt): the one head of every page, rendered by `Head.astro`.
 */
export function pageHead(route: Route, page: PageMeta, site: URL): Head {
  const info = localeInfo(route.locale);
  const t = ui(route.locale);
  const absolute = (path: string) => new URL(path, site).href;
  const chooser = route.kind === 'chooser';
  const refresh = route.kind === 'share' ? [meta({ 'http-equiv': 'refresh', content: `0; url=${route.destination}` })] : [];
  return {
    title: page.documentTitle ?? documentTitle(page.title, t.siteName),
    before: [
      meta({ charset: 'utf-8' }),
      meta({ 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }),
      meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      ...refresh,
    ],
    after: [
      meta({ name: 'description', content: page.description }),
      ...(route.canonical ? [link({ rel: 'canonical', href: absolute(route.canonical) })] : []),
      ...hreflangs(route, site).map((alternate) => link({ rel: 'alternate', ...alternate })),
      ...(chooser ? [] : [link({ rel: 'alternate', type: 'application/rss+xml', title: t.rssTitle, href: feedPath(route.locale) })]),
      // oEmbed discovery: Ghost, WordPress and Notion embed the passage as a quotation.
      // (A bilingual share page has none: its single-edition page is the one to embed.)
      ...(route.kind === 'share' && !route.beside
        ? [link({ rel: 'alternate', type: 'application/json+oembed', href: absolute(oembedPath(route)), title: page.title })]
        : []),
      link({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
      meta({ property: 'og:site_name', content: t.siteName }),
      meta({ property: 'og:type', content: page.ogType ?? 'website' }),
      meta({ property: 'og:title', content: page.title }),
      meta({ property: 'og:description', content: page.description }),
      // The page itself, even where the canonical is another page: Facebook and the crawlers that
      // honour og:url show the card of the og:url's object, and a share page's card is its passage.
      ...(route.canonical ? [meta({ property: 'og:url', content: absolute(route.path) })] : []),
      meta({ property: 'og:locale', content: info.ogLocale }),
      ...route.alternates
        .filter((a) => a.locale !== route.locale)
        .map((a) => meta({ property: 'og:locale:alternate', content: localeInfo(a.locale).ogLocale })),
      meta({ property: 'og:image', content: absolute(route.card) }),
      meta({ property: 'og:image:type', content: 'image/png' }),
      meta({ property: 'og:image:width', content: String(cardSize.width) }),
      meta({ property: 'og:image:height', content: String(cardSize.height) }),
      meta({ property: 'og:image:alt', content: page.cardAlt }),
      meta({ name: 'twitter:card', content: 'summary_large_image' }),
      meta({ name: 'twitter:image:alt', content: page.cardAlt }),
      ...citationTags(route, site),
    ],
    jsonLd: ((data) => data && jsonLdScript(data))(structuredData(route, site)),
  };
}

/**
 * The Highwire `citation_*` tags that reference managers (Zotero, Mendeley) read, on the pages
 * of an edition (its article page and its share pages): they name the edition, not the passage.
 */
function citationTags(route: Route, site: URL): HeadTag[] {
  if (route.kind !== 'article' && route.kind !== 'share') return [];
  const { article, edition } = route;
  return [
    meta({ name: 'citation_title', content: edition.data.title }),
    meta({ name: 'citation_author', content: edition.data.author }),
    meta({ name: 'citation_publication_date', content: edition.data.published.toISOString().slice(0, 10).replaceAll('-', '/') }),
    meta({ name: 'citation_language', content: localeInfo(edition.locale).htmlLang }),
    meta({ name: 'citation_publisher', content: edition.data.publisher }),
    meta({ name: 'citation_public_url', content: new URL(articlePath(edition.locale, article.slug), site).href }),
  ];
}
