import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors';
import { assembleSite } from '../../src/lib/site/assemble';
import { readEditionEntries, readLock, readTermEntries } from '../../src/lib/site/read';

const content = path.resolve(import.meta.dirname, '../../content');
const entries = readEditionEntries(content);
const glossary = readTermEntries(content);
const lock = readLock(content);

describe('assembleSite', () => {
  it('links glossary terms in new editions, leaving the entries it was given as they were', () => {
    const bodies = entries.map((e) => e.body);
    const { site } = assembleSite(entries, glossary, lock);
    const linked = site.articles.flatMap((a) => Object.values(a.editions)).flatMap((e) => e?.passages ?? []);
    expect(JSON.stringify(linked)).toContain('"type":"term"');
    expect(entries.map((e) => e.body)).toEqual(bodies);
    const again = assembleSite(entries, glossary, lock).site;
    expect(JSON.stringify(again.articles)).toBe(JSON.stringify(site.articles));
  });

  it('returns the next lock with every published id, without writing anything', () => {
    const { nextLock, site } = assembleSite(entries, glossary, { file: 'passages.lock.json', lock: {} });
    for (const article of site.articles) {
      expect(nextLock[article.slug]?.ids).toEqual(article.editions[article.original]?.passages.map((p) => p.id));
    }
  });

  it('stops with a ContentError naming the lock file when a published id is gone', () => {
    const [first] = Object.keys(lock.lock);
    const broken = {
      file: 'content/passages.lock.json',
      lock: { ...lock.lock, [first as string]: { ids: ['no-such-passage', ...(lock.lock[first as string]?.ids ?? [])], moved: {} } },
    };
    expect(() => assembleSite(entries, glossary, broken)).toThrow(ContentError);
    expect(() => assembleSite(entries, glossary, broken)).toThrow(/content\/passages\.lock\.json: .*"no-such-passage"/s);
  });
});
