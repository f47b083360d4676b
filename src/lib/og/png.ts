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

/**
 * The pixels as a palette PNG (colour type 3), losslessly, when they are opaque and have at most 256
 * colours: a card is flat colours and anti-aliased text, about a hundred colours. One byte per pixel
 * instead of four, compressed by Node's zlib with run-length matching: half the bytes of resvg's
 * RGBA PNG in half the time (docs/architecture.md, "Cards"). Undefined when the pixels do not fit.
 */
export function palettePng(rgba: Uint8Array, width: number, height: number): Buffer | undefined {
  const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, width * height);
  const indexOf = new Map<number, number>();
  // Each row opens with its filter type byte (0: none; filters do not help indices).
  const rows = Buffer.alloc(height * (width + 1));
  let last = -1;
  let lastIndex = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width; x < width; x++, i++) {
      const colour = pixels[i] as number;
      if (colour !== last) {
        let index = indexOf.get(colour);
        if (index === undefined) {
          // Read as a little-endian word (as on every machine this runs on), alpha is the top byte.
          if (indexOf.size === 256 || colour >>> 24 !== 0xff) return undefined;
          index = indexOf.size;
          indexOf.set(colour, index);
        }
        last = colour;
        lastIndex = index;
      }
      rows[y * (width + 1) + 1 + x] = lastIndex;
    }
  }
  const palette = Buffer.alloc(indexOf.size * 3);
  for (const [colour, index] of indexOf) {
    palette[index * 3] = colour & 0xff;
    palette[index * 3 + 1] = (colour >>> 8) & 0xff;
    palette[index * 3 + 2] = (colour >>> 16) & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits per index, palette colour, deflate, no filter method, not interlaced
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', zlib.deflateSync(rows, { strategy: zlib.constants.Z_RLE })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
