/**
 * Pure link extraction and resolution over a built site, for tests/build/links.test.ts.
 * No file system here: the caller passes the page's HTML and the set of built files.
 */
import * as cheerio from 'cheerio';

/** A URL found in a page, with where it came from (for failure messages). */
export interface FoundUrl {
  /** What carried it: `a[href]`, `img[srcset]`, `meta[property="og:image"]`… */
  source: string;
  url: string;
}

/** The URL-valued `<meta>` properties and names that must point into the site when on its origin. */
const metaUrlKeys = ['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video', 'twitter:image'];

/** Elements whose `src` is fetched or navigated to. */
const srcElements = ['script', 'img', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'];

/**
 * The candidate URLs of a `srcset` value, as the HTML standard parses it: a URL is a run of
 * non-whitespace (it may contain commas, e.g. `a,b.png`); trailing commas end a candidate; the
 * descriptors after it (`2x`, `640w`) run to the next comma outside parentheses.
 */
export function parseSrcset(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && /[\s,]/.test(value[i]!)) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !/\s/.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (i < n) {
        const c = value[i]!;
        if (c === '(') depth++;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
        i++;
      }
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** Every URL a page links to or loads: href, src, srcset, form actions and URL-valued meta tags. */
export function extractUrls(html: string): FoundUrl[] {
  const $ = cheerio.load(html);
  const found: FoundUrl[] = [];
  $('[href]').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    const rel =
      tag === 'link' ? `[rel="${$(el).attr('rel') ?? ''}"${$(el).attr('hreflang') ? ` hreflang="${$(el).attr('hreflang')}"` : ''}]` : '';
    found.push({ source: `${tag}${rel}[href]`, url: $(el).attr('href') as string });
  });
  $('[src]').each((_, el) => {
    const tag = el.tagName.toLowerCase();
    if (srcElements.includes(tag)) found.push({ source: `${tag}[src]`, url: $(el).attr('src') as string });
  });
  $('img[srcset], source[srcset], link[imagesrcset]').each((_, el) => {
    const attr = el.tagName.toLowerCase() === 'link' ? 'imagesrcset' : 'srcset';
    for (const url of parseSrcset($(el).attr(attr) as string)) found.push({ source: `${el.tagName.toLowerCase()}[${attr}]`, url });
  });
  $('form[action]').each((_, el) => {
    found.push({ source: 'form[action]', url: $(el).attr('action') as string });
  });
  $('meta[property], meta[name]').each((_, el) => {
    const key = $(el).attr('property') ?? $(el).attr('name') ?? '';
    const content = $(el).attr('content');
    if (metaUrlKeys.includes(key) && content !== undefined)
      found.push({ source: `meta[${$(el).attr('property') ? 'property' : 'name'}="${key}"]`, url: content });
  });
  $('meta[http-equiv="refresh" i]').each((_, el) => {
    const match = /^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i.exec($(el).attr('content') ?? '');
    if (match) found.push({ source: 'meta[http-equiv="refresh"]', url: match[2]! });
  });
  return found;
}

/** Every element id of a page (the targets its `#fragment` links may name). */
export function elementIds(html: string): Set<string> {
  const $ = cheerio.load(html);
  return new Set(
    $('[id]')
      .map((_, el) => $(el).attr('id') as string)
      .get(),
  );
}

/** Where a URL leads, seen from a page of the site. */
export type Resolved = { kind: 'external' } | { kind: 'internal'; path: string; fragment: string | null };

/**
 * Resolves `url` as the browser would on the page at `pagePath` of the site at `origin`. URLs on
 * another origin or with a non-http(s) scheme (mailto:, tel:, data:…) are external.
 */
export function resolveUrl(url: string, pagePath: string, origin: string): Resolved {
  const base = new URL(pagePath, origin);
  let target: URL;
  try {
    target = new URL(url.trim(), base);
  } catch {
    // Not a URL at all: treat as internal garbage so that it is reported, not skipped.
    return { kind: 'internal', path: url, fragment: null };
  }
  if (!/^https?:$/.test(target.protocol) || target.origin !== new URL(origin).origin) return { kind: 'external' };
  const path = safeDecode(target.pathname);
  const fragment = url.includes('#') ? safeDecode(target.hash.slice(1)) : null;
  return { kind: 'internal', path, fragment };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The built file a site path is served from, or null: `/a/` → `a/index.html`; `/og/x.png` →
 * `og/x.png`; `/a` → `a` when it is a file, else `a/index.html` (a host redirects to `/a/`).
 * `files` holds every built file as a path relative to the site root, with `/` separators.
 */
export function fileFor(sitePath: string, files: ReadonlySet<string>): string | null {
  const relative = sitePath.replace(/^\/+/, '');
  const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
  return candidates.find((candidate) => files.has(candidate)) ?? null;
}

/** Whether a fragment lands on the page: an element id, or the top of the page (`#`, `#top`). */
export function fragmentResolves(fragment: string, ids: ReadonlySet<string>): boolean {
  return fragment === '' || ids.has(fragment) || fragment.toLowerCase() === 'top';
}
