import { edgePunctuation, loneKana } from '../text/scripts';
import { countOccurrences, queryParts, queryPhrase, querySegments } from './query';

/**
 * The words of an indexed record, numbered as Pagefind numbers its hit locations, and the words of a
 * hit worth highlighting.
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
  const words = hitWords.map((word) => word.trim().replace(edgePunctuation, '')).filter((word) => word.length > 0 && !loneKana.test(word));
  return [...new Set(words)].slice(0, 6);
}
