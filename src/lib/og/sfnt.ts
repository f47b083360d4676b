/**
 * The little of a TrueType/OpenType file that setting card text needs: which characters the font
 * has, how wide they are, and how far it reaches above and below the baseline. Reads the `cmap`
 * (formats 4 and 12), `head`, `hhea` and `hmtx` tables.
 */

/** A font's horizontal advance of a code point, in ems; undefined when the font has no glyph for it. */
export type Advances = (codePoint: number) => number | undefined;

/** A font's ascender and descender (negative below the baseline), in ems. */
export interface LineMetrics {
  ascender: number;
  descender: number;
}

const viewOf = (data: Uint8Array) => new DataView(data.buffer, data.byteOffset, data.byteLength);

/** The offset of each table of a font file (a TTF or OTF, not a collection or WOFF), by tag. */
function tableOffsets(data: Uint8Array): (tag: string) => number {
  const view = viewOf(data);
  const tables = new Map<string, number>();
  for (let i = 0; i < view.getUint16(4); i++) {
    const record = 12 + i * 16;
    tables.set(String.fromCharCode(...data.subarray(record, record + 4)), view.getUint32(record + 8));
  }
  return (tag) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no "${tag}" table`);
    return offset;
  };
}

/** Reads the advance widths of a font file. */
export function readAdvances(data: Uint8Array): Advances {
  const view = viewOf(data);
  const table = tableOffsets(data);
  const unitsPerEm = view.getUint16(table('head') + 18);
  const metricCount = view.getUint16(table('hhea') + 34);
  const hmtx = table('hmtx');
  const glyphOf = cmapLookup(view, table('cmap'));
  const cache = new Map<number, number | undefined>();
  return (codePoint) => {
    if (cache.has(codePoint)) return cache.get(codePoint);
    const glyph = glyphOf(codePoint);
    const advance = glyph === 0 ? undefined : view.getUint16(hmtx + 4 * Math.min(glyph, metricCount - 1)) / unitsPerEm;
    cache.set(codePoint, advance);
    return advance;
  };
}

/** Reads a font file's ascender and descender from its `hhea` table (as opentype.js, and so satori, reads them). */
export function readLineMetrics(data: Uint8Array): LineMetrics {
  const view = viewOf(data);
  const table = tableOffsets(data);
  const unitsPerEm = view.getUint16(table('head') + 18);
  const hhea = table('hhea');
  return { ascender: view.getInt16(hhea + 4) / unitsPerEm, descender: view.getInt16(hhea + 6) / unitsPerEm };
}

/** The glyph id lookup of the best Unicode subtable of a `cmap` table (0 = no glyph). */
function cmapLookup(view: DataView, cmap: number): (codePoint: number) => number {
  const subtables: { format: number; offset: number }[] = [];
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))
      subtables.push({ format: view.getUint16(offset), offset });
  }
  const full = subtables.find((s) => s.format === 12);
  if (full) return format12(view, full.offset);
  const basic = subtables.find((s) => s.format === 4);
  if (basic) return format4(view, basic.offset);
  throw new Error('the font has no Unicode cmap subtable of format 4 or 12');
}

/** Segmented coverage: groups of consecutive code points mapped to consecutive glyphs. */
function format12(view: DataView, offset: number): (codePoint: number) => number {
  const groups = view.getUint32(offset + 12);
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const group = offset + 16 + middle * 12;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

/** Segment mapping to delta values: the Basic Multilingual Plane only. */
function format4(view: DataView, offset: number): (codePoint: number) => number {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    let low = 0;
    let high = segments - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (view.getUint16(ends + middle * 2) < codePoint) low = middle + 1;
      else high = middle;
    }
    const start = view.getUint16(starts + low * 2);
    if (codePoint < start || codePoint > view.getUint16(ends + low * 2)) return 0;
    const delta = view.getUint16(deltas + low * 2);
    const rangeOffset = view.getUint16(rangeOffsets + low * 2);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = view.getUint16(rangeOffsets + low * 2 + rangeOffset + (codePoint - start) * 2);
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
}
