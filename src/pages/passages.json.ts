// `/passages.json`: one entry per passage per edition, for newsletter editors and tools.
import type { APIRoute } from 'astro';
import { passageManifest } from '../lib/feeds/passages';
import { getSite } from '../lib/site/load';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSite();
  return new Response(`${JSON.stringify(passageManifest(articles, site as URL), null, 1)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
