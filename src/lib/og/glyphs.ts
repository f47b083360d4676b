import * as hb from 'harfbuzzjs';
import { cardFonts } from './fonts';
import type { IndexedCanvas } from './indexed';
import { rasterise } from './raster';

/**
 * Card text drawn from glyphs rasterised once. satori lays a card out with its text as `<text>`
 * elements (`embedFont: false`); each run is shaped by HarfBuzz as satori shapes it (a run per
 * font, the first of the element's families that has the character), and each glyph is rasterised
 * by resvg the first time it is met at its size and quarter-pixel position, then blended into the
 * card from the cache (docs/architecture.md, "Cards").
 */

/** A text element of satori's SVG: where its baseline starts, how it is set, and its characters. */
export interface TextRun {
  x: number;
  y: number;
  size: number;
  weight: number;
  /** satori's font families, lower-cased, in the order it tries them for each character. */
  families: string[];
  /** The fill as 0xRRGGBB. */
  color: number;
  text: string;
}

/** A glyph's coverage, a byte a pixel, and where its top left pixel lies from its pen position's pixel. */
interface GlyphMask {
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

interface ShapingFont {
  /** satori's family name, lower-cased, and the weight: how a text element names it. */
  key: string;
  font: hb.Font;
  unitsPerEm: number;
}

/** Positions within a pixel that a glyph is rasterised at, per axis: quarters (at most 1/8 px from where satori puts it). */
const phases = 4;
/** Glyph masks kept per thread (the oldest are dropped first): about 60 MB of the densest CJK glyphs. */
const maxMasks = 40_000;

let fonts: Map<string, ShapingFont> | undefined;
const masks = new Map<string, GlyphMask | null>();
let buffer: hb.Buffer | undefined;

/** HarfBuzz fonts of every card font (made once per thread), by family and weight. */
function shapingFonts(): Map<string, ShapingFont> {
  fonts ??= new Map(
    cardFonts().satori.map(({ name, data, weight }) => {
      const face = new hb.Face(new hb.Blob(data));
      const font = new hb.Font(face);
      // Positions in font units, scaled by the caller like satori's.
      font.setScale(face.upem, face.upem);
      const key = `${name.toLowerCase()} ${weight}`;
      return [key, { key, font, unitsPerEm: face.upem }];
    }),
  );
  return fonts;
}

/** The text split into runs of one font each, every character in the first family that has it (as satori resolves it). */
function fontRuns(text: TextRun): { text: string; font: ShapingFont }[] {
  const runs: { text: string; font: ShapingFont }[] = [];
  const stack = text.families.map((family) => shapingFonts().get(`${family} ${text.weight}`));
  for (const char of text.text) {
    const codePoint = char.codePointAt(0) as number;
    const font = stack.find((candidate) => candidate?.font.nominalGlyph(codePoint) !== undefined);
    // satori asks for a missing character before it lays out (the card then fails), so none is left here.
    if (!font) throw new Error(`no card font has '${char}' in ${text.families.join(', ')} ${text.weight}`);
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** Rasterises a glyph by resvg at a size and quarter-pixel offset; null for a glyph with no outline (a space). */
function rasteriseGlyph(font: ShapingFont, glyph: number, size: number, phaseX: number, phaseY: number): GlyphMask | null {
  const path = font.font.glyphToPath(glyph);
  const extents = font.font.glyphExtents(glyph);
  if (!path || !extents || extents.width === 0 || extents.height === 0) return null;
  const scale = size / font.unitsPerEm;
  const [dx, dy] = [phaseX / phases, phaseY / phases];
  // A pixel of margin on every side: anti-aliasing reaches past the outline's extents.
  const left = Math.floor(dx + extents.xBearing * scale) - 1;
  const top = Math.floor(dy - extents.yBearing * scale) - 1;
  const width = Math.ceil(dx + (extents.xBearing + extents.width) * scale) + 1 - left;
  const height = Math.ceil(dy - (extents.yBearing + extents.height) * scale) + 1 - top;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<path transform="translate(${dx - left} ${dy - top}) scale(${scale} ${-scale})" d="${path}"/></svg>`;
  const { pixels } = rasterise(svg);
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3] as number;
  return { alpha, width, height, left, top };
}

/** The mask of a glyph at a pen position's fraction of a pixel, from the cache or rasterised now. */
function glyphMask(font: ShapingFont, glyph: number, size: number, phaseX: number, phaseY: number): GlyphMask | null {
  const key = `${font.key} ${glyph} ${size} ${phaseX} ${phaseY}`;
  let mask = masks.get(key);
  if (mask === undefined) {
    mask = rasteriseGlyph(font, glyph, size, phaseX, phaseY);
    if (masks.size >= maxMasks) masks.delete(masks.keys().next().value as string);
    masks.set(key, mask);
  }
  return mask;
}

/**
 * Blends a coverage mask in one colour into the canvas, its top left pixel at (x0, y0): each pixel's
 * new index from the colour's table of blends, computed the first time a colour and coverage meet.
 */
function blend(canvas: IndexedCanvas, mask: GlyphMask, x0: number, y0: number, rgb: number): void {
  const { width, height, stride } = canvas;
  let { indices } = canvas;
  let table = canvas.blendTable(rgb);
  for (let my = Math.max(0, -y0); my < mask.height && y0 + my < height; my++) {
    for (let mx = Math.max(0, -x0); mx < mask.width && x0 + mx < width; mx++) {
      const a = mask.alpha[my * mask.width + mx] as number;
      if (a === 0) continue;
      const p = (y0 + my) * stride + x0 + mx + 1;
      const under = indices[p] as number;
      const known = table[under * 256 + a] as number;
      if (known !== 0) {
        indices[p] = known - 1;
        continue;
      }
      const index = canvas.blended(rgb, under, a);
      // A new colour may have widened the indices and grown the table.
      ({ indices } = canvas);
      table = canvas.blendTable(rgb);
      indices[p] = index;
    }
  }
}

/** Draws a text element's glyphs into the canvas, each from the glyph cache. */
export function drawText(canvas: IndexedCanvas, text: TextRun): void {
  buffer ??= new hb.Buffer();
  let penX = text.x;
  for (const run of fontRuns(text)) {
    const scale = text.size / run.font.unitsPerEm;
    buffer.reset();
    buffer.addText(run.text);
    buffer.guessSegmentProperties();
    hb.shape(run.font.font, buffer);
    const positions = buffer.getGlyphPositions();
    for (const [i, info] of buffer.getGlyphInfos().entries()) {
      const position = positions[i] as hb.GlyphPosition;
      const x = penX + position.xOffset * scale;
      const y = text.y - position.yOffset * scale;
      penX += position.xAdvance * scale;
      const [pixelX, pixelY] = [Math.floor(x), Math.floor(y)];
      const phaseX = Math.round((x - pixelX) * phases);
      const phaseY = Math.round((y - pixelY) * phases);
      // A position rounded up to the next pixel is that pixel's phase 0.
      const mask = glyphMask(run.font, info.codepoint, text.size, phaseX % phases, phaseY % phases);
      if (mask)
        blend(canvas, mask, pixelX + (phaseX === phases ? 1 : 0) + mask.left, pixelY + (phaseY === phases ? 1 : 0) + mask.top, text.color);
    }
  }
}
