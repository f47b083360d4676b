// A worker thread of the card pool (src/lib/og/pool.ts): draws the card trees the build sends it.
import type { CardNode } from './layout';
import { drawCard, type Drawing } from './render';

/** Draws one card tree (the fonts are parsed once per worker, on its first card). */
export default function draw(element: CardNode): Promise<Drawing> {
  return drawCard(element);
}
