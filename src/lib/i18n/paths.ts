import type { Locale } from './locales';

/** The home page of a locale: `/<locale>/`. */
export const homePath = (locale: Locale) => `/${locale}/`;

/** An article edition: `/<locale>/articles/<slug>/`. */
export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`;

/** A passage inside an article edition: `/<locale>/articles/<slug>/#<id>`. */
export const passagePath = (locale: Locale, slug: string, id: string) => `${articlePath(locale, slug)}#${id}`;

/** A passage's share page: `/<locale>/articles/<slug>/p/<id>/`. */
export const sharePath = (locale: Locale, slug: string, id: string) => `${articlePath(locale, slug)}p/${id}/`;

/** The side-by-side page of an article: the `locale` edition beside the `other` one. */
export const comparePath = (locale: Locale, slug: string, other: Locale) => `${articlePath(locale, slug)}compare/${other}/`;

/** The glossary index of a locale. */
export const glossaryPath = (locale: Locale) => `/${locale}/glossary/`;

/** A glossary term page. */
export const termPath = (locale: Locale, slug: string) => `/${locale}/glossary/${slug}/`;

/** The search page of a locale. */
export const searchPath = (locale: Locale) => `/${locale}/search/`;

/** The RSS feed of a locale. */
export const feedPath = (locale: Locale) => `/${locale}/rss.xml`;

/**
 * The Open Graph card of a page: `/og/<page path without its trailing slash>.png` (`/og/index.png`
 * for `/`); a page named as a file (`/404.html`, `/a/index.html`) has the card of its directory form.
 */
export function cardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/[?#].*$/, '').replace(/(?:\/index)?\.html$/, '').replace(/\/+$/, '');
  return `/og${trimmed === '' ? '/index' : trimmed}.png`;
}

/** The same page in another locale: swaps the first path segment. */
export function switchLocale(pagePath: string, locale: Locale): string {
  return pagePath.replace(/^\/[^/]+\//, `/${locale}/`);
}
