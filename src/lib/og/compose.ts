import { escapeXml } from '../text/escape';
import { drawLine, type PlacedLine } from './glyphs';
import { channel, IndexedCanvas, opaque } from './indexed';
import { rasterise, type Canvas } from './raster';

/**
 * A card's pixels from satori's SVG of its frame and the lines of text set in it: the text from the
 * glyph cache (`glyphs.ts`), the frame's shapes by resvg, except what a card's frame is made of
 * (rectangles on whole pixels, filled directly, and SVG images, each rasterised by resvg once and reused).
 */

/** An element of satori's SVG: its tag and attributes (values unescaped). */
interface Element {
  tag: string;
  attributes: Record<string, string>;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
/** Undoes satori's escaping of attribute values and text (escape-html's five entities). */
const unescape = (value: string) => value.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => entities[entity] as string);

const attributePattern = /([\w:-]+)="([^"]*)"/g;
const readAttributes = (source: string) =>
  Object.fromEntries([...source.matchAll(attributePattern)].map((m) => [m[1] as string, unescape(m[2] as string)]));

const topLevel = /<(mask|clipPath) id="([^"]*)">(.*?)<\/\1>|<(rect|image|g)\b([^>]*?)\/>|<[^>]*>/gs;

/** A rectangle: where an element lies, or what a mask or clip path lets through. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const boxOf = (a: Record<string, string>): Box => ({
  x: Number(a['x']),
  y: Number(a['y']),
  width: Number(a['width']),
  height: Number(a['height']),
});
const contains = (outer: Box, inner: Box) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;
const onWholePixels = (box: Box) => [box.x, box.y, box.width, box.height].every(Number.isInteger);

/**
 * The elements of a card's shapes when every one of them can be drawn without resvg: rectangles
 * on whole pixels in a flat colour, and SVG images at whole pixels, each under masks and clip paths
 * that are single rectangles holding it whole (satori's overflow masks, which cut nothing). Undefined
 * for anything else, which resvg then draws.
 */
export function frameElements(shapes: string): Element[] | undefined {
  const open = /^<svg [^>]*>/.exec(shapes);
  if (!open || !shapes.endsWith('</svg>')) return undefined;
  const regions = new Map<string, Box>();
  const elements: Element[] = [];
  for (const match of shapes.slice(open[0].length, -'</svg>'.length).matchAll(topLevel)) {
    const [source, region, id, inner, tag, attributes] = match;
    if (region) {
      const rects = [...(inner as string).matchAll(/<rect ([^>]*)\/>/g)];
      if (rects.length !== 1 || (inner as string).replace(/<rect [^>]*\/>/, '') !== '') return undefined;
      const a = readAttributes((rects[0] as RegExpMatchArray)[1] as string);
      if (region === 'mask' && a['fill'] !== '#fff') return undefined;
      regions.set(id as string, boxOf(a));
    } else if (tag === 'g' && (attributes as string).trim() === '') continue;
    else if (tag === 'rect' || tag === 'image') elements.push({ tag, attributes: readAttributes(attributes as string) });
    else if (source.trim() !== '') return undefined;
  }
  const drawable = elements.every(({ tag, attributes: a }) => {
    const box = boxOf(a);
    const allowed = tag === 'rect' ? ['x', 'y', 'width', 'height', 'fill'] : ['x', 'y', 'width', 'height', 'href', 'preserveAspectRatio'];
    const cut = ['mask', 'clip-path'].map((name) => a[name]).filter((value) => value !== undefined);
    return (
      onWholePixels(box) &&
      Object.keys(a).every((name) => allowed.includes(name) || name === 'mask' || name === 'clip-path') &&
      (tag === 'image' ? (a['href'] ?? '').startsWith('data:image/svg+xml') : /^#[0-9a-f]{6}$/i.test(a['fill'] ?? '')) &&
      cut.every((reference) => {
        const region = regions.get(/^url\(#(.+)\)$/.exec(reference as string)?.[1] ?? '');
        return region !== undefined && contains(region, box);
      })
    );
  });
  return drawable ? elements : undefined;
}

/** Images rasterised once per thread, by their source and size: a card's quotation mark. */
const images = new Map<string, Canvas>();

/**
 * An image element rasterised by resvg on its own: premultiplied RGBA, with a pixel of transparent
 * margin on every side (an image that touches the canvas's edge is anti-aliased there otherwise
 * than on a card: up to 57 levels of a channel apart at the quotation mark's edge).
 */
function imagePixels(a: Record<string, string>): Canvas {
  const { width, height } = boxOf(a);
  const key = `${width} ${height} ${a['preserveAspectRatio'] ?? ''} ${a['href']}`;
  let image = images.get(key);
  if (!image) {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width + 2}" height="${height + 2}">` +
      `<image x="1" y="1" width="${width}" height="${height}" preserveAspectRatio="${a['preserveAspectRatio'] ?? 'xMidYMid meet'}" href="${escapeXml(a['href'] as string)}"/></svg>`;
    image = rasterise(svg);
    images.set(key, image);
  }
  return image;
}

/** A rectangle's flat fill (`#rrggbb`, as `frameElements` lets through) as a colour word. */
const fillOf = (a: Record<string, string>) => opaque(parseInt((a['fill'] as string).slice(1), 16));

/** Draws a frame's elements in order: rectangles filled, images composited over what is beneath. */
function drawFrame(canvas: IndexedCanvas, elements: readonly Element[]): void {
  for (const { tag, attributes } of elements) {
    const box = boxOf(attributes);
    if (tag === 'rect') {
      canvas.fillRect(box.x, box.y, box.x + box.width, box.y + box.height, fillOf(attributes));
      continue;
    }
    const image = imagePixels(attributes);
    for (let y = Math.max(0, box.y); y < Math.min(canvas.height, box.y + box.height); y++) {
      for (let x = Math.max(0, box.x); x < Math.min(canvas.width, box.x + box.width); x++) {
        const s = ((y - box.y + 1) * image.width + (x - box.x + 1)) * 4;
        const a = image.pixels[s + 3] as number;
        if (a === 0) continue;
        const p = y * canvas.stride + x + 1;
        const under = canvas.colours[canvas.indices[p] as number] as number;
        const rest = 255 - a;
        // resvg's pixels are premultiplied: source plus what shows through, each channel's integer part.
        let colour = under & 0xff000000;
        for (let k = 0; k < 3; k++) colour |= ((image.pixels[s + k] as number) + (((channel(under, k) * rest + 127) / 255) | 0)) << (8 * k);
        const index = canvas.indexOf(colour);
        canvas.indices[p] = index;
      }
    }
  }
}

/** The canvas that every card of a thread is drawn into (a card is encoded before the next is drawn). */
let reused: IndexedCanvas | undefined;

/** A frame's first element when it is a rectangle over the whole canvas: the card's background. */
function backgroundOf(frame: readonly Element[], width: number, height: number): Element | undefined {
  const [first] = frame;
  return first?.tag === 'rect' && contains(boxOf(first.attributes), { x: 0, y: 0, width, height }) ? first : undefined;
}

/**
 * Draws a card at its size into palette indices: satori's SVG of its frame, then its lines of text
 * from the glyph cache. The canvas is the thread's one card canvas, valid until the next card is
 * drawn: a fresh one a card kept the collector busy.
 */
export function composeCard(svg: string, lines: readonly PlacedLine[], width: number, height: number): IndexedCanvas {
  const frame = frameElements(svg);
  if (reused?.width !== width || reused.height !== height) reused = new IndexedCanvas(width, height);
  const canvas = reused;
  if (frame) {
    // A frame need not cover every pixel: those it leaves are transparent, as resvg leaves them.
    const background = backgroundOf(frame, width, height);
    canvas.clear(background ? fillOf(background.attributes) : 0);
    drawFrame(canvas, background ? frame.slice(1) : frame);
  } else canvas.drawRgba(rasterise(svg).pixels);
  for (const line of lines) drawLine(canvas, line);
  return canvas;
}
