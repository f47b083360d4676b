import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/paths';
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
