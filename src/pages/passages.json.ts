// `/passages.json`: one entry per passage per edition, for newsletter editors and tools.
import type { APIRoute } from 'astro';
import { passageManifest } from '../lib/feeds/passages';
import { getRoutes } from '../lib/routes/load';

export const GET: APIRoute = async ({ site }) => {
  return new Response(`${JSON.stringify(passageManifest(await getRoutes(), site as URL), null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
