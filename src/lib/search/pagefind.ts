/**
 * The part of Pagefind 1.6's browser API this site uses (the bundle's `pagefind.js`, loaded with a
 * dynamic `import()`); the package ships no types for it.
 */

/** An element with an id inside the indexed content, at the word position where it starts. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** One matching word position with its ranking weight. */
export interface PagefindWeightedLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

/** A result's data, loaded per result with `data()` (one fragment file). */
export interface PagefindResultData {
  url: string;
  /** The indexed text; words are separated by zero-width spaces in `raw_content` when Pagefind segmented it. */
  content: string;
  /** `content` with `<` and `>` escaped and, for segmented languages, zero-width spaces between words. */
  raw_content?: string;
  word_count: number;
  meta: Record<string, string | undefined>;
  anchors: PagefindAnchor[];
  /** Word positions of the hits (indexes into the words of `raw_content`). */
  locations: number[];
  weighted_locations: PagefindWeightedLocation[];
  excerpt: string;
}

/** A result before its data is loaded. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}

/** What `search()` resolves to (`debouncedSearch()` resolves to null when superseded). */
export interface PagefindSearchResponse {
  results: PagefindResult[];
}

/** Pagefind's ranking weights (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
}

/** Options of the primary bundle (`options()`) and of a merged one (`mergeIndex()`). */
export interface PagefindOptions {
  ranking?: PagefindRanking;
  noWorker?: boolean;
  excerptLength?: number;
  /** For a merged bundle: the language whose index to load and whose rules segment the query. */
  language?: string;
}

/** The module `pagefind.js` exports. */
export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string, options?: PagefindOptions): Promise<void>;
  search(term: string, options?: Record<string, unknown>): Promise<PagefindSearchResponse>;
  debouncedSearch(term: string, options?: Record<string, unknown>, timeoutMs?: number): Promise<PagefindSearchResponse | null>;
  preload(term: string): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * How results are ranked in every bundle: no page-length normalisation, so that a long article that
 * uses a term throughout is not buried under short glossary pages that mention it once.
 */
export const ranking: PagefindRanking = { pageLength: 0 };
