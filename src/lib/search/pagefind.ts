/**
 * The part of Pagefind 1.6's browser API this site uses (the bundle's `pagefind.js`, loaded with a
 * dynamic `import()`); the package ships no types for it.
 */

/** A result's data, loaded per result with `data()` (one fragment file). */
export interface PagefindResultData {
  url: string;
  /** The indexed text; words are separated by zero-width spaces in `raw_content` when Pagefind segmented it. */
  content: string;
  /** `content` with `<` and `>` escaped and, for segmented languages, zero-width spaces between words. */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  /** The record's filters (`edition`, `kind`), each with its values. */
  filters: Record<string, string[] | undefined>;
  /** Word positions of the hits (indexes into the words of `raw_content`). */
  locations: number[];
  /** Every element of the record with an `id`, at the word position where it starts; `title` is its `data-pagefind-title`. */
  anchors?: PagefindAnchor[];
}

/** An element with an `id` in a record (Pagefind 1.6's sub-results are cut at the titled ones and at headings). */
export interface PagefindAnchor {
  element: string;
  id: string;
  title?: string;
  text?: string;
  location: number;
}

/** A result before its data is loaded. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

/** What `search()` resolves to. */
export interface PagefindSearchResponse {
  results: PagefindResult[];
  /** For each filter, how many results each value has, whatever filters the search applied. */
  totalFilters: Record<string, Record<string, number>>;
}

/**
 * Pagefind's filters: each name with a value (`{ edition: 'ja' }`), or with `any` of several
 * (`{ edition: { any: ['ja', 'zh'] } }`), and `any` of several such (records that match one).
 */
export type PagefindFilters = { any: PagefindFilters[] } | Record<string, string | { any: string[] }>;

/** Options of one search: `filters` keeps the records that match them. */
export interface PagefindSearchOptions {
  filters?: PagefindFilters;
}

/** Pagefind's ranking weights (https://pagefind.app/docs/ranking/). */
export interface PagefindRanking {
  termSimilarity?: number;
  pageLength?: number;
  termSaturation?: number;
  termFrequency?: number;
}

/** Options of the bundle (`options()`). */
export interface PagefindOptions {
  ranking?: PagefindRanking;
  noWorker?: boolean;
}

/** The module `pagefind.js` exports (the part this site calls). */
export interface PagefindModule {
  options(options: PagefindOptions): Promise<void>;
  /** Starts loading the index's metadata and WebAssembly (a search would otherwise start it). */
  init(): Promise<void>;
  search(term: string, options?: PagefindSearchOptions): Promise<PagefindSearchResponse>;
  /** Loads the index chunks that searching `term` would read, and nothing else (Pagefind's advice while a query is typed). */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
}

/**
 * How results are ranked: no length normalisation, so that a long passage that is about a term is
 * not buried under short records (headings, glossary names) that mention it once.
 */
export const ranking: PagefindRanking = { pageLength: 0 };
