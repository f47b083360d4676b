import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { PagefindAnchor } from '../../src/lib/search/pagefind';

/** A record as a Pagefind bundle stores it (a fragment file: gzip of `pagefind_dcd` and JSON). */
export interface IndexedFragment {
  url: string;
  /** The indexed text; zero-width spaces separate the words of segmented languages. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  /** Its elements with an id, where each starts (a word position); `title` is `data-pagefind-title`. */
  anchors: PagefindAnchor[];
}

/** Every record a written bundle holds, read back from its fragment files (Pagefind's private format, read only by tests). */
export function readFragments(bundleDir: string): IndexedFragment[] {
  const dir = path.join(bundleDir, 'fragment');
  return fs.readdirSync(dir).map((file) => {
    const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, file))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as IndexedFragment;
  });
}
