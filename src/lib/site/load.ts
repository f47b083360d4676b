import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { parseFrontmatter, splitFrontmatter } from '../content/frontmatter';
import { contentDir } from '../content/paths';
import { passageCache } from '../passages/cache';
import { assembleSite, type Site } from './assemble';
import type { Freshness } from '../translations/freshness';
import { readLock, relativeFile, siteFreshness } from './read';

let cached: Promise<Site> | undefined;
let cachedFreshness: Promise<Freshness> | undefined;

/**
 * The site model of this build, from Astro's content collections, assembled once (every page
 * shares it). It only reads: the passage lock is written by the lock integration when the build
 * has succeeded.
 */
export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

/**
 * How up to date this build's translations are with their originals (the pages mark outdated
 * passages); the record itself is written by the lock integration when the build has succeeded.
 */
export function getFreshness(): Promise<Freshness> {
  cachedFreshness ??= getSite().then((site) => siteFreshness(site, contentDir()));
  return cachedFreshness;
}

async function loadSite(): Promise<Site> {
  const editions = (await getCollection('articles')).map((entry) => {
    const file = relativeFile(path.join(contentDir(), 'articles', `${entry.id}.mdx`));
    // The body from the file itself, not Astro's entry.body (which drops the blank line after the
    // frontmatter): passages then get the same line numbers here as in `npm run check:content`.
    const { frontmatter, body, lineOffset } = splitFrontmatter(fs.readFileSync(file, 'utf8'), file);
    return { id: entry.id, file, data: entry.data, body, lineOffset, fieldLines: parseFrontmatter(frontmatter, file).fieldLines };
  });
  const glossary = (await getCollection('glossary')).map((entry) => ({
    slug: entry.id,
    file: relativeFile(path.join(contentDir(), 'glossary', `${entry.id}.yaml`)),
    data: entry.data,
  }));
  return assembleSite(editions, glossary, readLock(contentDir()), undefined, passageCache().parse).site;
}
