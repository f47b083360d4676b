import zlib from 'node:zlib';

/** The eight bytes every PNG file opens with. */
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** One PNG chunk: length, type, data, and the CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

/** The index rows of the last palette PNG, reused by the next one (a card's are 760 KB). */
let indexRows: Uint8Array | undefined;

/**
 * The pixels as a palette PNG (colour type 3), losslessly, when they are opaque and have at most 256
 * colours: a card is flat colours and anti-aliased text, about a hundred colours. One byte per pixel
 * instead of four, compressed by Node's zlib with run-length matching: half the bytes of resvg's
 * RGBA PNG in half the time (docs/architecture.md, "Cards"). Undefined when the pixels do not fit.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  // Signed words: a colour then stays a small integer in V8's optimised code.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, width * height);
  // The colours seen so far in a hash table of open addressing (at most 256 of 1,024 slots).
  const slots = 1024;
  const colours = new Int32Array(slots);
  const indices = new Int16Array(slots).fill(-1);
  // The palette, filled as colours are first met: a colour's index is its place in it.
  const palette = Buffer.alloc(256 * 3);
  let count = 0;
  // Each row opens with its filter type byte (0: none; filters do not help indices).
  // A plain typed array (Buffer's own fill checks its arguments in JavaScript, a cost at every
  // run), reused from card to card: every byte but the rows' filter bytes (0) is written anew.
  if (indexRows?.length !== height * (width + 1)) indexRows = new Uint8Array(height * (width + 1));
  const rows = indexRows;
  for (let y = 0; y < height; y++) {
    const end = (y + 1) * width;
    // Pixel i of the image is byte i + rowStart of the rows.
    const rowStart = y + 1;
    // A run of one colour at a time: flat backgrounds and the insides of strokes are most of a card.
    for (let i = y * width; i < end;) {
      const colour = pixels[i] as number;
      let next = i + 1;
      while (next < end && pixels[next] === colour) next++;
      let slot = Math.imul(colour, 0x9e3779b1) >>> 22;
      while (indices[slot] !== -1 && colours[slot] !== colour) slot = (slot + 1) & (slots - 1);
      if (indices[slot] === -1) {
        // Read as a little-endian word (as on every machine this runs on), alpha is the top byte.
        if (count === 256 || colour >>> 24 !== 0xff) return undefined;
        colours[slot] = colour;
        indices[slot] = count;
        palette.set([colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff], count * 3);
        count++;
      }
      const index = indices[slot] as number;
      // Most runs are a few pixels of a glyph's edge, for which a loop is cheaper than a call.
      if (next - i < 16) for (let j = i + rowStart; j < next + rowStart; j++) rows[j] = index;
      else rows.fill(index, i + rowStart, next + rowStart);
      i = next;
    }
  }
  return encode(width, height, 3, rows, palette.subarray(0, count * 3));
}

/** The pixels as an RGBA PNG (colour type 6): a card with more colours than a palette holds. */
export function rgbaPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return encode(width, height, 6, rows);
}

/** A PNG file of unfiltered rows (each opening with filter type 0) in a colour type, with its palette if it has one. */
function encode(width: number, height: number, colourType: 3 | 6, rows: Uint8Array, palette?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8); // 8 bits a sample, deflate, no filter method, not interlaced
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    chunk('IDAT', zlib.deflateSync(rows, { strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
