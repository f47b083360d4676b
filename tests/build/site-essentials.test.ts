import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist, root } from '../helpers/build';
import { htmlFiles, loadPage } from '../helpers/html';

const read = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');

describe('site essentials', () => {
  it('compiles no module for an article: its pages are made from the passages parsed from its body', () => {
    // The entries Astro compiles to render later, as its content sync for the build listed them.
    const modules = fs.readFileSync(path.join(root, '.astro/content-modules.mjs'), 'utf8');
    expect(modules).toMatch(/new Map\(/);
    expect(modules).not.toContain('.mdx');
  });

  it('lists every edition in the sitemap with its language alternates, and no share page', () => {
    const sitemap = fs
      .readdirSync(dist)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map(read)
      .join('\n');
    for (const locale of ['ja', 'en', 'zh']) expect(sitemap).toContain(`/${locale}/articles/ai-bubble/</loc>`);
    expect(sitemap).toMatch(/hreflang="zh-Hans"/);
    expect(sitemap).not.toMatch(/\/p\/[a-z0-9-]+\/<\/loc>/);
  });

  it('publishes an RSS feed per locale, in its language, listing the article', () => {
    for (const [locale, lang] of [
      ['ja', 'ja'],
      ['en', 'en'],
      ['zh', 'zh-Hans'],
    ]) {
      const feed = read(`${locale}/rss.xml`);
      expect(feed).toContain(`<language>${lang}</language>`);
      expect(feed).toContain(`/${locale}/articles/ai-bubble/</link>`);
    }
  });

  it('gives every page a canonical link (but the not-found page, served at any missing URL), a description and the favicon', () => {
    for (const file of htmlFiles()) {
      const $ = loadPage(file);
      if (file === '404.html') expect($('link[rel="canonical"]').length, file).toBe(0);
      else expect($('link[rel="canonical"]').attr('href'), file).toMatch(/^https?:\/\//);
      expect($('meta[name="description"]').attr('content'), file).toBeTruthy();
      expect($('link[rel="icon"]').attr('href'), file).toBe('/favicon.svg');
    }
    expect(fs.existsSync(path.join(dist, 'favicon.svg'))).toBe(true);
  });

  it('has a 404 page and a language chooser at / that needs no JavaScript', () => {
    expect(fs.existsSync(path.join(dist, '404.html'))).toBe(true);
    const $ = loadPage('/');
    expect($('.chooser-list').find('a[href="/ja/"], a[href="/en/"], a[href="/zh/"]').length).toBe(3);
    // Its one script only reveals a language suggestion: no inline script, and every link is plain.
    expect($('script:not([src])').length).toBe(0);
    expect($('noscript, meta[http-equiv="refresh" i]').length).toBe(0);
  });
});
