/** The ellipsis that ends every shortened text. */
export const ellipsis = '…';

// Made on first use: a segmenter made as the module loads cost the search page about 25 ms of
// loading ICU's data (Chromium's profile of a cold search), in a chunk that never segments.
let graphemes: Intl.Segmenter | undefined;

/** The user-perceived characters (grapheme clusters) of a text: never half a surrogate pair or an emoji sequence. */
export function graphemesOf(text: string): string[] {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/** Options of `truncate`. */
export interface TruncateOptions {
  /** Cut at the last space when one falls in the last 40% of the room (Latin text), else anywhere. */
  atSpace?: boolean;
}

/**
 * At most `max` characters of `text` (counted as graphemes, the ellipsis included): the text itself
 * when it fits, else its start followed by "…". The one shortening rule of previews, excerpts,
 * titles, descriptions, card alt texts and `npm run link`.
 */
export function truncate(text: string, max: number, options: TruncateOptions = {}): string {
  const chars = graphemesOf(text);
  if (chars.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (options.atSpace) {
    const space = chars.lastIndexOf(' ', end);
    if (space > end * 0.6) end = space;
  }
  return `${chars.slice(0, end).join('').trimEnd()}${ellipsis}`;
}
