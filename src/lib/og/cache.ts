import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { packageVersion, writeWhole } from '../cache/store';
import { palette, type CardNode, type CardSpec } from './layout';

/** Bump to redraw every card when the drawing itself changes in a way the element tree does not show. */
const cacheVersion = 4;

/** The card cache folder: `$OG_CACHE_DIR`, or `node_modules/.cache/og-cards/`. */
export function cacheDir(): string {
  return path.resolve(process.env['OG_CACHE_DIR'] ?? 'node_modules/.cache/og-cards');
}

let renderers: string | undefined;

/** The versions of satori, resvg and HarfBuzz (made once: every card's key carries them): an upgrade may draw differently, so it invalidates the cache. */
function rendererVersions(): string {
  renderers ??= ['satori', '@resvg/resvg-wasm', 'harfbuzzjs'].map((name) => `${name}@${packageVersion(name)}`).join(' ');
  return renderers;
}

/**
 * The content hash of a card: its element tree (every text, size, colour and position the template
 * chose), the font files' digest and the renderer versions. The page path is not part of it.
 */
export function cardKey(element: CardNode, fontsHash: string): string {
  return drawingHash({ element }, fontsHash);
}

/**
 * The card endpoint's incremental-build key: what the card shows (its spec), the palette it is
 * drawn in (read from the stylesheet, outside the module graph that Astro hashes), the fonts and
 * the renderers. Cheaper than `cardKey`: no element tree is laid out for a card Astro copies.
 */
export function cardSpecKey(spec: CardSpec, fontsHash: string): string {
  return drawingHash({ spec, palette }, fontsHash);
}

function drawingHash(drawn: object, fontsHash: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ cacheVersion, renderers: rendererVersions(), fontsHash, ...drawn }))
    .digest('hex');
}

/** The file a card key's PNG is cached in. */
export function cacheFile(key: string): string {
  return path.join(cacheDir(), `${key}.png`);
}

/** The PNG cached in a card's cache file, if any. */
export function readCached(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Stores a card's PNG in its cache file (written aside, then renamed: a concurrent build never reads half a file). */
export function writeCached(file: string, png: Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeWhole(file, png);
}
