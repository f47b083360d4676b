import { contentDir } from '../../src/lib/content/paths';
import type { Locale } from '../../src/lib/i18n/locales';
import type { PageKind } from '../../src/lib/routes/paths';
import { routes, type Route } from '../../src/lib/routes/routes';
import { readSite } from '../../src/lib/site/read';

export interface SamplePage {
  kind: PageKind;
  /** The page's UI locale; null for the pages outside every locale (the language chooser, the not-found page). */
  locale: Locale | null;
  /** The site path to load, e.g. `/ja/articles/ai-bubble/`. */
  path: string;
}

let table: Route[] | undefined;
/** The route table of the content the tests build ($CONTENT_DIR or content/), read once. */
export function siteRoutes(): Route[] {
  table ??= routes(readSite(contentDir()).site);
  return table;
}

/** The first article slug of a locale's route table (the articles are the same in every locale). */
export function articleSlug(locale: Locale): string {
  const article = siteRoutes().find((route) => route.page.kind === 'article' && route.page.locale === locale);
  if (!article || article.page.kind !== 'article') throw new Error(`the route table has no article in ${locale}`);
  return article.page.slug;
}

/** The first page of every kind in every locale, plus the pages outside the locales, as the route table lists them. */
export function samplePages(): SamplePage[] {
  const seen = new Set<string>();
  return siteRoutes().flatMap(({ page, path }) => {
    const locale = 'locale' in page ? page.locale : null;
    const key = `${page.kind} ${locale}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ kind: page.kind, locale, path }];
  });
}
