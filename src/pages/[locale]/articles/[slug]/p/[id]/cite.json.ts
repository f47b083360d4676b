// A passage's citation in every format (plain, Chicago, APA, BibTeX, CSL-JSON): what the cite
// dialog fetches when an editor opens it, so that the article page carries none of it.
import type { APIRoute } from 'astro';
import { citation, citeSource } from '../../../../../../lib/cite/cite';
import { getRoutes } from '../../../../../../lib/routes/load';
import { isBilingual, staticPaths, type ShareRoute } from '../../../../../../lib/routes/routes';

export const getStaticPaths = async () => staticPaths(await getRoutes(), 'share', (route) => !isBilingual(route));

export const GET: APIRoute<{ route: ShareRoute }> = ({ props: { route }, site }) =>
  new Response(JSON.stringify(citation(citeSource(route, site as URL))), { headers: { 'content-type': 'application/json' } });
