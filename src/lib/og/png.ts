import zlib from 'node:zlib';
import { channel, type IndexedCanvas } from './indexed';

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

/**
 * A card's PNG, losslessly: a palette PNG (colour type 3) of its indices as they are, one byte a
 * pixel, with the alpha of each palette colour when one is not opaque; an RGBA PNG (colour type 6)
 * when it has more than 256 colours. Deflated by Node's zlib with run-length matching: half the
 * bytes of resvg's RGBA PNG in half the time (docs/architecture.md, "Cards").
 */
export function cardPng(canvas: IndexedCanvas): Buffer {
  const { width, height, count, colours, indices } = canvas;
  if (!(indices instanceof Uint8Array)) return rgbaPng(canvas.rgba(), width, height);
  const palette = Buffer.alloc(count * 3);
  const alphas = Buffer.alloc(count);
  for (let i = 0; i < count; i++) {
    for (let k = 0; k < 3; k++) palette[i * 3 + k] = channel(colours[i] as number, k);
    alphas[i] = channel(colours[i] as number, 3);
  }
  return encode(width, height, 3, indices, palette, alphas.some((alpha) => alpha !== 0xff) ? alphas : undefined);
}

/** The pixels as an RGBA PNG (colour type 6). */
function rgbaPng(rgba: Uint8Array, width: number, height: number): Buffer {
  const rows = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return encode(width, height, 6, rows);
}

/** A PNG file of unfiltered rows (each opening with filter type 0) in a colour type, with its palette and the palette's alphas if it has them. */
function encode(width: number, height: number, colourType: 3 | 6, rows: Uint8Array, palette?: Buffer, alphas?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colourType, 0, 0, 0], 8); // 8 bits a sample, deflate, no filter method, not interlaced
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    ...(alphas ? [chunk('tRNS', alphas)] : []),
    chunk('IDAT', zlib.deflateSync(rows, { strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
