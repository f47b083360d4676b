import { Resvg } from '@resvg/resvg-wasm';

/** RGBA pixels, four bytes a pixel, row by row (resvg's are premultiplied by alpha). */
export interface Canvas {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** An SVG rasterised by resvg at its own size: a card's shapes, an image, a glyph. */
export function rasterise(svg: string): Canvas {
  const renderer = new Resvg(svg, { fitTo: { mode: 'original' } });
  const image = renderer.render();
  const canvas = { pixels: new Uint8Array(image.pixels), width: image.width, height: image.height };
  // Freed at once, not by their finalizers, so that the next drawing reuses that memory.
  image.free();
  renderer.free();
  return canvas;
}
