import { createHash } from 'node:crypto';
import type { Site } from '../site/assemble';
import type { Freshness } from '../translations/freshness';
import type { Route } from './routes';

/**
 * Astro's incremental build (`experimental.incrementalBuild`) copies a page from the last build
 * when its `cacheKey` and its code are unchanged. A key must therefore change with everything the
 * page shows that is not code: the content it reads. An article's pages (the edition, its share,
 * compare and stacked pages and their endpoints) show that article, its declared moves, its
 * translations' freshness and the glossary (term links carry definitions); every other page (homes,
 * feeds, glossary, term pages, search) lists the whole site. docs/architecture.md says why.
 */

/** Bump when a page starts to show content that the digests below do not cover. */
const keyVersion = 1;

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** The kinds of page that show one article and nothing of the others. */
const articleKinds = new Set<Route['kind']>(['article', 'share', 'compare', 'stacked']);

/** The content digests a build's page keys are made of. */
export interface ContentDigests {
  /** Article slug → the digest of the article, its moves and its translations' freshness. */
  articles: Map<string, string>;
  /** The digest of the glossary. */
  glossary: string;
  /** The digest of the whole site (every article and the glossary). */
  site: string;
}

/** Digests every article (with its moves and freshness), the glossary and the whole site; `origin` is the site's public origin, which every page's links carry. */
export function contentDigests(site: Site, freshness: Freshness, origin: string): ContentDigests {
  const glossary = digest({ keyVersion, origin, terms: site.terms });
  const articles = new Map(
    site.articles.map((article) => [
      article.slug,
      digest({
        glossary,
        article,
        moves: [...(site.moves.get(article.slug) ?? [])],
        freshness: freshness.editions.filter((edition) => edition.slug === article.slug),
      }),
    ]),
  );
  return { articles, glossary, site: digest({ glossary, articles: [...articles] }) };
}

/** The cache key of a page: its article's digest on an article's pages, the whole site's on every other. */
export function routeCacheKey(route: Route, digests: ContentDigests): string {
  if (articleKinds.has(route.kind) && 'article' in route) {
    const key = digests.articles.get(route.article.slug);
    if (key === undefined) throw new Error(`no content digest for the article "${route.article.slug}" of ${route.path}`);
    return key;
  }
  return digests.site;
}
