import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { CardNode } from './layout';
import type { Drawing } from './render';

/**
 * The worker file, from the project's root: the build runs from it, and this module is bundled
 * into the build's own chunks, where a path relative to it would not lead back to src/.
 */
const workerFile = path.resolve('src/lib/og/draw-worker.ts');

/** How many cards a build draws at once: one per core, each on its own worker thread. */
export const cardThreads = os.availableParallelism();

/** What a card thread is sent: the card's tree, and the cache file its PNG is stored in. */
export interface CardTask {
  element: CardNode;
  file: string;
}

/** The build's card threads. */
type CardPool = Piscina<CardTask, Omit<Drawing, 'png'> & { png: Uint8Array }>;

/** The pool, the cards it is drawing now, and the timer that stops it once it has none. */
interface PoolState {
  pool: CardPool;
  drawing: number;
  idle?: NodeJS.Timeout;
}

/**
 * Where the pool is kept: on the global object, because this module is bundled into the build's
 * chunks, which draw the cards, and loaded again from src/ by the integration, which closes it.
 */
const poolKey = Symbol.for('parallel-press:card-pool');
const shared = globalThis as { [poolKey]?: PoolState };

/**
 * How long the pool waits with no card to draw before it stops its threads. A build draws its cards
 * in one stream (Astro generates the card route before the pages), so a pause this long means the
 * cards are done, and the pages are then rendered without the threads' memory beside them
 * (docs/architecture.md, "Cards"). A card asked for later starts the pool again (about 3 s): long
 * enough that a rebuild's run of cached cards between two drawn ones rarely costs that.
 */
export const idleMs = 10_000;

/**
 * Draws a card tree on one of the build's worker threads (one per core, all started with the first
 * card; idle, they do not keep the process alive), which also stores its PNG in the cache file. The
 * workers run the TypeScript sources through tsx, as the scripts do. Astro's `build.concurrency`
 * bounds how many cards wait for a thread.
 */
export async function drawInPool(element: CardNode, file: string): Promise<Drawing> {
  const state = (shared[poolKey] ??= { pool: startPool(), drawing: 0 });
  clearTimeout(state.idle);
  state.drawing++;
  try {
    const { png, ...times } = await state.pool.run({ element, file });
    return { ...times, png: Buffer.from(png.buffer, png.byteOffset, png.byteLength) };
  } finally {
    if (--state.drawing === 0) state.idle = setTimeout(() => void closePool(state), idleMs).unref();
  }
}

/** The build's card threads, all started at once. */
function startPool(): CardPool {
  // All threads from the start: Piscina adds threads as it sees them needed, and with none at first
  // it drew every card of a build on one.
  return new Piscina({
    filename: workerFile,
    execArgv: ['--import', 'tsx'],
    // Piscina's default parks an idle worker with Atomics.wait, which stops its event loop, where
    // finalizers run: with resvg's native build, whose pixels (3 MB a card) they freed, 4.9 GB
    // against 2.0 GB for this site.
    atomics: 'disabled',
    minThreads: cardThreads,
    maxThreads: cardThreads,
    // A small young generation: V8 sized it at 128 MB a worker on a 24 GB machine, for a drawing
    // that keeps little alive. 24 MB took this site's cold build from 1.77–1.79 to 1.57–1.59 GB at
    // the same CPU (docs/architecture.md, "Cards"); the old generation stays uncapped (that cost CPU).
    resourceLimits: { maxYoungGenerationSizeMb: 24 },
  });
}

/** Stops a pool's threads, and forgets it unless another pool has taken its place. */
async function closePool(state: PoolState): Promise<void> {
  clearTimeout(state.idle);
  if (shared[poolKey] === state) delete shared[poolKey];
  await state.pool.destroy();
}

/**
 * Stops the card threads, if they still run once every page and card of a build is written: each
 * holds about 450 MB (the fonts, HarfBuzz, satori's engine, the glyph cache), which the build's last
 * steps (the search index) would otherwise keep beside their own (docs/architecture.md, "Cards").
 */
export async function closeCardPool(): Promise<void> {
  const state = shared[poolKey];
  if (state) await closePool(state);
}
