import { describe, expect, it, vi } from 'vitest';
import type { PagefindResultData, PagefindSearchOptions, PagefindSearchResponse } from '../../src/lib/search/pagefind';
import type { ArticleTitles } from '../../src/lib/search/results';
import { SearchSession, type PagefindSearch, type SessionOptions, type SessionState } from '../../src/lib/search/session';
import { countText } from '../../src/lib/search/strings';
import { articlesFilter, editionFilter, recordFilterName } from '../../src/lib/search/filters';
import { localeCodes } from '../../src/lib/i18n/locales';

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

type Filters = NonNullable<PagefindSearchOptions['filters']>;

/** Whether a record's filters match a search's, as Pagefind matches them: every name's value (or one of its `any`), or one of a top-level `any`. */
function matchesFilters(record: Record<string, string[] | undefined>, filters: Filters): boolean {
  if (Array.isArray(filters['any'])) return (filters['any'] as Filters[]).some((f) => matchesFilters(record, f));
  return Object.entries(filters as Record<string, string | { any: string[] }>).every(([name, value]) =>
    (typeof value === 'string' ? [value] : value.any).some((v) => record[name]?.includes(v)),
  );
}

/**
 * A Pagefind in memory: `search(term, { filters })` returns, in the order given, the records that
 * hold a word starting with one of the term's words (Pagefind's prefix match) and whose filters have
 * the values asked for; `totalFilters` counts every match whatever the filters, as Pagefind does.
 * Searches and data loads can be held until released, or made to fail.
 */
class FakePagefind implements PagefindSearch {
  searches: { term: string; filters: Filters }[] = [];
  preloads: string[] = [];
  dataLoads: string[] = [];
  failing = new Set<string>();
  #holds: { match: (term: string, filters: Filters) => boolean; until: Promise<void> }[] = [];
  #dataHolds = new Map<string, Promise<void>>();

  constructor(readonly records: readonly PagefindResultData[]) {}

  /** Holds the searches that `match` accepts until the returned function is called. */
  hold(match: (term: string, filters: Filters) => boolean): () => void {
    const gate = deferred();
    this.#holds.push({ match, until: gate.promise });
    return () => {
      this.#holds = this.#holds.filter((h) => h.until !== gate.promise);
      gate.resolve();
    };
  }

  /** Holds the data of the record at `url` until the returned function is called. */
  holdData(url: string): () => void {
    const gate = deferred();
    this.#dataHolds.set(url, gate.promise);
    return gate.resolve;
  }

  async preload(term: string): Promise<void> {
    this.preloads.push(term);
  }

  async search(term: string, options: PagefindSearchOptions = {}): Promise<PagefindSearchResponse> {
    const filters = options.filters ?? {};
    this.searches.push({ term, filters });
    await Promise.all(this.#holds.filter((h) => h.match(term, filters)).map((h) => h.until));
    const words = term.toLowerCase().split(' ');
    const matches = this.records.filter((record) =>
      record.content
        .toLowerCase()
        .split(/\s+/)
        .some((word) => words.some((w) => word.startsWith(w))),
    );
    const filtered = matches.filter((record) => matchesFilters(record.filters, filters));
    const totalFilters: Record<string, Record<string, number>> = {};
    for (const record of matches)
      for (const [name, values] of Object.entries(record.filters))
        for (const value of values ?? []) (totalFilters[name] ??= {})[value] = (totalFilters[name]?.[value] ?? 0) + 1;
    return {
      results: filtered.map((record) => ({
        id: record.url,
        data: async () => {
          this.dataLoads.push(record.url);
          await this.#dataHolds.get(record.url);
          if (this.failing.has(record.url)) throw new Error(`cannot fetch the fragment of ${record.url}`);
          return record;
        },
      })),
      totalFilters,
    };
  }
}

/** An indexed record of Latin text: the hit locations are the words the query's words start. */
function record(url: string, edition: string, kind: 'article' | 'glossary', text: string, title?: string): PagefindResultData {
  return {
    url,
    content: text,
    raw_content: text,
    meta: title ? { title } : {},
    filters: { [recordFilterName[kind]]: [edition] },
    locations: text.split(' ').flatMap((word, i) => (/^(gpu|alpha|beta)/i.test(word) ? [i] : [])),
  };
}

const passage = (edition: string, id: string, text: string) => record(`/${edition}/articles/ai-bubble/#${id}`, edition, 'article', text);

/** GPU is in four English records (three passages, a term), three Japanese and one Chinese passage; alpha and beta in one each. */
const records = [
  passage('en', 'p1', 'GPU demand grows'),
  passage('en', 'p2', 'every GPU counts'),
  passage('en', 'p3', 'the GPU trade'),
  record('/en/glossary/gpu/', 'en', 'glossary', 'GPU graphics processor', 'GPU'),
  passage('ja', 'p1', 'GPU no juyou'),
  passage('ja', 'p2', 'GPU wa subete'),
  passage('ja', 'p4', 'GPU torihiki'),
  record('/ja/glossary/gpu/', 'ja', 'glossary', 'GPU gazou', 'GPU'),
  passage('zh', 'p1', 'GPU xuqiu'),
  passage('en', 'p5', 'alpha'),
  passage('en', 'p6', 'beta'),
];

const titles: ArticleTitles = { 'ai-bubble': { en: 'AI (en)', ja: 'AI (ja)', zh: 'AI (zh)' } };

/** A session for an English reader over `fake`, with every state it publishes. */
function sessionOver(fake: FakePagefind, options: Partial<SessionOptions> = {}) {
  const loadPreviews = vi.fn(async (slug: string) => new Map([[`p4`, `${slug}: the same passage in English`]]));
  const session = new SearchSession({ reader: 'en', titles, language: 'ja', load: async () => fake, loadPreviews, ...options });
  const states: SessionState[] = [];
  session.subscribe((state) => states.push(state));
  return { session, states, loadPreviews };
}

/** A loader of Pagefind whose first call fails (the reader is offline), and every later one gives `fake`. */
function loadFailingOnce(fake: FakePagefind) {
  const load = vi.fn(async () => {
    if (load.mock.calls.length === 1) throw new Error('offline');
    return fake;
  });
  return load;
}

/** Each view's count as the page shows it: `4`, or `4+` for at least four. */
const countsOf = (state: SessionState) =>
  Object.fromEntries(Object.entries(state.counts).map(([filter, count]) => [filter, countText(count)]));

/** The results shown, as `<edition>#<passage>` (or the page URL) with the editions folded under each. */
const shown = (state: SessionState) =>
  state.results.map((r) => `${r.edition}${r.passage ? `#${r.passage}` : ` ${r.url}`}${r.alsoIn.map((o) => ` +${o.edition}`).join('')}`);

describe('a search session', () => {
  it('shows a query’s results: the reader’s edition first, one passage once with its other editions folded under it, and the counts', async () => {
    const fake = new FakePagefind(records);
    const { session, states } = sessionOver(fake);
    expect(session.state.status).toBe('idle');
    await session.search('gpu');
    await vi.waitFor(() => expect(session.state.previews.size).toBe(1));
    expect(states.map((s) => s.status)).toEqual(['loading', 'done', 'done']); // the last: the previews of ja#p4 arrived
    const state = session.state;
    expect(state).toMatchObject({ status: 'done', query: 'gpu', filter: 'all', hasMore: false });
    expect(shown(state)).toEqual(['en#p1 +ja +zh', 'en#p2 +ja', 'en#p3', 'en /en/glossary/gpu/', 'ja#p4']);
    // The Japanese glossary term is not in this view, so its record is not loaded: at least 4 Japanese hits.
    expect(countsOf(state), 'every edition’s hits, and the distinct results of the view').toEqual({ en: '4', ja: '4+', zh: '1', all: '8' });
    expect(
      fake.searches.map((s) => s.filters),
      'the two lists, then each other edition with hits, for its count',
    ).toEqual([editionFilter('en'), articlesFilter(localeCodes), editionFilter('ja'), editionFilter('zh')]);
  });

  it('shows each passage with hits of a record that holds several, most hits first, and counts them', async () => {
    const text = 'GPU one two GPU three GPU';
    const group = {
      ...record('/en/articles/ai-bubble/#g1', 'en', 'article', text),
      anchors: [
        { element: 'p', id: 'g1', title: 'g1', location: 0 },
        { element: 'span', id: 'not-a-passage', location: 1 },
        { element: 'p', id: 'g2', title: 'g2', location: 3 },
        { element: 'p', id: 'g3', title: 'g3', location: 6 },
      ],
    };
    const { session } = sessionOver(new FakePagefind([group]));
    await session.search('gpu');
    expect(shown(session.state)).toEqual(['en#g2', 'en#g1']);
    expect(session.state.results.map((r) => r.text)).toEqual(['GPU three GPU', 'GPU one two']);
    expect(countsOf(session.state)).toEqual({ en: '2', all: '2' });
  });

  it('sends Pagefind the search term, a CJK query split as the index’s language splits it', async () => {
    const fake = new FakePagefind(records);
    await sessionOver(fake).session.search(' 設備投資 ');
    expect(fake.searches.map((s) => s.term)).toEqual(['設備 投資', '設備 投資']);
  });

  it('loads the index chunks of a query being typed, split as the index splits it, without searching or showing anything', async () => {
    const fake = new FakePagefind(records);
    const { session, states } = sessionOver(fake);
    session.prefetch('  ');
    session.prefetch('G');
    session.prefetch(' GPU  demand');
    session.prefetch('設備投資');
    await vi.waitFor(() => expect(fake.preloads).toHaveLength(2));
    expect(fake.preloads).toEqual(['GPU demand', '設備 投資']);
    expect(fake.searches).toEqual([]);
    expect(states).toEqual([]);
  });

  it('leaves a failure to load Pagefind while a query is typed to the query, which loads it again', async () => {
    const fake = new FakePagefind(records);
    const load = loadFailingOnce(fake);
    const { session, states } = sessionOver(fake, { load });
    session.prefetch('gpu');
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(states).toEqual([]);
    await session.search('gpu');
    expect(load).toHaveBeenCalledTimes(2);
    expect(session.state.status).toBe('done');
  });

  it('does not search again for the query shown, and clears everything for an empty query', async () => {
    const fake = new FakePagefind(records);
    const { session } = sessionOver(fake);
    await session.search('gpu');
    const searched = fake.searches.length;
    await session.search('gpu  ');
    expect(fake.searches).toHaveLength(searched);
    await session.search('   ');
    expect(session.state).toMatchObject({ status: 'idle', query: '', results: [], counts: {}, hasMore: false });
    expect(fake.searches).toHaveLength(searched);
  });

  it('keeps the results shown while the next query loads', async () => {
    const fake = new FakePagefind(records);
    const { session } = sessionOver(fake);
    await session.search('gpu');
    const before = session.state.results;
    const release = fake.hold((term) => term === 'alpha');
    const next = session.search('alpha');
    expect(session.state).toMatchObject({ status: 'loading', query: 'alpha' });
    expect(session.state.results).toBe(before);
    release();
    await next;
    expect(shown(session.state)).toEqual(['en#p5']);
  });

  it('drops the results of a query that finishes after a newer one', async () => {
    const fake = new FakePagefind(records);
    const { session, states } = sessionOver(fake);
    const release = fake.hold((term) => term === 'alpha');
    const first = session.search('alpha');
    await session.search('beta');
    release();
    await first;
    expect(session.state).toMatchObject({ status: 'done', query: 'beta' });
    expect(shown(session.state)).toEqual(['en#p6']);
    expect(states.filter((s) => s.status === 'done').map((s) => s.query)).toEqual(['beta']);
  });

  it('drops the results of a query whose records’ data arrive after a newer query’s', async () => {
    const fake = new FakePagefind(records);
    const { session, states } = sessionOver(fake);
    const release = fake.holdData('/en/articles/ai-bubble/#p5');
    const first = session.search('alpha');
    await vi.waitFor(() => expect(fake.dataLoads).toContain('/en/articles/ai-bubble/#p5'));
    await session.search('beta');
    release();
    await first;
    expect(states.filter((s) => s.status === 'done').map((s) => s.query)).toEqual(['beta']);
  });

  it('shows the edition chosen while the query was loading, and never the view it replaced', async () => {
    const fake = new FakePagefind(records);
    const { session, states } = sessionOver(fake);
    const release = fake.hold((term) => term === 'gpu');
    const query = session.search('gpu');
    const filter = session.setFilter('ja');
    release();
    await Promise.all([query, filter]);
    expect(session.state).toMatchObject({ status: 'done', filter: 'ja' });
    expect(shown(session.state)).toEqual(['ja#p1', 'ja#p2', 'ja#p4', 'ja /ja/glossary/gpu/']);
    expect([...new Set(states.filter((s) => s.status === 'done').map((s) => s.filter))]).toEqual(['ja']);
    expect(fake.searches.map((s) => s.filters)).toContainEqual(editionFilter('ja'));
  });

  it('shows the last edition chosen when an earlier choice’s search finishes later', async () => {
    const fake = new FakePagefind(records);
    const { session } = sessionOver(fake);
    await session.search('gpu');
    const release = fake.hold((_, filters) => JSON.stringify(filters) === JSON.stringify(editionFilter('zh')));
    const slow = session.setFilter('zh');
    await vi.waitFor(() => expect(fake.searches).toContainEqual({ term: 'gpu', filters: editionFilter('zh') }));
    await session.setFilter('en');
    release();
    await slow;
    expect(session.state.filter).toBe('en');
    expect(shown(session.state)).toEqual(['en#p1', 'en#p2', 'en#p3', 'en /en/glossary/gpu/']);
    await session.setFilter('all');
    expect(shown(session.state), 'back to the first view').toEqual([
      'en#p1 +ja +zh',
      'en#p2 +ja',
      'en#p3',
      'en /en/glossary/gpu/',
      'ja#p4',
    ]);
  });

  it('keeps the chosen edition for the next query when there is none yet', async () => {
    const fake = new FakePagefind(records);
    const { session } = sessionOver(fake);
    await session.setFilter('zh');
    expect(fake.searches).toEqual([]);
    await session.search('gpu');
    expect(session.state.filter).toBe('zh');
    expect(shown(session.state)).toEqual(['zh#p1']);
  });

  it('adds a batch of each list on “Show more” until every result is shown, loading each record’s data once', async () => {
    const fake = new FakePagefind(records);
    const { session } = sessionOver(fake, { batch: 2 });
    await session.search('gpu');
    expect(shown(session.state)).toEqual(['en#p1 +ja', 'en#p2 +ja']);
    expect(session.state.hasMore).toBe(true);
    await session.more();
    expect(shown(session.state)).toEqual(['en#p1 +ja +zh', 'en#p2 +ja', 'en#p3', 'en /en/glossary/gpu/', 'ja#p4']);
    expect(session.state.hasMore).toBe(false);
    expect(new Set(fake.dataLoads).size, 'no record loaded twice').toBe(fake.dataLoads.length);
    await session.setFilter('ja');
    expect(shown(session.state), 'another view starts at one batch').toEqual(['ja#p1', 'ja#p2']);
    await session.more();
    expect(shown(session.state)).toEqual(['ja#p1', 'ja#p2', 'ja#p4', 'ja /ja/glossary/gpu/']);
    expect(new Set(fake.dataLoads).size).toBe(fake.dataLoads.length);
  });

  it('shows the error state when Pagefind cannot load, and loads it again for the next query', async () => {
    const fake = new FakePagefind(records);
    const load = vi.fn(async () => {
      if (load.mock.calls.length === 1) throw new Error('offline');
      return fake;
    });
    const { session } = sessionOver(fake, { load });
    await session.search('gpu');
    expect(session.state).toMatchObject({ status: 'error', query: 'gpu', results: [], hasMore: false });
    expect(String(session.state.error)).toContain('offline');
    await session.setFilter('ja');
    expect(session.state.status, 'a filter change does not search without a query').toBe('error');
    await session.search('gpu');
    expect(load).toHaveBeenCalledTimes(2);
    expect(session.state).toMatchObject({ status: 'done', query: 'gpu', filter: 'ja' });
    expect(session.state.error).toBeUndefined();
  });

  it('loads Pagefind once ahead of the first query, and a failed preload shows nothing until a query retries', async () => {
    const fake = new FakePagefind(records);
    const load = loadFailingOnce(fake);
    const { session, states } = sessionOver(fake, { load });
    session.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(states).toEqual([]);
    await session.search('gpu');
    session.preload();
    await session.search('alpha');
    expect(load).toHaveBeenCalledTimes(2);
    expect(session.state.status).toBe('done');
  });

  it('shows the error state when a record’s data cannot load, and shows results again for the next query', async () => {
    const fake = new FakePagefind(records);
    fake.failing.add('/en/articles/ai-bubble/#p5');
    const { session } = sessionOver(fake);
    await session.search('alpha');
    expect(session.state).toMatchObject({ status: 'error', results: [] });
    fake.failing.clear();
    await session.search('alpha');
    expect(shown(session.state)).toEqual(['en#p5']);
  });

  it('loads the reader’s previews of an article with a hit from another edition, once, without rebuilding the results', async () => {
    const fake = new FakePagefind(records);
    const { session, loadPreviews } = sessionOver(fake);
    const release = deferred();
    loadPreviews.mockImplementationOnce(async (slug) => {
      await release.promise;
      return new Map([['p4', `${slug} p4`]]);
    });
    await session.search('gpu');
    const results = session.state.results;
    expect(session.state.previews.size).toBe(0);
    release.resolve();
    await vi.waitFor(() => expect(session.state.previews.get('ai-bubble')?.get('p4')).toBe('ai-bubble p4'));
    expect(session.state.results, 'the same results').toBe(results);
    await session.search('alpha');
    await session.search('gpu');
    expect(loadPreviews).toHaveBeenCalledTimes(1);
    expect(loadPreviews).toHaveBeenCalledWith('ai-bubble');
  });

  it('loads no previews when every hit is in the reader’s edition, and none but an empty set when they fail', async () => {
    const fake = new FakePagefind(records);
    const { session, loadPreviews } = sessionOver(fake);
    await session.search('alpha');
    expect(loadPreviews).not.toHaveBeenCalled();
    loadPreviews.mockRejectedValueOnce(new Error('404'));
    await session.search('gpu');
    await vi.waitFor(() => expect(session.state.previews.get('ai-bubble')?.size).toBe(0));
    expect(session.state.status).toBe('done');
  });
});

describe('a concept search', () => {
  /**
   * A glossary term named alpha in English (alias alphas) and beta in Japanese, a Japanese passage
   * that uses its Japanese name and a Chinese one that uses the English.
   */
  const concepts = [{ en: ['alpha', 'alphas'], ja: ['beta'] }];
  const withJapanese = [...records, passage('ja', 'p7', 'beta kanren'), passage('zh', 'p8', 'alphas yuyan')];
  const itemsOf = (state: SessionState) => state.results.map((r) => `${r.edition}#${r.passage}${r.via ? ` via ${r.via}` : ''}`);

  /** A search for `alpha` whose added name (beta) is held: resolves once the query's own results are shown. */
  async function searchHoldingTheNames() {
    const fake = new FakePagefind(withJapanese);
    const { session, states } = sessionOver(fake, { concepts });
    const release = fake.hold((term) => term === 'beta');
    const searching = session.search('alpha');
    await vi.waitUntil(() => session.state.status === 'done');
    return { fake, session, states, release, searching };
  }

  it('also searches the other languages’ names of a term the query names, ranking the query’s own records first', async () => {
    const fake = new FakePagefind(withJapanese);
    const { session } = sessionOver(fake, { concepts });
    await session.search('Alphas');
    expect(session.state).toMatchObject({ concepts: ['beta'], expand: true });
    expect(new Set(fake.searches.map((s) => s.term))).toEqual(new Set(['alpha', 'beta']));
    // The query's own hit in another edition still comes before the added name's hits in the reader's.
    expect(itemsOf(session.state)).toEqual(['en#p5', 'zh#p8', 'en#p6 via beta', 'ja#p7 via beta']);
    expect(countsOf(session.state), 'each record once, in its edition').toEqual({ en: '2', ja: '1', zh: '1', all: '4' });
  });

  it('shows the query’s own results before the names it adds are searched, then both, loading each record once', async () => {
    const { fake, session, states, release, searching } = await searchHoldingTheNames();
    expect(session.state).toMatchObject({ adding: true, concepts: ['beta'] });
    expect(itemsOf(session.state)).toEqual(['en#p5', 'zh#p8']);
    release();
    await searching;
    expect(session.state).toMatchObject({ status: 'done', adding: false });
    expect(itemsOf(session.state)).toEqual(['en#p5', 'zh#p8', 'en#p6 via beta', 'ja#p7 via beta']);
    expect(states.filter((state) => state.status === 'loading')).toHaveLength(1);
    expect(fake.dataLoads.filter((url) => url.endsWith('#p5'))).toHaveLength(1);
  });

  it('shows a filter chosen while the added names load with their results', async () => {
    const { session, release, searching } = await searchHoldingTheNames();
    const filtering = session.setFilter('ja');
    release();
    await Promise.all([searching, filtering]);
    expect(session.state).toMatchObject({ filter: 'ja', adding: false });
    expect(itemsOf(session.state)).toEqual(['ja#p7 via beta']);
  });

  it('drops the added names of a query replaced while they load', async () => {
    const { session, release, searching } = await searchHoldingTheNames();
    await session.search('gpu');
    release();
    await searching;
    expect(session.state).toMatchObject({ query: 'gpu', adding: false, concepts: [] });
    expect(itemsOf(session.state).some((item) => item.includes('via'))).toBe(false);
  });

  it('searches the query alone once the reader turns it off, saying what it would add, and again with it on', async () => {
    const fake = new FakePagefind(withJapanese);
    const { session } = sessionOver(fake, { concepts });
    await session.search('alpha');
    await session.setExpand(false);
    expect(session.state).toMatchObject({ status: 'done', concepts: ['beta'], expand: false });
    expect(countsOf(session.state)).toEqual({ en: '1', zh: '1', all: '2' });
    expect(itemsOf(session.state)).toEqual(['en#p5', 'zh#p8']);
    await session.setExpand(true);
    expect(itemsOf(session.state)).toEqual(['en#p5', 'zh#p8', 'en#p6 via beta', 'ja#p7 via beta']);
  });

  it('adds nothing for a query that names no term, or only part of one', async () => {
    const fake = new FakePagefind(withJapanese);
    const { session } = sessionOver(fake, { concepts });
    await session.search('gpu');
    expect(session.state.concepts).toEqual([]);
    await session.search('alpha beta');
    expect(session.state.concepts).toEqual([]);
    expect(fake.searches.every((s) => s.term !== 'beta')).toBe(true);
  });
});
