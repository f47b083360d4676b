import os from 'node:os';
import path from 'node:path';
import { Tinypool } from 'tinypool';
import type { CardNode } from './layout';
import type { Drawing } from './render';

/**
 * Cards are drawn in worker threads, one per core, so that satori and resvg use every core while
 * the build renders pages on the main thread (`build.concurrency` in astro.config.mjs keeps
 * several cards waiting for the pool at once). Workers exit when idle, so a build that draws no
 * card starts none and the build process ends on its own.
 */

/** How many workers draw cards: one per core the machine offers. */
export const cardWorkers = Math.max(1, os.availableParallelism());

let pool: Tinypool | undefined;

/** The card pool, started on the first card that is not in the cache. */
function cardPool(): Tinypool {
  // The build runs from a bundled copy of this module, so the worker is found from the project root.
  pool ??= new Tinypool({
    filename: path.resolve('src/lib/og/card-worker.mjs'),
    maxThreads: cardWorkers,
    minThreads: 0,
    idleTimeout: 1000,
  });
  return pool;
}

/** Draws a card element in a worker thread (see `drawCard`). */
export async function drawInPool(element: CardNode): Promise<Drawing> {
  const result = (await cardPool().run(element)) as Omit<Drawing, 'png'> & { png: Uint8Array };
  return { ...result, png: Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength) };
}
