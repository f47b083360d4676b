import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { dist, root } from '../helpers/build';
import { loadPage, readerText } from '../helpers/html';
import { schemes } from '../helpers/a11y';
import { runAxe } from '../helpers/axe';
import { browserSession } from '../helpers/session';
import { localeCodes, localeInfo, type Locale } from '../../src/lib/i18n/locales';
import { ui } from '../../src/lib/i18n/ui';
import { readSite } from '../../src/lib/site/read';
import { format } from '../../src/lib/text/format';

/**
 * Queries whose passages were checked by reading the three editions: the passages that contain
 * the query, and those that hold it most (where a result should land). The tests also recompute
 * both from the built HTML.
 */
/** The Chinese passages that hold 算力. */
const computePassages = [
  'closed-loop-core',
  'training-costs',
  'stripe-position',
  'german-carmaker',
  'ai-strategy-talisman',
  'renewables-fifth',
  'twenty-five-years-later',
  'retailer',
  'new-factor',
  'compute-oil',
  'compute-sovereignty',
  'world-changed',
];

const table: { query: string; edition: Locale; passages: string[]; lands: string[] }[] = [
  {
    query: '設備投資',
    edition: 'ja',
    passages: ['sp500-share', 'capex-growth', 'twenty-five-years-later', 'datacenter-capex'],
    lands: ['sp500-share', 'capex-growth', 'twenty-five-years-later', 'datacenter-capex'],
  },
  {
    query: '時価総額',
    edition: 'ja',
    passages: ['beliefs-into-market-cap', 'nvidia-datacenter-revenue', 'capex-growth', 'figure-top7-weight'],
    lands: ['beliefs-into-market-cap', 'nvidia-datacenter-revenue', 'capex-growth', 'figure-top7-weight'],
  },
  { query: '空売り', edition: 'ja', passages: ['burry-short', 'short-the-game'], lands: ['burry-short'] }, // twice in burry-short
  {
    query: '算力',
    edition: 'zh',
    passages: computePassages,
    // Each holds 算力 once.
    lands: computePassages,
  },
  { query: '做空', edition: 'zh', passages: ['burry-short', 'short-the-game'], lands: ['burry-short'] }, // twice in burry-short
  {
    query: 'capex',
    edition: 'en',
    passages: ['capex-growth', 'twenty-five-years-later', 'datacenter-capex'],
    lands: ['capex-growth', 'twenty-five-years-later', 'datacenter-capex'],
  },
  { query: 'short selling', edition: 'en', passages: ['burry-short'], lands: ['burry-short'] },
];

const slug = 'ai-bubble';
const articleUrl = (locale: Locale) => `/${locale}/articles/${slug}/`;

/** The passages of a built edition holding `query` most often (case-insensitive, reader-visible text). */
function bestPassages(edition: Locale, query: string): { best: string[]; all: string[] } {
  const $ = loadPage(articleUrl(edition));
  const counts = $('[data-pagefind-body] [data-passage][id]')
    .map((_, el) => ({ id: $(el).attr('id')!, n: readerText($, el).toLowerCase().split(query.toLowerCase()).length - 1 }))
    .get()
    .filter((p) => p.n > 0);
  const max = Math.max(...counts.map((p) => p.n));
  return { best: counts.filter((p) => p.n === max).map((p) => p.id), all: counts.map((p) => p.id) };
}

interface Shown {
  edition: Locale;
  title: string;
  passage: string | null;
  href: string;
  same: string | null;
  preview: string | null;
  /** Holds only some segments of a CJK query. */
  partial: boolean;
  /** The glossary name a concept search added that found it. */
  via: string | null;
  /** The same passage's hits in other editions, folded under this one: edition and link. */
  also: { edition: Locale; href: string }[];
}

const session = browserSession();
const viewport = { width: 1100, height: 800 };
/** CSP violations and errors on the file's tab since the current test began (checked by `close`). */
let problems: string[] = [];
let watching = false;
/** The search page that `searchAgain` left open in the file's tab, until another test takes the tab. */
let openSearch: { locale: Locale; page: Page } | undefined;

/** The file's tab, watched for CSP violations and errors. */
async function newPage(): Promise<Page> {
  const page = await session.tab(viewport);
  problems = [];
  openSearch = undefined;
  if (!watching) {
    watching = true;
    // Reports every CSP violation of every page (the script is injected by the browser, not the page).
    await page.context().addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text()))
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  }
  return page;
}

async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const root = document.querySelector<HTMLElement>('[data-search]');
      return root?.dataset['state'] === 'error' || (root?.dataset['state'] === 'done' && root.dataset['query'] === q);
    },
    query,
    { timeout: 20_000 },
  );
  expect(await page.getAttribute('[data-search]', 'data-state')).toBe('done');
}

async function search(locale: Locale, query: string, params = ''): Promise<Page> {
  const page = await newPage();
  await page.goto(`${session.origin()}/${locale}/search/?q=${encodeURIComponent(query)}${params}`);
  await waitForResults(page, query);
  return page;
}

/**
 * Searches `query` on /<locale>/search/ as a reader searching again: typed into the box of the page
 * the last call left open, else loaded from the URL: a load costs a page and Pagefind's start, a
 * typed query only the query (the file's CPU seconds: 78 → 50–57, docs/testing.md).
 */
async function searchAgain(locale: Locale, query: string): Promise<Page> {
  if (openSearch?.locale !== locale) {
    const page = await search(locale, query);
    openSearch = { locale, page };
    return page;
  }
  problems = [];
  await openSearch.page.fill('#search-q', query);
  await waitForResults(openSearch.page, query);
  return openSearch.page;
}

async function shown(page: Page): Promise<Shown[]> {
  return page.$$eval('.search-result', (items) =>
    items.map((li) => ({
      edition: (li as HTMLElement).dataset['edition'] as Locale,
      title: li.querySelector('.search-result-link')!.textContent ?? '',
      passage: (li as HTMLElement).dataset['passage'] ?? null,
      href: li.querySelector('.search-result-link')!.getAttribute('href')!,
      same: li.querySelector('.search-same a')?.getAttribute('href') ?? null,
      preview: li.querySelector<HTMLElement>('.search-same q:not([hidden])')?.textContent ?? null,
      partial: (li as HTMLElement).dataset['partial'] !== undefined,
      via: (li as HTMLElement).dataset['via'] ?? null,
      also: [...li.querySelectorAll<HTMLAnchorElement>('.search-also a')].map((a) => ({
        edition: a.dataset['edition'] as Locale,
        href: a.getAttribute('href')!,
      })),
    })),
  );
}

/** Ends a test's use of the tab: no CSP violation or error happened on it. */
function close(): void {
  expect(problems, 'no CSP violation or error on the page').toEqual([]);
}

const isArticle = (r: Shown) => r.href.split(/[?#]/)[0] === articleUrl(r.edition);

describe('search across the three editions (built site, Chromium)', () => {
  for (const { query, edition, passages, lands } of table) {
    it(`has checked the passages of "${query}" against the built ${edition} edition`, () => {
      const { best, all } = bestPassages(edition, query);
      expect(all.sort()).toEqual([...passages].sort());
      expect(best.sort()).toEqual([...lands].sort());
    });
  }

  // Reader by reader, each query typed into the search page the last one left open.
  for (const reader of localeCodes) {
    for (const { query, edition, lands } of table) {
      it(`finds "${query}" from /${reader}/search/ and lands first on the ${edition} passage that holds it most`, async () => {
        const page = await searchAgain(reader, query);
        const results = await shown(page);
        const hit = results.find((r) => r.edition === edition && isArticle(r));
        expect(hit, `a passage of the ${edition} edition is found`).toBeDefined();
        expect(lands).toContain(hit!.passage);
        expect(bestPassages(edition, query).best).toContain(hit!.passage);
        expect(hit!.href).toMatch(new RegExp(`^${articleUrl(edition)}\\?(highlight=[^&#]+&?)+#${hit!.passage}$`));
        // The reader's own edition first among whole matches; partial matches of a CJK query after
        // them; the hits of the glossary names a concept search added last.
        const order = results.map((r) => (r.via ? 4 : 0) + (r.partial ? 2 : 0) + (r.edition === reader ? 0 : 1));
        expect(order, 'own edition first, partial matches, then added names').toEqual([...order].sort((a, b) => a - b));
        if (reader === edition) expect(results.find(isArticle)?.passage, 'the first passage shown').toBe(hit!.passage);
        close();
      });
    }
  }

  it('finds Japanese passages when 設備投資 is typed on /en/search/, each with the same passage in English one link away', async () => {
    const page = await newPage();
    await page.goto(`${session.origin()}/en/search/`);
    await page.fill('#search-q', '設備投資');
    await waitForResults(page, '設備投資');
    expect(new URL(page.url()).searchParams.get('q'), 'the query is kept in the URL').toBe('設備投資');
    const wasmFetches = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => /\/pagefind\/wasm\.[^/]+\.pagefind$/.test(new URL(entry.name).pathname))
        .map((entry) => entry.initiatorType),
    );
    expect(wasmFetches, 'Pagefind’s WebAssembly is fetched once, by the page’s preload, and Pagefind uses that copy').toEqual(['link']);
    const ja = (await shown(page)).filter((r) => r.edition === 'ja' && isArticle(r));
    expect(ja.length).toBeGreaterThan(0);
    const first = ja[0]!;
    expect(table[0]!.passages).toContain(first.passage);
    expect(first.title, 'a passage is titled with its edition’s article title').toBe(
      loadPage(articleUrl('ja'))('h1').first().text().trim(),
    );
    expect(first.same).toBe(`/en/articles/${slug}/#${first.passage}`);
    await page.waitForSelector('.search-same q:not([hidden])');
    const preview = (await shown(page)).find((r) => r.passage === first.passage && r.edition === 'ja')!.preview!;
    const $ = loadPage(articleUrl('en'));
    expect(readerText($, $(`#${first.passage}`)).replace(/\s+/g, ' ')).toContain(preview.replace(/…$/, ''));
    expect(await page.textContent('.search-same a')).toBe(ui('en').searchSameInYours.replace('{language}', localeInfo('en').name));
    close();
  });

  it('finds the English passages when capex is typed on /ja/search/, and the glossary entry once glossary pages exist', async () => {
    const page = await search('ja', 'capex');
    const results = await shown(page);
    const en = results.filter((r) => r.edition === 'en' && isArticle(r));
    expect(table.find((t) => t.query === 'capex')!.passages).toContain(en[0]?.passage);
    expect(en[0]!.same).toBe(`/ja/articles/${slug}/#${en[0]!.passage}`);
    if (fs.existsSync(path.join(dist, 'ja', 'glossary', 'capex', 'index.html'))) {
      expect(results.map((r) => r.href)).toContain('/ja/glossary/capex/?highlight=capex');
    }
    close();
  });

  it('lands on the article with the passage highlighted and in view when a result is clicked', async () => {
    for (const [reader, query, phrase] of [
      ['en', 'short selling', 'short selling'],
      ['ja', '設備投資', '設備投資'],
      ['zh', '做空', '做空'],
    ] as const) {
      const page = await search(reader, query);
      const link = page.locator('.search-result-link[href*="/articles/"]').first();
      const href = (await link.getAttribute('href'))!;
      const id = decodeURIComponent(href.split('#')[1]!);
      await link.click();
      await page.waitForURL((url) => url.pathname.endsWith(`/articles/${slug}/`) && url.hash === `#${id}`);
      expect(new URL(page.url()).searchParams.getAll('highlight')).toContain(phrase);
      const passage = page.locator(`[id="${id}"]`);
      await page.waitForSelector(`[id="${id}"].is-highlighted`);
      expect(await passage.locator('mark').allTextContents()).toContain(phrase);
      const inView = await passage.evaluate((el) => {
        const box = el.getBoundingClientRect();
        const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
        return box.top >= header - 1 && box.top < innerHeight;
      });
      expect(inView, `#${id} is in view below the header`).toBe(true);
      close();
    }
  });

  it('filters the results by edition, keeping the choice in the URL, and shows every result of a filter on request', async () => {
    const page = await search('en', 'GPU');
    const all = await shown(page);
    expect(new Set(all.flatMap((r) => [r.edition, ...r.also.map((a) => a.edition)])).size, 'GPU is found in every edition').toBe(
      localeCodes.length,
    );
    for (const locale of localeCodes) {
      await page.check(`[data-search-filter] input[value="${locale}"]`);
      await page.waitForFunction(
        (l) => [...document.querySelectorAll<HTMLElement>('.search-result')].every((li) => li.dataset['edition'] === l),
        locale,
      );
      // Until every record of the edition is loaded, a count may be a lower bound ("8+", "At least 8 results").
      const badge = (await page.textContent(`[data-count="${locale}"]`))!.replace(/[()]/g, '');
      const atLeast = Number(badge.replace(/\+$/, ''));
      const countString = badge.endsWith('+') ? ui('en').searchResultCountAtLeast : ui('en').searchResultCount;
      expect(await page.textContent('[data-search-status]')).toBe(countString.replace('{count}', String(atLeast)));
      expect(new URL(page.url()).searchParams.get('edition')).toBe(locale);
      // "Show more" until every result of the edition is on the page.
      while (await page.isVisible('[data-search-more]')) {
        const before = await page.locator('.search-result').count();
        await page.click('[data-search-more]');
        await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
      }
      const filtered = await shown(page);
      expect(
        filtered.every((r) => r.edition === locale),
        `only ${locale}`,
      ).toBe(true);
      expect(filtered.length, `every ${locale} result is shown`).toBeGreaterThanOrEqual(atLeast);
      expect(new Set(filtered.map((r) => r.href)).size, 'each result once').toBe(filtered.length);
      expect(await page.textContent(`[data-count="${locale}"]`), 'every record loaded: the count is exact').toBe(`(${filtered.length})`);
      expect(await page.textContent('[data-search-status]')).toBe(ui('en').searchResultCount.replace('{count}', String(filtered.length)));
    }
    await page.check('[data-search-filter] input[value="all"]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length === n, all.length);
    expect(await shown(page)).toEqual(all);
    expect(new URL(page.url()).searchParams.has('edition')).toBe(false);
    close();

    const preset = await search('en', 'GPU', '&edition=zh');
    expect(await preset.isChecked('[data-search-filter] input[value="zh"]')).toBe(true);
    expect((await shown(preset)).every((r) => r.edition === 'zh')).toBe(true);
    close();
  });

  it('shows a passage found in several editions once, in the reader’s edition, with its hits in the others one link away', async () => {
    const page = await search('en', 'GPU');
    const results = (await shown(page)).filter(isArticle);
    const passages = results.map((r) => r.passage);
    expect(new Set(passages).size, 'each passage once').toBe(passages.length);
    const folded = results.filter((r) => r.also.length > 0);
    expect(folded.length, 'GPU is in the same passages of every edition').toBeGreaterThan(0);
    for (const result of folded) {
      expect(result.edition, 'the reader’s edition shows the passage').toBe('en');
      for (const other of result.also) {
        expect(other.href).toMatch(new RegExp(`^${articleUrl(other.edition)}\\?highlight=[^#]+#${result.passage}$`));
        expect(
          readerText(loadPage(articleUrl(other.edition)), loadPage(articleUrl(other.edition))(`[id="${result.passage}"]`)),
          `${other.edition} #${result.passage} holds GPU`,
        ).toContain('GPU');
      }
    }
    close();
  });

  it('finds an article by a word of its title once, at its head, and not at every passage', async () => {
    const title = loadPage(articleUrl('en'))('h1').first().text();
    const word = 'Trap';
    expect(title, 'the word is in the English title').toContain(word);
    const passagesWithWord = bestPassages('en', word).all;
    const page = await search('en', word);
    const articles = (await shown(page)).filter((r) => r.edition === 'en' && isArticle(r));
    expect(
      articles.filter((r) => r.passage === null),
      'the head of the article',
    ).toHaveLength(1);
    expect(
      articles
        .filter((r) => r.passage !== null)
        .map((r) => r.passage)
        .sort(),
      'only the passages that hold the word',
    ).toEqual([...passagesWithWord].sort());
    close();
  });

  it('moves between the search box and the results with the arrow keys, opens one with Enter, and announces the count in a status region', async () => {
    const page = await search('en', 'GPU');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role'), 'a live region').toBe('status');
    const shownCount = await page.locator('.search-result').count();
    expect(shownCount).toBeGreaterThan(2);
    expect(await status.textContent()).toMatch(/\d/);
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const links = [...document.querySelectorAll('a.search-result-link')];
        return el?.id === 'search-q' ? -1 : links.indexOf(el as Element);
      });
    await page.focus('#search-q');
    for (const [key, expected] of [
      ['ArrowDown', 0],
      ['ArrowDown', 1],
      ['ArrowUp', 0],
      ['ArrowUp', -1],
      ['ArrowDown', 0],
      ['ArrowDown', 1],
    ] as const) {
      await page.keyboard.press(key);
      expect(await focused(), `after ${key}`).toBe(expected);
    }
    const href = (await page.locator('a.search-result-link').nth(1).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.search}${url.hash}` === href);
    close();
  });

  it('loads the index chunks of a query while the reader types it, each once, before the typing pause runs it', async () => {
    const page = await newPage();
    await page.goto(`${session.origin()}/en/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('bubble', { delay: 40 });
    await waitForResults(page, 'bubble');
    // No named functions inside: the callback runs in the page, without the bundler's helpers.
    const { start, chunks } = await page.evaluate(() => ({
      start: performance.getEntriesByName('search:start').at(-1)?.startTime ?? Number.NaN,
      chunks: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.startsWith('/pagefind/index/'))
        .map((entry) => ({ path: new URL(entry.name).pathname, startTime: entry.startTime })),
    }));
    expect(start, 'the query ran and marked its start').toBeGreaterThan(0);
    expect(chunks.length).toBeGreaterThan(0);
    expect(
      chunks.filter((chunk) => chunk.startTime >= start),
      'chunks asked for once the query ran',
    ).toEqual([]);
    expect(new Set(chunks.map((chunk) => chunk.path)).size, 'each chunk fetched once').toBe(chunks.length);
    close();
  });

  it('says plainly when nothing matches', async () => {
    const page = await search('ja', 'zzqqxxnothing');
    expect(await page.textContent('[data-search-status]')).toBe(ui('ja').searchNoResults);
    expect(await page.locator('.search-result').count()).toBe(0);
    close();
  });

  it('still shows results, without previews, when the previews of the reader’s edition are missing', async () => {
    const page = await newPage();
    await page.route('**/pagefind/passages/en/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto(`${session.origin()}/en/search/?q=${encodeURIComponent('設備投資')}`);
    await waitForResults(page, '設備投資');
    await page.waitForTimeout(300);
    const results = await shown(page);
    expect(results.some((r) => r.edition === 'ja' && r.same)).toBe(true);
    expect(results.every((r) => r.preview === null)).toBe(true);
    problems = problems.filter((p) => !/404/.test(p));
    close();
  });

  it('tells the reader when search cannot load, and offers the glossary and the articles', async () => {
    const page = await newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${session.origin()}/zh/search/?q=GPU`);
    await page.waitForSelector('[data-search][data-state="error"]');
    const notice = page.locator('[data-search-unavailable]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(ui('zh').searchUnavailable);
    expect(await notice.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/zh/glossary/', '/zh/']);
  });

  it('says that search needs JavaScript, and links to the glossary and the articles, when JavaScript is off', async () => {
    const page = await session.newPage(viewport, { javaScriptEnabled: false });
    for (const locale of localeCodes) {
      await page.goto(`${session.origin()}/${locale}/search/?q=capex`);
      const t = ui(locale);
      const notice = page.locator('main .notice', { hasText: t.searchNeedsJs });
      expect(await notice.isVisible(), locale).toBe(true);
      expect(await notice.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/${locale}/glossary/`,
        `/${locale}/`,
      ]);
      expect(await page.locator('[data-search-unavailable]').isVisible()).toBe(false);
    }
    await page.context().close();
  });

  it('shows results that axe finds no accessibility violation in, in light and dark colours', async () => {
    // bypassCSP: axe is injected as an inline script, which the pages forbid.
    const page = await session.newPage(viewport, { bypassCSP: true });
    for (const [locale, query] of [
      ['en', '設備投資'],
      ['ja', 'capex'],
    ] as const) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(`${session.origin()}/${locale}/search/?q=${encodeURIComponent(query)}`);
      await waitForResults(page, query);
      await page.waitForSelector('.search-same q:not([hidden])');
      for (const colorScheme of schemes) {
        await page.emulateMedia({ colorScheme });
        const results = await runAxe(page, colorScheme, { resultTypes: ['violations'] });
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
          `${colorScheme} /${locale}/search/?q=${query}`,
        ).toEqual([]);
      }
    }
    await page.context().close();
  });
});

/** The glossary as built: a concept search adds its names. */
const { terms } = readSite(path.join(root, 'content')).site;

/** The queries the issue names: a term's alias or name typed in one language finds the passages that use its name in another. */
const conceptCases: { reader: Locale; query: string; term: string; finds: Locale }[] = [
  { reader: 'ja', query: 'capex', term: 'capex', finds: 'ja' },
  { reader: 'en', query: '空売り', term: 'short-selling', finds: 'en' },
  { reader: 'ja', query: '资本支出', term: 'capex', finds: 'ja' },
];

describe('search by concept (the glossary’s names in every language)', () => {
  for (const { reader, query, term: slug, finds } of conceptCases) {
    it(`finds the ${finds} passages naming the term when "${query}" is typed on /${reader}/search/, says what it added, and searches "${query}" alone once turned off`, async () => {
      const term = terms.find((t) => t.slug === slug)!;
      const added = localeCodes.filter((code) => term.names[code] !== query && !(term.aliases[code] ?? []).includes(query));
      const names = added.map((code) => term.names[code]).join(' · ');
      const t = ui(reader);
      const page = await search(reader, query);
      expect(await page.textContent('[data-search-concepts] span')).toBe(format(t.searchAlsoSearched, { terms: names }));
      const results = await shown(page);
      const holds = (r: Pick<Shown, 'edition' | 'passage'>, words: string) => {
        const $ = loadPage(articleUrl(r.edition));
        return readerText($, $(`#${r.passage}`))
          .toLowerCase()
          .includes(words.toLowerCase());
      };
      // Shown in its own edition, or folded under the same passage's hit in another.
      const reached = results
        .filter(isArticle)
        .flatMap((r) => [
          { edition: r.edition, passage: r.passage },
          ...r.also.map((a) => ({ edition: a.edition, passage: decodeURIComponent(a.href.split('#')[1] ?? '') })),
        ]);
      expect(
        reached.filter((r) => r.edition === finds && holds({ edition: finds, passage: r.passage }, term.names[finds])).length,
        `${finds} passages with ${term.names[finds]}`,
      ).toBeGreaterThan(0);
      const firstAdded = results.findIndex((r) => r.via);
      expect(firstAdded, 'a passage only the added names found').toBeGreaterThan(-1);
      expect(
        results.slice(firstAdded).every((r) => r.via),
        'the query’s own results first',
      ).toBe(true);

      await page.click('[data-search-concepts] button');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('concepts') === 'off');
      await waitForResults(page, query);
      const alone = await shown(page);
      expect(alone.filter((r) => r.via)).toEqual([]);
      // A record holds several passages: where the query has fewer whole matches than a screen, near-matches follow them, marked.
      expect(
        alone.filter(isArticle).filter((r) => !holds(r, query) && r.also.length === 0 && !r.partial),
        'every passage shown holds the query, or is marked a near-match',
      ).toEqual([]);
      const partials = alone.map((r) => r.partial);
      expect(partials, 'near-matches after every whole match').toEqual([...partials].sort((a, b) => Number(a) - Number(b)));
      expect(await page.textContent('[data-search-concepts] span')).toBe(format(t.searchOnlyDone, { query }));
      expect(await page.textContent('[data-search-concepts] button')).toBe(format(t.searchAlsoSearch, { terms: names }));
      await page.reload();
      await waitForResults(page, query);
      expect(
        (await shown(page)).filter((r) => r.via),
        'still off after a reload',
      ).toEqual([]);
      await page.click('[data-search-concepts] button');
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('concepts'));
      await page.waitForSelector('.search-result[data-via]');
      close();
    });
  }
});

describe('search by concept, in two steps', () => {
  it('shows the query’s own results while the added names load, then theirs after them, the result focused with the arrow keys staying focused', async () => {
    const [reader, query] = ['ja', 'capex'] as const;
    const term = terms.find((t) => t.slug === 'capex')!;
    const names = localeCodes
      .filter((code) => term.names[code] !== query && !(term.aliases[code] ?? []).includes(query))
      .map((code) => term.names[code])
      .join(' · ');
    const t = ui(reader);
    // The index chunks that the query alone reads: every other chunk is one only the added names need.
    const page = await newPage();
    const ownChunks = new Set<string>();
    const record = (request: Request) => void (request.url().includes('/pagefind/index/') && ownChunks.add(request.url()));
    page.on('request', record);
    await page.goto(`${session.origin()}/${reader}/search/?q=${query}&concepts=off`);
    await waitForResults(page, query);
    page.off('request', record);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/index/**', async (route) => {
      if (!ownChunks.has(route.request().url())) await gate;
      await route.continue();
    });
    await page.goto(`${session.origin()}/${reader}/search/`);
    await page.fill('#search-q', query);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('[data-search][data-state="adding"]');
    expect(await page.textContent('[data-search-concepts] span')).toBe(format(t.searchAlsoSearching, { terms: names }));
    expect(await page.locator('.search-result[data-via]').count(), 'the added names’ results wait').toBe(0);
    await page.press('#search-q', 'ArrowDown');
    await page.press(':focus', 'ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBeTruthy();
    release();
    await waitForResults(page, query);
    expect(await page.textContent('[data-search-concepts] span')).toBe(format(t.searchAlsoSearched, { terms: names }));
    expect(await page.locator('.search-result[data-via]').count(), 'the added names’ results, after the query’s own').toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), 'focus stays on the result').toBe(focused);
    close();
  });
});

describe('the Japanese and Chinese indexes (Pagefind’s extended build)', () => {
  /** Searches the bundle with Pagefind's own API on a page of `locale`, and returns the words around each hit in that edition's article passages. */
  async function hitsInArticle(locale: Locale, term: string): Promise<string[][]> {
    const page = await newPage();
    await page.goto(`${session.origin()}/${locale}/`);
    // A string: the test runner would rewrite a dynamic import() written as code.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      const response = await pagefind.search(${JSON.stringify(term)}, { filters: { edition: ${JSON.stringify(locale)} } });
      const records = await Promise.all(response.results.map((r) => r.data()));
      return records.flatMap((record) => {
        const words = record.raw_content.split('\u200B');
        return record.locations.map((at) => [words[at - 1] ?? '', words[at] ?? '', words[at + 1] ?? '']);
      });
    })()`)) as string[][];
    close();
    return found;
  }

  it('finds 投資 where it only occurs inside a longer run of kanji (設備投資増加): the ja index holds it as a word of its own', async () => {
    const hits = await hitsInArticle('ja', '投資');
    expect(hits).toContainEqual(['設備', '投資', '増加']);
  });

  it('finds 支出 inside 资本支出增长: the zh index holds it as a word of its own', async () => {
    const hits = await hitsInArticle('zh', '支出');
    expect(hits).toContainEqual(['资本', '支出', '增长']);
  });

  it('finds the compounds 設備投資 and 算力 as consecutive words', async () => {
    expect((await hitsInArticle('ja', '設備投資')).map((w) => w[1])).toEqual(expect.arrayContaining(['設備', '投資']));
    expect((await hitsInArticle('zh', '算力')).map((w) => w[1])).toEqual(expect.arrayContaining(['算', '力']));
  });
});

/**
 * Compound words of the texts, which the index splits into segments that need not be the query's
 * (Pagefind issue #1237 is of this class), each searched in one edition with concept search off;
 * 算力 in the Japanese edition has only near-matches (算 and 力 apart, inside 計算能力).
 */
const compounds: { reader: Locale; view: Locale | 'all'; queries: string[] }[] = [
  {
    reader: 'ja',
    view: 'ja',
    queries: ['設備投資', '計算能力', '空売り', '投資家', '英偉達', 'データセンター', 'バブル', '人工知能', '半導体', '算力'],
  },
  {
    reader: 'zh',
    view: 'zh',
    queries: ['算力', '做空', '资本支出', '数据中心', '英伟达', '投资者', '泡沫', '次贷危机', '算力主权', '互联网泡沫', '人工智能'],
  },
  // Every edition from the Japanese page: the Chinese whole matches above the Japanese near-matches.
  { reader: 'ja', view: 'all', queries: ['算力'] },
];

describe('compound words in Japanese and Chinese (regression suite)', () => {
  for (const { reader, view, queries } of compounds) {
    it(`ranks the passages holding each word whole above its near-matches, marking those partial, and finds every one (/${reader}/search/, ${view === 'all' ? 'every edition' : `the ${view} edition`}: ${queries.join(' ')})`, async ({
      expect,
    }) => {
      // One page for the group, each word typed in turn, as a reader would search one after another.
      const page = await search(reader, queries[0]!, `${view === 'all' ? '' : `&edition=${view}`}&concepts=off`);
      for (const [i, query] of queries.entries()) {
        if (i > 0) {
          await page.fill('#search-q', query);
          await page.press('#search-q', 'Enter');
          await waitForResults(page, query);
        }
        // Every result, near-matches included (glossary entries rank among them).
        while (await page.isVisible('[data-search-more]')) {
          const before = await page.locator('.search-result').count();
          await page.click('[data-search-more]');
          await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
        }
        // Passages only: the article's head record (title, dek) is not a passage.
        const passages = (await shown(page)).filter((r) => isArticle(r) && r.passage);
        const whole = passages.map((r) => bestPassages(r.edition, query).all.includes(r.passage ?? ''));
        expect.soft(whole, `${query}: whole matches first`).toEqual([...whole].sort((a, b) => Number(b) - Number(a)));
        expect
          .soft(
            passages.map((r) => r.partial),
            `${query}: a passage without the whole word is marked partial`,
          )
          .toEqual(whole.map((w) => !w));
        const holding = (view === 'all' ? localeCodes : [view]).flatMap((code) =>
          bestPassages(code, query).all.map((id) => `${code}#${id}`),
        );
        const folded = passages.flatMap((r) => [`${r.edition}#${r.passage}`, ...r.also.map((a) => `${a.edition}#${a.href.split('#')[1]}`)]);
        expect
          .soft(
            holding.filter((p) => !folded.includes(p)),
            `${query}: every passage holding it is shown`,
          )
          .toEqual([]);
      }
      close();
    });
  }
});
