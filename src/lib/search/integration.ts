import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { localeCodes, type Locale } from '../i18n/locales';
import { bundleRoot, indexLanguage } from './bundles';
import type { PagefindAnchor } from './pagefind';
import { bundleLocaleOf, markPassages, pagePathOf } from './pages';
import { passagePreviews, previewsPath } from './previews';
import { describeUrl } from './results';

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

/** A page to index: its site path and HTML. */
export interface IndexedPage {
  path: string;
  html: string;
}

/** Every built page that search indexes, grouped by the locale whose bundle holds it (see pages.ts). */
export function collectPages(outDir: string): Record<Locale, IndexedPage[]> {
  const byLocale = Object.fromEntries(localeCodes.map((code) => [code, [] as IndexedPage[]])) as Record<Locale, IndexedPage[]>;
  const files = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
  for (const file of files) {
    const html = fs.readFileSync(path.join(outDir, file), 'utf8');
    const pagePath = pagePathOf(file);
    const locale = bundleLocaleOf(pagePath, html);
    if (locale) byLocale[locale].push({ path: pagePath, html });
  }
  return byLocale;
}

/** The part of Pagefind's Node API that indexing uses (a parameter, so that tests can make it fail). */
export type PagefindApi = Pick<typeof pagefind, 'createIndex' | 'close'>;

/** A page as a bundle stores it (a fragment file: gzip of `pagefind_dcd` and JSON). */
export interface IndexedFragment {
  url: string;
  /** The indexed text; zero-width spaces separate the words of segmented languages. */
  content: string;
  anchors: PagefindAnchor[];
  meta: Record<string, string>;
}

/** Every page a written bundle holds, read back from its fragment files. */
export function readFragments(bundleDir: string): IndexedFragment[] {
  const dir = path.join(bundleDir, 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment;
  });
}

/** Writes the passage previews of every article edition in a written bundle (see previews.ts). */
function writePreviews(outDir: string, locale: Locale): void {
  for (const fragment of readFragments(path.join(outDir, bundleRoot, locale))) {
    const { kind, slug } = describeUrl(fragment.url);
    if (kind !== 'article' || !slug) continue;
    const file = path.join(outDir, previewsPath(locale, slug));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(passagePreviews(fragment.content, fragment.anchors)));
  }
}

function check(errors: readonly string[], doing: string): void {
  if (errors.length > 0) throw new Error(`Pagefind failed ${doing}:\n  ${errors.join('\n  ')}`);
}

/**
 * Writes one Pagefind bundle per locale into `<outDir>/pagefind/<locale>/`, each from that locale's
 * pages (passages marked, see `markPassages`) and forced to that locale's language (Japanese and
 * Chinese are segmented by Pagefind's extended build), with the passage previews of its articles.
 * Throws on any Pagefind error and when a locale has nothing to index. Returns the number of pages
 * in each bundle.
 */
export async function writeSearchBundles(outDir: string, api: PagefindApi = pagefind): Promise<Record<Locale, number>> {
  const pages = collectPages(outDir);
  const counts = {} as Record<Locale, number>;
  try {
    for (const locale of localeCodes) {
      if (pages[locale].length === 0) {
        throw new Error(`Search: no page of locale "${locale}" has data-pagefind-body, so its Pagefind bundle would be empty`);
      }
      const { index, errors } = await api.createIndex({ forceLanguage: indexLanguage(locale) });
      check(errors, `to create the ${locale} index`);
      if (!index) throw new Error(`Pagefind returned no ${locale} index`);
      for (const page of pages[locale]) {
        const added = await index.addHTMLFile({ url: page.path, content: markPassages(page.html) });
        check(added.errors, `to index ${page.path}`);
      }
      const outputPath = path.join(outDir, bundleRoot, locale);
      const written = await index.writeFiles({ outputPath });
      check(written.errors, `to write ${outputPath}`);
      await index.deleteIndex();
      for (const file of unusedBundleFiles) fs.rmSync(path.join(outputPath, file), { force: true });
      writePreviews(outDir, locale);
      counts[locale] = pages[locale].length;
    }
  } finally {
    await api.close();
  }
  return counts;
}

/** Where the integration records how long indexing took: outside the built site, which stays byte-identical between builds. */
export const statsFile = 'search-build-stats.json';

/**
 * The Astro integration that indexes the built site with Pagefind's Node API after every build; any
 * error fails the build. It logs the pages per bundle and the time taken, and records them in
 * `<Astro cacheDir>/search-build-stats.json` (`{ ms, pages }`, for `npm run bench`).
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
        const counts = await writeSearchBundles(fileURLToPath(dir));
        const ms = Math.round(performance.now() - started);
        logger.info(`Pagefind bundles: ${Object.entries(counts).map(([locale, n]) => `/${bundleRoot}/${locale}/ ${n} pages`).join(', ')} (${ms} ms)`);
        if (cacheDir) {
          fs.mkdirSync(cacheDir, { recursive: true });
          fs.writeFileSync(path.join(cacheDir, statsFile), `${JSON.stringify({ ms, pages: counts })}\n`);
        }
      },
    },
  };
}
