/**
 * The little of a TrueType/OpenType file that text fitting needs: which characters the font has
 * and how wide they are. Reads the `cmap` (formats 4 and 12), `head` and `hhea`/`hmtx` tables.
 */

/** A font's horizontal advance of a code point, in ems; undefined when the font has no glyph for it. */
export type Advances = (codePoint: number) => number | undefined;

/** Reads the advance widths of a font file (a TTF or OTF, not a collection or WOFF). */
export function readAdvances(data: Uint8Array): Advances {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...data.subarray(record, record + 4));
    tables.set(tag, view.getUint32(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`the font has no "${tag}" table`);
    return offset;
  };
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
