import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/build';
import { htmlFiles, loadPage, readerText } from '../helpers/html';
import { readFragments } from '../helpers/pagefind';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import { ui } from '../../src/lib/i18n/ui';
import { bundlePath, searchLanguage } from '../../src/lib/search/bundles';
import { searchPath } from '../../src/lib/routes/paths';
import * as pagefind from 'pagefind';
import type { HTMLFile, PagefindServiceConfig, WriteOptions } from 'pagefind';
import { searchIndex, writeSearchBundle, type IndexablePage, type PagefindApi } from '../../src/lib/search/integration';
import { previewsPath } from '../../src/lib/search/previews';
import { passagesPerRecord } from '../../src/lib/search/records';
import { recordFilterName } from '../../src/lib/search/filters';
import { recordHits } from '../../src/lib/search/results';
import { contentWords, splitWords } from '../../src/lib/search/words';

const bundleDir = path.join(dist, bundlePath);

/** Every record the bundle holds, by URL. */
const records = readFragments(bundleDir).sort((a, b) => a.url.localeCompare(b.url));
const recordsOf = (locale: Locale) => records.filter((r) => r.url.startsWith(`/${locale}/`));
const recordAt = (url: string) => records.find((r) => r.url === url);

/** The site paths of the built pages that carry data-pagefind-body, read with an HTML parser. */
function pagesWithSearchBody(locale: Locale): string[] {
  return htmlFiles()
    .filter((file) => file.startsWith(`${locale}${path.sep}`))
    .filter((file) => loadPage(file)('[data-pagefind-body]').length > 0)
    .map((file) => `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

const articleUrls = (locale: Locale) => pagesWithSearchBody(locale).filter((p) => /^\/[^/]+\/articles\/[^/]+\/$/.test(p));

/** The ids of an article page's passages that have text (a figure without caption has none), in document order. */
function passageIds(url: string): string[] {
  const $ = loadPage(url);
  return $('[data-pagefind-body] [data-passage][id]')
    .filter((_, el) => $(el).attr('data-passage') === $(el).attr('id') && readerText($, el) !== '')
    .map((_, el) => $(el).attr('id'))
    .get();
}

/** Text without whitespace, zero-width spaces and the full stops Pagefind adds after blocks: what two renderings of one text share. */
const bare = (text: string) => text.replace(/[\s\u200B.]/g, '');

describe('the search index (one Pagefind bundle, every edition in one index)', () => {
  const entry = JSON.parse(fs.readFileSync(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    version: string;
    languages: Record<string, { page_count: number; wasm: string | null }>;
  };

  it('is a Pagefind 1.6 bundle holding one index, in the search language, with every record', () => {
    expect(entry.version).toMatch(/^1\.6\./);
    expect(Object.keys(entry.languages)).toEqual([searchLanguage()]);
    expect(fs.existsSync(path.join(bundleDir, 'pagefind.js'))).toBe(true);
    expect(entry.languages[searchLanguage()]?.page_count).toBe(records.length);
  });

  it('is preloaded by every search page: the WebAssembly module its entry names, fetched as Pagefind fetches it', () => {
    // Pagefind's own rule (pagefind.js, `init`): the entry's `wasm`, else "unknown".
    const wasm = `${bundlePath}wasm.${entry.languages[searchLanguage()]?.wasm ?? 'unknown'}.pagefind`;
    expect(fs.existsSync(path.join(dist, wasm))).toBe(true);
    for (const locale of localeCodes) {
      const preloads = loadPage(searchPath(locale))('link[rel="preload"]');
      expect(
        preloads.map((_, link) => `${link.attribs['href']} ${link.attribs['as']} ${link.attribs['crossorigin']}`).get(),
        locale,
      ).toEqual([`${wasm} fetch anonymous`]);
    }
  });

  for (const locale of localeCodes) {
    describe(`the ${locale} edition`, () => {
      it('is a head record and records of passages for each article edition, and one record per glossary term; no share, side-by-side, fallback or chrome-only page', () => {
        const pages = pagesWithSearchBody(locale).filter((p) => !/\/articles\/[^/]+\/(p|compare)\//.test(p));
        expect(
          recordsOf(locale)
            .map((r) => r.url.split('#')[0])
            .filter((url, i, all) => all.indexOf(url) === i)
            .sort(),
        ).toEqual(pages.sort());
        expect(articleUrls(locale).length, 'every article has an edition page in the index').toBeGreaterThan(0);
        for (const r of recordsOf(locale)) {
          expect(r.url, 'only articles and glossary terms').toMatch(new RegExp(`^/${locale}/(articles|glossary)/[^/]+/(#.+)?$`));
          // One filter a record: an article's `edition`, a term's `term`, with its locale (filters.ts).
          const name = r.url.includes('/articles/') ? recordFilterName.article : recordFilterName.glossary;
          expect(r.filters, `${r.url} is filtered as its locale, by its kind's filter only`).toEqual({ [name]: [locale] });
        }
      });

      it(`makes every passage with text a titled sub-result of one record, in document order, at most ${passagesPerRecord} a record`, () => {
        for (const url of articleUrls(locale)) {
          const ids = passageIds(url);
          const titled = recordsOf(locale)
            .filter((r) => r.url.startsWith(`${url}#`))
            .map((r) => r.anchors.filter((a) => a.title).map((a) => a.id))
            .sort((a, b) => ids.indexOf(a[0]!) - ids.indexOf(b[0]!));
          expect(titled.flat(), url).toEqual(ids);
          expect(Math.max(...titled.map((group) => group.length)), url).toBeLessThanOrEqual(passagesPerRecord);
          expect(
            recordAt(url)!.anchors.filter((a) => a.title),
            'the head has no sub-result',
          ).toEqual([]);
        }
      });

      it('holds each passage’s text in its record, from its anchor to the next, footer lines included, and the article’s title in its head record only', () => {
        for (const url of articleUrls(locale)) {
          const $ = loadPage(url);
          const title = $('h1').first().text().trim();
          const texts = new Map(
            recordsOf(locale)
              .filter((r) => r.url.startsWith(`${url}#`))
              .flatMap((r) => {
                // Every word a hit, so that each passage is one of the record's hits.
                const locations = splitWords(r.content).words.map((_, i) => i);
                return recordHits({ ...r, raw_content: r.content, locations }).map((hit) => [hit.url, contentWords(hit.content)] as const);
              }),
          );
          for (const id of passageIds(url)) {
            const words = texts.get(`${url}#${id}`);
            expect(words, `${url}#${id}`).toBeDefined();
            expect(bare(words!.words.join(words!.joiner)), `${url}#${id}`).toBe(bare(readerText($, $(`[id="${id}"]`))));
          }
          for (const r of recordsOf(locale).filter((r) => r.url.startsWith(`${url}#`)))
            // Pagefind searches metadata: a title on every passage would make each match the title's words.
            expect(r.meta['title'], `${r.url} carries no title`).toBeUndefined();
          expect(bare(recordAt(url)!.content), 'the head record holds the title').toContain(bare(title));
          expect(recordAt(url)!.meta['title']).toBe(title);
        }
      });

      it('contains the texts but not the page chrome: header, footer, passage tools, figure placeholders, term tooltips', () => {
        const t = ui(locale);
        for (const r of recordsOf(locale)) {
          const content = r.content.replaceAll('\u200B', '');
          for (const chrome of [
            t.copyLink,
            t.passageLink,
            t.passageInOtherEditions,
            t.figureNotReproduced,
            t.siteTagline,
            t.skipToContent,
            t.termRelated,
            t.termPassages,
          ]) {
            expect(content, `${r.url} indexes "${chrome}"`).not.toContain(chrome);
          }
        }
      });
    });
  }

  it('segments Japanese and Chinese into words (Pagefind’s extended build): runs of kanji are split, English is not', () => {
    const words = (locale: Locale) =>
      recordsOf(locale)
        .filter((r) => r.url.includes('/articles/'))
        .map((r) => r.content.split('\u200B'));
    const adjacent = (lists: string[][], ...run: string[]) =>
      lists.some((list) => list.some((_, i) => run.every((w, k) => list[i + k] === w)));
    const ja = words('ja');
    const zh = words('zh');
    expect(ja.flat().length, 'Japanese content is segmented with zero-width spaces').toBeGreaterThan(1000);
    expect(adjacent(ja, '設備', '投資', '増加'), '設備投資増加 → 設備 | 投資 | 増加').toBe(true);
    expect(adjacent(ja, '時価', '総額'), '時価総額 → 時価 | 総額').toBe(true);
    expect(ja.flat(), '空売り is one word').toContain('空売り');
    expect(zh.flat().length, 'Chinese content is segmented with zero-width spaces').toBeGreaterThan(1000);
    expect(adjacent(zh, '资本', '支出', '增长'), '资本支出增长 → 资本 | 支出 | 增长').toBe(true);
    expect(adjacent(zh, '算', '力'), '算力 → 算 | 力').toBe(true);
  });

  it('keeps a short preview of every passage of every article edition next to the bundle, from the content', () => {
    for (const locale of localeCodes) {
      for (const url of articleUrls(locale)) {
        const slug = url.split('/')[3]!;
        const file = path.join(dist, previewsPath(locale, slug));
        const previews = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
        const $ = loadPage(url);
        const ids = passageIds(url);
        expect(Object.keys(previews).sort(), `${locale}/${slug}`).toEqual([...ids].sort());
        // A cut preview ends with "…".
        for (const id of ids) expect(readerText($, $(`[id="${id}"]`)).replace(/\s+/g, ' ')).toContain(previews[id]!.replace(/…$/, ''));
        expect(fs.statSync(file).size, 'a preview file is small').toBeLessThan(20_000);
      }
    }
  });

  it('leaves out the files of Pagefind’s prebuilt UIs, which the site does not use', () => {
    expect(fs.readdirSync(bundleDir).filter((f) => /-ui\.|highlight/.test(f))).toEqual([]);
  });
});

describe('indexing failures stop the build', () => {
  /** A minimal site's indexed routes: one glossary term per locale. */
  const miniRoutes: IndexablePage[] = localeCodes.map((locale) => ({
    path: `/${locale}/glossary/x/`,
    locale,
    kind: 'term',
    indexed: true,
  }));

  /** A minimal built site: the pages of `miniRoutes`. */
  function miniSite(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-search-'));
    for (const locale of localeCodes) {
      fs.mkdirSync(path.join(dir, locale, 'glossary', 'x'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, locale, 'glossary', 'x', 'index.html'),
        `<html lang="${locale}"><body><article data-pagefind-body><h1>x</h1><p>設備投資 capex</p></article></body></html>`,
      );
    }
    return dir;
  }

  it('writes the bundle for a site where every locale has indexed pages', async () => {
    const dir = miniSite();
    expect((await writeSearchBundle(dir, miniRoutes)).counts).toEqual(Object.fromEntries(localeCodes.map((c) => [c, 1])));
    expect(fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))).toBe(true);
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
            addHTMLFile: async (file: HTMLFile) =>
              call === 'addHTMLFile'
                ? { errors: ['could not parse the page'], file: { uniqueWords: 0, url: '', meta: {} } }
                : real.addHTMLFile(file),
            writeFiles: async (options?: WriteOptions) =>
              call === 'writeFiles' ? { errors: ['disk full'], outputPath: '' } : real.writeFiles(options),
          },
        };
      },
    };
    return api;
  }

  for (const [call, message] of [
    ['createIndex', /Pagefind failed to create the index:\s+unknown option/],
    ['addHTMLFile', /Pagefind failed to index \/ja\/glossary\/x\/:\s+could not parse the page/],
    ['writeFiles', /Pagefind failed to write .*pagefind:\s+disk full/],
  ] as const) {
    it(`throws with Pagefind's message when ${call} reports an error, and stops the Pagefind service`, async () => {
      const api = failing(call);
      await expect(writeSearchBundle(miniSite(), miniRoutes, api)).rejects.toThrow(message);
      expect(api.closed).toBe(true);
    });
  }

  it('throws when a locale has no page to index, rather than shipping a bundle without that edition', async () => {
    const dir = miniSite();
    fs.rmSync(path.join(dir, 'zh'), { recursive: true });
    await expect(
      writeSearchBundle(
        dir,
        miniRoutes.filter((page) => page.locale !== 'zh'),
      ),
    ).rejects.toThrow(/locale "zh"/);
  });

  it('fails the Astro build from its build:done hook when a page the route table indexes is not in the build', async () => {
    const dir = miniSite();
    const hook = searchIndex().hooks['astro:build:done']!;
    const logger = { info: () => undefined } as unknown as Parameters<typeof hook>[0]['logger'];
    // The first indexed route missing, in path order: an article edition of whichever locale sorts first.
    const locales = localeCodes.join('|');
    await expect(hook({ dir: new URL(`file://${dir}/`), pages: [], assets: new Map(), logger })).rejects.toThrow(
      new RegExp(`the route table indexes /(${locales})/articles/ai-bubble/, but the build has no \\1/articles/ai-bubble/index\\.html`),
    );
  });
});
