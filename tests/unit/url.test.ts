import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/passages/url';
import { cardPath, sharePath, switchLocale } from '../../src/lib/i18n/paths';

describe('safeHref', () => {
  it('keeps http, https, mailto and relative links', () => {
    expect(safeHref('https://t.me/TechFlowDaily')).toBe('https://t.me/TechFlowDaily');
    expect(safeHref('mailto:a@b.c')).toBe('mailto:a@b.c');
    expect(safeHref('/ja/glossary/')).toBe('/ja/glossary/');
    expect(safeHref('#x')).toBe('#x');
  });
  it('drops javascript: and data: links, however they are disguised', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVa\tScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>')).toBeUndefined();
    expect(safeHref('//evil.example/')).toBeUndefined();
  });
});

describe('paths', () => {
  it('maps a page to its card', () => {
    expect(cardPath('/')).toBe('/og/index.png');
    expect(cardPath('/en/')).toBe('/og/en.png');
    expect(cardPath(sharePath('zh', 'ai-bubble', 'burry-short'))).toBe('/og/zh/articles/ai-bubble/p/burry-short.png');
  });
  it('gives the not-found page one card however its path is written', () => {
    for (const page of ['/404', '/404/', '/404.html']) expect(cardPath(page)).toBe('/og/404.png');
    expect(cardPath('/index.html')).toBe('/og/index.png');
    expect(cardPath('/en/glossary/index.html')).toBe('/og/en/glossary.png');
  });
  it('swaps the locale of a page', () => {
    expect(switchLocale('/ja/glossary/agi/', 'zh')).toBe('/zh/glossary/agi/');
  });
});
