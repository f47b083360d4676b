import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/build';
import { loadPage, readerText } from '../helpers/html';
import { localeInfo } from '../../src/lib/i18n/locales';
import { articlePath, editionTextsPath, sharePath } from '../../src/lib/routes/paths';
import { comparePairs, routes, routesOf } from '../../src/lib/routes/routes';
import { editionLocales } from '../../src/lib/site/articles';
import { readSite } from '../../src/lib/site/read';

const { site } = readSite(path.join(root, 'content'));
const table = routes(site);
const pairPages = [...routesOf(table, 'stacked'), ...routesOf(table, 'compare')];
const read = (sitePath: string) => fs.readFileSync(path.join(dist, sitePath), 'utf8');

describe('the stacked pages', () => {
  it('exist for every ordered pair of editions, each passage followed by the same passage of the second edition, the row under its id', () => {
    for (const article of site.articles) {
      const pairs = routesOf(table, 'stacked').filter((r) => r.article === article);
      expect(pairs.map((r) => [r.locale, r.other])).toEqual(comparePairs(article));
      for (const { path: page, left, right } of pairs) {
        const $ = loadPage(page);
        const rows = $('[data-row][id]');
        expect(rows.map((_, el) => $(el).attr('id')).get(), page).toEqual(left.passages.map((p) => p.id));
        rows.each((index, row) => {
          const [first, second] = $(row).children().get();
          expect($(first).attr('lang')).toBe(localeInfo(left.locale).htmlLang);
          expect($(second).attr('lang')).toBe(localeInfo(right.locale).htmlLang);
          expect($(second).find('[data-passage]').attr('data-passage')).toBe(right.passages[index]!.id);
        });
      }
    }
  });

  it('are left out of the search index and listed in the sitemap', () => {
    const sitemap = cheerio.load(read('sitemap-0.xml'), { xml: true });
    const listed = new Set(
      sitemap('loc')
        .map((_, el) => new URL(sitemap(el).text()).pathname)
        .get(),
    );
    for (const r of routesOf(table, 'stacked')) {
      expect(loadPage(r.path)('[data-pagefind-body]').length, r.path).toBe(0);
      expect(listed.has(r.path), r.path).toBe(true);
    }
  });
});

describe('the two-edition pages (stacked and side by side)', () => {
  it('give each side its passage tools: the ¶ link to the row, the share URL of that side’s edition, hops to the other editions', () => {
    for (const { path: page, left, right, article } of pairPages) {
      const $ = loadPage(page);
      $('[data-row][id]').each((_, row) => {
        const id = $(row).attr('id')!;
        $(row)
          .children()
          .each((side, el) => {
            const edition = side === 0 ? left : right;
            const tools = $(el).find('.passage-tools');
            expect(tools.find('a.permalink').attr('href'), `${page}#${id}`).toBe(`#${id}`);
            expect(new URL(tools.find('[data-share-url]').attr('data-share-url')!).pathname).toBe(
              sharePath(edition.locale, article.slug, id),
            );
            expect(tools.find('a.hop').length).toBe(editionLocales(article).length - 1);
          });
      });
      expect($('dialog#passage-panel').length, page).toBe(1);
    }
  });

  it('link every layout of the article with every second edition, marking the one shown', () => {
    for (const r of [...routesOf(table, 'article').filter((a) => a.translated), ...pairPages]) {
      const $ = loadPage(r.path);
      const links = $('nav.layouts a[data-layout]')
        .map((_, a) => $(a).attr('href'))
        .get();
      const others = editionLocales(r.article).filter((code) => code !== r.locale);
      expect(links.length, r.path).toBe(1 + 2 * others.length);
      expect($('nav.layouts a[aria-current="page"]').attr('href'), r.path).toBe(r.path);
      expect($('.site-header nav.layout-quick a[aria-current="page"]').attr('href'), r.path).toBe(r.path);
    }
  });
});

describe('the passage texts the panel loads', () => {
  it('are written per edition, with the same text as /passages.json for every passage', () => {
    const manifest = JSON.parse(read('passages.json')) as { article: string; id: string; locale: string; text: string }[];
    for (const article of site.articles)
      for (const locale of editionLocales(article)) {
        const file = editionTextsPath(locale, article.slug);
        const texts = JSON.parse(read(file)) as Record<string, string>;
        const expected = manifest.filter((e) => e.article === article.slug && e.locale === locale);
        expect(Object.entries(texts), file).toEqual(expected.map((e) => [e.id, e.text]));
      }
  });

  it('are a fraction of /passages.json, and no page embeds them', () => {
    const whole = fs.statSync(path.join(dist, 'passages.json')).size;
    for (const r of routesOf(table, 'article').filter((a) => a.translated)) {
      expect(fs.statSync(path.join(dist, editionTextsPath(r.locale, r.article.slug))).size).toBeLessThan(whole / 3);
      expect(read(`${r.path}index.html`)).not.toContain('passages.json');
    }
  });
});

describe('the root page', () => {
  it('shows every article’s title in each of its editions, linking to that edition, without redirecting', () => {
    const $ = loadPage('/');
    expect($('meta[http-equiv="refresh" i]').length).toBe(0);
    for (const article of site.articles)
      for (const code of editionLocales(article)) {
        const link = $(`main a[href="${articlePath(code, article.slug)}"]`);
        expect(link.length, `${article.slug} (${code})`).toBe(1);
        expect(readerText($, link)).toBe(article.editions[code]!.data.title);
        expect(link.closest('[lang]').attr('lang')).toBe(localeInfo(code).htmlLang);
      }
  });

  it('carries one hidden language suggestion per locale, each in its own language, for the script to reveal', () => {
    const $ = loadPage('/');
    const suggestions = $('language-suggestion [data-locale]');
    expect(suggestions.map((_, el) => $(el).attr('data-locale')).get()).toEqual(routesOf(table, 'home').map((h) => h.locale));
    suggestions.each((_, el) => {
      expect($(el).attr('hidden')).toBeDefined();
      expect($(el).attr('lang')).toBe(localeInfo($(el).attr('data-locale')!).htmlLang);
    });
  });
});
