// Every page's Open Graph card, drawn at build time (src/lib/og): `/og/<page path>.png`.
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/site';
import { cardPath } from '../../lib/i18n/paths';
import { cardSpecs } from '../../lib/og/cards';
import type { CardSpec } from '../../lib/og/layout';
import { cardImage } from '../../lib/og/render';

export async function getStaticPaths() {
  return cardSpecs(await getSite()).map((spec) => ({ params: { card: cardPath(spec.page).replace(/^\/og\//, '') }, props: { spec } }));
}

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) =>
  new Response(new Uint8Array((await cardImage(props.spec)).png), { headers: { 'Content-Type': 'image/png' } });
