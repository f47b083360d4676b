import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JsonStore } from '../cache/store';
import { cacheDir } from '../content/paths';
import type { Passage } from './model';
import { parsePassages } from './parse';

/** Parses an edition's body into its passages (`parsePassages` or a cached form of it). */
export type PassageParser = (body: string, file: string, lineOffset?: number) => Passage[];

/**
 * What the parser is made of: the sources of `src/lib/passages/` and the lockfile (the MDX parser's
 * versions), so that a change to either makes every cached result a miss; null when they are not
 * where a build runs (the cache is then not used).
 */
function parserDigest(): string | null {
  const folder = path.resolve('src/lib/passages');
  const lockfile = path.resolve('package-lock.json');
  if (!fs.existsSync(folder) || !fs.existsSync(lockfile)) return null;
  const hash = createHash('sha256');
  for (const name of fs.readdirSync(folder).sort()) hash.update(name).update(fs.readFileSync(path.join(folder, name)));
  return hash.update(fs.readFileSync(lockfile)).digest('hex');
}

/**
 * `parsePassages` with its results kept on disk (docs/architecture.md, "Incremental builds"): each
 * under a SHA-256 of the body, its line offset and the parser's digest, so that an edition read
 * again unchanged (by the pages, the integrations and `npm run check:content`, build after build)
 * is not parsed again. Errors are not kept: a body that fails is parsed, and fails, every time.
 * Several processes may share the folder: files are written whole (renamed into place), and an
 * unreadable one is parsed anew.
 */
export class PassageCache {
  readonly #digest: string | null;
  readonly #store: JsonStore<Passage[]> | null;

  constructor(folder: string) {
    this.#digest = parserDigest();
    this.#store = this.#digest ? new JsonStore(folder) : null;
  }

  /** The passages of `body`: the kept ones when the same body was parsed before, else parsed and kept. */
  readonly parse: PassageParser = (body, file, lineOffset = 0) => {
    if (!this.#store) return parsePassages(body, file, lineOffset);
    const key = createHash('sha256').update(`${this.#digest}\n${lineOffset}\n`).update(body).digest('hex');
    return this.#store.get(key, () => parsePassages(body, file, lineOffset));
  };

  /** Removes the kept results that this process did not ask for (editions changed or gone). */
  prune(): void {
    this.#store?.prune();
  }
}

let shared: PassageCache | undefined;

/** This process's passage cache, in `<cacheDir>/passages/`. */
export function passageCache(): PassageCache {
  shared ??= new PassageCache(path.join(cacheDir(), 'passages'));
  return shared;
}
