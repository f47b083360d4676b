import fs from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { threadId } from 'node:worker_threads';

/**
 * Writes `data` to `file` whole: aside first, then renamed, so that a process reading it at the same
 * time never reads half a file. The file aside is the writing thread's own: card threads of one
 * process write the same cache file when two pages share a card.
 */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const partial = `${file}.${process.pid}-${threadId}.tmp`;
  fs.writeFileSync(partial, data);
  fs.renameSync(partial, file);
}

const versions = new Map<string, string>();

/** The installed version of an npm package of the project (read once): a cache keyed by what a package makes must change with it. */
export function packageVersion(name: string): string {
  let version = versions.get(name);
  if (version === undefined) {
    // findPackageJSON, not require('…/package.json'): some packages' exports leave it out (resvg-wasm).
    const manifest = findPackageJSON(name, pathToFileURL(path.resolve('package.json'))) as string;
    version = (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
    versions.set(name, version);
  }
  return version;
}

/**
 * JSON values kept in a folder, one file per key (a hex digest of what made the value), shared by
 * processes: a value is read back when its file is readable, else made, written whole and returned
 * (a file another process removed meanwhile is simply not kept). Remembers the keys asked for, so
 * that `prune` can remove the rest.
 */
export class JsonStore<T> {
  readonly #folder: string;
  readonly #used = new Set<string>();

  constructor(folder: string) {
    this.#folder = folder;
    fs.mkdirSync(folder, { recursive: true });
  }

  /** The value kept under `key`, or `make()`'s, which is kept. */
  get(key: string, make: () => T): T {
    const name = `${key}.json`;
    this.#used.add(name);
    const file = path.join(this.#folder, name);
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
    } catch {
      // Missing, or cut short: made anew.
    }
    const made = make();
    try {
      writeWhole(file, JSON.stringify(made));
    } catch {
      // Not kept (another process pruned the folder meanwhile): the next reading makes it again.
    }
    return made;
  }

  /** Removes every file of the folder but the values asked for since the store was made and the files named in `also`. */
  prune(also: readonly string[] = []): void {
    const keep = new Set([...this.#used, ...also]);
    for (const name of fs.readdirSync(this.#folder)) if (!keep.has(name)) fs.rmSync(path.join(this.#folder, name), { force: true });
  }
}
