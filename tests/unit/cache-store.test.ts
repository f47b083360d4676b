import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonStore, packageVersion, writeWhole } from '../../src/lib/cache/store';

const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pp-store-'));

describe('the build caches’ store', () => {
  it('writes a file whole, leaving nothing aside', () => {
    const dir = folder();
    writeWhole(path.join(dir, 'a.json'), '[1]');
    writeWhole(path.join(dir, 'a.json'), '[2]');
    expect(fs.readdirSync(dir)).toEqual(['a.json']);
    expect(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('[2]');
  });

  it('makes a value once, and prunes all but the values asked for and the files it is told to keep', () => {
    const dir = folder();
    const made: string[] = [];
    const first = new JsonStore<string>(dir);
    for (const key of ['aa', 'bb']) first.get(key, () => (made.push(key), key.toUpperCase()));
    fs.writeFileSync(path.join(dir, 'bundle.json'), '{}');
    const second = new JsonStore<string>(dir);
    expect(second.get('aa', () => (made.push('aa'), 'again'))).toBe('AA');
    second.prune(['bundle.json']);
    expect(made).toEqual(['aa', 'bb']);
    expect(fs.readdirSync(dir).sort()).toEqual(['aa.json', 'bundle.json']);
  });

  it('reads the installed version of a package, as the lockfile records it', () => {
    const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { version: string }> };
    for (const name of ['pagefind', 'satori', '@resvg/resvg-wasm'])
      expect(packageVersion(name)).toBe(lock.packages[`node_modules/${name}`]!.version);
  });
});
