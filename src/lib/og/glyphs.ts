import * as hb from 'harfbuzzjs';
import { graphemesOf } from '../text/truncate';
import type { Locale } from '../i18n/locales';
import { cardFonts, fontStack } from './fonts';
import type { IndexedCanvas } from './indexed';
import type { CardLine } from './layout';
import { rasterise } from './raster';
import { readLineMetrics } from './sfnt';

/**
 * Card text set and drawn from glyphs rasterised once. satori lays out an empty box for each line
 * of a card's text (layout.ts); each run of the line is shaped by HarfBuzz (a run per font, the
 * first of the language's families that has the character), the line is aligned in its box and set
 * on its baseline as satori set text, and each glyph is rasterised by resvg the first time it is
 * met at its size and quarter-pixel position, then blended into the card from the cache
 * (docs/architecture.md, "Cards").
 */

/** A line of text and the box that satori laid out for it. */
export interface PlacedLine {
  line: CardLine;
  left: number;
  top: number;
  width: number;
}

/** A glyph's coverage, a byte a pixel, and where its top left pixel lies from its pen position's pixel. */
interface GlyphMask {
  alpha: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
}

/** A card font as HarfBuzz shapes it. */
export interface ShapingFont {
  /** The family name and the weight. */
  key: string;
  font: hb.Font;
  unitsPerEm: number;
  /** From the `hhea` table, in ems: what a line's baseline is placed by. */
  ascender: number;
  descender: number;
}

/** Positions within a pixel that a glyph is rasterised at, per axis: quarters (at most 1/8 px from its exact position). */
const phases = 4;
/** Glyph masks kept per thread (the oldest are dropped first): about 60 MB of the densest CJK glyphs. */
const maxMasks = 40_000;

let fonts: Map<string, ShapingFont> | undefined;
const masks = new Map<string, GlyphMask | null>();
let buffer: hb.Buffer | undefined;

/** HarfBuzz fonts of every card font (made once per thread), by family and weight. */
function shapingFonts(): Map<string, ShapingFont> {
  fonts ??= new Map(
    cardFonts().faces.map(({ name, data, weight }) => {
      const face = new hb.Face(new hb.Blob(data));
      const font = new hb.Font(face);
      // Positions in font units, scaled by the caller.
      font.setScale(face.upem, face.upem);
      const key = `${name} ${weight}`;
      return [key, { key, font, unitsPerEm: face.upem, ...readLineMetrics(data) }];
    }),
  );
  return fonts;
}

/** A language's fonts in one weight, in the order they are tried for each character, and the font found for each character so far. */
interface FontStack {
  fonts: ShapingFont[];
  found: Map<number, ShapingFont | undefined>;
}

const stacks = new Map<string, FontStack>();

/** The font stack of a language in a weight (made once per thread). */
function stackOf(lang: Locale, weight: CardLine['weight']): FontStack {
  const key = `${lang} ${weight}`;
  let stack = stacks.get(key);
  if (!stack) {
    stack = { fonts: fontStack(lang).map((family) => shapingFonts().get(`${family} ${weight}`) as ShapingFont), found: new Map() };
    stacks.set(key, stack);
  }
  return stack;
}

/** The first font of a stack that has a character. */
function fontFor(stack: FontStack, codePoint: number): ShapingFont | undefined {
  if (stack.found.has(codePoint)) return stack.found.get(codePoint);
  const font = stack.fonts.find((candidate) => candidate.font.nominalGlyph(codePoint) !== undefined);
  stack.found.set(codePoint, font);
  return font;
}

/** The characters (graphemes) of a card's lines that no font of their language's stack has, each once. */
export function missingGlyphs(lines: readonly CardLine[]): string[] {
  const missing = new Set<string>();
  for (const line of lines)
    for (const run of line.runs) {
      const stack = stackOf(run.lang, line.weight);
      const lacks = (text: string) => [...text].some((char) => !fontFor(stack, char.codePointAt(0) as number));
      // Graphemes only for a run that lacks a glyph: segmenting every run would cost every card.
      if (lacks(run.text)) for (const grapheme of graphemesOf(run.text)) if (lacks(grapheme)) missing.add(grapheme);
    }
  return [...missing];
}

/** The text split into runs of one font each, every character in the first font of the stack that has it. */
function fontRuns(text: string, stack: FontStack): { text: string; font: ShapingFont }[] {
  const runs: { text: string; font: ShapingFont }[] = [];
  for (const char of text) {
    const font = fontFor(stack, char.codePointAt(0) as number);
    // A card with a character that no font has fails before it is drawn (`missingGlyphs`).
    if (!font) throw new Error(`no card font has '${char}'`);
    const last = runs.at(-1);
    if (last?.font === font) last.text += char;
    else runs.push({ text: char, font });
  }
  return runs;
}

/** A line's glyphs shaped one run of one font after another (positions from the start of its baseline), with its advance and the fonts it uses. */
function shapeLine(line: CardLine): { glyphs: SetGlyph[]; advance: number; fonts: Set<ShapingFont> } {
  buffer ??= new hb.Buffer();
  const glyphs: SetGlyph[] = [];
  const used = new Set<ShapingFont>();
  let pen = 0;
  for (const run of line.runs) {
    for (const { text, font } of fontRuns(run.text, stackOf(run.lang, line.weight))) {
      used.add(font);
      const scale = line.size / font.unitsPerEm;
      buffer.reset();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      hb.shape(font.font, buffer);
      const positions = buffer.getGlyphPositions();
      for (const [i, info] of buffer.getGlyphInfos().entries()) {
        const position = positions[i] as hb.GlyphPosition;
        glyphs.push({ font, id: info.codepoint, x: pen + position.xOffset * scale, y: -position.yOffset * scale });
        pen += position.xAdvance * scale;
      }
    }
  }
  return { glyphs, advance: pen, fonts: used };
}

/**
 * Where a line's baseline lies below its top, as CSS (and satori) places it: for the strut and for
 * each font of the line, its ascent plus half the leading that its ascent and descent leave in the
 * line height (ascent and descent rounded to pixels, the half floored); the largest of them.
 */
function baselineOf(line: CardLine, used: Iterable<ShapingFont>): number {
  const strut = stackOf(line.strut, line.weight).fonts[0] as ShapingFont;
  let baseline = 0;
  for (const font of [strut, ...used]) {
    const ascent = Math.round(font.ascender * line.size);
    const descent = Math.round(-font.descender * line.size);
    baseline = Math.max(baseline, ascent + Math.floor((line.height - ascent - descent) / 2));
  }
  return baseline;
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

/** A glyph of a line set in its box: its font, its id and its pen position on the card. */
export interface SetGlyph {
  font: ShapingFont;
  id: number;
  x: number;
  y: number;
}

/** Sets a line in its box: its glyphs shaped, aligned in the box and on the line's baseline. */
export function setLine({ line, left, top, width }: PlacedLine): SetGlyph[] {
  const { glyphs, advance, fonts: used } = shapeLine(line);
  const startX = line.align === 'right' ? left + width - advance : left;
  const baseline = top + baselineOf(line, used);
  return glyphs.map((glyph) => ({ ...glyph, x: startX + glyph.x, y: baseline + glyph.y }));
}

/** Draws a line's glyphs into the canvas as `setLine` sets them, each from the glyph cache. */
export function drawLine(canvas: IndexedCanvas, placed: PlacedLine): void {
  const { size, color } = placed.line;
  const rgb = parseInt(color.slice(1), 16);
  for (const { font, id, x, y } of setLine(placed)) {
    const [pixelX, pixelY] = [Math.floor(x), Math.floor(y)];
    const phaseX = Math.round((x - pixelX) * phases);
    const phaseY = Math.round((y - pixelY) * phases);
    // A position rounded up to the next pixel is that pixel's phase 0.
    const mask = glyphMask(font, id, size, phaseX % phases, phaseY % phases);
    if (mask) blend(canvas, mask, pixelX + (phaseX === phases ? 1 : 0) + mask.left, pixelY + (phaseY === phases ? 1 : 0) + mask.top, rgb);
  }
}
