// Every page's Open Graph card, drawn at build time (src/lib/og): `/og/<page path>.png`, one per route.
import type { APIRoute } from 'astro';
import { cardSpecKey } from '../../lib/og/cache';
import { cardSpecs } from '../../lib/og/cards';
import { cardFonts } from '../../lib/og/fonts';
import type { CardSpec } from '../../lib/og/layout';
import { cardImage } from '../../lib/og/render';
import { getRoutes } from '../../lib/routes/load';

export async function getStaticPaths() {
  const fontsHash = cardFonts().hash;
  return cardSpecs(await getRoutes()).map((spec) => ({
    params: { card: spec.card.replace(/^\/og\//, '') },
    props: { spec },
    cacheKey: cardSpecKey(spec, fontsHash),
  }));
}

export const GET: APIRoute<{ spec: CardSpec }> = async ({ props }) =>
  new Response(new Uint8Array((await cardImage(props.spec)).png), { headers: { 'Content-Type': 'image/png' } });
