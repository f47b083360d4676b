import { stripVTControlCharacters } from 'node:util';

/** What an `astro build` log says of each file it generated. */
export interface LoggedFiles {
  /** Files copied from the last build by the incremental build ("(restored)" or "(cached)"). */
  copied: Set<string>;
  /** Files rendered. */
  rendered: Set<string>;
}

/**
 * The files an `astro build` log lists under "generating static routes", each as copied or
 * rendered (the log writes an endpoint's file with a trailing slash: dropped). Astro renders several
 * pages at once (`build.concurrency`) and writes a rendered file's name before rendering it and its
 * time after, so other names can come between: a name is copied when "(restored)" or "(cached)"
 * follows it at once (written together), rendered otherwise. A name without its line's end runs
 * into the next entry's time stamp (`/404.html08:04:57   ├─ …`).
 */
export function loggedFiles(output: string): LoggedFiles {
  const files: LoggedFiles = { copied: new Set(), rendered: new Set() };
  for (const [, file, copied] of stripVTControlCharacters(output).matchAll(
    /├─ (\S+?)(?=\s|\d\d:\d\d:\d\d\s|$)( \((?:restored|cached)\))?/g,
  )) {
    (copied ? files.copied : files.rendered).add((file as string).replace(/(\.\w+)\/$/, '$1'));
  }
  return files;
}
