import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent } from '../helpers/build';
import { loadPage, readerText } from '../helpers/html';

const locales = ['ja', 'en', 'zh'] as const;
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

describe('editions that are missing or broken', () => {
  it('stop the build naming the file and the passage when a translation is partial', () => {
    const content = copyOfContent();
    const file = path.join(content, 'articles/ai-bubble/zh.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/<P id="stripe">[\s\S]*?<\/P>\n/, ''));
    const result = buildContent(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/ai-bubble\/zh\.mdx: not aligned with .*ja\.mdx: passage "stripe" of the original is missing/);
  });

  it('stop the build naming the passage when a translation reorders passages', () => {
    const content = copyOfContent();
    const file = path.join(content, 'articles/ai-bubble/en.mdx');
    const text = fs.readFileSync(file, 'utf8');
    const paypal = /<P id="paypal">[\s\S]*?<\/P>\n\n/.exec(text)![0];
    fs.writeFileSync(file, text.replace(paypal, '').replace('<P id="stripe">', `${paypal}<P id="stripe">`));
    const result = buildContent(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/en\.mdx: not aligned .*passage "paypal" is out of order/);
  });

  it('show the original with a notice in the reader’s language, unindexed, when an edition does not exist', () => {
    const content = copyOfContent();
    fs.rmSync(path.join(content, 'articles/ai-bubble/zh.mdx'));
    const result = buildContent(content);
    expect(result.status, result.output).toBe(0);
    const $ = loadPage('/zh/articles/ai-bubble/', result.outDir);
    expect($('html').attr('lang')).toBe('zh-Hans');
    expect($('.notice').first().text()).toContain('尚无');
    expect($('article').attr('lang')).toBe('ja');
    expect($('[data-pagefind-body]').length).toBe(0);
    expect($('link[hreflang="zh-Hans"]').length).toBe(0);
  });
});
