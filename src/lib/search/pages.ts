import { isLocale, type Locale } from '../i18n/locales';
import { passageAnchorElement } from './passages';

/**
 * Which built pages go into which bundle. A page is indexed when it marks its content with
 * `data-pagefind-body` (article editions, glossary terms) — page chrome never is — unless it only
 * repeats another page's text (share pages, side-by-side pages), and it goes into the bundle of the
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

/** The locale whose bundle indexes the page, or null when the page is not indexed. */
export function bundleLocaleOf(pagePath: string, html: string): Locale | null {
  const first = pagePath.split('/')[1] ?? '';
  if (!isLocale(first) || isDuplicatePage(pagePath) || !hasSearchBody(html)) return null;
  return first;
}

/**
 * The copy of a page that Pagefind indexes: each passage element's id (`id="x" data-passage="x"`,
 * in either order) moves to an empty `<passage-anchor id="x">` at the start of the passage. The
 * built page is unchanged; in the index, the passage anchors are exactly the passages, and they do
 * not repeat the passage's text (see `passageAnchorElement`).
 */
export function markPassages(html: string): string {
  return html.replace(/<([a-z][a-z0-9-]*)(\s[^>]*)>/gi, (tag, name: string, attributes: string) => {
    const passage = /\sdata-passage="([^"]*)"/.exec(attributes);
    const id = /\sid="([^"]*)"/.exec(attributes);
    if (!passage || !id || passage[1] !== id[1]) return tag;
    return `<${name}${attributes.replace(id[0], '')}><${passageAnchorElement} id="${id[1]}"></${passageAnchorElement}>`;
  });
}
