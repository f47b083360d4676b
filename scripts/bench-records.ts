// npm run bench:records — how big a search record should be: for each record size (passages in a
// record) and archive size (copies of each article edition), indexes the built site's records (dist/,
// from `npm run build`) into a copy of the site and measures the search page's cold and warm queries
// in Chromium (scripts/bench/search.ts). Prints a table and writes bench/records.json.
// BENCH_RECORD_SIZES=1,24 and BENCH_RECORD_COPIES=1,100,300 (the defaults) choose the runs.
//
// The copies repeat the real editions' text under other slugs (`<slug>-copy-<n>`): the metadata,
// filter files and fragments they add are those of real articles of that length; the index chunks
// of a word are those of an archive where every article uses it (an upper bound).
import fs from 'node:fs';
import path from 'node:path';
import { contentDir } from '../src/lib/content/paths';
import { localeCodes, type Locale } from '../src/lib/i18n/locales';
import { routes } from '../src/lib/routes/routes';
import { bundleRoot } from '../src/lib/search/bundles';
import { collectRecords, writeRecords } from '../src/lib/search/integration';
import type { SearchRecord } from '../src/lib/search/records';
import { readBuiltSite } from '../src/lib/site/read';
import { measureSearch } from './bench/search';
import { serveSite } from './lib/serve';

const root = process.cwd();
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, bundleRoot, 'pagefind-entry.json'))) {
  console.error('bench:records: no built site in dist/ (run npm run build first)');
  process.exit(1);
}
const numbers = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').map(Number);
const sizes = numbers('BENCH_RECORD_SIZES', '1,24');
const copies = numbers('BENCH_RECORD_COPIES', '1,100,300');

// The site without its cards, and its search bundle replaced run by run (the previews stay).
const site = path.join(root, 'node_modules/.cache/bench-records');
fs.rmSync(site, { recursive: true, force: true });
fs.cpSync(dist, site, { recursive: true, filter: (source) => !source.startsWith(path.join(dist, 'og')) });
const bundle = path.join(site, bundleRoot);
const previews = fs.mkdtempSync(path.join(root, 'node_modules/.cache/bench-previews-'));
fs.cpSync(path.join(bundle, 'passages'), previews, { recursive: true });

/** Each article edition's records again under `count - 1` other slugs; glossary records once. */
function copied(records: Record<Locale, SearchRecord[]>, count: number): Record<Locale, SearchRecord[]> {
  const copy = (record: SearchRecord, n: number) => ({ ...record, url: record.url.replace(/(\/articles\/[^/#]+)/, `$1-copy-${n}`) });
  return Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      records[locale].flatMap((record) =>
        record.url.includes('/articles/') ? [record, ...Array.from({ length: count - 1 }, (_, i) => copy(record, i + 1))] : [record],
      ),
    ]),
  ) as Record<Locale, SearchRecord[]>;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const all = routes(readBuiltSite(contentDir()).site);
const runs: Record<string, unknown>[] = [];
console.log(
  'Search records          records  meta KB  fragment KB (mean, max)  cold GPU · 設備投資 · capex · 算力: ms / KB gzip       warm ms',
);
for (const count of copies)
  for (const size of sizes) {
    fs.rmSync(bundle, { recursive: true, force: true });
    fs.cpSync(previews, path.join(bundle, 'passages'), { recursive: true });
    const counts = await writeRecords(site, copied(collectRecords(dist, all, size), count));
    const files = fs.readdirSync(bundle);
    const meta = fs.statSync(
      path.join(
        bundle,
        files.find((f) => f.endsWith('.pf_meta'))!,
      ),
    ).size;
    const fragments = fs.readdirSync(path.join(bundle, 'fragment')).map((f) => fs.statSync(path.join(bundle, 'fragment', f)).size);
    const server = await serveSite(site);
    const search = await measureSearch(server.origin).finally(() => server.close());
    const records = Object.values(counts).reduce((a, b) => a + b, 0);
    const fragment = { mean: fragments.reduce((a, b) => a + b, 0) / fragments.length, max: fragments.reduce((a, b) => Math.max(a, b), 0) };
    runs.push({ passagesPerRecord: size, articleCopies: count, records, metaBytes: meta, fragmentBytes: fragment, search });
    const colds = search.colds.map((c) => `${Math.round(c.ms)} / ${kb(c.gzipBytes)}`).join(' · ');
    const label = `${size} a record, ×${count}`.padEnd(22);
    console.log(
      `  ${label}${String(records).padStart(8)}  ${kb(meta).padStart(7)}  ${`${kb(fragment.mean)}, ${kb(fragment.max)}`.padStart(22)}  ${colds.padEnd(50)}  ${Math.round(search.warm.ms)}`,
    );
  }
fs.rmSync(previews, { recursive: true, force: true });
fs.writeFileSync(path.join(root, 'bench/records.json'), `${JSON.stringify({ date: new Date().toISOString(), runs }, null, 2)}\n`);
console.log('\nFigures written to bench/records.json');
