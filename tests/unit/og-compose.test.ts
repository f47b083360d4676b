import { Resvg } from '@resvg/resvg-wasm';
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { composeCard, frameElements, splitText } from '../../src/lib/og/compose';
import { cardFonts } from '../../src/lib/og/fonts';
import { cardElement, type CardNode, type CardSpec } from '../../src/lib/og/layout';
import { drawCard } from '../../src/lib/og/render';
import { cardSize } from '../../src/lib/og/size';

const passage: CardSpec = {
  page: '/ja/articles/ai-bubble/p/epigraph/',
  card: '/og/ja/articles/ai-bubble/p/epigraph.png',
  site: { text: 'パラレル・エディション', lang: 'ja' },
  kicker: [{ text: '共有された段落', lang: 'ja' }],
  footer: [{ text: '日本語版', lang: 'ja' }],
  type: 'passage',
  quote: { text: '<Burry & "Co"> isn\'t 「唯一勝つ方法は、ゲームに参加しないことだ。」', lang: 'ja' },
  source: { text: 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?', lang: 'ja' },
};

/** satori's SVG of an element tree, its text as text elements (as cards are drawn). */
const layOut = (element: CardNode, size: { width: number; height: number } = cardSize) =>
  satori(element as unknown as Parameters<typeof satori>[0], { ...size, fonts: cardFonts().satori, embedFont: false });

/** resvg's pixels of an SVG. */
const resvgPixels = (svg: string) => new Resvg(svg, { fitTo: { mode: 'original' } }).render().pixels;

/** The largest difference of one channel of one pixel between two images. */
function largestDifference(a: Uint8Array, b: Uint8Array): number {
  let largest = 0;
  for (let i = 0; i < a.length; i++) largest = Math.max(largest, Math.abs((a[i] as number) - (b[i] as number)));
  return largest;
}

beforeAll(async () => {
  await drawCard(cardElement(passage)); // sets resvg's WebAssembly up
});

describe("a card's text", () => {
  it("is taken out of satori's SVG, unescaped, with where and how it is set", async () => {
    const { shapes, texts } = splitText(await layOut(cardElement(passage)));
    expect(shapes).not.toContain('<text');
    expect(texts.map((t) => t.text).join('')).toContain('<Burry&"Co">isn\'t'); // spaces are not drawn
    expect(texts[0]).toEqual({
      x: 80,
      y: expect.any(Number),
      size: 28,
      weight: 700,
      families: ['noto sans jp', 'inter', 'noto sans sc'],
      color: 0x9a3412,
      text: expect.any(String),
    });
  });

  it('fails on text set in a way it cannot draw, naming the element', () => {
    const svg =
      '<svg width="10" height="10"><text x="1" y="1" font-size="9" font-weight="400" font-style="normal" font-family="inter" fill="#000" transform="rotate(9)">a</text></svg>';
    expect(() => splitText(svg)).toThrow(/does not draw: <text x="1".*rotate\(9\).*>a<\/text>/);
  });
});

describe("a card's frame", () => {
  it('is filled as resvg draws it, the quotation mark included', async () => {
    const { shapes } = splitText(await layOut(cardElement(passage)));
    expect(frameElements(shapes)?.map((e) => e.tag)).toEqual(expect.arrayContaining(['rect', 'image']));
    const pixels = composeCard(shapes, cardSize.width, cardSize.height).rgba();
    expect(largestDifference(pixels, resvgPixels(shapes))).toBeLessThanOrEqual(1);
  });

  it('is left to resvg when it is more than rectangles on whole pixels and images (a border, rounded corners)', async () => {
    const element: CardNode = {
      type: 'div',
      props: {
        style: { display: 'flex', width: 200, height: 100, backgroundColor: '#fdfcf9' },
        children: [
          { type: 'div', props: { style: { width: 80.5, height: 40, borderRadius: 12, border: '3px solid #9a3412' }, children: [] } },
        ],
      },
    };
    const { shapes } = splitText(await layOut(element, { width: 200, height: 100 }));
    expect(frameElements(shapes)).toBeUndefined();
    const pixels = composeCard(shapes, 200, 100).rgba();
    expect(largestDifference(pixels, resvgPixels(shapes))).toBe(0);
  });
});
