import { getSite } from '../site/load';
import { routes, type Route } from './routes';

let cached: Promise<Route[]> | undefined;

/** This build's route table, computed once from the site model (every page and endpoint shares it). */
export function getRoutes(): Promise<Route[]> {
  cached ??= getSite().then(routes);
  return cached;
}
