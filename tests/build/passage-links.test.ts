import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/build';
import { loadPage, readerText } from '../helpers/html';
import { truncate } from '../../src/lib/text/truncate';

interface Entry {
  article: string;
  id: string;
  locale: string;
  url: string;
  share: string;
  bilingual?: string;
  text: string;
}
const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'passages.json'), 'utf8')) as Entry[];
const site = new URL(loadPage('/ja/')('link[rel="canonical"]').attr('href') as string).origin;
const local = (url: string) => new URL(url).pathname;

describe('/passages.json', () => {
  it('has one entry per passage per edition, with absolute URLs on the configured site', () => {
    expect(manifest.length).toBe(82 * 3);
    for (const entry of manifest) {
      expect(
        Object.keys(entry)
          .filter((key) => key !== 'bilingual')
          .sort(),
      ).toEqual(['article', 'id', 'locale', 'share', 'text', 'url']);
      expect(entry.url.startsWith(`${site}/`)).toBe(true);
      expect(entry.share).toBe(`${site}/${entry.locale}/articles/${entry.article}/p/${entry.id}/`);
      // A translation's passage also has its bilingual share page, beside the original.
      if (entry.bilingual !== undefined) expect(entry.bilingual).toMatch(new RegExp(`^${entry.share}[a-z-]+/$`));
    }
  });

  it('gives each entry a url that lands on an element with that id, holding that text', () => {
    const pages = new Map<string, ReturnType<typeof loadPage>>();
    for (const entry of manifest) {
      const url = new URL(entry.url);
      const $ = pages.get(url.pathname) ?? loadPage(url.pathname);
      pages.set(url.pathname, $);
      const target = $(`[id="${url.hash.slice(1)}"]`);
      expect(target.length, entry.url).toBe(1);
      expect(target.attr('data-passage')).toBe(entry.id);
      expect(readerText($, target)).toBe(entry.text);
    }
  });

  it('gives each entry a share page with its own card that leads on to the passage', () => {
    for (const entry of manifest) {
      const $ = loadPage(local(entry.share));
      const anchor = local(entry.url) + new URL(entry.url).hash;
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${anchor}`);
      expect($(`main a[href="${anchor}"]`).length).toBeGreaterThan(0);
      expect($('link[rel="canonical"]').attr('href')).toBe(`${site}/${entry.locale}/articles/${entry.article}/`);
      expect($('meta[property="og:image"]').attr('content')).toBe(`${site}/og/${entry.locale}/articles/${entry.article}/p/${entry.id}.png`);
      if (entry.text) expect($('meta[property="og:description"]').attr('content')).toBe(truncate(entry.text, 200));
    }
  });
});

describe('every passage', () => {
  it('has a visible permalink to its own id and links to the same passage in the other editions', () => {
    const $ = loadPage('/en/articles/ai-bubble/');
    $('article [data-passage]').each((_, el) => {
      const id = $(el).attr('id');
      expect($(el).find(`a.permalink[href="#${id}"]`).attr('aria-label'), id).toBeTruthy();
      const hops = $(el)
        .find('a.hop')
        .map((__, a) => $(a).attr('href'))
        .get();
      expect(hops).toEqual([`/ja/articles/ai-bubble/#${id}`, `/zh/articles/ai-bubble/#${id}`]);
    });
  });
});

describe('published passage ids', () => {
  it('are recorded in the committed lock file', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../content/passages.lock.json'), 'utf8'));
    const ids = new Set(manifest.filter((e) => e.locale === 'ja').map((e) => e.id));
    expect(new Set(lock['ai-bubble'].ids)).toEqual(ids);
  });
});
