import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { palettePng, rgbaPng } from '../../src/lib/og/png';

/** RGBA pixels of a width × height image whose pixel i has the colour `colourOf(i)` (0xRRGGBBAA). */
function pixels(width: number, height: number, colourOf: (i: number) => number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const colour = colourOf(i);
    data.set([colour >>> 24, (colour >>> 16) & 0xff, (colour >>> 8) & 0xff, colour & 0xff], i * 4);
  }
  return data;
}

describe('the palette PNG of a card', () => {
  it('decodes (pngjs) to exactly the pixels it was given, as a palette image', () => {
    const [width, height] = [37, 11];
    // 256 colours whose channels differ, so that a channel out of place shows.
    const channels = (k: number) => [k, 255 - k, (k * 3) % 256];
    const rgba = pixels(width, height, (i) => {
      const [r, g, b] = channels((i * 7919) % 256) as [number, number, number];
      return ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;
    });
    const png = palettePng(rgba, width, height);
    expect(png).toBeDefined();
    const decoded = PNG.sync.read(png as Buffer);
    expect(decoded).toMatchObject({ width, height, colorType: 3 });
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('declines an image of more than 256 colours, and one with a transparent pixel (rgbaPng encodes those)', () => {
    expect(
      palettePng(
        pixels(257, 1, (i) => ((i * 0x010203) << 8) | 0xff),
        257,
        1,
      ),
    ).toBeUndefined();
    expect(
      palettePng(
        pixels(256, 1, (i) => ((i * 0x010203) << 8) | 0xff),
        256,
        1,
      ),
    ).toBeDefined();
    expect(
      palettePng(
        pixels(4, 4, (i) => (i === 5 ? 0xffffff80 : 0x000000ff)),
        4,
        4,
      ),
    ).toBeUndefined();
  });

  it('decodes to the same pixels from runs of every length, as a card is a few long runs and many short ones', () => {
    const [width, height] = [300, 3];
    // Runs of 1, 2, 3, … pixels, each a colour of its own, across rows.
    const runOf = (i: number) => Math.floor((Math.sqrt(8 * i + 1) - 1) / 2);
    const rgba = pixels(width, height, (i) => (((runOf(i) * 0x050301) << 8) | 0xff) >>> 0);
    const decoded = PNG.sync.read(palettePng(rgba, width, height) as Buffer);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });
});

describe('the RGBA PNG of a card', () => {
  it('decodes (pngjs) to exactly the pixels it was given, transparency and all', () => {
    const [width, height] = [23, 7];
    const rgba = pixels(width, height, (i) => ((i * 0x01020304 + 0x11) & 0xffffffff) >>> 0);
    const decoded = PNG.sync.read(rgbaPng(rgba, width, height));
    expect(decoded).toMatchObject({ width, height, colorType: 6 });
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });
});
