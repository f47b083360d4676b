import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../content/paths';
import { localeCodes, type Locale } from '../i18n/locales';
import { routes, type Route } from '../routes/routes';
import { keepOutput, writingOutput } from '../site/output';
import { readBuiltSite } from '../site/read';
import { bundleRoot, searchLanguage } from './bundles';
import { RecordCache } from './cache';
import { previewsFolder } from './previews';
import { passagesPerRecord, searchRecords, type SearchRecord } from './records';

/** Files Pagefind writes for its prebuilt UIs, which this site does not use (its search UI is its own). */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** How many records are sent to Pagefind's service at once. */
const addedAtOnce = 32;

/** What indexing needs of a route: its path, locale, kind and whether search indexes it. */
export type IndexablePage = Pick<Route, 'path' | 'locale' | 'kind' | 'indexed'>;

/**
 * Every record search indexes (see records.ts): the built page of each route the route table marks
 * `indexed` (article editions, glossary terms), as an edition of its locale, in path order, with
 * `perRecord` passages in a record; a page that `cache` holds is not parsed again.
 */
export function collectRecords(
  outDir: string,
  all: readonly IndexablePage[],
  perRecord = passagesPerRecord,
  cache?: RecordCache,
): Record<Locale, SearchRecord[]> {
  const byLocale = Object.fromEntries(localeCodes.map((code) => [code, [] as SearchRecord[]])) as Record<Locale, SearchRecord[]>;
  const indexed = all.filter((route) => route.indexed).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const route of indexed) {
    const file = path.join(outDir, route.path, 'index.html');
    if (!fs.existsSync(file))
      throw new Error(`Search: the route table indexes ${route.path}, but the build has no ${path.relative(outDir, file)}`);
    const html = fs.readFileSync(file, 'utf8');
    const filters = { edition: route.locale, kind: route.kind === 'article' ? 'article' : 'glossary' } as const;
    const make = () => searchRecords(route.path, html, filters, perRecord);
    byLocale[route.locale].push(...(cache ? cache.records(route.path, html, filters, perRecord, make) : make()));
  }
  return byLocale;
}

/** The part of Pagefind's Node API that indexing uses (a parameter, so that tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

/** A search bundle whose records Pagefind has indexed: its files are being written until `written` settles. */
export interface BundleWriting {
  /** The number of records of each edition. */
  counts: Record<Locale, number>;
  /** The last build's bundle was kept (`keepOutput`): nothing is written. */
  kept: boolean;
  /** Settles once the bundle's files are in place (or their writing failed). */
  written: Promise<void>;
}

/**
 * Writes the site's Pagefind bundle into `<outDir>/pagefind/`: every edition's records in one index
 * built in `searchLanguage()` (Japanese and Chinese are segmented by Pagefind's extended build).
 * Pagefind adds its files to the folder and leaves the passage previews that the build wrote there
 * (src/pages/pagefind/passages/). Throws on any Pagefind error and when an edition has nothing to
 * index. With a `cacheFolder` (a build's), unchanged pages' records come from the cache, and when
 * every record is the same as the last bundle's and that bundle is still in the folder, it is kept
 * (`keepOutput`) instead of written again. Returns the number of records of each edition and
 * whether the bundle was kept.
 */
export async function writeSearchBundle(
  outDir: string,
  all: readonly IndexablePage[],
  api: PagefindApi = pagefind,
  cacheFolder?: string,
): Promise<{ counts: Record<Locale, number>; kept: boolean }> {
  const { counts, kept, written } = await startSearchBundle(outDir, all, api, cacheFolder);
  await written;
  return { counts, kept };
}

/**
 * `writeSearchBundle` up to the point where Pagefind has indexed every record: its files are then
 * written by Pagefind's own process (`written`), while the caller goes on.
 */
export async function startSearchBundle(
  outDir: string,
  all: readonly IndexablePage[],
  api: PagefindApi = pagefind,
  cacheFolder?: string,
): Promise<BundleWriting> {
  const cache = cacheFolder ? new RecordCache(cacheFolder) : undefined;
  const records = collectRecords(outDir, all, passagesPerRecord, cache);
  if (!cache) return { ...(await indexRecords(outDir, records, api)), kept: false };
  cache.prune();
  const bundleDir = path.join(outDir, bundleRoot);
  const digest = cache.digest(searchLanguage());
  const kept = cache.keptBundle(bundleDir, digest, previewsFolder);
  if (kept) {
    keepOutput(kept);
    const counts = Object.fromEntries(localeCodes.map((code) => [code, records[code].length])) as Record<Locale, number>;
    return { counts, kept: true, written: Promise.resolve() };
  }
  const { counts, written } = await indexRecords(outDir, records, api);
  return { counts, kept: false, written: written.then(() => cache.recordBundle(bundleDir, digest, previewsFolder)) };
}

/** Writes `records` as the bundle in `<outDir>/pagefind/` (see `writeSearchBundle`); the bench writes others to compare. */
export async function writeRecords(
  outDir: string,
  records: Record<Locale, readonly SearchRecord[]>,
  api: PagefindApi = pagefind,
): Promise<Record<Locale, number>> {
  const { counts, written } = await indexRecords(outDir, records, api);
  await written;
  return counts;
}

/**
 * Has Pagefind index `records`, then starts writing them as the bundle in `<outDir>/pagefind/`
 * (`written` settles when the files are in place); Pagefind's service is stopped once it is done or
 * has failed.
 */
async function indexRecords(
  outDir: string,
  records: Record<Locale, readonly SearchRecord[]>,
  api: PagefindApi,
): Promise<{ counts: Record<Locale, number>; written: Promise<void> }> {
  const counts = {} as Record<Locale, number>;
  let index: NonNullable<Awaited<ReturnType<PagefindApi['createIndex']>>['index']>;
  try {
    const created = await api.createIndex({ forceLanguage: searchLanguage() });
    check(created.errors, 'to create the index');
    if (!created.index) throw new Error('Pagefind returned no index');
    index = created.index;
    for (const locale of localeCodes) {
      if (records[locale].length === 0) {
        throw new Error(
          `Search: no page of locale "${locale}" has data-pagefind-body, so the ${locale} edition would be missing from search`,
        );
      }
      // Several at a time: Pagefind's service indexes them in parallel (at 10 articles 0.7 → 0.4 s,
      // the same bundle, byte for byte), and a batch bounds the messages waiting in its pipe.
      for (let start = 0; start < records[locale].length; start += addedAtOnce) {
        const batch = records[locale].slice(start, start + addedAtOnce);
        const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: record.html })));
        added.forEach((result, i) => check(result.errors, `to index ${batch[i]!.url}`));
      }
      counts[locale] = records[locale].length;
    }
  } catch (error) {
    await api.close();
    throw error;
  }
  const outputPath = path.join(outDir, bundleRoot);
  // The last build's bundle goes first, at once: the output folder is not emptied between builds,
  // and Pagefind leaves a file of the same name in place (its names are content hashes), so the
  // build's stale-file sweep could not tell its files from an older bundle's.
  for (const entry of fs.existsSync(outputPath) ? fs.readdirSync(outputPath) : [])
    if (entry !== previewsFolder) fs.rmSync(path.join(outputPath, entry), { recursive: true });
  const written = (async () => {
    try {
      const result = await index.writeFiles({ outputPath });
      check(result.errors, `to write ${outputPath}`);
      await index.deleteIndex();
      for (const file of unusedBundleFiles) fs.rmSync(path.join(outputPath, file), { force: true });
    } finally {
      await api.close();
    }
  })();
  return { counts, written };
}

/**
 * The Astro integration that indexes the built site with Pagefind's Node API after every build; any
 * error fails the build. Its hook returns once Pagefind has indexed the records: Pagefind writes the
 * files in its own process while the hooks after it run, and the stale-file sweep waits for them
 * (`writingOutput`), so `staleOutput()` must come after it, as in astro.config.mjs: nothing else
 * waits for the writing before the build ends. It logs the records of each edition and the time
 * taken (`npm run bench` reads that line).
 */
export function searchIndex(): AstroIntegration {
  let cacheFolder: string | undefined;
  return {
    name: 'parallel-press:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFolder = path.join(fileURLToPath(config.cacheDir), 'search-records');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { counts, kept, written } = await startSearchBundle(outDir, routes(readBuiltSite(contentDir()).site), pagefind, cacheFolder);
        // Pagefind writes the files in its own process, on one core: the hooks after this one run
        // meanwhile, and the stale-file sweep waits for them (`writingOutput`).
        const logged = written.then(() =>
          logger.info(
            `Pagefind bundle /${bundleRoot}/: ${Object.entries(counts)
              .map(([locale, n]) => `${locale} ${n} records`)
              .join(', ')}${kept ? ', unchanged: kept from the last build' : ''} (${Math.round(performance.now() - started)} ms)`,
          ),
        );
        writingOutput(path.join(outDir, bundleRoot), logged);
      },
    },
  };
}
