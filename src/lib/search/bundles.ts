import { localeCodes, localeInfo, type Locale } from '../i18n/locales';

/**
 * One Pagefind bundle, at `/pagefind/`, holding every edition in ONE index (docs/search.md): a query
 * then reads one index chunk per word instead of one per edition, and every search page loads the
 * same bundle. The index is built in one language, `searchLanguage`; Pagefind's extended build
 * segments Japanese and Chinese text by script whichever of the two it is told, so one segmenting
 * language serves both.
 */

/** The folder under the site root that holds the bundle. */
export const bundleRoot = 'pagefind';

/** The URL of the bundle folder: `/pagefind/`. */
export const bundlePath = `/${bundleRoot}/`;

/** The URL of the bundle's search module, loaded with a dynamic `import()`. */
export const bundleModule = `${bundlePath}pagefind.js`;

/**
 * The URL of the WebAssembly module that Pagefind's search module fetches once it has read the
 * bundle's entry, for an index built in `language`; the search page preloads it so that a cold query
 * does not wait for the entry first (a round trip on a reader's network). Pagefind names the file
 * after the index language's stemmer and uses `wasm.unknown.pagefind` for a language that has none,
 * as the segmented ones; for any other language the name is Pagefind's to choose, so undefined (no
 * preload). `tests/build/search-index.test.ts` checks it against the bundle's entry.
 */
export function bundleWasm(language: string = searchLanguage()): string | undefined {
  return segmentedLanguages.includes(language) ? `${bundlePath}wasm.unknown.pagefind` : undefined;
}

/** A locale's language as Pagefind names it: the primary subtag of its `<html lang>` (ISO 639-1; `zh-Hans` → `zh`). */
export function indexLanguage(locale: Locale): string {
  return (localeInfo(locale).htmlLang.split('-')[0] as string).toLowerCase();
}

/** The languages whose text Pagefind's extended build segments into words (it has no stemmer for them). */
export const segmentedLanguages: readonly string[] = ['ja', 'zh'];

/**
 * The one language the whole index is built and searched in: the first declared locale whose
 * language Pagefind segments (so that Japanese and Chinese are split into words), else the first
 * locale's (whose stemmer then applies).
 */
export function searchLanguage(codes: readonly Locale[] = localeCodes): string {
  const languages = codes.map(indexLanguage);
  return languages.find((language) => segmentedLanguages.includes(language)) ?? (languages[0] as string);
}
