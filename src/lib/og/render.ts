import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { initWasm } from '@resvg/resvg-wasm';
import satori from 'satori';
import { cacheFile, cardKey, readCached, writeCached } from './cache';
import { cardFonts } from './fonts';
import { missingGlyphs, type PlacedLine } from './glyphs';
import { cardElement, type CardLine, type CardNode, type CardSpec } from './layout';
import { composeCard } from './compose';
import { cardPng } from './png';
import { drawInPool } from './pool';
import { cardSize } from './size';
import { inBuild, recordCard } from './stats';

/** A drawn card and how long each step took. */
export interface Drawing {
  png: Buffer;
  /** Starting satori's layout engine and resvg: once per thread, 0 after the first card. */
  setupMs: number;
  /** satori's layout of the card's boxes as SVG. */
  satoriMs: number;
  /** Drawing the SVG and the text into pixels and encoding them: the log's "png". */
  pngMs: number;
}

/** A card tree as satori's React-typed signature takes it (satori reads plain `{ type, props }` objects). */
const satoriTree = (node: CardNode) => node as unknown as Parameters<typeof satori>[0];

let setup: Promise<void> | undefined;

/**
 * Has satori start its layout engine (its first render does) and compiles resvg's WebAssembly,
 * once per thread (cards drawn at once wait for the one setup), so that card timings leave them
 * out. Returns how long the setup took to the card that started it, else 0.
 */
async function prepare(): Promise<number> {
  if (setup) return setup.then(() => 0);
  const start = performance.now();
  setup = (async () => {
    // From the project's root, as the build runs: this module is bundled into the build's chunks.
    const wasm = fs.readFileSync(createRequire(path.resolve('package.json')).resolve('@resvg/resvg-wasm/index_bg.wasm'));
    await initWasm(wasm).catch((error: Error) => {
      // resvg-wasm outlives this module where its module graph is loaded again (the dev server
      // after an edit, tests): initialised before is ready.
      if (!error.message.startsWith('Already initialized')) throw error;
    });
    await satori(satoriTree({ type: 'div', props: {} }), { width: 1, height: 1, fonts: [] });
  })();
  await setup;
  return performance.now() - start;
}

/**
 * A card tree laid out by satori, with no text and so no fonts: the SVG of its boxes, and each line
 * of text (a node's `line` prop) with the box laid out for it, in the tree's order.
 */
export async function layOutCard(
  element: CardNode,
  size: { width: number; height: number } = cardSize,
): Promise<{ svg: string; lines: PlacedLine[] }> {
  const lines: PlacedLine[] = [];
  const svg = await satori(satoriTree(element), {
    ...size,
    fonts: [],
    onNodeDetected: ({ props, left, top, width }) => {
      const line = props['line'] as CardLine | undefined;
      if (line) lines.push({ line, left, top, width });
    },
  });
  return { svg, lines };
}

const describe = (glyph: string) =>
  `no font has the glyph '${glyph}' (${[...glyph].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`).join(' ')})`;

/**
 * Draws a card's element tree: satori lays out its boxes as SVG, with no text and so no fonts (each
 * line of text is an empty box that carries the line), and the lines are set and drawn into those
 * boxes from glyphs rasterised once (glyphs.ts); it is encoded as a palette PNG (an RGBA PNG if it
 * has more than 256 colours).
 * Throws naming every character that no card font has.
 */
export async function drawCard(element: CardNode): Promise<Drawing> {
  const setupMs = await prepare();
  const start = performance.now();
  const { svg, lines } = await layOutCard(element);
  const missing = missingGlyphs(lines.map((placed) => placed.line));
  if (missing.length > 0) throw new Error(missing.map(describe).join('; '));
  const laidOut = performance.now();
  const png = cardPng(composeCard(svg, lines, cardSize.width, cardSize.height));
  return { png, setupMs, satoriMs: laidOut - start, pngMs: performance.now() - laidOut };
}

/**
 * Draws a card tree and stores its PNG in the card cache: on a worker thread in a build, so that
 * the build's thread, which feeds every worker, does not wait on creating the cache's files
 * (about a millisecond a card on the bench machine).
 */
export async function drawAndCache(element: CardNode, file: string): Promise<Drawing> {
  const drawing = await drawCard(element);
  writeCached(file, drawing.png);
  return drawing;
}

/** A card's PNG and whether it was drawn now (false: reused from the cache). */
export interface CardImage {
  png: Buffer;
  drawn: boolean;
}

/**
 * The PNG of a card: reused from the cache when its content hash is known, otherwise drawn (in a
 * build, on a worker thread; elsewhere, as in the dev server, here) and cached; recorded in the
 * build log either way. Any failure throws naming the card's page.
 */
export async function cardImage(spec: CardSpec): Promise<CardImage> {
  try {
    const start = Date.now();
    const element = cardElement(spec);
    const file = cacheFile(cardKey(element, cardFonts().hash));
    const cached = readCached(file);
    if (cached) {
      recordCard({ page: spec.page, drawn: false, setupMs: 0, satoriMs: 0, pngMs: 0, start, end: Date.now() });
      return { png: cached, drawn: false };
    }
    const { png, ...times } = await (inBuild() ? drawInPool(element, file) : drawAndCache(element, file));
    recordCard({ page: spec.page, drawn: true, ...times, start, end: Date.now() });
    return { png, drawn: true };
  } catch (error) {
    throw new Error(`og card for ${spec.page}: ${(error as Error).message}`, { cause: error });
  }
}
