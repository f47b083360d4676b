import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { cacheDir } from './cache';
import { closeCardPool } from './pool';
import { buildLogVariable, formatSummary, readLog, summarise } from './stats';

/**
 * Counts and times the Open Graph cards of a build: starts an empty log when the build starts (card
 * renders append to it), stops the card threads when the pages are generated, and when the build
 * is done prints `[og] N cards: …` and writes the figures to `<cache dir>/last-build.json`.
 */
export function ogCards(): AstroIntegration {
  const log = () => path.join(cacheDir(), `build-${process.pid}.log`);
  return {
    name: 'parallel-press:og',
    hooks: {
      'astro:build:start': () => {
        fs.mkdirSync(cacheDir(), { recursive: true });
        removeStaleLogs();
        fs.writeFileSync(log(), '');
        process.env[buildLogVariable] = log();
      },
      // The pool stops itself once the cards stop coming (pool.ts); this stops it in any case before
      // the search index is built, giving back the threads' memory (docs/architecture.md, "Cards").
      'astro:build:generated': () => closeCardPool(),
      'astro:build:done': ({ logger }) => {
        const summary = summarise(readLog(log()));
        logger.info(formatSummary(summary));
        fs.writeFileSync(path.join(cacheDir(), 'last-build.json'), `${JSON.stringify(summary, null, 2)}\n`);
        fs.rmSync(log(), { force: true });
        delete process.env[buildLogVariable];
      },
    },
  };
}

/** Removes the logs that builds which failed (and so never reached `astro:build:done`) left over an hour ago. */
function removeStaleLogs(): void {
  const hourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(cacheDir())) {
    const file = path.join(cacheDir(), name);
    const modified = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    if (/^build-\d+\.log$/.test(name) && modified < hourAgo) fs.rmSync(file, { force: true });
  }
}
