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

let pool: Piscina<CardNode, Drawing> | undefined;

/**
 * Draws a card tree on one of the build's worker threads (one per core, started with the first
 * card; idle, they do not keep the build's process alive). The workers run the TypeScript sources
 * through tsx, as the scripts do.
 */
export async function drawInPool(element: CardNode): Promise<Drawing> {
  // All threads from the start: Piscina adds threads to a pool as it sees them needed, and with
  // none at first it drew every card of a build on one (measured: 27.6 ms a card in the build's own
  // thread, 26.5 on one worker, 17.3 on two started at once).
  const threads = os.availableParallelism();
  pool ??= new Piscina<CardNode, Drawing>({
    filename: workerFile,
    execArgv: ['--import', 'tsx'],
    minThreads: threads,
    maxThreads: threads,
  });
  const drawing = await pool.run(element);
  // A worker's Buffer arrives as a plain Uint8Array (structured clone).
  return { ...drawing, png: Buffer.from(drawing.png.buffer, drawing.png.byteOffset, drawing.png.byteLength) };
}
