import type { SitemapItem } from '@astrojs/sitemap';
import { contentDir } from '../content/paths';
import { readBuiltSite } from '../site/read';
import { hreflangs } from './hreflang';
import { routes, type Route } from './routes';

let listed: Map<string, Route> | undefined;

/** The routes the route table lists in the sitemap, by path; read from the content folder once, when the sitemap is written. */
function sitemapRoutes(): Map<string, Route> {
  listed ??= new Map(
    routes(readBuiltSite(contentDir()).site)
      .filter((route) => route.sitemap)
      .map((route) => [route.path, route]),
  );
  return listed;
}

/**
 * The sitemap's filter: true for the absolute URLs of the routes the route table lists in the
 * sitemap (every page but share pages, which repeat their article, and the not-found page).
 */
export function inSitemap(url: string): boolean {
  return sitemapRoutes().has(new URL(url).pathname);
}

/** The sitemap's serializer: each URL's hreflang links are its page's own (`hreflangs`), x-default included. */
export function serializeSitemapItem(item: SitemapItem): SitemapItem {
  const url = new URL(item.url);
  const route = sitemapRoutes().get(url.pathname);
  if (!route) throw new Error(`sitemap: ${item.url} is not a page of the route table`);
  const links = hreflangs(route, new URL(url.origin)).map(({ hreflang, href }) => ({ lang: hreflang, url: href }));
  return { ...item, links };
}
