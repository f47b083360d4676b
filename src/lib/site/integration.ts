import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/paths';
import { forgetKeptOutput, keptOutput, outputBeingWritten, removeFiles, staleFiles } from './output';
import { readBuiltSite, siteFreshness, writeLock, writeTranslationRecord } from './read';
import { outdatedSummary } from '../translations/report';

/**
 * The Astro integration that records newly published passage ids in `content/passages.lock.json`,
 * and what each translated passage was made from in `content/translations.lock.json`, when a build
 * has succeeded: never during `astro dev` or while pages render, so that a failed or partial build
 * leaves the committed records as they were. It also says, once per build, which translated
 * passages are outdated.
 */
export function passageLock(): AstroIntegration {
  return {
    name: 'parallel-press:lock',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { site, nextLock } = readBuiltSite(contentDir());
        if (writeLock(contentDir(), nextLock)) logger.info('content/passages.lock.json: new passage ids recorded (commit it)');
        const translations = siteFreshness(site, contentDir());
        for (const line of outdatedSummary(translations.editions)) logger.warn(line);
        if (writeTranslationRecord(contentDir(), translations.next))
          logger.info('content/translations.lock.json: translation freshness recorded (commit it)');
      },
    },
  };
}

/**
 * The Astro integration that removes, after a build, the files of the output folder that the build
 * did not make: the folder is not emptied first (`vite.build.emptyOutDir: false`, so that pages the
 * incremental build skips stay in place), so the pages of a removed article or passage, and
 * script bundles and Pagefind files of older builds, would otherwise stay published. It must come
 * after every integration that writes files.
 */
export function staleOutput(): AstroIntegration {
  let started = Date.now();
  return {
    name: 'parallel-press:stale-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
        forgetKeptOutput();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        // Integrations call `keepOutput` from their hooks, which have all returned by now.
        const kept = new Set([...[...assets.values()].flat().map((url) => fileURLToPath(url)), ...keptOutput()]);
        // The output is listed while the folders still being written (the search bundle) are
        // written, then those folders once they are.
        const writing = outputBeingWritten();
        const stale = staleFiles(outDir, kept, started, writing.keys());
        await Promise.all(writing.values());
        for (const folder of writing.keys()) if (fs.existsSync(folder)) stale.push(...staleFiles(folder, kept, started));
        removeFiles(outDir, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} file(s) of earlier builds that this build did not make`);
      },
    },
  };
}
