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
 * A link to the words `selected` inside passage `id` of an article: a text fragment after the
 * passage id (`#id:~:text=…`), so that browsers with text fragments scroll to and mark the words
 * and the others land on the passage. A long selection is named by its first and last words.
 */
export function quoteLinkUrl(articleUrl: string, id: string, selected: string): string {
  const words = selected.replace(/\s+/g, ' ').trim();
  // The fragment syntax gives - , & their meaning: they must be percent-encoded inside a term.
  const term = (value: string) => encodeURIComponent(value).replace(/-/g, '%2D');
  const base = `${articleUrl.replace(/#.*$/, '')}#${id}`;
  if (words === '') return base;
  const chars = [...words];
  const directive =
    chars.length <= 60 ? term(words) : `${term(chars.slice(0, 24).join('').trim())},${term(chars.slice(-24).join('').trim())}`;
  return `${base}:~:text=${directive}`;
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
