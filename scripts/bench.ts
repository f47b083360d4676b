// npm run bench — builds the site cold and warm, weighs its pages, measures search in Chromium
// (cost, and relevance over bench/relevance.json), and runs the scale test (the real article and
// distractors made from it, scripts/bench/synthetic.ts), then prints a table and writes
// bench/results.json, after each step of the scale run too (a long run that stops keeps what it measured).
// BENCH_SCALE=1,10 limits the scale run (default 1,10,30).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureBuild, type BuildRun } from './bench/build';
import { editOnePassage, realArticle, writeScaleContent } from './bench/synthetic';
import { loggedFiles } from './lib/build-log';
import { measureRelevance, readRelevanceSet, type RelevanceBench } from './bench/relevance';
import { measureSearch, type SearchBench, type SearchMeasure } from './bench/search';
import { serveSite } from './lib/serve';
import { pageAssets, total } from './lib/weight';

const root = process.cwd();
const dist = path.join(root, 'dist');
const cardCache = path.join(root, 'node_modules/.cache/og-cards');
const results: Record<string, unknown> = { date: new Date().toISOString(), cpus: os.cpus().length, node: process.version };
const relevanceSet = path.join(root, 'bench/relevance.json');

/** A rebuild of a scale row over its cold build's caches, and how many files it rendered and copied. */
interface Rebuild {
  label: string;
  seconds: number;
  peakMiB: number | null;
  rendered: number;
  copied: number;
}

/** Search cost and relevance on a built site, served on localhost while they are measured. */
async function measureSearchOn(site: string): Promise<{ search: SearchBench; relevance: RelevanceBench }> {
  const server = await serveSite(site);
  try {
    return { search: await measureSearch(server.origin), relevance: await measureRelevance(server.origin, site, relevanceSet) };
  } finally {
    await server.close();
  }
}

function phases(run: BuildRun) {
  // A card's share of the build: the span from the first drawn card to the last, per card (layout
  // and cache included), times the cards drawn.
  const cardsMs = (run.cards?.['effectiveMsPerCard'] ?? 0) * (run.cards?.['drawn'] ?? 0);
  const pagefindMs = Number(/Pagefind bundle .*\((\d+) ms\)/.exec(run.output)?.[1] ?? 0);
  return {
    seconds: run.seconds,
    astroSeconds: run.seconds - (cardsMs + pagefindMs) / 1000,
    cardsSeconds: cardsMs / 1000,
    pagefindSeconds: pagefindMs / 1000,
    peakMiB: run.peakMiB,
    pages: run.pages,
    cards: run.cards,
  };
}

// 1. This site, cold (no content-layer cache, no card cache) and warm (no change).
fs.rmSync(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
fs.rmSync(cardCache, { recursive: true, force: true });
const cold = measureBuild({});
const warm = measureBuild({});
results['site'] = { cold: phases(cold), warm: phases(warm) };

// 2. Page weight per kind of page.
const kinds: Record<string, string> = {
  chooser: '/',
  home: '/en/',
  article: '/ja/articles/ai-bubble/',
  'side-by-side': '/en/articles/ai-bubble/compare/ja/',
  'glossary index': '/zh/glossary/',
  'glossary term': '/en/glossary/capex/',
  share: '/en/articles/ai-bubble/p/burry-short/',
  search: '/en/search/',
  '404': '/404.html',
};
results['pages'] = Object.fromEntries(
  Object.entries(kinds).map(([kind, page]) => {
    const assets = pageAssets(page, dist);
    return [kind, { html: { bytes: assets.html.bytes, gzip: assets.html.gzip }, css: total(assets.css), js: total(assets.js) }];
  }),
);

// 3. Search in headless Chromium on localhost.
Object.assign(results, await measureSearchOn(dist));

// 4. Scale: the real article and distractors × 3 editions, each build cold in its own folders.
const scale = (process.env['BENCH_SCALE'] ?? '1,10,30').split(',').map(Number);
// The distractors hold none of the words that the relevance set's queries look for.
const withheld = readRelevanceSet(relevanceSet).flatMap((q) => q.finds);
const scaleRuns: Record<string, unknown>[] = [];
const keptRows = rowsLeftOut(scale);
results['scale'] = scaleRuns;
for (const count of scale) {
  const rowStarted = performance.now();
  // Below the project, so that Astro keeps its prerender chunks in the run's own folder.
  fs.mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const work = fs.mkdtempSync(path.join(root, `node_modules/.cache/scale-${count}-`));
  writeScaleContent(path.join(root, 'content'), path.join(work, 'content'), count, withheld);
  const env = {
    CONTENT_DIR: path.join(work, 'content'),
    OUT_DIR: path.join(work, 'dist'),
    ASTRO_CACHE_DIR: path.join(work, 'astro'),
    OG_CACHE_DIR: path.join(work, 'og'),
  };
  const run = measureBuild(env);
  const measured = phases(run);
  // Every cold search loads the index's metadata, which lists every record: its size grows with the site.
  const bundle = path.join(work, 'dist', 'pagefind');
  const searchMetaBytes = fs
    .readdirSync(bundle)
    .filter((file) => file.endsWith('.pf_meta'))
    .reduce((sum, file) => sum + fs.statSync(path.join(bundle, file)).size, 0);
  const searched = await measureSearchOn(path.join(work, 'dist'));
  const rebuilds: Rebuild[] = [];
  scaleRuns.push({
    articles: count,
    ...measured,
    msPerPage: (run.seconds * 1000) / run.pages,
    htmlMsPerPage: (measured.astroSeconds * 1000) / run.pages,
    searchMetaBytes,
    search: { colds: searched.search.colds, warm: searched.search.warm },
    relevance: { queries: searched.relevance.queries, recallAt5: searched.relevance.recallAt5, mrr: searched.relevance.mrr },
    rebuilds,
  });
  // Against the first row of the table, which may be a row kept from the last run.
  addRatios(allRows());
  writeResults();
  // Rebuilds over the cold build's caches: nothing changed, then one passage of one article edited.
  const rebuild = (label: string) => {
    const again = measureBuild(env);
    const files = loggedFiles(again.output);
    rebuilds.push({ label, seconds: again.seconds, peakMiB: again.peakMiB, rendered: files.rendered.size, copied: files.copied.size });
    writeResults();
  };
  rebuild('nothing changed');
  editOnePassage(env.CONTENT_DIR, realArticle);
  rebuild('one passage edited');
  fs.rmSync(work, { recursive: true, force: true });
  console.log(`scale row of ${count} articles measured in ${Math.round((performance.now() - rowStarted) / 1000)} s`);
}
printTable(results);

/** Each row's figures as multiples of the first row's (the smallest site), so that growth is visible. */
function addRatios(rows: Record<string, unknown>[]): void {
  type Grown = 'seconds' | 'pages' | 'peakMiB' | 'searchMetaBytes';
  const first = rows[0] as Record<Grown | 'articles', number> | undefined;
  for (const run of rows as Record<Grown | 'articles', number>[]) {
    if (!first) break;
    const times = (key: Grown) => Math.round((run[key] / (first[key] || 1)) * 100) / 100;
    Object.assign(run, {
      ratio: {
        to: first.articles,
        pages: times('pages'),
        seconds: times('seconds'),
        peakMiB: times('peakMiB'),
        searchMetaBytes: times('searchMetaBytes'),
      },
    });
  }
}

/**
 * The scale rows of the last bench/results.json for article counts that this run leaves out, each
 * marked with the date it was measured (`measuredOn`): a run of `BENCH_SCALE=1` keeps the 300-article
 * row that took an hour. Their ratios stay those of their own run.
 */
function rowsLeftOut(counts: readonly number[]): Record<string, unknown>[] {
  const file = path.join(root, 'bench/results.json');
  if (!fs.existsSync(file)) return [];
  const last = JSON.parse(fs.readFileSync(file, 'utf8')) as { date: string; scale?: Record<string, unknown>[] };
  return (last.scale ?? [])
    .filter((row) => !counts.includes(row['articles'] as number))
    .map((row) => ({ ...row, measuredOn: row['measuredOn'] ?? last.date }));
}

/** The scale rows measured so far and those kept from the last run, smallest site first. */
function allRows(): Record<string, unknown>[] {
  return [...scaleRuns, ...keptRows].sort((a, b) => (a['articles'] as number) - (b['articles'] as number));
}

/** Writes every figure measured so far to bench/results.json, with the rows kept from the last run. */
function writeResults(): void {
  results['scale'] = allRows();
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

function printTable(r: typeof results): void {
  const f = (n: unknown, d = 1) => (typeof n === 'number' ? n.toFixed(d) : 'n/a');
  const site = r['site'] as Record<'cold' | 'warm', ReturnType<typeof phases>>;
  console.log('\nBuild of this site            total s   astro s   cards s  pagefind s  peak MiB  pages  cards drawn/reused');
  for (const [name, p] of Object.entries(site)) {
    console.log(
      `  ${name.padEnd(27)} ${f(p.seconds).padStart(7)} ${f(p.astroSeconds).padStart(9)} ${f(p.cardsSeconds).padStart(9)} ${f(p.pagefindSeconds).padStart(11)} ${f(p.peakMiB, 0).padStart(9)} ${String(p.pages).padStart(6)}  ${p.cards?.['drawn'] ?? 'n/a'}/${p.cards?.['reused'] ?? 'n/a'}`,
    );
  }
  const cards = site.cold.cards;
  if (cards)
    console.log(
      `  cards: ${f(cards['satoriMsPerCard'])} ms satori + ${f(cards['pngMsPerCard'])} ms PNG per card; ${f(cards['effectiveMsPerCard'])} ms per card in all (${f(1000 / (cards['effectiveMsPerCard'] || 1))} cards/s)`,
    );
  console.log('\nPage weight (bytes / gzip)     HTML              CSS               JS (before search)');
  type Size = { bytes: number; gzip: number };
  for (const [kind, w] of Object.entries(r['pages'] as Record<string, Record<'html' | 'css' | 'js', Size>>)) {
    const cell = (x: Size) => `${x.bytes} / ${x.gzip}`.padEnd(18);
    console.log(`  ${kind.padEnd(28)} ${cell(w.html)}${cell(w.css)}${cell(w.js)}`);
  }
  const search = r['search'] as SearchBench;
  console.log(
    `\nSearch (Chromium, localhost; targets: cold ≤ ${search.targets.coldBytes / 1024} KB and ≤ ${search.targets.coldMs} ms, warm ≤ ${search.targets.warmMs} ms)`,
  );
  console.log(
    '  query                 page   ms to first results (runs)  KB sent  KB gzip  (before first results)  ms to all  requests  results  editions',
  );
  for (const [kind, m] of [...search.colds.map((c) => ['cold', c] as const), ['warm', search.warm] as const]) {
    console.log(
      `  ${`${kind} ${m.query}`.padEnd(20)} /${m.locale}/  ${f(m.ms).padStart(6)} (${m.runs.map((ms) => f(ms, 0)).join(', ')})`.padEnd(52) +
        `${f(m.bytes / 1024).padStart(8)} ${f(m.gzipBytes / 1024).padStart(8)} ${f(m.firstGzipBytes / 1024).padStart(23)} ${f(m.completeMs).padStart(10)} ${String(m.requests).padStart(9)} ${String(m.results).padStart(8)}  ${m.editions.join(' ')}`,
    );
  }
  console.log(`  search page itself (HTML, CSS, JS): ${f(search.page.bytes / 1024)} KB, ${f(search.page.gzipBytes / 1024)} KB gzip`);
  const relevance = r['relevance'] as RelevanceBench;
  console.log(
    `\nRelevance (bench/relevance.json, ${relevance.queries} queries with relevant passages): recall@5 ${f(relevance.recallAt5, 3)}, MRR ${f(relevance.mrr, 3)}`,
  );
  const weakest = [...relevance.perQuery].sort((a, b) => a.recallAt5 - b.recallAt5 || a.reciprocalRank - b.reciprocalRank).slice(0, 5);
  console.log(
    `  weakest: ${weakest.map((q) => `${q.query} on /${q.page}/ (${q.relevant} relevant: recall@5 ${f(q.recallAt5, 2)}, RR ${f(q.reciprocalRank, 2)})`).join('; ')}`,
  );
  console.log(
    '\nScale run (the real article + distractors × 3 editions)  pages   total s  ms/page  HTML ms/page  cards s  pagefind s  peak MiB  search meta KB  × first row: time, memory, search meta',
  );
  for (const s of r['scale'] as (ReturnType<typeof phases> & {
    articles: number;
    msPerPage: number;
    htmlMsPerPage: number;
    searchMetaBytes: number;
    ratio?: { seconds: number; peakMiB: number; searchMetaBytes: number };
    search: { colds: SearchMeasure[]; warm: SearchMeasure };
    relevance: Pick<RelevanceBench, 'recallAt5' | 'mrr'>;
    rebuilds: Rebuild[];
    measuredOn?: string;
  })[]) {
    console.log(
      `  ${String(s.articles).padStart(3)} articles ${(s.measuredOn ? `(kept, of ${s.measuredOn.slice(0, 10)})` : '').padEnd(33)}${String(s.pages).padStart(6)} ${f(s.seconds).padStart(9)} ${f(s.msPerPage).padStart(8)} ${f(s.htmlMsPerPage).padStart(13)} ${f(s.cardsSeconds).padStart(8)} ${f(s.pagefindSeconds).padStart(11)} ${f(s.peakMiB, 0).padStart(9)} ${f(s.searchMetaBytes / 1024).padStart(15)}  ${s.ratio ? `${f(s.ratio.seconds, 2)}× ${f(s.ratio.peakMiB, 2)}× ${f(s.ratio.searchMetaBytes, 2)}×` : ''}`,
    );
    // Rows kept from runs before 2026-12-07 have no first-results figures (concept names were searched with the query).
    const searchCell = (kind: string, m: SearchMeasure) =>
      `${kind} ${m.query} /${m.locale}/ ${f(m.ms, 0)} ms ` +
      (m.firstGzipBytes === undefined
        ? `${f(m.gzipBytes / 1024)} KB`
        : `${f(m.firstGzipBytes / 1024)} KB first (${f(m.completeMs, 0)} ms ${f(m.gzipBytes / 1024)} KB in all)`);
    console.log(
      `      search: ${[...s.search.colds.map((m) => searchCell('cold', m)), searchCell('warm', s.search.warm)].join('; ')}; relevance: recall@5 ${f(s.relevance.recallAt5, 3)}, MRR ${f(s.relevance.mrr, 3)}`,
    );
    for (const again of s.rebuilds)
      console.log(
        `      rebuild, ${again.label.padEnd(20)} ${f(again.seconds).padStart(8)} s, peak ${f(again.peakMiB, 0)} MiB: ${again.rendered} files rendered, ${again.copied} copied from the last build`,
      );
  }
  console.log('\nFigures written to bench/results.json');
}
