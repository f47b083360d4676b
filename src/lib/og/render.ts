import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardKey, readCached, writeCached } from './cache';
import { cardFonts } from './fonts';
import { cardElement, type CardNode, type CardSpec } from './layout';
import { palettePng } from './png';
import { drawInPool } from './pool';
import { cardSize } from './size';
import { inBuild, recordCard } from './stats';

/** A drawn card and how long each step took. */
export interface Drawing {
  png: Buffer;
  /** Parsing the fonts and starting satori's layout engine: once per process, 0 after the first card. */
  setupMs: number;
  satoriMs: number;
  pngMs: number;
}

/** A card tree as satori's React-typed signature takes it (satori reads plain `{ type, props }` objects). */
const satoriTree = (node: CardNode) => node as unknown as Parameters<typeof satori>[0];

let satoriReady = false;

/** Has satori parse the card fonts and start its engines (its first render does), so that card timings leave it out. */
async function prepareSatori(): Promise<number> {
  if (satoriReady) return 0;
  const start = performance.now();
  await satori(satoriTree({ type: 'div', props: { children: ' ' } }), { width: 1, height: 1, fonts: cardFonts().satori });
  satoriReady = true;
  return performance.now() - start;
}

const describe = (glyph: string) =>
  `no font has the glyph '${glyph}' (${[...glyph].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`;

/**
 * Draws a card's element tree: satori lays it out as SVG (text as paths), resvg rasterises it, and
 * it is encoded as a palette PNG (resvg's RGBA PNG if it has more than 256 colours).
 * Throws naming every character that no card font has (satori asks `loadAdditionalAsset` for them).
 */
export async function drawCard(element: CardNode): Promise<Drawing> {
  const setupMs = await prepareSatori();
  const missing = new Set<string>();
  const start = performance.now();
  const svg = await satori(satoriTree(element), {
    ...cardSize,
    fonts: cardFonts().satori,
    loadAdditionalAsset: async (_language, segment) => {
      for (const glyph of new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(segment)) missing.add(glyph.segment);
      return [];
    },
  });
  if (missing.size > 0) throw new Error([...missing].map(describe).join('; '));
  const laidOut = performance.now();
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  const png = palettePng(image.pixels, image.width, image.height) ?? image.asPng();
  return { png, setupMs, satoriMs: laidOut - start, pngMs: performance.now() - laidOut };
}

/** A card's PNG and whether it was drawn now (false: reused from the cache). */
export interface CardImage {
  png: Buffer;
  drawn: boolean;
}

/** A drawing and when it was started and finished (epoch ms). */
interface TimedDrawing {
  drawing: Drawing;
  start: number;
  end: number;
}

/** The cards queued on the worker threads by `prefetchCards`, by card key, until `cardImage` takes them. */
const queued = new Map<string, Promise<TimedDrawing>>();

async function timed(draw: () => Promise<Drawing>): Promise<TimedDrawing> {
  const start = Date.now();
  const drawing = await draw();
  return { drawing, start, end: Date.now() };
}

const trees = new WeakMap<CardSpec, { element: CardNode; key: string }>();

/** A spec's card tree and its cache key, computed once per spec (the prefetch and the page's render share the spec). */
function laidOut(spec: CardSpec): { element: CardNode; key: string } {
  let tree = trees.get(spec);
  if (!tree) {
    const element = cardElement(spec);
    tree = { element, key: cardKey(element, cardFonts().hash) };
    trees.set(spec, tree);
  }
  return tree;
}

/**
 * Below this many cards to draw, a build draws them in its own thread: starting a worker (tsx, the
 * fonts parsed) costs about as much CPU as drawing thirty cards.
 */
const poolThreshold = 32;

/**
 * During a build, starts drawing every card of `specs` that the cache does not have on the worker
 * threads (one per core), so that `cardImage` finds them done or under way; a handful (an edit's
 * rebuild) are left to `cardImage`. Elsewhere (a dev server) it does nothing: a card is drawn when
 * it is asked for.
 */
export function prefetchCards(specs: readonly CardSpec[]): void {
  if (!inBuild()) return;
  const missing = new Map<string, CardNode>();
  for (const spec of specs) {
    const { element, key } = laidOut(spec);
    if (!queued.has(key) && !readCached(key)) missing.set(key, element);
  }
  if (missing.size < poolThreshold) return;
  for (const [key, element] of missing) {
    const drawing = timed(() => drawInPool(element));
    // Its failure is reported by the cardImage that takes it, naming the page.
    drawing.catch(() => undefined);
    queued.set(key, drawing);
  }
}

/**
 * The PNG of a card: reused from the cache when its content hash is known, otherwise taken from
 * the worker threads (`prefetchCards`) or drawn here, and cached; recorded in the build log either
 * way. Any failure throws naming the card's page.
 */
export async function cardImage(spec: CardSpec): Promise<CardImage> {
  try {
    const asked = Date.now();
    const { element, key } = laidOut(spec);
    const cached = readCached(key);
    if (cached) {
      recordCard({ page: spec.page, drawn: false, setupMs: 0, satoriMs: 0, pngMs: 0, start: asked, end: Date.now() });
      return { png: cached, drawn: false };
    }
    const pending = queued.get(key);
    queued.delete(key);
    const {
      drawing: { png, ...times },
      start,
      end,
    } = await (pending ?? timed(() => drawCard(element)));
    writeCached(key, png);
    recordCard({ page: spec.page, drawn: true, ...times, start, end });
    return { png, drawn: true };
  } catch (error) {
    throw new Error(`og card for ${spec.page}: ${(error as Error).message}`, { cause: error });
  }
}
