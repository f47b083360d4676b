import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { contentDir } from '../content/paths';
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
    const body = entry.body ?? '';
    // Counted from the end: Astro's entry.body is not exactly what follows the frontmatter (it
    // drops the blank line after it), so splitFrontmatter's offset would be one line off here.
    const lineOffset = fs.readFileSync(file, 'utf8').split('\n').length - body.split('\n').length;
    return { id: entry.id, file, data: entry.data, body, lineOffset };
  });
  const glossary = (await getCollection('glossary')).map((entry) => ({
    slug: entry.id,
    file: relativeFile(path.join(contentDir(), 'glossary', `${entry.id}.yaml`)),
    data: entry.data,
  }));
  return assembleSite(editions, glossary, readLock(contentDir())).site;
}
