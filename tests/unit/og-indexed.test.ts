import { describe, expect, it } from 'vitest';
import { channel, IndexedCanvas, opaque, over } from '../../src/lib/og/indexed';

describe("a card's indexed canvas", () => {
  it('mixes a text colour over a pixel as source over, each channel within half a level of the exact mix', () => {
    const unders = [opaque(0xfdfcf9), opaque(0x1c1917), opaque(0x9a3412), opaque(0x000000) & 0x00ffffff];
    for (const under of unders)
      for (const rgb of [0x1c1917, 0x57534e, 0xffffff])
        for (let a = 0; a <= 255; a += 5) {
          const mixed = over(under, rgb, a);
          for (let k = 0; k < 3; k++) {
            const exact = (channel(opaque(rgb), k) * a + channel(under, k) * (255 - a)) / 255;
            expect(Math.abs(channel(mixed, k) - exact)).toBeLessThanOrEqual(0.5);
          }
          expect(channel(mixed, 3)).toBe(channel(under, 3));
        }
  });

  it('keeps every pixel past 256 colours, its indices widened', () => {
    const canvas = new IndexedCanvas(300, 2);
    canvas.clear(opaque(0xffffff));
    const colourOf = (x: number) => opaque(x * 0x010305);
    for (let x = 0; x < 300; x++) canvas.fillRect(x, 1, x + 1, 2, colourOf(x));
    expect(canvas.indices).toBeInstanceOf(Uint16Array);
    const words = new Int32Array(canvas.rgba().buffer);
    for (let x = 0; x < 300; x++) {
      expect(words[x]).toBe(opaque(0xffffff));
      expect(words[300 + x]).toBe(colourOf(x));
    }
  });

  it('gives a text colour over a pixel the same index however often they meet, and a new card starts from its background alone', () => {
    const canvas = new IndexedCanvas(4, 1);
    canvas.clear(opaque(0xfdfcf9));
    const first = canvas.blended(0x1c1917, 0, 128);
    expect(canvas.blended(0x1c1917, 0, 128)).toBe(first);
    expect(canvas.blendTable(0x1c1917)[128]).toBe(first + 1);
    expect(canvas.count).toBe(2);
    canvas.clear(opaque(0x000000));
    expect([canvas.count, canvas.blendTable(0x1c1917)[128]]).toEqual([1, 0]);
    expect(new Int32Array(canvas.rgba().buffer)).toEqual(new Int32Array(4).fill(opaque(0x000000)));
  });
});
