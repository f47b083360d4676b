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
 * rendered (the log writes an endpoint's file with a trailing slash: dropped).
 */
export function loggedFiles(output: string): LoggedFiles {
  const files: LoggedFiles = { copied: new Set(), rendered: new Set() };
  for (const line of stripVTControlCharacters(output).split('\n')) {
    const match = /├─ (\S+) (\((?:restored|cached)\)|\(\+\d)/.exec(line);
    if (match) (match[2]?.startsWith('(+') ? files.rendered : files.copied).add((match[1] as string).replace(/(\.\w+)\/$/, '$1'));
  }
  return files;
}
