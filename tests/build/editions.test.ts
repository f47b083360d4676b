import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { loadPage, readerText } from '../helpers/html';

// Every declared locale has an edition of the one article.
const locales = localeCodes;
const ids = (page: string) => {
  const $ = loadPage(page);
  return $('article [data-passage]')
    .map((_, el) => $(el).attr('id'))
    .get();
};

describe('the parallel editions', () => {
  it('carry identical passage id sequences in every edition', () => {
    const original = ids('/ja/articles/ai-bubble/');
    expect(original.length).toBeGreaterThan(80);
    for (const locale of locales) expect(ids(`/${locale}/articles/ai-bubble/`), locale).toEqual(original);
  });

  it('leave no kana in any Chinese passage', () => {
    const $ = loadPage('/zh/articles/ai-bubble/');
    $('article [data-passage]').each((_, el) => expect(readerText($, el), $(el).attr('id')).not.toMatch(/[\u3040-\u30ff]/));
    expect($('h1').text()).not.toMatch(/[\u3040-\u30ff]/);
  });

  it('leave no English passage in Japanese', () => {
    const $ = loadPage('/en/articles/ai-bubble/');
    $('article [data-passage]').each((_, el) => expect(readerText($, el), $(el).attr('id')).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/));
  });

  it('say in each translation that it is a translation of the Japanese original, linking to it', () => {
    for (const locale of ['en', 'zh']) {
      const $ = loadPage(`/${locale}/articles/ai-bubble/`);
      expect($('.notice a[href="/ja/articles/ai-bubble/"]').length, locale).toBe(1);
    }
  });

  it('declare every edition as an hreflang alternate, with x-default and og:locale alternates', () => {
    const $ = loadPage('/en/articles/ai-bubble/');
    const hreflangs = $('link[rel="alternate"][hreflang]')
      .map((_, el) => $(el).attr('hreflang'))
      .get();
    expect(hreflangs).toEqual(['ja', 'en', 'zh-Hans', 'x-default']);
    expect($('link[hreflang="x-default"]').attr('href')).toMatch(/\/ja\/articles\/ai-bubble\/$/);
    expect($('meta[property="og:locale"]').attr('content')).toBe('en_US');
    expect(
      $('meta[property="og:locale:alternate"]')
        .map((_, el) => $(el).attr('content'))
        .get(),
    ).toEqual(['ja_JP', 'zh_CN']);
  });
});

describe('the side-by-side pages', () => {
  const pairs = locales.flatMap((left) => locales.filter((right) => right !== left).map((right) => [left, right] as const));

  it('exist for every pair of editions and pair every passage row by row, each side in its own language', () => {
    const original = ids('/ja/articles/ai-bubble/');
    for (const [left, right] of pairs) {
      const $ = loadPage(`/${left}/articles/ai-bubble/compare/${right}/`);
      const rows = $('.compare-row[id]');
      expect(rows.map((_, el) => $(el).attr('id')).get(), `${left}/${right}`).toEqual(original);
      rows.each((_, row) => {
        const sides = $(row).children();
        expect(sides.length).toBe(2);
        expect($(sides[0]).find('[data-passage]').attr('data-passage')).toBe($(row).attr('id'));
        expect($(sides[1]).find('[data-passage]').attr('data-passage')).toBe($(row).attr('id'));
      });
      expect($(rows[0]).children().first().attr('lang')).toBe(left === 'zh' ? 'zh-Hans' : left);
    }
  });

  it('are linked from each article page', () => {
    const $ = loadPage('/en/articles/ai-bubble/');
    expect($('main a[href="/en/articles/ai-bubble/compare/ja/"]').length).toBe(1);
    expect($('main a[href="/en/articles/ai-bubble/compare/zh/"]').length).toBe(1);
  });
});
