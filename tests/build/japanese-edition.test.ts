import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build';
import { htmlFiles, loadPage, readerText } from '../helpers/html';

/** The publisher's text as released: a committed copy of shared/source/ai-bubble.ja.txt. */
const sourceFile = path.join(root, 'content/articles/ai-bubble/source.ja.txt');
const sourceLines = fs
  .readFileSync(sourceFile, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '');

describe('the Japanese edition', () => {
  const $ = loadPage('/ja/articles/ai-bubble/');
  const blocks = new Set<string>();
  $('article h1, article .series, article .dek, article .byline, article [data-passage], article figcaption').each((_, el) => {
    blocks.add(readerText($, el));
  });

  it('is the committed copy of the shared source, when the shared folder is present', () => {
    const shared = path.join(root, '../shared/source/ai-bubble.ja.txt');
    if (!fs.existsSync(shared)) return;
    expect(fs.readFileSync(sourceFile, 'utf8')).toBe(fs.readFileSync(shared, 'utf8'));
  });

  it('contains all 86 non-empty lines of the source, character for character, each as a block of its own', () => {
    expect(sourceLines).toHaveLength(86);
    const missing = sourceLines.filter((line) => !blocks.has(line));
    expect(missing).toEqual([]);
  });

  it('gives every passage a unique id and a matching data-passage attribute', () => {
    const ids = $('[data-passage]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(ids.length).toBe(82);
    expect(new Set(ids).size).toBe(ids.length);
    $('[data-passage]').each((_, el) => expect($(el).attr('data-passage')).toBe($(el).attr('id')));
  });

  it('shows both figure positions as labelled placeholders, the second with its Sparkline caption', () => {
    expect($('figure#figure-1 .figure-placeholder').text()).not.toBe('');
    expect($('figure#figure-top7-weight figcaption').text()).toContain('Sparkline');
  });

  it('links the publisher footer channels', () => {
    for (const url of ['https://t.me/TechFlowDaily', 'https://x.com/TechFlowPost', 'https://x.com/BlockFlow_News']) {
      expect($(`footer a[href="${url}"]`).text()).toBe(url);
    }
  });
});

describe('every page', () => {
  it('declares the language of its locale in <html lang>', () => {
    const expected: Record<string, string> = { ja: 'ja', en: 'en', zh: 'zh-Hans' };
    for (const file of htmlFiles()) {
      const locale = file.split(path.sep)[0] ?? '';
      const lang = loadPage(file)('html').attr('lang');
      if (locale in expected) expect(lang, file).toBe(expected[locale]);
      else expect(lang, file).toBeTruthy();
    }
  });
});
