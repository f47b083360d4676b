// `/pagefind/passages/<locale>/<slug>.json`: the previews of an article edition's passages
// (src/lib/search/previews.ts), for the search page to show a hit from another edition in the
// reader's. One file per article route with its own edition; a "not yet translated" route has none.
// Built from the content model before Pagefind writes its bundle into the same folder (it keeps them).
import type { APIRoute } from 'astro';
import { getRoutes } from '../../../../lib/routes/load';
import { staticPaths, type ArticleRoute } from '../../../../lib/routes/routes';
import { passagePreviews } from '../../../../lib/search/previews';

export const getStaticPaths = async () => staticPaths(await getRoutes(), 'article', (route) => route.translated);

export const GET: APIRoute<{ route: ArticleRoute }> = ({ props: { route } }) =>
  new Response(JSON.stringify(passagePreviews(route.edition.passages)), { headers: { 'content-type': 'application/json' } });
