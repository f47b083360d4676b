import { localeCodes, type Locale } from '../i18n/locales';
import { conceptExpansions, type SearchConcept } from './concepts';
import { articlesFilter, editionFilter, localesWithHits } from './filters';
import type { PagefindModule, PagefindResult } from './pagefind';
import { normalizeQuery, searchTerm, typedTerm } from './query';
import {
  alignResults,
  rankResults,
  recordHits,
  recordsToLoad,
  sameInEdition,
  toResult,
  viewCount,
  viewHasMore,
  viewSlice,
  type AlignedResult,
  type ArticleTitles,
  type EditionFilter,
  type ResultCount,
  type SearchResult,
} from './results';

/**
 * The search page's state, apart from the DOM: the query, the results views (all editions, one
 * edition) with their "show more" depth, the results loaded, the counts and the previews of
 * passages in the reader's edition. The page's custom element (src/client/search.ts) feeds it what
 * the reader does and renders each snapshot it publishes. Modelled on Pagefind UI's `Instance`: a
 * newer query or view drops the results of older ones, whichever finishes last.
 */

/** What Pagefind's module offers a session: searching and preloading (loading and `options()` are the loader's concern). */
export type PagefindSearch = Pick<PagefindModule, 'search' | 'preload'>;

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
  /**
   * How many results each filter's view holds in all (`all` and every edition with hits): exact once
   * its records are loaded, else at least that many (a record holds several passages).
   */
  counts: Partial<Record<EditionFilter, ResultCount>>;
  /** The view shown has results beyond those shown ("Show more"). */
  hasMore: boolean;
  /** Article slug → passage id → preview of that passage in the reader's edition, for the articles loaded so far. */
  previews: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** The glossary names a concept search adds to the query shown (`conceptExpansions`), searched or not. */
  concepts: readonly string[];
  /** Whether they are searched too (the reader can turn it off). */
  expand: boolean;
  /** The added names are being searched: the results shown are the query's own, theirs follow. */
  adding: boolean;
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
 * search adds), its views (made when first shown; every edition with hits is searched at once, for
 * the counts), how deep each is shown, its records' hits by Pagefind id (loading, and loaded), and
 * which query found each record first.
 */
interface QueryRun {
  query: string;
  searched: { query: string; term: string }[];
  /** Names a concept search adds are still to be searched after this run's results are shown. */
  adding: boolean;
  foundBy: Map<string, string>;
  views: Map<EditionFilter, Promise<PagefindResult[][]>>;
  lists: Map<EditionFilter, PagefindResult[][]>;
  depths: Map<EditionFilter, number>;
  loading: Map<string, Promise<SearchResult[]>>;
  hits: Map<string, SearchResult[]>;
}

/** How many results of each list a view shows at first, and adds with "Show more". */
const resultBatch = 5;

/** The hits a view shows first: those holding the whole query (a record holds several passages, some of them near-matches). */
const isWhole = (result: SearchResult) => result.complete;

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
      adding: false,
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
   * Starts loading the index chunks of a query the reader is typing (`typedTerm`: nothing for '' or
   * a first word of one or two letters), so that when it runs, after the typing pause, it waits for
   * none of them: on a phone's network, a round trip less (Pagefind's own `debouncedSearch`
   * preloads each keystroke's term the same way). Only the query's own chunks: the names a concept
   * search adds are read after its first results, as when it runs. A failure is left to the query.
   */
  prefetch(raw: string): void {
    const term = typedTerm(raw, this.#options.language);
    if (!term) return;
    this.#load()
      .then((pagefind) => pagefind.preload(term))
      .catch(() => undefined);
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
      this.#set({ status: 'idle', query: '', results: [], counts: {}, hasMore: false, concepts: [], adding: false });
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

  /**
   * Runs a query in two steps when concept search adds names: the query's own results are shown
   * first (a cold search then waits only for the query's own index chunks), then the run is
   * searched again with the added names, reusing the records already loaded (docs/search.md).
   */
  async #begin(query: string, ticket: number): Promise<void> {
    const concepts = conceptExpansions(query, this.#options.concepts);
    const names = this.#expand ? concepts : [];
    const own = this.#start(query, [], names.length > 0);
    this.#run = own;
    // A run's failure is reported by the view that awaits it; this copy only stops an unhandled rejection.
    own.catch(() => undefined);
    this.#set({ status: 'loading', query, concepts, expand: this.#expand });
    await this.#show(ticket);
    // Not when a newer query replaced this one, or this one failed; a filter chosen meanwhile is shown with the names.
    if (names.length === 0 || this.#run !== own) return;
    const extended = this.#start(query, names, false, await own);
    this.#run = extended;
    extended.catch(() => undefined);
    await this.#show(++this.#ticket);
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
   * lists all three names); both read the same index chunks, fetched once. Each glossary name
   * in `names` is searched the same way and its records follow the query's own. A run that extends
   * `previous` (the same query without the names) keeps its loaded records and "Show more" depths.
   */
  async #start(query: string, names: readonly string[], adding: boolean, previous?: QueryRun): Promise<QueryRun> {
    // Pagefind starts loading first: the terms (a CJK query's first segmenter loads ICU's data) are
    // made while its files are on their way.
    const loading = this.#load();
    const { reader, language } = this.#options;
    const searched = [query, ...names].map((q) => ({ query: q, term: searchTerm(q, language) }));
    const pagefind = await loading;
    const responses = await Promise.all(
      searched.map(({ term }) =>
        Promise.all([
          pagefind.search(term, { filters: editionFilter(reader) }),
          pagefind.search(term, { filters: articlesFilter(localeCodes) }),
        ]),
      ),
    );
    const run: QueryRun = {
      query,
      searched,
      adding,
      foundBy: new Map(),
      views: new Map(),
      lists: new Map(),
      // Every record `previous` loaded was found by the query itself, as it is here.
      depths: previous?.depths ?? new Map(),
      loading: previous?.loading ?? new Map(),
      hits: previous?.hits ?? new Map(),
    };
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
    run.lists.set('all', all).set(reader, [own]);
    run.views.set('all', Promise.resolve(all)).set(reader, Promise.resolve([own]));
    // Every edition with hits is searched filtered to it, for its count (the index chunks are loaded: milliseconds).
    const editions = new Set(responses.flatMap(([mine]) => localesWithHits(mine.totalFilters)));
    await Promise.all([...editions].map((edition) => this.#view(run, edition as EditionFilter)));
    return run;
  }

  /** Each view's count, from the records loaded so far (see `ResultCount`). */
  #counts(run: QueryRun): Partial<Record<EditionFilter, ResultCount>> {
    return Object.fromEntries([...run.lists].map(([filter, lists]) => [filter, viewCount(lists, run.hits)]));
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
    // "All editions" is made with the run (`#start`); only one edition's view is searched here.
    if (!view && filter !== 'all') {
      const pagefind = await this.#load();
      view = Promise.all(run.searched.map(({ term }) => pagefind.search(term, { filters: editionFilter(filter) }))).then((responses) => [
        this.#merge(
          run,
          responses.map((response) => response.results),
        ),
      ]);
      run.views.set(filter, view);
      view.then((lists) => run.lists.set(filter, lists)).catch(() => run.views.delete(filter));
    }
    return view ?? Promise.resolve([]);
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
      for (
        let wanted = recordsToLoad(lists, run.hits, depth, isWhole);
        wanted.length > 0;
        wanted = recordsToLoad(lists, run.hits, depth, isWhole)
      )
        await Promise.all(wanted.map((record) => this.#hits(run, record as PagefindResult)));
      if (ticket !== this.#ticket) return;
      const { reader } = this.#options;
      this.#set({
        status: 'done',
        query: run.query,
        filter,
        results: alignResults(
          rankResults(
            viewSlice(lists, run.hits, depth, isWhole).map(({ hit, rank }) => ({ ...hit, rank })),
            reader,
          ),
        ),
        counts: this.#counts(run),
        hasMore: viewHasMore(lists, run.hits, depth),
        adding: run.adding,
      });
      this.#loadPreviews();
    } catch (error) {
      if (ticket !== this.#ticket) return;
      this.#run = null;
      this.#set({ status: 'error', results: [], counts: {}, hasMore: false, adding: false, error });
    }
  }

  /** A record's hits as results (`recordHits`), loaded once per query and kept in `run.hits` when loaded. */
  #hits(run: QueryRun, record: PagefindResult): Promise<SearchResult[]> {
    let hits = run.loading.get(record.id);
    if (!hits) {
      const foundBy = run.foundBy.get(record.id) ?? run.query;
      const { titles } = this.#options;
      hits = record.data().then((data) => {
        const results = recordHits(data).flatMap((hit) => toResult(hit, foundBy, 0, titles) ?? []);
        const found = foundBy === run.query ? results : results.map((result) => ({ ...result, via: foundBy }));
        run.hits.set(record.id, found);
        return found;
      });
      run.loading.set(record.id, hits);
      hits.catch(() => run.loading.delete(record.id));
    }
    return hits;
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
