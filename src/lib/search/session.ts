import type { Locale } from '../i18n/locales';
import { conceptExpansions, type SearchConcept } from './concepts';
import type { PagefindModule, PagefindResult, PagefindResultData } from './pagefind';
import { normalizeQuery, searchTerm } from './query';
import {
  alignResults,
  rankResults,
  sameInEdition,
  toResult,
  viewHasMore,
  viewSlice,
  viewTotal,
  type AlignedResult,
  type ArticleTitles,
  type EditionFilter,
  type SearchResult,
} from './results';

/**
 * The search page's state, apart from the DOM: the query, the results views (all editions, one
 * edition) with their "show more" depth, the results loaded, the counts and the previews of
 * passages in the reader's edition. The page's custom element (src/client/search.ts) feeds it what
 * the reader does and renders each snapshot it publishes. Modelled on Pagefind UI's `Instance`: a
 * newer query or view drops the results of older ones, whichever finishes last.
 */

/** What Pagefind's module offers a session: searching (loading and `options()` are the loader's concern). */
export type PagefindSearch = Pick<PagefindModule, 'search'>;

/** Where the current query is: none, its first results loading, shown, or failed. */
export type SessionStatus = 'idle' | 'loading' | 'done' | 'error';

/** One state of a session, as the page renders it. */
export interface SessionState {
  status: SessionStatus;
  /** The query (normalised): the one loading, shown or failed; '' when idle. */
  query: string;
  /** The filter of the view shown. */
  filter: EditionFilter;
  /** The results shown, ranked and aligned; while a query loads, those of the previous one. */
  results: readonly AlignedResult[];
  /** How many results each filter's view holds in all (`all` and every edition with hits). */
  counts: Partial<Record<EditionFilter, number>>;
  /** The view shown has results beyond those shown ("Show more"). */
  hasMore: boolean;
  /** Article slug → passage id → preview of that passage in the reader's edition, for the articles loaded so far. */
  previews: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The glossary names a concept search adds to the query shown (`conceptExpansions`), searched or not. */
  concepts: readonly string[];
  /** Whether they are searched too (the reader can turn it off). */
  expand: boolean;
  /** Why the status is `error`. */
  error?: unknown;
}

/** What a session needs from its page. */
export interface SessionOptions {
  /** The reader's edition (the search page's locale). */
  reader: Locale;
  /** The article titles (records carry none). */
  titles: ArticleTitles;
  /** The glossary's names and aliases, for concept search (none: the query alone is searched). */
  concepts?: readonly SearchConcept[];
  /** The language the index is built in (`searchLanguage()`), to segment CJK queries as the index is. */
  language: string;
  /** Loads Pagefind, ready to search; called again after it fails. */
  load: () => Promise<PagefindSearch>;
  /** The previews of an article in the reader's edition (`previewsPath`), empty when there are none. */
  loadPreviews: (slug: string) => Promise<ReadonlyMap<string, string>>;
  /** How many results of each list a view shows at first and adds on "Show more". */
  batch?: number;
}

/**
 * The searches of one query: the queries searched (the reader's, then the glossary names a concept
 * search adds), its views (made when first shown), how deep each is shown, its records' data by
 * Pagefind id, and which query found each record first.
 */
interface QueryRun {
  query: string;
  searched: { query: string; term: string }[];
  foundBy: Map<string, string>;
  views: Map<EditionFilter, Promise<PagefindResult[][]>>;
  depths: Map<EditionFilter, number>;
  loaded: Map<string, Promise<PagefindResultData>>;
  counts: Partial<Record<EditionFilter, number>>;
}

/** How many results of each list a view shows at first, and adds with "Show more" (each loads one fragment of about half a KB). */
const resultBatch = 5;

/** The state of one search page: see the top of this file. */
export class SearchSession {
  #state: SessionState;
  #listeners = new Set<(state: SessionState) => void>();
  #options: Required<SessionOptions>;
  #pagefind: Promise<PagefindSearch> | undefined;
  /** The filter the reader chose (the view shown catches up when it is loaded). */
  #filter: EditionFilter = 'all';
  /** The current query's searches, or null when there is none (idle, or after an error). */
  #run: Promise<QueryRun> | null = null;
  /** Bumped by every query, filter change and "Show more": only the latest one's results are shown. */
  #ticket = 0;
  #previews = new Map<string, ReadonlyMap<string, string>>();
  #previewLoads = new Set<string>();
  #expand = true;

  constructor(options: SessionOptions) {
    this.#options = { batch: resultBatch, concepts: [], ...options };
    this.#state = {
      status: 'idle',
      query: '',
      filter: 'all',
      results: [],
      counts: {},
      hasMore: false,
      previews: this.#previews,
      concepts: [],
      expand: true,
    };
  }

  /** The current state. */
  get state(): SessionState {
    return this.#state;
  }

  /** Calls `listener` with every new state; returns the function that stops it. */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts loading Pagefind before the first query (the reader focused the search box); a failure waits for the query. */
  preload(): void {
    this.#load().catch(() => undefined);
  }

  /**
   * Runs a query (normalised; '' clears the results). The query already shown is not run again.
   * Resolves when its results are shown, or dropped for a newer query.
   */
  async search(raw: string): Promise<void> {
    const query = normalizeQuery(raw);
    if (query === this.#state.query && this.#state.status === 'done') return;
    const ticket = ++this.#ticket;
    if (!query) {
      this.#run = null;
      this.#set({ status: 'idle', query: '', results: [], counts: {}, hasMore: false, concepts: [] });
      return;
    }
    await this.#begin(query, ticket);
  }

  /** Turns concept search on or off (on at first), searching the current query again when that changes what it searches. */
  async setExpand(expand: boolean): Promise<void> {
    if (expand === this.#expand) return;
    this.#expand = expand;
    const { query, concepts } = this.#state;
    if (this.#run && concepts.length > 0) await this.#begin(query, ++this.#ticket);
    else this.#set({ expand });
  }

  async #begin(query: string, ticket: number): Promise<void> {
    this.#run = this.#start(query);
    // A run's failure is reported by the view that awaits it; this copy only stops an unhandled rejection.
    this.#run.catch(() => undefined);
    this.#set({ status: 'loading', query, concepts: conceptExpansions(query, this.#options.concepts), expand: this.#expand });
    await this.#show(ticket);
  }

  /** Shows another view of the current query (or keeps the filter for the next query). */
  async setFilter(filter: EditionFilter): Promise<void> {
    this.#filter = filter;
    if (this.#run) await this.#show(++this.#ticket);
  }

  /** Shows another batch of each list of the view shown. */
  async more(): Promise<void> {
    if (!this.#run || this.#state.status !== 'done') return;
    const run = await this.#run;
    const filter = this.#filter;
    run.depths.set(filter, (run.depths.get(filter) ?? this.#options.batch) + this.#options.batch);
    await this.#show(++this.#ticket);
  }

  #set(change: Partial<SessionState>): void {
    const { error: _error, ...state } = this.#state;
    this.#state = { ...state, ...change };
    for (const listener of this.#listeners) listener(this.#state);
  }

  /** Pagefind, loaded once; a failed load is forgotten, so that the next query tries again. */
  #load(): Promise<PagefindSearch> {
    this.#pagefind ??= this.#options.load().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  /**
   * A query's first searches. "All editions" reads the reader's own edition and the other editions'
   * articles as two lists (other editions' glossary terms repeat the reader's: every term page
   * lists all three names); both read the same index chunks, fetched once. With concept search,
   * each glossary name it adds is searched the same way and its records follow the query's own.
   */
  async #start(query: string): Promise<QueryRun> {
    const pagefind = await this.#load();
    const { reader, language, concepts } = this.#options;
    const queries = [query, ...(this.#expand ? conceptExpansions(query, concepts) : [])];
    const searched = queries.map((q) => ({ query: q, term: searchTerm(q, language) }));
    const responses = await Promise.all(
      searched.map(({ term }) =>
        Promise.all([pagefind.search(term, { filters: { edition: reader } }), pagefind.search(term, { filters: { kind: 'article' } })]),
      ),
    );
    const run: QueryRun = { query, searched, foundBy: new Map(), views: new Map(), depths: new Map(), loaded: new Map(), counts: {} };
    const own = this.#merge(
      run,
      responses.map(([mine]) => mine.results),
    );
    const ownIds = new Set(own.map((result) => result.id));
    const all = [
      own,
      this.#merge(
        run,
        responses.map(([, articles]) => articles.results),
      ).filter((result) => !ownIds.has(result.id)),
    ];
    run.views.set('all', Promise.resolve(all)).set(reader, Promise.resolve([own]));
    const editionCounts = responses[0]![0].totalFilters['edition'] ?? {};
    if (searched.length === 1) run.counts = { ...editionCounts, all: viewTotal(all) };
    else {
      // Several queries' records overlap: each edition's count is its merged view's length.
      const editions = new Set(responses.flatMap(([mine]) => Object.keys(mine.totalFilters['edition'] ?? {})));
      const views = await Promise.all(
        [...editions].map(async (edition) => [edition, await this.#view(run, edition as EditionFilter)] as const),
      );
      run.counts = { ...Object.fromEntries(views.map(([edition, lists]) => [edition, viewTotal(lists)])), all: viewTotal(all) };
    }
    return run;
  }

  /** The records of several queries' lists in order, each once, noting which query found it first. */
  #merge(run: QueryRun, lists: readonly PagefindResult[][]): PagefindResult[] {
    const merged = new Map<string, PagefindResult>();
    lists.forEach((list, i) => {
      for (const result of list) {
        if (merged.has(result.id)) continue;
        merged.set(result.id, result);
        if (!run.foundBy.has(result.id)) run.foundBy.set(result.id, run.searched[i]!.query);
      }
    });
    return [...merged.values()];
  }

  /** The lists of a filter's view: one edition's results come from searches filtered to it, made when first asked for. */
  async #view(run: QueryRun, filter: EditionFilter): Promise<PagefindResult[][]> {
    let view = run.views.get(filter);
    if (!view) {
      const pagefind = await this.#load();
      view = Promise.all(run.searched.map(({ term }) => pagefind.search(term, { filters: { edition: filter } }))).then((responses) => [
        this.#merge(
          run,
          responses.map((response) => response.results),
        ),
      ]);
      run.views.set(filter, view);
      // A failed view is searched again when next asked for.
      view.catch(() => run.views.delete(filter));
    }
    return view;
  }

  /** Loads the results of the chosen view (each record's data once) and shows them, unless a newer request came meanwhile. */
  async #show(ticket: number): Promise<void> {
    const pending = this.#run;
    if (!pending) return;
    try {
      const run = await pending;
      const filter = this.#filter;
      const lists = await this.#view(run, filter);
      const depth = run.depths.get(filter) ?? this.#options.batch;
      const slice = viewSlice(lists, depth);
      const results = await Promise.all(slice.map(({ result, rank }) => this.#result(run, result, rank)));
      if (ticket !== this.#ticket) return;
      const { reader } = this.#options;
      this.#set({
        status: 'done',
        query: run.query,
        filter,
        results: alignResults(
          rankResults(
            results.flatMap((result) => result ?? []),
            reader,
          ),
        ),
        counts: run.counts,
        hasMore: viewHasMore(lists, depth),
      });
      this.#loadPreviews();
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.#run = null;
      this.#set({ status: 'error', results: [], counts: {}, hasMore: false, error });
    }
  }

  /** A record as a result of a view, at its rank in its list there (its data loaded once per query). */
  async #result(run: QueryRun, result: PagefindResult, rank: number): Promise<SearchResult | null> {
    let data = run.loaded.get(result.id);
    if (!data) {
      data = result.data();
      run.loaded.set(result.id, data);
      data.catch(() => run.loaded.delete(result.id));
    }
    const foundBy = run.foundBy.get(result.id) ?? run.query;
    const found = toResult(await data, foundBy, rank, this.#options.titles);
    return found && foundBy !== run.query ? { ...found, via: foundBy } : found;
  }

  /** Loads the reader's-edition previews of the articles with a hit shown from another edition, each once; a failure leaves them empty. */
  #loadPreviews(): void {
    const { reader, loadPreviews } = this.#options;
    for (const result of this.#state.results) {
      const slug = result.slug;
      if (!slug || !sameInEdition(result, reader) || this.#previewLoads.has(slug)) continue;
      this.#previewLoads.add(slug);
      void loadPreviews(slug)
        .catch(() => new Map<string, string>())
        .then((previews) => {
          this.#previews = new Map(this.#previews).set(slug, previews);
          this.#set({ previews: this.#previews });
        });
    }
  }
}
