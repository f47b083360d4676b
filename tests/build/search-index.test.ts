import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/build';
import { htmlFiles, loadPage, readerText } from '../helpers/html';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import { ui } from '../../src/lib/i18n/ui';
import { bundlePath, indexLanguage } from '../../src/lib/search/bundles';
import * as pagefind from 'pagefind';
import type { HTMLFile, PagefindServiceConfig, WriteOptions } from 'pagefind';
import { readFragments, searchIndex, statsFile, writeSearchBundles, type PagefindApi } from '../../src/lib/search/integration';
import { contentWords, isPassageAnchor } from '../../src/lib/search/passages';
import { previewsPath } from '../../src/lib/search/previews';

const bundleDir = (locale: Locale) => path.join(dist, bundlePath(locale));

/** Every page a bundle holds, by URL. */
const fragments = (locale: Locale) => readFragments(bundleDir(locale)).sort((a, b) => a.url.localeCompare(b.url));

/** The site paths of the built pages that carry data-pagefind-body, read with an HTML parser. */
function pagesWithSearchBody(locale: Locale): string[] {
  return htmlFiles()
    .filter((file) => file.startsWith(`${locale}${path.sep}`))
    .filter((file) => loadPage(file)('[data-pagefind-body]').length > 0)
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

const articleUrls = (locale: Locale) => pagesWithSearchBody(locale).filter((p) => /^\/[^/]+\/articles\/[^/]+\/$/.test(p));

describe('the search index (one Pagefind bundle per locale)', () => {
  for (const locale of localeCodes) {
    describe(`/pagefind/${locale}/`, () => {
      const entry = JSON.parse(fs.readFileSync(path.join(bundleDir(locale), 'pagefind-entry.json'), 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
      const indexed = fragments(locale);

      it(`is a Pagefind 1.6 bundle holding one index, in the language of ${locale}`, () => {
        expect(entry.version).toMatch(/^1\.6\./);
        expect(Object.keys(entry.languages)).toEqual([indexLanguage(locale)]);
        expect(fs.existsSync(path.join(bundleDir(locale), 'pagefind.js'))).toBe(true);
        expect(entry.languages[indexLanguage(locale)]?.page_count).toBe(indexed.length);
      });

      it('holds exactly the article editions and glossary terms of the locale, and no share, side-by-side, fallback or chrome-only page', () => {
        const urls = indexed.map((f) => f.url);
        const expected = pagesWithSearchBody(locale).filter((p) => !/\/articles\/[^/]+\/(p|compare)\//.test(p));
        expect(urls).toEqual(expected);
        expect(articleUrls(locale).length, 'every article has an edition page in the index').toBeGreaterThan(0);
        for (const url of urls) expect(url, 'only articles and glossary terms').toMatch(new RegExp(`^/${locale}/(articles|glossary)/[^/]+/$`));
        for (const f of indexed) expect(f.meta['edition'], `${f.url} is labelled with its edition`).toBe(locale);
      });

      it('contains the texts but not the page chrome: header, footer, passage tools, figure placeholders', () => {
        const t = ui(locale);
        for (const f of indexed) {
          const content = f.content.replaceAll('\u200B', '');
          for (const chrome of [t.copyLink, t.passageLink, t.passageInOtherEditions, t.figureNotReproduced, t.siteTagline, t.skipToContent]) {
            expect(content, `${f.url} indexes "${chrome}"`).not.toContain(chrome);
          }
        }
      });

      it('knows every passage of each article edition as an anchor, so that a hit can be mapped to its passage', () => {
        for (const url of articleUrls(locale)) {
          const $ = loadPage(url);
          const fragment = indexed.find((f) => f.url === url)!;
          const anchors = fragment.anchors.filter(isPassageAnchor).map((a) => a.id);
          // Pagefind leaves <footer> out of the index: the publisher's footer lines are not searchable.
          const passages = $('[data-pagefind-body] [data-passage][id]').filter((_, el) => $(el).closest('footer').length === 0).map((_, el) => $(el).attr('id')).get();
          expect(anchors).toEqual(passages);
          const others = fragment.anchors.filter((a) => !isPassageAnchor(a));
          for (const a of others) expect($(`#${a.id}`).attr('data-moved-to'), `${a.id}: any other anchor is a moved id`).toBeTruthy();
          const words = contentWords(fragment.content).words.length;
          for (const a of fragment.anchors) expect(a.location).toBeLessThanOrEqual(words + 1);
        }
      });
    });
  }

  it('segments Japanese and Chinese into words (Pagefind’s extended build): runs of kanji are split, English is not', () => {
    const words = (locale: Locale) => (fragments(locale).find((f) => f.url.includes('/articles/'))?.content ?? '').split('\u200B');
    const ja = words('ja');
    const zh = words('zh');
    const adjacent = (list: string[], ...run: string[]) => list.some((_, i) => run.every((w, k) => list[i + k] === w));
    expect(ja.length, 'Japanese content is segmented with zero-width spaces').toBeGreaterThan(1000);
    expect(adjacent(ja, '設備', '投資', '増加'), '設備投資増加 → 設備 | 投資 | 増加').toBe(true);
    expect(adjacent(ja, '時価', '総額'), '時価総額 → 時価 | 総額').toBe(true);
    expect(ja, '空売り is one word').toContain('空売り');
    expect(zh.length, 'Chinese content is segmented with zero-width spaces').toBeGreaterThan(1000);
    expect(adjacent(zh, '资本', '支出', '增长'), '资本支出增长 → 资本 | 支出 | 增长').toBe(true);
    expect(adjacent(zh, '算', '力'), '算力 → 算 | 力').toBe(true);
    expect(words('en').length, 'English is split at spaces, not segmented').toBe(1);
  });

  it('writes a short preview of every passage of every article edition next to its bundle', () => {
    for (const locale of localeCodes) {
      for (const url of articleUrls(locale)) {
        const slug = url.split('/')[3]!;
        const file = path.join(dist, previewsPath(locale, slug));
        const previews = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
        const $ = loadPage(url);
        const ids = $('[data-pagefind-body] [data-passage][id]').filter((_, el) => $(el).closest('footer').length === 0 && readerText($, el) !== '').map((_, el) => $(el).attr('id')).get();
        expect(Object.keys(previews), `${locale}/${slug}`).toEqual(ids);
        // Pagefind ends a heading's text with ". " in the index; a cut preview ends with "…".
        for (const id of ids) expect(readerText($, $(`#${id}`)).replace(/\s+/g, ' ')).toContain(previews[id]!.replace(/[.…]$/, '').replace(/\s+/g, ' ').trim());
        expect(fs.statSync(file).size, 'a preview file is small').toBeLessThan(20_000);
      }
    }
  });

  it('leaves out the files of Pagefind’s prebuilt UIs, which the site does not use', () => {
    for (const locale of localeCodes) {
      const files = fs.readdirSync(bundleDir(locale));
      expect(files.filter((f) => /-ui\.|highlight/.test(f)), locale).toEqual([]);
    }
  });

  it('records how long indexing took outside the built site, which stays byte-identical between builds', () => {
    const cacheDir = process.env['ASTRO_CACHE_DIR'] ? path.resolve(process.env['ASTRO_CACHE_DIR']) : path.join(root, 'node_modules/.astro');
    const stats = JSON.parse(fs.readFileSync(path.join(cacheDir, statsFile), 'utf8')) as { ms: number; pages: Record<string, number> };
    expect(stats.ms).toBeGreaterThan(0);
    expect(Object.keys(stats.pages)).toEqual([...localeCodes]);
    expect(fs.readdirSync(path.join(dist, 'pagefind')).sort()).toEqual([...localeCodes].sort());
  });
});

describe('indexing failures stop the build', () => {
  /** A minimal built site: one glossary-like page per locale. */
  function miniSite(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-search-'));
    for (const locale of localeCodes) {
      fs.mkdirSync(path.join(dir, locale, 'glossary', 'x'), { recursive: true });
      fs.writeFileSync(path.join(dir, locale, 'glossary', 'x', 'index.html'), `<html lang="${locale}"><body><article data-pagefind-body><h1>x</h1><p>設備投資 capex</p></article></body></html>`);
    }
    return dir;
  }

  it('writes a bundle per locale for a site where every locale has indexed pages', async () => {
    const dir = miniSite();
    expect(await writeSearchBundles(dir)).toEqual(Object.fromEntries(localeCodes.map((c) => [c, 1])));
    for (const locale of localeCodes) expect(fs.existsSync(path.join(dir, 'pagefind', locale, 'pagefind.js'))).toBe(true);
  });

  /** Pagefind's Node API, with one call reporting an error as Pagefind reports them (in `errors`). */
  function failing(call: 'createIndex' | 'addHTMLFile' | 'writeFiles'): PagefindApi & { closed: boolean } {
    const api = {
      closed: false,
      close: async () => {
        api.closed = true;
        return null;
      },
      createIndex: async (config?: PagefindServiceConfig) => {
        if (call === 'createIndex') return { errors: ['unknown option'] };
        const { index } = await pagefind.createIndex(config);
        const real = index!;
        return {
          errors: [],
          index: {
            ...real,
            addHTMLFile: async (file: HTMLFile) => (call === 'addHTMLFile' ? { errors: ['could not parse the page'], file: { uniqueWords: 0, url: '', meta: {} } } : real.addHTMLFile(file)),
            writeFiles: async (options?: WriteOptions) => (call === 'writeFiles' ? { errors: ['disk full'], outputPath: '' } : real.writeFiles(options)),
          },
        };
      },
    };
    return api;
  }

  for (const [call, message] of [
    ['createIndex', /Pagefind failed to create the ja index:\s+unknown option/],
    ['addHTMLFile', /Pagefind failed to index \/ja\/glossary\/x\/:\s+could not parse the page/],
    ['writeFiles', /Pagefind failed to write .*ja:\s+disk full/],
  ] as const) {
    it(`throws with Pagefind's message when ${call} reports an error, and stops the Pagefind service`, async () => {
      const api = failing(call);
      await expect(writeSearchBundles(miniSite(), api)).rejects.toThrow(message);
      expect(api.closed).toBe(true);
    });
  }

  it('throws when a locale has no page to index, rather than shipping an empty bundle', async () => {
    const dir = miniSite();
    fs.rmSync(path.join(dir, 'zh'), { recursive: true });
    await expect(writeSearchBundles(dir)).rejects.toThrow(/locale "zh"/);
  });

  it('fails the Astro build from its build:done hook', async () => {
    const dir = miniSite();
    fs.rmSync(path.join(dir, 'ja'), { recursive: true });
    const hook = searchIndex().hooks['astro:build:done']!;
    const logger = { info: () => undefined } as unknown as Parameters<typeof hook>[0]['logger'];
    await expect(hook({ dir: new URL(`file://${dir}/`), pages: [], assets: new Map(), logger })).rejects.toThrow(/locale "ja"/);
  });
});
