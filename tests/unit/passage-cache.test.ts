import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/errors';
import { PassageCache } from '../../src/lib/passages/cache';
import { parsePassages } from '../../src/lib/passages/parse';

const body = '<H id="opening">Opening</H>\n\n<P id="first">The first *passage*.</P>\n';
const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pp-passages-'));
const kept = (dir: string) => fs.readdirSync(dir).map((name) => path.join(dir, name));

describe('the passage cache', () => {
  it('parses a body as parsePassages does, and reads it back from the folder the next time', () => {
    const dir = folder();
    expect(new PassageCache(dir).parse(body, 'en.mdx', 4)).toEqual(parsePassages(body, 'en.mdx', 4));
    const [file] = kept(dir);
    // What the folder holds is what a later reading returns: it does not parse the body again.
    fs.writeFileSync(file!, JSON.stringify([{ id: 'from-the-folder', kind: 'paragraph', section: '', content: [] }]));
    expect(new PassageCache(dir).parse(body, 'en.mdx', 4).map((p) => p.id)).toEqual(['from-the-folder']);
  });

  it('parses again when the body or its line offset changes', () => {
    const dir = folder();
    const cache = new PassageCache(dir);
    cache.parse(body, 'en.mdx', 4);
    const edited = body.replace('first', 'second');
    expect(cache.parse(edited, 'en.mdx', 4)).toEqual(parsePassages(edited, 'en.mdx', 4));
    expect(cache.parse(body, 'en.mdx', 7).map((p) => p.line)).toEqual(parsePassages(body, 'en.mdx', 7).map((p) => p.line));
    expect(kept(dir)).toHaveLength(3);
  });

  it('keeps nothing of a body that fails, which fails again every time', () => {
    const dir = folder();
    const bad = '<P id="first">text</P>\n\n<P id="first">again</P>\n';
    for (const cache of [new PassageCache(dir), new PassageCache(dir)]) expect(() => cache.parse(bad, 'en.mdx')).toThrow(ContentError);
    expect(kept(dir)).toEqual([]);
  });

  it('parses anew, and keeps the result, when a kept file was cut short', () => {
    const dir = folder();
    new PassageCache(dir).parse(body, 'en.mdx');
    const [file] = kept(dir);
    fs.writeFileSync(file!, '[{"id": "fi');
    expect(new PassageCache(dir).parse(body, 'en.mdx')).toEqual(parsePassages(body, 'en.mdx'));
    expect(JSON.parse(fs.readFileSync(file!, 'utf8'))).toEqual(parsePassages(body, 'en.mdx'));
  });

  it('prunes what the process did not ask for', () => {
    const dir = folder();
    const edited = body.replace('first', 'second');
    const first = new PassageCache(dir);
    first.parse(body, 'en.mdx');
    first.parse(edited, 'en.mdx');
    const second = new PassageCache(dir);
    second.parse(edited, 'en.mdx');
    second.prune();
    expect(kept(dir)).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(kept(dir)[0]!, 'utf8'))).toEqual(parsePassages(edited, 'en.mdx'));
  });
});
