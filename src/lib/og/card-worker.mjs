// A card-drawing worker thread (see pool.ts). Plain JavaScript because a worker thread starts outside
// Vite: it registers tsx's loader so that it can import the TypeScript drawing code as it is.
import { register } from 'tsx/esm/api';

register();
const { drawCard } = await import('./render.ts');

/** Draws one card element (its PNG of some tens of KB is copied back to the main thread). */
export default async function draw(element) {
  return drawCard(element);
}
