// A share page's oEmbed response (static: consumers find it through the page's discovery link).
import type { APIRoute } from 'astro';
import { oembed } from '../../../../../../lib/cite/oembed';
import { getRoutes } from '../../../../../../lib/routes/load';
import { isBilingual, staticPaths, type ShareRoute } from '../../../../../../lib/routes/routes';

export const getStaticPaths = async () => staticPaths(await getRoutes(), 'share', (route) => !isBilingual(route));

export const GET: APIRoute<{ route: ShareRoute }> = ({ props: { route }, site }) =>
  new Response(JSON.stringify(oembed(route, site as URL)), { headers: { 'content-type': 'application/json+oembed' } });
