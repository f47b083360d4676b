// Every page's Open Graph card, drawn at build time (src/lib/og): `/og/<page path>.png`, one per route.
import type { APIRoute } from 'astro';
import { cardSpecs } from '../../lib/og/cards';
import type { CardSpec } from '../../lib/og/layout';
import { cardImage } from '../../lib/og/render';
import { getRoutes } from '../../lib/routes/load';

export async function getStaticPaths() {
  return cardSpecs(await getRoutes()).map((spec) => ({ params: { card: spec.card.replace(/^\/og\//, '') }, props: { spec } }));
}

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) =>
  new Response(new Uint8Array((await cardImage(props.spec)).png), { headers: { 'Content-Type': 'image/png' } });
