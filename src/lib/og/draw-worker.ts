// A worker thread of the card pool (src/lib/og/pool.ts): draws the card trees the build sends it.
import type { CardNode } from './layout';
import { drawCard } from './render';

/**
 * Draws one card tree (the fonts are parsed once per worker, on its first card). Its PNG is copied
 * into a buffer of its own size: a message copies a view's whole underlying buffer.
 */
export default async function draw(element: CardNode) {
  const { png, ...times } = await drawCard(element);
  return { ...times, png: new Uint8Array(png) };
}
