// `/<locale>/articles/<slug>/passages.json`: the edition's passage texts by id, loaded on demand by
// the passage panel (src/client/panel.ts) to show a passage in another edition without leaving the page.
import type { APIRoute } from 'astro';
import { editionTexts } from '../../../../lib/feeds/passages';
import { getRoutes } from '../../../../lib/routes/load';
import { staticPaths, type ArticleRoute } from '../../../../lib/routes/routes';

/** One file per edition that exists (a locale showing the original has none: the original's file serves it). */
export const getStaticPaths = async () => staticPaths(await getRoutes(), 'article', (route) => route.translated);

export const GET: APIRoute<{ route: ArticleRoute }> = ({ props }) =>
  new Response(`${JSON.stringify(editionTexts(props.route.edition))}\n`, { headers: { 'content-type': 'application/json' } });
