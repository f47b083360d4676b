import { stemmer } from 'stemmer';
import { cjkChar, edgePunctuation, hasCjk, loneKana } from '../text/scripts';

/** A run of characters of scripts written without spaces. */
const cjkRun = new RegExp(`${cjkChar.source}+`, 'gu');

/** The query as searched: NFKC (full-width letters and digits become ASCII), trimmed, runs of whitespace collapsed. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function words(query: string): string[] {
  return normalizeQuery(query)
    .toLowerCase()
    .split(' ')
    .map((word) => word.replace(edgePunctuation, ''))
    .filter((word) => word.length > 0);
}

/** The parts of a query a matching text should contain: its distinct space-separated words, lowercased, without surrounding punctuation or quotes. */
export function queryParts(query: string): string[] {
  return [...new Set(words(query))];
}

/** The whole query as one lowercased phrase, without quotes; a space between CJK characters is dropped (`設備 投資` → `設備投資`). */
export function queryPhrase(query: string): string {
  let phrase = '';
  for (const word of words(query)) {
    const joined = phrase === '' || (hasCjk(phrase.slice(-1)) && hasCjk(word.slice(0, 1)));
    phrase += joined ? word : ` ${word}`;
  }
  return phrase;
}

/** How many times `needle` occurs in `haystack`, case-insensitively, without overlaps. */
export function countOccurrences(haystack: string, needle: string): number {
  if (needle.length === 0) return 0;
  const text = haystack.toLowerCase();
  const word = needle.toLowerCase();
  let count = 0;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) count += 1;
  return count;
}

/**
 * True when a text matches the whole query: it contains every CJK part of the query as typed.
 * Pagefind segments a CJK query into words and returns pages that match any of them (時価総額の →
 * 時価, 総額, の), so a page holding only some segments is a partial match. Latin parts always count
 * as present: Pagefind stems them (selling → sell), which substring tests cannot follow.
 */
export function matchesWholeQuery(text: string, query: string): boolean {
  return queryParts(query)
    .filter(hasCjk)
    .every((part) => countOccurrences(text, part) > 0);
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

/** A word segmenter for `language`, made once per page. */
function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(language);
  if (!segmenter) wordSegmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'word' })));
  return segmenter;
}

/**
 * The words of a query as a word segmenter for `lang` splits it (as Pagefind splits a CJK query for
 * an index in that language), lowercased, without punctuation and lone kana; the space-separated
 * parts where `Intl.Segmenter` is missing.
 */
export function querySegments(query: string, lang: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return queryParts(query);
  const segments = [...wordSegmenter(lang).segment(normalizeQuery(query).toLowerCase())]
    .filter((s) => s.isWordLike && !loneKana.test(s.segment))
    .map((s) => s.segment);
  return [...new Set(segments)];
}

/** Latin letters only (a word without the punctuation around it). */
const latinLetters = /^\p{Script=Latin}+$/u;
/** Latin words joined by hyphens (`dot-com`, `closed-loop`). */
const hyphenated = /^\p{Script=Latin}+(?:-\p{Script=Latin}+)+$/u;

/** A word of letters only, in the Latin script: the kind of word an English stemmer can cut. */
const latinWord = /^\p{Script=Latin}{4,}$/u;

/**
 * The start of a Latin word that every inflection of it shares, for Pagefind's prefix matching: the
 * common prefix of the word and its Porter stem (`investing` → `invest`, `sensibility` → `sensib`),
 * without a final `i` that stands for `y` (`companies` → `compan`, which also finds `company`).
 * Other words are kept as they are.
 */
export function wordStart(word: string): string {
  const lower = word.toLowerCase();
  if (!latinWord.test(lower)) return word;
  const stem = stemmer(lower);
  let length = 0;
  while (length < stem.length && stem[length] === lower[length]) length += 1;
  const start = lower.slice(0, length).replace(/(?<=.{3})i$/, '');
  return start.length >= 3 ? start : word;
}

/**
 * The query as Pagefind receives it: normalised, every run of CJK characters split into words by a
 * word segmenter for `language` (the index's language), and every Latin word (punctuation around it
 * dropped) cut to the start its inflections share (`wordStart`), unless the query is a quoted phrase.
 *
 * - Pagefind segments a query itself only when the page's `<html lang>` is a segmented language
 *   (it has no option to say otherwise), so on `/en/search/` `設備投資` would stay one word that the
 *   index, segmented as `設備 投資`, does not hold.
 * - The index is built in a segmented language, which Pagefind does not stem: English words are
 *   indexed as written, and Pagefind matches a query word as a prefix, so `invest` finds `investing`
 *   and `investment` but `investing` would find only itself.
 */
export function searchTerm(query: string, language: string): string {
  const normalized = normalizeQuery(query);
  // The segmenter only for a query with CJK text: a page's first one loads ICU's word-break data,
  // 13–37 ms of a cold Latin query in Chromium 150 that the query would not use (docs/search.md, "Cost").
  const segmented =
    typeof Intl.Segmenter === 'function'
      ? normalized.replace(cjkRun, (run) => ` ${[...wordSegmenter(language).segment(run)].map((s) => s.segment).join(' ')} `)
      : normalized;
  // A quoted query is Pagefind's exact phrase search: its words stay as typed.
  if (/^".+"$/.test(segmented)) return segmented;
  return segmented
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => {
      const letters = word.replace(edgePunctuation, '');
      // The index holds a hyphenated word as its parts (`dot-com` as `dot` and `com`), and a
      // query word as one would match none of them: so the query gives the parts too.
      if (hyphenated.test(letters)) return letters.split('-').map(wordStart);
      if (!latinLetters.test(letters)) return [word];
      const start = wordStart(letters);
      return [start === letters ? word : start];
    })
    .join(' ');
}

/** The fewest characters of a Latin word still being typed that `typedTerm` keeps. */
const typedWordMinimum = 3;

/**
 * The search term to preload for a query still being typed (`searchTerm`), without its last word
 * while that word is a Latin prefix of fewer than three characters ('' when nothing is left): a
 * shorter prefix spans more of a large index's chunks than the query will read. A CJK word arrives
 * whole from the input method, so it is kept at any length.
 */
export function typedTerm(query: string, language: string): string {
  const words = normalizeQuery(query).split(' ');
  const last = words.at(-1) ?? '';
  const typing = !hasCjk(last) && [...last].length < typedWordMinimum;
  return searchTerm((typing ? words.slice(0, -1) : words).join(' '), language);
}
