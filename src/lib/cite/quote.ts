import { escapeXml } from '../text/escape';

/** A passage quoted for pasting elsewhere: what a copy-quote action puts on the clipboard. */
export interface QuoteParts {
  /** The passage's text as a reader sees it. */
  text: string;
  /** "author, “title” (translated by …)". */
  attribution: string;
  /** The passage's share page. */
  url: string;
}

/** The quote as rich text: a blockquote whose footer links the attribution to the share page (newsletter editors paste it as such). */
export function quoteHtml({ text, attribution, url }: QuoteParts): string {
  return `<blockquote cite="${escapeXml(url)}"><p>${escapeXml(text)}</p><p>— <a href="${escapeXml(url)}">${escapeXml(attribution)}</a></p></blockquote>`;
}

/** The quote as Markdown (read as plain text where Markdown is not understood): each line quoted, the attribution linked. */
export function quoteMarkdown({ text, attribution, url }: QuoteParts): string {
  const quoted = text
    .split('\n')
    .map((line) => `> ${line.replace(/([\\`*_[\]<>])/g, '\\$1')}`.trimEnd())
    .join('\n');
  return `${quoted}\n>\n> — [${attribution.replace(/([\\[\]])/g, '\\$1')}](${url})\n`;
}

/**
 * The text directive naming `selected` (whitespace collapsed; empty for no words): the words
 * themselves, or a long selection by its first and last 24 characters. The fragment syntax gives
 * - , & their meaning: they are percent-encoded inside a term.
 */
export function textDirective(selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim();
  const term = (value: string) => encodeURIComponent(value).replace(/-/g, '%2D');
  const chars = [...words];
  if (chars.length <= 60) return term(words);
  return `${term(chars.slice(0, 24).join('').trim())},${term(chars.slice(-24).join('').trim())}`;
}

/**
 * A link to the words `selected` inside passage `id` of an article: a text fragment after the
 * passage id (`#id:~:text=…`), so that browsers with text fragments scroll to and mark the words
 * and the others land on the passage.
 */
export function quoteLinkUrl(articleUrl: string, id: string, selected: string): string {
  const base = `${articleUrl.replace(/#.*$/, '')}#${id}`;
  const directive = textDirective(selected);
  return directive === '' ? base : `${base}:~:text=${directive}`;
}

/** The query parameter of a share page that carries a text directive on to the article (`quoteShareUrl`). */
const carriedText = 'text';

/**
 * A share page's link to words inside its passage: `?text=<directive>`, which the share page's
 * script carries on to the article as a text fragment (browsers hide a fragment directive from
 * scripts, so it cannot ride in the share page's own fragment). The link unfurls with the
 * passage's card; without JavaScript the meta refresh lands on the passage.
 */
export function quoteShareUrl(shareUrl: string, selected: string): string {
  const directive = textDirective(selected);
  // The directive's characters are all safe in a query: it rides as it is (`carriedDestination` reads it raw).
  return directive === '' ? shareUrl : `${shareUrl}?${carriedText}=${directive}`;
}

/** Where a share page sends the reader: its destination, with the carried text directive when its query has a well-formed one. */
export function carriedDestination(destination: string, search: string): string {
  // Read raw, not through URLSearchParams, which would decode the directive's own percent-escapes.
  const directive = new RegExp(`[?&]${carriedText}=([^&#]*)`).exec(search)?.[1];
  // A directive is percent-encoded terms joined by commas: nothing else may reach the fragment.
  return directive && /^[\w%.!~*'()]+(,[\w%.!~*'()]+)*$/.test(directive) ? `${destination}:~:text=${directive}` : destination;
}

/**
 * The selection `[start, end)` of `text` widened to whole words (Intl.Segmenter's words in `lang`):
 * text fragments match only at word boundaries, so a selection that starts or ends inside a
 * word would match nothing.
 */
export function wordBounds(text: string, start: number, end: number, lang: string): [number, number] {
  const segments = [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)];
  const from = segments.findLast((s) => s.index <= start)?.index ?? start;
  const last = segments.find((s) => s.index < end && s.index + s.segment.length >= end);
  return [from, last ? last.index + last.segment.length : end];
}
