import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, localeInfo, type Locale } from '../../src/lib/i18n/locales';
import { editionTexts } from '../../src/lib/feeds/passages';
import { plainText } from '../../src/lib/passages/parse';
import {
  layoutPath,
  layouts,
  offerReturn,
  pageLayout,
  parseLayout,
  rememberedPath,
  secondEdition,
  suggestedLocale,
} from '../../src/lib/reader/layout';
import { pagePath, parsePagePath } from '../../src/lib/routes/paths';
import { comparePairs, routes, routesOf } from '../../src/lib/routes/routes';
import { editionLocales } from '../../src/lib/site/articles';
import { readSite } from '../../src/lib/site/read';

const { site } = readSite(path.resolve(import.meta.dirname, '../../content'));
const table = routes(site);
const article = site.articles[0]!;
// Any two or more locales: the first, the second and the last (the second again when there are two).
const first = localeCodes[0];
const second = localeCodes[1]!;
const third = localeCodes.at(-1)!;

describe('reading layouts', () => {
  it('builds each layout’s page path, which the one parser reads back as the same layout, edition and second edition', () => {
    for (const [locale, other] of comparePairs(article))
      for (const layout of layouts) {
        const path = layoutPath(layout, locale, article.slug, other);
        expect(parsePagePath(path)?.kind).toBe({ single: 'article', stacked: 'stacked', 'side-by-side': 'compare' }[layout]);
        expect(pageLayout(`${path}#x`)).toEqual({
          layout,
          locale,
          slug: article.slug,
          ...(layout === 'single' ? {} : { second: other }),
        });
      }
    expect(pageLayout(pagePath({ kind: 'glossary', locale: first }))).toBeNull();
  });

  it('reads only the layouts it knows from storage', () => {
    expect(parseLayout('stacked')).toBe('stacked');
    for (const junk of [null, undefined, '', 'STACKED', 'grid']) expect(parseLayout(junk)).toBeUndefined();
  });

  it('pairs an edition with the stored second edition when the article has it, else with the first other edition', () => {
    const editions = [...new Set([first, second, third])];
    expect(secondEdition(third, first, editions)).toBe(third);
    expect(secondEdition(first, first, editions), 'never the edition itself').toBe(second);
    expect(secondEdition(third, first, [first, second]), 'not an edition of this article').toBe(second);
    expect(secondEdition('xx', second, editions)).toBe(first);
    expect(secondEdition(null, first, [first])).toBeUndefined();
  });

  it('moves a freshly opened article to the remembered layout and second edition, and never a pair page or a single choice', () => {
    const single = layoutPath('single', first, 'a', first);
    const others = [second, third];
    expect(rememberedPath(single, { layout: 'stacked', second: third }, others)).toBe(layoutPath('stacked', first, 'a', third));
    expect(rememberedPath(single, { layout: 'side-by-side', second: null }, others)).toBe(layoutPath('side-by-side', first, 'a', second));
    expect(rememberedPath(single, { layout: 'single', second: third }, others)).toBeUndefined();
    expect(rememberedPath(single, { layout: null, second: third }, others)).toBeUndefined();
    expect(rememberedPath(single, { layout: 'stacked', second: null }, []), 'no second edition').toBeUndefined();
    const pair = layoutPath('side-by-side', first, 'a', second);
    expect(rememberedPath(pair, { layout: 'stacked', second: third }, others)).toBeUndefined();
  });
});

describe('the language suggestion', () => {
  it('suggests the first preferred language that has a locale, by primary subtag', () => {
    const tag = (code: Locale) => localeInfo(code).htmlLang;
    expect(suggestedLocale([`${tag(second).split('-')[0]}-XX`, tag(first)], localeCodes)).toBe(second);
    expect(suggestedLocale(['tlh', tag(third).toUpperCase()], localeCodes)).toBe(third);
    expect(suggestedLocale(['tlh', 'x-klingon'], localeCodes)).toBeUndefined();
    expect(suggestedLocale([], localeCodes)).toBeUndefined();
  });
});

describe('continue reading', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('offers the saved passage when it is past the opening ones and the reader did not arrive at a passage', () => {
    expect(offerReturn('c', ids, '')).toBe(true);
    expect(offerReturn('c', ids, '#')).toBe(true);
    expect(offerReturn('c', ids, '#d'), 'arrived at a passage').toBe(false);
    expect(offerReturn('b', ids, ''), 'the opening passages').toBe(false);
    expect(offerReturn('gone', ids, ''), 'no longer on the page').toBe(false);
    expect(offerReturn(null, ids, '')).toBe(false);
  });
});

describe('the reader routes', () => {
  it('has a stacked page for every ordered pair of editions, in the sitemap, not indexed, with the mirrored pair as alternate', () => {
    for (const a of site.articles) {
      const stacked = routesOf(table, 'stacked').filter((r) => r.article === a);
      expect(stacked.map((r) => [r.locale, r.other])).toEqual(comparePairs(a));
      for (const r of stacked) {
        expect(r).toMatchObject({
          indexed: false,
          sitemap: true,
          canonical: r.path,
          path: layoutPath('stacked', r.locale, a.slug, r.other),
        });
        expect(r.left.locale).toBe(r.locale);
        expect(r.right.locale).toBe(r.other);
        expect(r.alternates.find((alt) => alt.locale === r.other)?.path).toBe(layoutPath('stacked', r.other, a.slug, r.locale));
      }
    }
  });

  it('lists every article on the chooser `/`', () => {
    expect(routesOf(table, 'chooser')[0]?.articles.map((a) => a.slug)).toEqual(site.articles.map((a) => a.slug));
  });

  it('gives the passage panel each passage’s full plain text by id, in reading order', () => {
    for (const code of editionLocales(article)) {
      const edition = article.editions[code]!;
      const texts = editionTexts(edition);
      expect(Object.keys(texts)).toEqual(edition.passages.map((p) => p.id));
      for (const p of edition.passages) expect(texts[p.id]).toBe(plainText(p.content));
    }
  });
});
