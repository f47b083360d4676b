import { getFreshness, getSite } from '../site/load';
import { siteOrigin } from '../site/origin';
import { contentDigests, routeCacheKey } from './cache-keys';
import { routes, type Route } from './routes';

let cached: Promise<Route[]> | undefined;

/**
 * This build's route table, computed once from the site model (every page and endpoint shares
 * it), each route with its incremental-build key.
 */
export function getRoutes(): Promise<Route[]> {
  cached ??= Promise.all([getSite(), getFreshness()]).then(([site, freshness]) => {
    const digests = contentDigests(site, freshness, siteOrigin);
    return routes(site).map((route) => ({ ...route, cacheKey: routeCacheKey(route, digests) }));
  });
  return cached;
}
