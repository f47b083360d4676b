import { isLocale, type Locale } from '../i18n/locales';

/**
 * Which built pages search indexes, and as which edition. A page is indexed when it marks its
 * content with `data-pagefind-body` (article editions, glossary terms) — page chrome never is —
 * unless it only repeats another page's text (share pages, side-by-side pages); its edition is the
 * locale its path starts with. "Not yet translated" fallback pages carry no `data-pagefind-body`.
 */

/** The site path of a built HTML file relative to the output folder: `ja/articles/x/index.html` → `/ja/articles/x/`. */
export function pagePathOf(file: string): string {
  const path = `/${file.split(/[\\/]/).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** True for the pages that only repeat passages indexed elsewhere: `…/articles/<slug>/p/<id>/` and `…/articles/<slug>/compare/<other>/`. */
export function isDuplicatePage(pagePath: string): boolean {
  return /^\/[^/]+\/articles\/[^/]+\/(p|compare)\//.test(pagePath);
}

/** True when the HTML marks searchable content with a `data-pagefind-body` attribute. */
export function hasSearchBody(html: string): boolean {
  return /<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i.test(html);
}

/** The edition (locale) a page is indexed as, or null when the page is not indexed. */
export function editionOf(pagePath: string, html: string): Locale | null {
  const first = pagePath.split('/')[1] ?? '';
  if (!isLocale(first) || isDuplicatePage(pagePath) || !hasSearchBody(html)) return null;
  return first;
}

