import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/paths';
import { readSite, writeLock } from './read';

/**
 * The Astro integration that records newly published passage ids in `content/passages.lock.json`
 * when a build has succeeded: never during `astro dev` or while pages render, so that a failed or
 * partial build leaves the committed lock as it was.
 */
export function passageLock(): AstroIntegration {
  return {
    name: 'parallel-press:lock',
    hooks: {
      'astro:build:done': ({ logger }) => {
        if (writeLock(contentDir(), readSite(contentDir()).nextLock))
          logger.info('content/passages.lock.json: new passage ids recorded (commit it)');
      },
    },
  };
}
