// Search cost in headless Chromium on localhost, for `npm run bench` (scripts/bench.ts): bytes fetched
// and milliseconds to first results for cold first queries (each in a fresh browser context: nothing
// cached, Pagefind not loaded) and for a warm second query on the same page; milliseconds are the
// median of three runs. The query runs on the search
// page itself, so that the figures include loading Pagefind, merging the three editions' bundles,
// loading the result fragments and rendering. Milliseconds come from the page's own performance
// marks (`search:start` → `search:results`, set by src/scripts/search.ts); the debounce of typing is
// not counted (the query is submitted).
//
// The browser is the tests' Chromium with their flags (scripts/lib/browser.ts: Debian's
// /usr/bin/chromium, no background networking).
import zlib from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import type { Locale } from '../../src/lib/i18n/locales';

/** One measured query. */
export interface SearchMeasure {
  query: string;
  /** The search page it ran on (the primary bundle; the others are merged). */
  locale: Locale;
  /** Milliseconds from the query to the first results on screen: the median of `runs`. */
  ms: number;
  /** Every run's milliseconds (this machine's timings vary from run to run; bytes do not). */
  runs: number[];
  /** Milliseconds to the results of the names a concept search adds too (shown after the query's own): the median of the runs; `ms` when it adds none. */
  completeMs: number;
  /** Bytes received for the query (headers and bodies, as the server sent them), everything it loads. */
  bytes: number;
  /** The same bodies as a host that gzips text would send them (Pagefind's index files are gzip already). */
  gzipBytes: number;
  /** `gzipBytes` of the files received before the first results were on screen (the added names' chunks and fragments come after). */
  firstGzipBytes: number;
  requests: number;
  /** The editions of the results shown, and of the hits folded under them: a search across all editions shows several. */
  editions: string[];
  /** Results shown. */
  results: number;
}

/** What `measureSearch` returns. */
export interface SearchBench {
  /** The first cold query (GPU on /en/search/). */
  cold: SearchMeasure;
  /** Every cold query, each in a fresh browser context: Latin and CJK, one index chunk or two. */
  colds: SearchMeasure[];
  warm: SearchMeasure;
  /** Bytes of the search page itself (HTML, CSS, scripts) before any search, as sent / gzip. */
  page: { bytes: number; gzipBytes: number };
  targets: { coldBytes: number; coldMs: number; warmMs: number };
}

interface Fetched {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** The transfer size and gzip'd body size of one finished request. */
async function weigh(request: Request): Promise<Fetched> {
  const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
  const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
  const compressed = response?.headers()['content-encoding'] || (body[0] === 0x1f && body[1] === 0x8b);
  return {
    url: new URL(request.url()).pathname,
    bytes: sizes.responseHeadersSize + sizes.responseBodySize,
    gzipBytes: sizes.responseHeadersSize + (compressed ? sizes.responseBodySize : zlib.gzipSync(body).length),
  };
}

/**
 * Records every finished request of a page, to be weighed (`since`) once the query is done: reading
 * bodies over the DevTools protocol and gzipping them while the page searches took the same two
 * cores, and made a cold query look 200–300 ms slower than it is (docs/search.md).
 */
function recordRequests(page: Page): { since: (mark: number) => Promise<Fetched[]>; settled: () => Promise<void>; count: () => number } {
  const finished: Request[] = [];
  let inFlight = 0;
  page.on('request', () => void inFlight++);
  page.on('requestfailed', () => void inFlight--);
  page.on('requestfinished', (request: Request) => {
    inFlight--;
    finished.push(request);
  });
  return {
    since: (mark) => Promise.all(finished.slice(mark).map(weigh)),
    count: () => finished.length,
    /** Waits until nothing has been in flight for 300 ms (lazy fetches after the first results included). */
    settled: async () => {
      for (let quiet = 0; quiet < 6;) {
        await page.waitForTimeout(50);
        quiet = inFlight <= 0 ? quiet + 1 : 0;
      }
    },
  };
}

const sum = (list: Fetched[], key: 'bytes' | 'gzipBytes') => list.reduce((total, f) => total + f[key], 0);

/**
 * The page's timings of its last query, from its own marks (src/client/search.ts): milliseconds from
 * `search:start` to `search:results` (first results) and to `search:complete` (the added names'
 * results too), and the paths of the files received before the first results.
 */
const lastSearch = (page: Page) =>
  // No named functions inside: the callback runs in the page, without the bundler's helpers.
  page.evaluate(() => {
    const [start, results, complete] = ['search:start', 'search:results', 'search:complete'].map(
      (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN,
    ) as [number, number, number];
    const before = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.responseEnd <= results)
      .map((entry) => new URL(entry.name).pathname);
    return { ms: results - start, completeMs: complete - start, before };
  });

/** Waits for the query's results and returns the edition of each result shown, and of each hit folded under one ("also found in"). */
export async function waitForQuery(page: Page, query: string): Promise<{ results: number; editions: string[] }> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector<HTMLElement>('[data-search]');
      if (root?.dataset['state'] === 'error') throw new Error('search failed');
      return root?.dataset['state'] === 'done' && root.dataset['query'] === q;
    },
    query,
    { timeout: 30_000 },
  );
  const results = await page.locator('.search-result').count();
  const editions = await page.$$eval('.search-result, .search-also a', (items) =>
    items.map((item) => (item as HTMLElement).dataset['edition'] ?? ''),
  );
  return { results, editions };
}

/** The middle value of a list of timings. */
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** One run of a query as the page timed it, what it fetched and what it showed. */
interface QueryRun {
  timing: Awaited<ReturnType<typeof lastSearch>>;
  fetched: Fetched[];
  shown: { results: number; editions: string[] };
}

function measure(query: string, locale: Locale, runs: readonly QueryRun[]): SearchMeasure {
  const { fetched, shown, timing } = runs[0]!;
  const search = fetched.filter((f) => f.url.startsWith('/pagefind/') || f.url === '/passages.json');
  const before = new Set(timing.before);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    query,
    locale,
    ms: round(median(runs.map((run) => run.timing.ms))),
    runs: runs.map((run) => round(run.timing.ms)),
    completeMs: round(median(runs.map((run) => run.timing.completeMs))),
    bytes: sum(search, 'bytes'),
    gzipBytes: sum(search, 'gzipBytes'),
    firstGzipBytes: sum(
      search.filter((f) => before.has(f.url)),
      'gzipBytes',
    ),
    requests: search.length,
    editions: [...new Set(shown.editions)].sort(),
    results: shown.results,
  };
}

/** The cold queries: English on /en/ (one index chunk), then CJK ones, each across every edition (a two-word CJK query may read two index chunks). */
const coldQueries: [Locale, string][] = [
  ['en', 'GPU'],
  ['en', '設備投資'],
  ['ja', 'capex'],
  ['zh', '算力'],
];

/** One cold query on a fresh page (nothing cached, Pagefind not loaded), then, if asked, a warm one on the same page. */
async function coldThenWarm(browser: Browser, origin: string, locale: Locale, coldQuery: string, warmQuery: string | null) {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    const requests = recordRequests(tab);
    await tab.goto(`${origin}/${locale}/search/?q=${encodeURIComponent(coldQuery)}`);
    const coldShown = await waitForQuery(tab, coldQuery);
    const coldTiming = await lastSearch(tab);
    await requests.settled();
    const cold: QueryRun = { timing: coldTiming, fetched: await requests.since(0), shown: coldShown };
    if (warmQuery === null) return { cold, warm: null };
    const mark = requests.count();
    await tab.fill('#search-q', warmQuery);
    await tab.press('#search-q', 'Enter');
    const warmShown = await waitForQuery(tab, warmQuery);
    const warmTiming = await lastSearch(tab);
    await requests.settled();
    // The resource timings list the cold query's files too: only the warm query's count.
    return { cold, warm: { timing: warmTiming, fetched: await requests.since(mark), shown: warmShown } };
  } finally {
    await context.close();
  }
}

/**
 * Measures search on the site served at `origin`: each cold query `runs` times, each time in a
 * fresh browser context, and a warm second query (`short selling`) after each run of the first.
 * Milliseconds are the median of the runs.
 */
export async function measureSearch(origin: string, warmQuery = 'short selling', runs = 3): Promise<SearchBench> {
  const browser = await launchBrowser();
  try {
    const colds: SearchMeasure[] = [];
    let warm: SearchMeasure | undefined;
    let page = { bytes: 0, gzipBytes: 0 };
    for (const [index, [locale, coldQuery]] of coldQueries.entries()) {
      const measured = [];
      for (let run = 0; run < runs; run += 1)
        measured.push(await coldThenWarm(browser, origin, locale, coldQuery, index === 0 ? warmQuery : null));
      const first = measured[0]!;
      colds.push(
        measure(
          coldQuery,
          locale,
          measured.map((m) => m.cold),
        ),
      );
      if (first.warm) {
        const pageFiles = first.cold.fetched.filter((f) => !f.url.startsWith('/pagefind/') && f.url !== '/passages.json');
        page = { bytes: sum(pageFiles, 'bytes'), gzipBytes: sum(pageFiles, 'gzipBytes') };
        warm = measure(
          warmQuery,
          locale,
          measured.flatMap((m) => (m.warm ? [m.warm] : [])),
        );
      }
    }
    return { cold: colds[0]!, colds, warm: warm!, page, targets: { coldBytes: 150 * 1024, coldMs: 300, warmMs: 50 } };
  } finally {
    await browser.close();
  }
}
