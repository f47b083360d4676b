import fs from 'node:fs';
import path from 'node:path';

/**
 * How long before a build's start a file may have been written and still count as written by it:
 * file systems store modification times coarser than the clock (one or two seconds on some), and
 * keeping a stale file is harmless where removing a new one is not.
 */
export const mtimeSlackMs = 2000;

const keptByIntegrations = new Set<string>();

/**
 * Counts files of the output folder that an integration left in place from the last build as made
 * by this one (the search bundle when no indexed page changed), so that `staleOutput` keeps them.
 * Called from the integration's hook: the sweep reads the list before it waits for `writingOutput`.
 */
export function keepOutput(files: Iterable<string>): void {
  for (const file of files) keptByIntegrations.add(path.resolve(file));
}

/** The files `keepOutput` was given since `forgetKeptOutput`. */
export function keptOutput(): ReadonlySet<string> {
  return keptByIntegrations;
}

const beingWritten = new Map<string, Promise<unknown>>();

/**
 * Counts a folder of the output folder as still being written after its integration's hook has
 * returned (the search bundle, which Pagefind writes in its own process), until `done` settles:
 * `staleOutput` sweeps the rest of the output meanwhile, and that folder once `done` has settled.
 */
export function writingOutput(folder: string, done: Promise<unknown>): void {
  // A failure is reported by the sweep, which awaits it; this copy only stops an unhandled rejection meanwhile.
  done.catch(() => undefined);
  beingWritten.set(path.resolve(folder), done);
}

/** The folders `writingOutput` was given since `forgetKeptOutput`, each with the promise of its writing. */
export function outputBeingWritten(): ReadonlyMap<string, Promise<unknown>> {
  return beingWritten;
}

/** Starts a build's lists of kept files and of folders being written afresh. */
export function forgetKeptOutput(): void {
  keptByIntegrations.clear();
  beingWritten.clear();
}

/**
 * The files under `outDir` that a build did not make: neither written since `since` (its start,
 * in ms since the epoch, less `mtimeSlackMs`) nor among `kept` (absolute paths: the outputs of the
 * pages that Astro's incremental build left in place from the last build, with their old times).
 * Files inside the folders of `skipped` (absolute paths) are left out.
 */
export function staleFiles(outDir: string, kept: ReadonlySet<string>, since: number, skipped: Iterable<string> = []): string[] {
  const skippedFolders = [...skipped].map((folder) => path.resolve(folder) + path.sep);
  // Only the files outside `kept` are looked at: a stat of each of 400,000 files took seconds.
  return (fs.readdirSync(outDir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !kept.has(file) && !skippedFolders.some((folder) => file.startsWith(folder)))
    .filter((file) => fs.statSync(file).mtimeMs < since - mtimeSlackMs);
}

/** Removes `files`, then each folder under `outDir` that they leave empty (only theirs: a site's output holds 400,000 files at 300 articles). */
export function removeFiles(outDir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  // Astro gives the folder with a trailing slash.
  const root = path.resolve(outDir);
  for (const file of files) {
    fs.rmSync(file);
    for (let folder = path.dirname(file); folder.startsWith(root + path.sep); folder = path.dirname(folder)) folders.add(folder);
  }
  // Deepest first, so that a folder holding only emptied folders is empty by its turn.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) if (fs.readdirSync(folder).length === 0) fs.rmdirSync(folder);
}
