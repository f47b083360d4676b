import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JsonStore, packageVersion, writeWhole } from '../cache/store';
import { recordsVersion, type RecordFilters, type SearchRecord } from './records';

/** The file, in the cache folder, that describes the last bundle written. */
const bundleFile = 'bundle.json';

/** What `bundle.json` holds: the digest of the records a bundle was written from, and its files (paths under the bundle folder) with their sizes. */
interface WrittenBundle {
  digest: string;
  files: [string, number][];
}

/** Every file under `folder` (paths relative to it), less the subfolder `except`. */
function filesUnder(folder: string, except: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .filter((file) => file.split(path.sep)[0] !== except);
}

/**
 * The search step's cache (in Astro's cacheDir, docs/search.md, "Rebuilds"): each indexed page's
 * records under a digest of what makes them (the page's HTML, path and filters, the records' size and
 * `recordsVersion`), so that a rebuild parses again only the pages that changed; and the digest of
 * the records the last bundle was written from, so that a rebuild whose records are all the same
 * keeps that bundle instead of indexing everything again.
 */
export class RecordCache {
  readonly #folder: string;
  readonly #store: JsonStore<SearchRecord[]>;
  /** The keys of the pages asked for, in order (a page asked twice is twice in the digest). */
  readonly #asked: string[] = [];

  constructor(folder: string) {
    this.#folder = folder;
    this.#store = new JsonStore(folder);
  }

  /** The records of one page: the cached ones when the same page was indexed before, else `make()`'s, which are stored. */
  records(url: string, html: string, filters: RecordFilters, perRecord: number, make: () => SearchRecord[]): SearchRecord[] {
    const key = createHash('sha256').update(JSON.stringify({ recordsVersion, perRecord, url, filters })).update(html).digest('hex');
    this.#asked.push(key);
    return this.#store.get(key, make);
  }

  /** A digest of every page's records asked for so far, in order, with Pagefind's version and the index language: equal digests make equal bundles. */
  digest(language: string): string {
    return createHash('sha256')
      .update(JSON.stringify({ pagefind: packageVersion('pagefind'), language, pages: this.#asked }))
      .digest('hex');
  }

  /** Removes the cached records of pages that this build did not ask for (changed or gone). */
  prune(): void {
    this.#store.prune([bundleFile]);
  }

  /**
   * The files (absolute paths) of the bundle in `bundleDir` when it is the one the last build wrote
   * from records of `digest`, every file still there at its size; else null. `except` is a subfolder
   * that is not the bundle's (the build's passage previews).
   */
  keptBundle(bundleDir: string, digest: string, except: string): string[] | null {
    const last = this.#lastBundle();
    if (last?.digest !== digest) return null;
    const present = new Map(filesUnder(bundleDir, except).map((file) => [file, fs.statSync(path.join(bundleDir, file)).size]));
    if (present.size !== last.files.length || last.files.some(([file, size]) => present.get(file) !== size)) return null;
    return last.files.map(([file]) => path.join(bundleDir, file));
  }

  /** Notes the bundle just written in `bundleDir` (less the subfolder `except`) from records of `digest`. */
  recordBundle(bundleDir: string, digest: string, except: string): void {
    const files = filesUnder(bundleDir, except).map((file): [string, number] => [file, fs.statSync(path.join(bundleDir, file)).size]);
    writeWhole(path.join(this.#folder, bundleFile), JSON.stringify({ digest, files } satisfies WrittenBundle));
  }

  #lastBundle(): WrittenBundle | undefined {
    try {
      return JSON.parse(fs.readFileSync(path.join(this.#folder, bundleFile), 'utf8')) as WrittenBundle;
    } catch {
      return undefined;
    }
  }
}
