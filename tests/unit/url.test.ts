import { describe, expect, it } from 'vitest';
import { safeHref } from '../../src/lib/passages/url';
import { localeCodes } from '../../src/lib/i18n/locales';
import { articlePath, cardPath, pagePath, parsePagePath, type PageRef } from '../../src/lib/routes/paths';

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
  const pages: PageRef[] = [
    { kind: 'chooser' },
    { kind: 'not-found' },
    ...localeCodes.flatMap((locale): PageRef[] => [
      { kind: 'home', locale },
      { kind: 'article', locale, slug: 'ai-bubble' },
      { kind: 'share', locale, slug: 'ai-bubble', id: 'burry-short' },
      { kind: 'compare', locale, slug: 'ai-bubble', other: localeCodes.find((code) => code !== locale) ?? locale },
      { kind: 'glossary', locale },
      { kind: 'term', locale, slug: 'capex' },
      { kind: 'search', locale },
    ]),
  ];

  it('parses every page path back into the page it was built from', () => {
    for (const page of pages) expect(parsePagePath(pagePath(page)), pagePath(page)).toEqual(page);
  });

  it('parses absolute URLs, ignoring the query and the fragment', () => {
    expect(parsePagePath(`https://example.org${articlePath('en', 'ai-bubble')}?highlight=x#burry-short`)).toEqual({
      kind: 'article',
      locale: 'en',
      slug: 'ai-bubble',
    });
  });

  it('names no page for paths the site does not build', () => {
    for (const path of [
      '/xx/',
      '/en/articles/',
      '/en/articles/a/p/',
      '/en/articles/a/compare/xx/',
      '/en/glossary/a/b/',
      '/en/search/x/',
      '/en',
      '/en/rss.xml',
      '/og/en.png',
    ]) {
      expect(parsePagePath(path), path).toBeNull();
    }
  });

  it('gives every page its own card, below /og/', () => {
    const cards = pages.map(cardPath);
    expect(new Set(cards).size).toBe(pages.length);
    expect(cardPath({ kind: 'chooser' })).toBe('/og/index.png');
    expect(cardPath({ kind: 'not-found' })).toBe('/og/404.png');
    expect(cardPath({ kind: 'share', locale: 'zh', slug: 'ai-bubble', id: 'burry-short' })).toBe(
      '/og/zh/articles/ai-bubble/p/burry-short.png',
    );
  });
});
