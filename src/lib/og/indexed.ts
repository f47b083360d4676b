/**
 * A card's pixels as indices into the palette of the colours drawn so far, laid out as a PNG's
 * rows: a filter byte (0, "none") opens each row, so that the palette PNG is deflated from them as
 * they are. A card has about a hundred colours (flat colours and anti-aliased text), so a byte a
 * pixel holds it; the 257th colour widens the indices to 16 bits, and that card is written as RGBA
 * (`png.ts`). Drawing into indices spares the scan of every pixel that finding a card's palette
 * took after it was drawn (docs/architecture.md, "Cards").
 */

/** An RGBA pixel's four bytes read as one little-endian word (every machine this runs on): alpha is the top byte. */
export type Colour = number;

/** The opaque colour word of 0xRRGGBB. */
export const opaque = (rgb: number): Colour => 0xff000000 | ((rgb & 0xff) << 16) | (rgb & 0xff00) | (rgb >> 16);

/** The channel `k` (0 red, 1 green, 2 blue, 3 alpha) of a colour word. */
export const channel = (colour: Colour, k: number): number => (colour >>> (8 * k)) & 0xff;

/**
 * `rgb` at coverage `a` (0–255) over `under`, source over, each channel rounded as a byte array
 * keeps it (the integer part); `under`'s alpha is kept.
 */
export function over(under: Colour, rgb: number, a: number): Colour {
  const source = opaque(rgb);
  let mixed = under & 0xff000000;
  for (let k = 0; k < 3; k++) mixed |= (((channel(source, k) * a + channel(under, k) * (255 - a) + 127) / 255) | 0) << (8 * k);
  return mixed;
}

/** What a hash slot holds when empty. */
const empty = -1;

export class IndexedCanvas {
  readonly width: number;
  readonly height: number;
  /** Bytes from one row's start to the next's: a filter byte, then the row's pixels. */
  readonly stride: number;
  /** Pixel (x, y) is `indices[y * stride + x + 1]`; a Uint16Array once a 257th colour is drawn. */
  indices: Uint8Array | Uint16Array;
  /** The palette: colour i is `colours[i]`, for i below `count`. */
  colours = new Int32Array(256);
  count = 0;
  /** The byte indices, kept from card to card (a card's are 760 KB): every card's rows are written anew. */
  private readonly narrow: Uint8Array;
  /** A hash table of open addressing from colour to index, at most half full. */
  private keys = new Int32Array(1024);
  private slots = new Int32Array(1024).fill(empty);
  /** How far a colour's hash is shifted to give a slot: 32 less the table's bits. */
  private shift = 22;
  /** Per text colour, what a pixel becomes under it: entry `under * 256 + a` is that colour's index plus one (0: not met yet). */
  private readonly blends = new Map<number, Int32Array>();

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.narrow = new Uint8Array(height * this.stride);
    this.indices = this.narrow;
  }

  /** Starts a card: every pixel `background`, the only colour of the palette. */
  clear(background: Colour): void {
    this.indices = this.narrow;
    this.narrow.fill(0);
    this.count = 0;
    this.slots.fill(empty);
    for (const table of this.blends.values()) table.fill(0);
    this.indexOf(background);
  }

  /** The index of a colour, added to the palette when it is new (widening the indices past 256 colours). */
  indexOf(colour: Colour): number {
    const slot = this.slotOf(colour);
    if (this.slots[slot] !== empty) return this.slots[slot] as number;
    const index = this.count++;
    if (index === this.colours.length) {
      const colours = new Int32Array(2 * index);
      colours.set(this.colours);
      this.colours = colours;
    }
    if (index === 256) this.indices = Uint16Array.from(this.indices);
    this.colours[index] = colour;
    this.keys[slot] = colour;
    this.slots[slot] = index;
    if (2 * this.count > this.slots.length) this.rehash();
    return index;
  }

  /** The table of what each pixel becomes under text of `rgb` (see `blends`), grown to the palette's size. */
  blendTable(rgb: number): Int32Array {
    let table = this.blends.get(rgb);
    if (!table || table.length < this.colours.length * 256) {
      const grown = new Int32Array(this.colours.length * 256);
      if (table) grown.set(table);
      this.blends.set(rgb, (table = grown));
    }
    return table;
  }

  /** The index of `rgb` at coverage `a` over the colour at `under`, computed and recorded in the table of `rgb`. */
  blended(rgb: number, under: number, a: number): number {
    const index = this.indexOf(over(this.colours[under] as number, rgb, a));
    this.blendTable(rgb)[under * 256 + a] = index + 1;
    return index;
  }

  /** Fills a rectangle of whole pixels, clipped to the canvas, with one colour. */
  fillRect(x0: number, y0: number, x1: number, y1: number, colour: Colour): void {
    const index = this.indexOf(colour);
    for (let y = Math.max(0, y0); y < Math.min(this.height, y1); y++)
      this.indices.fill(index, y * this.stride + Math.max(0, x0) + 1, y * this.stride + Math.min(this.width, x1) + 1);
  }

  /** The canvas's pixels as RGBA bytes, four a pixel. */
  rgba(): Uint8Array {
    const words = new Int32Array(this.width * this.height);
    for (let y = 0; y < this.height; y++)
      for (let x = 0; x < this.width; x++)
        words[y * this.width + x] = this.colours[this.indices[y * this.stride + x + 1] as number] as number;
    return new Uint8Array(words.buffer);
  }

  /** Replaces the canvas's pixels with RGBA bytes (resvg's drawing of a card it could not fill itself), a run of one colour at a time. */
  drawRgba(rgba: Uint8Array): void {
    const words = new Int32Array(rgba.buffer, rgba.byteOffset, this.width * this.height);
    this.clear(words[0] as number);
    for (let y = 0; y < this.height; y++) {
      const end = (y + 1) * this.width;
      for (let i = y * this.width; i < end;) {
        const colour = words[i] as number;
        let next = i + 1;
        while (next < end && words[next] === colour) next++;
        // Pixel i of the image is index i + y + 1 (a filter byte opens each row); the index first, as a new one may widen the indices.
        const index = this.indexOf(colour);
        this.indices.fill(index, i + y + 1, next + y + 1);
        i = next;
      }
    }
  }

  /** The hash slot that holds `colour`, or the empty one where it would go (linear probing). */
  private slotOf(colour: Colour): number {
    const mask = this.slots.length - 1;
    let slot = Math.imul(colour, 0x9e3779b1) >>> this.shift;
    while (this.slots[slot] !== empty && this.keys[slot] !== colour) slot = (slot + 1) & mask;
    return slot;
  }

  /** Doubles the hash table and puts every colour of the palette back in it. */
  private rehash(): void {
    const size = 2 * this.slots.length;
    this.shift--;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size).fill(empty);
    for (let index = 0; index < this.count; index++) {
      const colour = this.colours[index] as number;
      const slot = this.slotOf(colour);
      this.keys[slot] = colour;
      this.slots[slot] = index;
    }
  }
}
