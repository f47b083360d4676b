import { highlightRanges } from './highlight';
import { hasCjk } from '../text/scripts';

/** A piece of an excerpt: plain text, or a highlighted hit. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * About `length` characters of `text` around the first occurrence of any of `words`, cut at spaces
 * where the text has them and never inside a hit, with an ellipsis where it was cut, and split into
 * parts so that the hits can be marked with DOM nodes (never HTML strings). The marks are the same
 * ranges that the article page highlights on arrival (`highlightRanges`).
 */
export function excerptParts(text: string, words: readonly string[], length: number): ExcerptPart[] {
  const ranges = highlightRanges(text, words);
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    const first = ranges[0] ?? [0, 0];
    start = Math.max(0, Math.min(first[0] - Math.floor(length / 4), text.length - length));
    end = Math.max(start + length, first[1]);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < first[0] && space - start < 20) start = space + 1;
    }
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > first[1] && end - space < 20) end = space;
    }
    for (const [from, to] of ranges) if (from < end && to > end) end = to;
  }
  const parts: ExcerptPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (piece) parts.push({ text: piece, mark });
  };
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    push(text.slice(at, Math.max(at, from)), false);
    push(text.slice(Math.max(at, from), Math.min(to, end)), true);
    at = Math.min(to, end);
  }
  push(text.slice(at, end), false);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}

/** How many characters of `text` fill the room of `latin` Latin characters: about half as many when the text is Chinese or Japanese (full-width). */
export function fitLength(text: string, latin: number): number {
  return hasCjk(text) ? Math.round(latin * 0.55) : latin;
}
