import { isLocale, type Locale } from '../i18n/locales';

/**
 * Every URL of the site is built here, and `parsePagePath` is the one inverse of the page
 * builders: nothing else takes a path apart.
 */

/** The home page of a locale: `/<locale>/`. */
export const homePath = (locale: Locale) => `/${locale}/`;

/** An article edition: `/<locale>/articles/<slug>/`. */
export const articlePath = (locale: Locale, slug: string) => `/${locale}/articles/${slug}/`;

/** A passage inside an article edition: `/<locale>/articles/<slug>/#<id>`. */
export const passagePath = (locale: Locale, slug: string, id: string) => `${articlePath(locale, slug)}#${id}`;

/**
 * A passage's share page: `/<locale>/articles/<slug>/p/<id>/`; with `beside`, its bilingual share
 * page, the passage beside the same passage of the `beside` edition (the original):
 * `/<locale>/articles/<slug>/p/<id>/<beside>/`.
 */
export const sharePath = (locale: Locale, slug: string, id: string, beside?: Locale) =>
  `${articlePath(locale, slug)}p/${id}/${beside ? `${beside}/` : ''}`;

/** The side-by-side page of an article: the `locale` edition beside the `other` one. */
export const comparePath = (locale: Locale, slug: string, other: Locale) => `${articlePath(locale, slug)}compare/${other}/`;

/** The stacked page of an article: each passage of the `locale` edition followed by the same passage in `other`. */
export const stackedPath = (locale: Locale, slug: string, other: Locale) => `${articlePath(locale, slug)}stacked/${other}/`;

/** The full plain texts of an edition's passages, loaded on demand by the passage panel: `{ [id]: text }`. */
export const editionTextsPath = (locale: Locale, slug: string) => `${articlePath(locale, slug)}passages.json`;

/** The glossary index of a locale. */
export const glossaryPath = (locale: Locale) => `/${locale}/glossary/`;

/** A glossary term page. */
export const termPath = (locale: Locale, slug: string) => `/${locale}/glossary/${slug}/`;

/** The search page of a locale. */
export const searchPath = (locale: Locale) => `/${locale}/search/`;

/** The RSS feed of a locale. */
export const feedPath = (locale: Locale) => `/${locale}/rss.xml`;

/** The language chooser. */
export const chooserPath = '/';

/** The not-found page, as hosts serve it. */
export const notFoundPath = '/404.html';

/** A page of the site by what it shows: the input of the builders above and the output of `parsePagePath`. */
export type PageRef =
  | { kind: 'chooser' }
  | { kind: 'not-found' }
  | { kind: 'home'; locale: Locale }
  | { kind: 'article'; locale: Locale; slug: string }
  | { kind: 'share'; locale: Locale; slug: string; id: string; beside?: Locale }
  | { kind: 'compare'; locale: Locale; slug: string; other: Locale }
  | { kind: 'stacked'; locale: Locale; slug: string; other: Locale }
  | { kind: 'glossary'; locale: Locale }
  | { kind: 'term'; locale: Locale; slug: string }
  | { kind: 'search'; locale: Locale };

/** The kind of a page. */
export type PageKind = PageRef['kind'];

/** The path of a page. */
export function pagePath(page: PageRef): string {
  switch (page.kind) {
    case 'chooser':
      return chooserPath;
    case 'not-found':
      return notFoundPath;
    case 'home':
      return homePath(page.locale);
    case 'article':
      return articlePath(page.locale, page.slug);
    case 'share':
      return sharePath(page.locale, page.slug, page.id, page.beside);
    case 'compare':
      return comparePath(page.locale, page.slug, page.other);
    case 'stacked':
      return stackedPath(page.locale, page.slug, page.other);
    case 'glossary':
      return glossaryPath(page.locale);
    case 'term':
      return termPath(page.locale, page.slug);
    case 'search':
      return searchPath(page.locale);
  }
}

/**
 * The page a path (or absolute URL) names, ignoring its query and fragment; null for anything that
 * is not one of the site's pages. The inverse of `pagePath`.
 */
export function parsePagePath(url: string): PageRef | null {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  if (path === chooserPath) return { kind: 'chooser' };
  if (path === notFoundPath) return { kind: 'not-found' };
  if (!path.endsWith('/')) return null;
  const [first = '', ...rest] = path.slice(1, -1).split('/');
  if (!isLocale(first)) return null;
  const locale = first;
  const [section, slug, sub, last, beside, ...more] = rest;
  if (more.length > 0) return null;
  if (section === undefined) return { kind: 'home', locale };
  if (section === 'search' && slug === undefined) return { kind: 'search', locale };
  if (section === 'glossary') {
    if (slug === undefined) return { kind: 'glossary', locale };
    return sub === undefined && slug !== '' ? { kind: 'term', locale, slug } : null;
  }
  if (section !== 'articles' || !slug) return null;
  if (beside !== undefined) {
    // Only a bilingual share page has a fifth segment: the edition it is shown beside.
    return sub === 'p' && last && isLocale(beside) && beside !== locale
      ? { kind: 'share', locale, slug, id: decodeURIComponent(last), beside }
      : null;
  }
  if (sub === undefined) return { kind: 'article', locale, slug };
  if (sub === 'p' && last) return { kind: 'share', locale, slug, id: decodeURIComponent(last) };
  if ((sub === 'compare' || sub === 'stacked') && last && isLocale(last)) return { kind: sub, locale, slug, other: last };
  return null;
}

/** The Open Graph card of a page: `/og/<page path without its trailing slash>.png` (`/og/index.png` for `/`, `/og/404.png` for the not-found page). */
export function cardPath(page: PageRef): string {
  if (page.kind === 'chooser') return '/og/index.png';
  if (page.kind === 'not-found') return '/og/404.png';
  return `/og${pagePath(page).slice(0, -1)}.png`;
}
