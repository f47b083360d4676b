import { contentDir } from '../content/paths';
import { readSite } from '../site/read';
import { routes } from './routes';

let listed: Set<string> | undefined;

/**
 * The sitemap's filter: true for the absolute URLs of the routes the route table lists in the
 * sitemap (every page but share pages, which repeat their article, and the not-found page). The
 * table is read from the content folder once, when the sitemap is written.
 */
export function inSitemap(url: string): boolean {
  listed ??= new Set(
    routes(readSite(contentDir()).site)
      .filter((route) => route.sitemap)
      .map((route) => route.path),
  );
  return listed.has(new URL(url).pathname);
}
