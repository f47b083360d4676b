import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { contentDir } from '../content/paths';
import { localeCodes, type Locale } from '../i18n/locales';
import { routes, type Route } from '../routes/routes';
import { readBuiltSite } from '../site/read';
import { bundleRoot, searchLanguage } from './bundles';
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

/** What indexing needs of a route: its path, locale, kind and whether search indexes it. */
export type IndexablePage = Pick<Route, 'path' | 'locale' | 'kind' | 'indexed'>;

/**
 * Every record search indexes (see records.ts): the built page of each route the route table marks
 * `indexed` (article editions, glossary terms), as an edition of its locale, in path order, with
 * `perRecord` passages in a record.
 */
export function collectRecords(
  outDir: string,
  all: readonly IndexablePage[],
  perRecord = passagesPerRecord,
): Record<Locale, SearchRecord[]> {
  const byLocale = Object.fromEntries(localeCodes.map((code) => [code, [] as SearchRecord[]])) as Record<Locale, SearchRecord[]>;
  const indexed = all.filter((route) => route.indexed).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const route of indexed) {
    const file = path.join(outDir, route.path, 'index.html');
    if (!fs.existsSync(file))
      throw new Error(`Search: the route table indexes ${route.path}, but the build has no ${path.relative(outDir, file)}`);
    const html = fs.readFileSync(file, 'utf8');
    byLocale[route.locale].push(
      ...searchRecords(route.path, html, { edition: route.locale, kind: route.kind === 'article' ? 'article' : 'glossary' }, perRecord),
    );
  }
  return byLocale;
}

/** The part of Pagefind's Node API that indexing uses (a parameter, so that tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

/**
 * Writes the site's Pagefind bundle into `<outDir>/pagefind/`: every edition's records in one index
 * built in `searchLanguage()` (Japanese and Chinese are segmented by Pagefind's extended build).
 * Pagefind adds its files to the folder and leaves the passage previews that the build wrote there
 * (src/pages/pagefind/passages/). Throws on any Pagefind error and when an edition has nothing to
 * index. Returns the number of records of each edition.
 */
export async function writeSearchBundle(
  outDir: string,
  all: readonly IndexablePage[],
  api: PagefindApi = pagefind,
): Promise<Record<Locale, number>> {
  return writeRecords(outDir, collectRecords(outDir, all), api);
}

/** Writes `records` as the bundle in `<outDir>/pagefind/` (see `writeSearchBundle`); the bench writes others to compare. */
export async function writeRecords(
  outDir: string,
  records: Record<Locale, readonly SearchRecord[]>,
  api: PagefindApi = pagefind,
): Promise<Record<Locale, number>> {
  const counts = {} as Record<Locale, number>;
  try {
    const { index, errors } = await api.createIndex({ forceLanguage: searchLanguage() });
    check(errors, 'to create the index');
    if (!index) throw new Error('Pagefind returned no index');
    for (const locale of localeCodes) {
      if (records[locale].length === 0) {
        throw new Error(
          `Search: no page of locale "${locale}" has data-pagefind-body, so the ${locale} edition would be missing from search`,
        );
      }
      for (const record of records[locale]) {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        check(added.errors, `to index ${record.url}`);
      }
      counts[locale] = records[locale].length;
    }
    const outputPath = path.join(outDir, bundleRoot);
    // The last build's bundle goes first: the output folder is not emptied between builds, and
    // Pagefind leaves a file of the same name in place (its names are content hashes), so the
    // build's stale-file sweep could not tell its files from an older bundle's.
    for (const entry of fs.existsSync(outputPath) ? fs.readdirSync(outputPath) : [])
      if (entry !== previewsFolder) fs.rmSync(path.join(outputPath, entry), { recursive: true });
    const written = await index.writeFiles({ outputPath });
    check(written.errors, `to write ${outputPath}`);
    await index.deleteIndex();
    for (const file of unusedBundleFiles) fs.rmSync(path.join(outputPath, file), { force: true });
  } finally {
    await api.close();
  }
  return counts;
}

/**
 * The Astro integration that indexes the built site with Pagefind's Node API after every build; any
 * error fails the build. It logs the records of each edition and the time taken (`npm run bench`
 * reads that line).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'parallel-press:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const counts = await writeSearchBundle(fileURLToPath(dir), routes(readBuiltSite(contentDir()).site));
        const ms = Math.round(performance.now() - started);
        logger.info(
          `Pagefind bundle /${bundleRoot}/: ${Object.entries(counts)
            .map(([locale, n]) => `${locale} ${n} records`)
            .join(', ')} (${ms} ms)`,
        );
      },
    },
  };
}
