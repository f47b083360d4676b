import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordCache } from '../../src/lib/search/cache';
import type { RecordFilters, SearchRecord } from '../../src/lib/search/records';

const filters: RecordFilters = { edition: 'en', kind: 'article' };
const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Asks `cache` for the records of each page (path → HTML), making them from the HTML; returns the paths whose records were made. */
function ask(cache: RecordCache, pages: Record<string, string>): string[] {
  const made: string[] = [];
  for (const [url, html] of Object.entries(pages))
    cache.records(url, html, filters, 24, (): SearchRecord[] => {
      made.push(url);
      return [{ url, html: `<p>${html}</p>` }];
    });
  return made;
}

/** A bundle folder with the given files (path → content), and a previews subfolder that is not the bundle's. */
function bundleFolder(files: Record<string, string>): string {
  const dir = tempDir('pp-bundle-');
  for (const [file, text] of Object.entries({ ...files, 'passages/en/a.json': '{}' })) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the search step’s record cache', () => {
  it('makes the records of a page only when its HTML, path or filters are new, and gives back the same records', () => {
    const folder = tempDir('pp-records-');
    expect(ask(new RecordCache(folder), { '/en/a/': 'one', '/en/b/': 'two' })).toEqual(['/en/a/', '/en/b/']);
    const again = new RecordCache(folder);
    expect(ask(again, { '/en/a/': 'one', '/en/b/': 'two, edited', '/en/c/': 'one' })).toEqual(['/en/b/', '/en/c/']);
    expect(again.records('/en/a/', 'one', filters, 24, () => [])).toEqual([{ url: '/en/a/', html: '<p>one</p>' }]);
    expect(ask(new RecordCache(folder), { '/en/a/': 'one' })).toEqual([]);
    const otherEdition = new RecordCache(folder).records('/en/a/', 'one', { edition: 'ja', kind: 'article' }, 24, () => []);
    expect(otherEdition).toEqual([]);
  });

  it('forgets the records of pages that a build no longer asked for', () => {
    const folder = tempDir('pp-records-');
    ask(new RecordCache(folder), { '/en/a/': 'one', '/en/b/': 'two' });
    const cache = new RecordCache(folder);
    ask(cache, { '/en/a/': 'one' });
    cache.prune();
    expect(ask(new RecordCache(folder), { '/en/a/': 'one', '/en/b/': 'two' })).toEqual(['/en/b/']);
  });

  it('digests the pages asked for: the same pages give the same digest, an edited one another', () => {
    const digestOf = (pages: Record<string, string>) => {
      const cache = new RecordCache(tempDir('pp-records-'));
      ask(cache, pages);
      return cache.digest('ja');
    };
    const same = digestOf({ '/en/a/': 'one', '/en/b/': 'two' });
    expect(digestOf({ '/en/a/': 'one', '/en/b/': 'two' })).toBe(same);
    expect(digestOf({ '/en/a/': 'one', '/en/b/': 'two!' })).not.toBe(same);
    expect(digestOf({ '/en/b/': 'two', '/en/a/': 'one' })).not.toBe(same);
  });

  it('keeps the last bundle only for the same digest and while each of its files is there at its size', () => {
    const folder = tempDir('pp-records-');
    const bundle = bundleFolder({ 'pagefind.js': 'js', 'index/en_1.pf_index': 'index' });
    const cache = new RecordCache(folder);
    cache.recordBundle(bundle, 'digest-1', 'passages');
    expect(
      cache
        .keptBundle(bundle, 'digest-1', 'passages')
        ?.map((file) => path.relative(bundle, file))
        .sort(),
    ).toEqual([path.join('index', 'en_1.pf_index'), 'pagefind.js']);
    expect(cache.keptBundle(bundle, 'digest-2', 'passages')).toBeNull();
    fs.writeFileSync(path.join(bundle, 'pagefind.js'), 'changed');
    expect(cache.keptBundle(bundle, 'digest-1', 'passages')).toBeNull();
    fs.writeFileSync(path.join(bundle, 'pagefind.js'), 'js');
    fs.rmSync(path.join(bundle, 'index', 'en_1.pf_index'));
    expect(cache.keptBundle(bundle, 'digest-1', 'passages')).toBeNull();
    expect(new RecordCache(tempDir('pp-records-')).keptBundle(bundle, 'digest-1', 'passages')).toBeNull();
  });
});
