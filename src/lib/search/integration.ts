import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeCodes, type Locale } from '../i18n/locales';
import { bundleRoot, searchLanguage } from './bundles';
import { editionOf, pagePathOf } from './pages';
import { passagePreviews } from './previews';
import { searchRecords, type SearchRecord } from './records';

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

/** Every record search indexes (see records.ts), from the built pages of each edition in `outDir`. */
export function collectRecords(outDir: string): Record<Locale, SearchRecord[]> {
  const byLocale = Object.fromEntries(localeCodes.map((code) => [code, [] as SearchRecord[]])) as Record<Locale, SearchRecord[]>;
  const files = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
  for (const file of files) {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8');
    const pagePath = pagePathOf(file);
    const locale = editionOf(pagePath, html);
    if (locale) byLocale[locale].push(...searchRecords(pagePath, html, locale));
  }
  return byLocale;
}

/** The part of Pagefind's Node API that indexing uses (a parameter, so that tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/** A record as the bundle stores it (a fragment file: gzip of `pagefind_dcd` and JSON). */
export interface IndexedFragment {
  url: string;
  /** The indexed text; zero-width spaces separate the words of segmented languages. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Every record a written bundle holds, read back from its fragment files. */
export function readFragments(bundleDir: string): IndexedFragment[] {
  const dir = path.join(bundleDir, 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment;
  });
}

/** Writes the passage previews of every article edition from the written bundle (see previews.ts). */
function writePreviews(outDir: string): void {
  for (const [file, previews] of Object.entries(passagePreviews(readFragments(path.join(outDir, bundleRoot))))) {
    const target = path.join(outDir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, JSON.stringify(previews));
  }
}

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

/**
 * Writes the site's Pagefind bundle into `<outDir>/pagefind/`: every edition's records in one index
 * built in `searchLanguage()` (Japanese and Chinese are segmented by Pagefind's extended build), and
 * the passage previews of every article edition. Throws on any Pagefind error and when an edition
 * has nothing to index. Returns the number of records of each edition.
 */
export async function writeSearchBundle(outDir: string, api: PagefindApi = pagefind): Promise<Record<Locale, number>> {
  const records = collectRecords(outDir);
  const counts = {} as Record<Locale, number>;
  try {
    const { index, errors } = await api.createIndex({ forceLanguage: searchLanguage() });
    check(errors, 'to create the index');
    if (!index) throw new Error('Pagefind returned no index');
    for (const locale of localeCodes) {
      if (records[locale].length === 0) {
        throw new Error(`Search: no page of locale "${locale}" has data-pagefind-body, so the ${locale} edition would be missing from search`);
      }
      for (const record of records[locale]) {
        const added = await index.addHTMLFile({ url: record.url, content: record.html });
        check(added.errors, `to index ${record.url}`);
      }
      counts[locale] = records[locale].length;
    }
    const outputPath = path.join(outDir, bundleRoot);
    const written = await index.writeFiles({ outputPath });
    check(written.errors, `to write ${outputPath}`);
    await index.deleteIndex();
    for (const file of unusedBundleFiles) fs.rmSync(path.join(outputPath, file), { force: true });
  } finally {
    await api.close();
  }
  writePreviews(outDir);
  return counts;
}

/** Where the integration records how long indexing took: outside the built site, which stays byte-identical between builds. */
export const statsFile = 'search-build-stats.json';

/**
 * The Astro integration that indexes the built site with Pagefind's Node API after every build; any
 * error fails the build. It logs the records of each edition and the time taken, and records them in
 * `<Astro cacheDir>/search-build-stats.json` (`{ ms, pages }`: records per edition, for `npm run bench`).
 */
export function searchIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'parallel-editions:search',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const counts = await writeSearchBundle(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind bundle /${bundleRoot}/: ${Object.entries(counts).map(([locale, n]) => `${locale} ${n} records`).join(', ')} (${ms} ms)`);
        if (cacheDir) {
          fs.mkdirSync(cacheDir, { recursive: true });
          fs.writeFileSync(path.join(cacheDir, statsFile), `${JSON.stringify({ ms, pages: counts })}\n`);
        }
      },
    },
  };
}
