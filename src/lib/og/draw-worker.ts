// A worker thread of the card pool (src/lib/og/pool.ts): draws the card trees the build sends it.
import type { CardTask } from './pool';
import { drawAndCache } from './render';

/**
 * Draws one card tree and caches it (the fonts are read once per worker, on its first card). Its
 * PNG is copied into a buffer of its own size: a message copies a view's whole underlying buffer.
 */
export default async function draw({ element, file }: CardTask) {
  const { png, ...times } = await drawAndCache(element, file);
  return { ...times, png: new Uint8Array(png) };
}
