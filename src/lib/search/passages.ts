import type { PagefindAnchor, PagefindWeightedLocation } from './pagefind';
import { countOccurrences, queryParts, queryPhrase, querySegments } from './query';

/**
 * From a Pagefind hit to the passage that contains it. Pagefind's sub-results split pages only on
 * headings; a passage is any block with an id. Pagefind reports every element with an id inside the
 * indexed content as an anchor with the word position where it starts, and the hits as word
 * positions, so the passage of a hit is the last passage anchor at or before it.
 */

/** The words of indexed content, numbered as Pagefind numbers hit locations, and the string that joins them back into text. */
export interface ContentWords {
  words: string[];
  joiner: string;
}

/**
 * Splits indexed content into Pagefind's words: at zero-width spaces when the indexer segmented the
 * text (Japanese, Chinese), otherwise at whitespace, exactly as Pagefind's own excerpts do.
 */
export function splitWords(content: string): ContentWords {
  const segmented = content.includes('\u200B');
  return { words: segmented ? content.split('\u200B') : content.split(/[^\S\uFEFF]+/), joiner: segmented ? '' : ' ' };
}

/** The words of a result's `raw_content` (see `splitWords`), with its `&lt;`/`&gt;` escapes undone. */
export function contentWords(rawContent: string): ContentWords {
  const { words, joiner } = splitWords(rawContent);
  return { words: words.map((word) => word.replace(/&lt;/g, '<').replace(/&gt;/g, '>')), joiner };
}

/**
 * The element that marks where a passage starts in the indexed copy of a page. The index sees
 * every `<tag id="x" data-passage="x">` as `<tag data-passage="x"><passage-anchor id="x">`
 * (`markPassages` in pages.ts), so that Pagefind's anchors name exactly the passages, without
 * repeating each passage's text as the anchor's text (which doubled the size of a CJK article's
 * fragment).
 */
export const passageAnchorElement = 'passage-anchor';

/** True for the anchor of a passage; other ids in the content (an old id kept after a move) are not passages. */
export function isPassageAnchor(anchor: PagefindAnchor): boolean {
  return anchor.element.toLowerCase() === passageAnchorElement;
}

/** The id of the passage holding word `location`: the last passage anchor that starts at or before it, or null for a hit above the first passage (title, dek, byline). */
export function passageAt(anchors: readonly PagefindAnchor[], location: number): string | null {
  let found: PagefindAnchor | null = null;
  for (const anchor of anchors) {
    if (!isPassageAnchor(anchor) || anchor.location > location) continue;
    if (!found || anchor.location >= found.location) found = anchor;
  }
  return found?.id ?? null;
}

/** A passage's words: `[start, end)` in the content. */
export interface PassageRange {
  id: string;
  start: number;
  end: number;
}

/** The word range of every passage, in document order; a passage ends where the next one starts (or at the end of the content). */
export function passageRanges(anchors: readonly PagefindAnchor[], wordCount: number): PassageRange[] {
  const sorted = anchors.filter(isPassageAnchor).map((anchor, order) => ({ anchor, order })).sort((a, b) => a.anchor.location - b.anchor.location || a.order - b.order);
  return sorted.map(({ anchor }, i) => ({ id: anchor.id, start: anchor.location, end: sorted[i + 1]?.anchor.location ?? wordCount }));
}

/** A passage with hits, and what makes it a good landing place for the query. */
export interface PassageMatch {
  id: string;
  /** The passage's indexed text. */
  text: string;
  /** Occurrences of the whole query phrase in the passage. */
  phraseCount: number;
  /** How many distinct query words the passage contains. */
  partsPresent: number;
  /** Pagefind's summed hit score inside the passage. */
  score: number;
  /** The words to highlight, in the excerpt and on arrival (`?highlight=`). */
  highlights: string[];
}

/**
 * The words to highlight in a text for a query, the most specific that the text contains: the whole
 * phrase; else the query's space-separated words; else its segments in the text's language (`lang`,
 * a CJK query Pagefind matched word by word); else the hit words themselves (stemmed matches).
 */
export function highlightsFor(text: string, query: string, hitWords: readonly string[], lang: string): string[] {
  const phrase = queryPhrase(query);
  if (phrase && countOccurrences(text, phrase) > 0) return [phrase];
  for (const candidates of [queryParts(query), querySegments(query, lang)]) {
    const present = candidates.filter((word) => countOccurrences(text, word) > 0);
    if (present.length > 0) return present.slice(0, 6);
  }
  const words = hitWords.map((word) => word.trim().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((word) => word.length > 0 && !/^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(word));
  return [...new Set(words)].slice(0, 6);
}

/**
 * The passages that the hits of a result fall in, best first: most occurrences of the whole query
 * phrase, then most query words present, then the highest Pagefind score, then document order;
 * `lang` is the language of the text (see `highlightsFor`). Hits above the first passage (the article's title and byline) belong to no passage.
 */
export function matchPassages(
  content: ContentWords,
  anchors: readonly PagefindAnchor[],
  hits: readonly PagefindWeightedLocation[],
  query: string,
  lang: string,
): PassageMatch[] {
  const phrase = queryPhrase(query);
  const parts = queryParts(query);
  const matches: (PassageMatch & { order: number })[] = [];
  passageRanges(anchors, content.words.length).forEach((range, order) => {
    const inside = hits.filter((hit) => hit.location >= range.start && hit.location < range.end);
    if (inside.length === 0) return;
    const text = content.words.slice(range.start, range.end).join(content.joiner).trim();
    matches.push({
      id: range.id,
      text,
      phraseCount: countOccurrences(text, phrase),
      partsPresent: parts.filter((part) => countOccurrences(text, part) > 0).length,
      score: inside.reduce((sum, hit) => sum + hit.balanced_score, 0),
      highlights: highlightsFor(text, query, inside.map((hit) => content.words[hit.location] ?? ''), lang),
      order,
    });
  });
  matches.sort((a, b) => b.phraseCount - a.phraseCount || b.partsPresent - a.partsPresent || b.score - a.score || a.order - b.order);
  return matches.map(({ order: _order, ...match }) => match);
}
