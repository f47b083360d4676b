import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { IndexedCanvas } from '../../src/lib/og/indexed';
import { cardPng } from '../../src/lib/og/png';

/** RGBA pixels of a width × height image whose pixel i has the colour `colourOf(i)` (0xRRGGBBAA). */
function pixels(width: number, height: number, colourOf: (i: number) => number): Uint8Array {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const colour = colourOf(i);
    data.set([colour >>> 24, (colour >>> 16) & 0xff, (colour >>> 8) & 0xff, colour & 0xff], i * 4);
  }
  return data;
}

/** The PNG of a canvas holding exactly these pixels, decoded by pngjs. */
function roundTrip(rgba: Uint8Array, width: number, height: number) {
  const canvas = new IndexedCanvas(width, height);
  canvas.drawRgba(rgba);
  return PNG.sync.read(cardPng(canvas));
}

const opaqueColours = (i: number) => ((i * 0x010203) << 8) | 0xff;

describe('the PNG of a card', () => {
  it('decodes (pngjs) to exactly the pixels it was given, as a palette image', () => {
    const [width, height] = [37, 11];
    // 256 colours whose channels differ, so that a channel out of place shows.
    const channels = (k: number) => [k, 255 - k, (k * 3) % 256];
    const rgba = pixels(width, height, (i) => {
      const [r, g, b] = channels((i * 7919) % 256) as [number, number, number];
      return ((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0;
    });
    const decoded = roundTrip(rgba, width, height);
    expect(decoded).toMatchObject({ width, height, colorType: 3 });
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('is an RGBA image of the same pixels past 256 colours, and a palette image at 256', () => {
    for (const colours of [256, 257, 1000]) {
      // Each colour once a row, in two rows.
      const rgba = pixels(colours, 2, (i) => opaqueColours(i % colours));
      const decoded = roundTrip(rgba, colours, 2);
      expect(decoded.colorType).toBe(colours > 256 ? 6 : 3);
      expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
    }
  });

  it('keeps a transparent pixel transparent', () => {
    const rgba = pixels(4, 4, (i) => (i === 5 ? 0xffffff80 : i === 6 ? 0 : 0x000000ff));
    const decoded = roundTrip(rgba, 4, 4);
    expect(Buffer.from(decoded.data).equals(Buffer.from(rgba))).toBe(true);
  });

  it('decodes to the same pixels from runs of every length, as a card is a few long runs and many short ones', () => {
    const [width, height] = [300, 3];
    // Runs of 1, 2, 3, … pixels, each a colour of its own, across rows.
    const runOf = (i: number) => Math.floor((Math.sqrt(8 * i + 1) - 1) / 2);
    const rgba = pixels(width, height, (i) => (((runOf(i) * 0x050301) << 8) | 0xff) >>> 0);
    expect(Buffer.from(roundTrip(rgba, width, height).data).equals(Buffer.from(rgba))).toBe(true);
  });
});
