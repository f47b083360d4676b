import { Resvg } from '@resvg/resvg-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/lib/i18n/locales';
import { composeCard, frameElements } from '../../src/lib/og/compose';
import { missingGlyphs, setLine, type PlacedLine } from '../../src/lib/og/glyphs';
import { cardElement, type CardLine, type CardNode, type CardSpec } from '../../src/lib/og/layout';
import { drawCard, layOutCard } from '../../src/lib/og/render';
import { cardSize } from '../../src/lib/og/size';
import { satoriTextSvg } from '../helpers/satori';

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

/** satori's SVG of an element tree with no text: a card's frame, its lines empty boxes. */
const layOut = async (element: CardNode, size: { width: number; height: number } = cardSize) => (await layOutCard(element, size)).svg;

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

/** A tree of one line in a box, and the line as satori lays out its box. */
async function oneLine(line: CardLine): Promise<{ tree: CardNode; placed: PlacedLine }> {
  const tree: CardNode = {
    type: 'div',
    props: {
      style: { display: 'flex', width: 800, height: 200, paddingLeft: 40, paddingTop: 30 },
      children: [
        {
          type: 'div',
          props: {
            style: { display: 'flex', flexDirection: 'column', width: 600 },
            children: [{ type: 'div', props: { style: { height: line.height }, line } }],
          },
        },
      ],
    },
  };
  const { lines } = await layOutCard(tree, { width: 800, height: 200 });
  return { tree, placed: lines[0] as PlacedLine };
}

describe("a card's line of text", () => {
  const sizes = [
    { size: 76, height: 94 },
    { size: 34, height: 49 },
    { size: 26, height: 35 },
  ];
  // Latin alone takes only a Latin font in a Latin language: the strut of another language's family then counts.
  const cases = ['Capex', 'Capex設備投資'].flatMap((text) =>
    locales.flatMap(({ code: strut }) =>
      locales.flatMap(({ code: lang }) =>
        sizes.flatMap(({ size, height }) =>
          (['left', 'right'] as const).map((align): CardLine => ({
            runs: [{ text, lang }],
            size,
            height,
            weight: 700,
            color: '#1d1c1a',
            align,
            strut,
          })),
        ),
      ),
    ),
  );

  it('starts and sits on its baseline where satori sets the same text, in every language, size and alignment', async () => {
    const wrong: string[] = [];
    for (const line of cases) {
      const { tree, placed } = await oneLine(line);
      const glyphs = setLine(placed);
      const texts = [...(await satoriTextSvg(tree, false, { width: 800, height: 200 })).matchAll(/<text x="([\d.]+)" y="([\d.]+)"/g)];
      const [x, y] = [Number(texts[0]?.[1]), Number(texts[0]?.[2])];
      const label = `${line.runs[0]?.text} (${line.runs[0]?.lang}) on ${line.strut}, ${line.size}px ${line.align}`;
      if (Math.abs((glyphs[0]?.x as number) - x) > 0.01) wrong.push(`${label}: starts at ${glyphs[0]?.x}, satori at ${x}`);
      if (glyphs.some((glyph) => glyph.y !== y)) wrong.push(`${label}: baseline ${glyphs[0]?.y}, satori's ${y}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names each character that no font has once, as a whole grapheme', () => {
    const line = cases[0] as CardLine;
    const lang = line.runs[0]?.lang as CardLine['strut'];
    expect(
      missingGlyphs([
        { ...line, runs: [{ text: 'aༀb𓀀ༀ', lang }] },
        { ...line, runs: [{ text: 'ༀ設備', lang }] },
      ]),
    ).toEqual(['ༀ', '𓀀']);
    expect(missingGlyphs(cases)).toEqual([]);
  });
});

describe("a card's frame", () => {
  it('is filled as resvg draws it, the quotation mark included', async () => {
    const frame = await layOut(cardElement(passage));
    expect(frameElements(frame)?.map((e) => e.tag)).toEqual(expect.arrayContaining(['rect', 'image']));
    const pixels = composeCard(frame, [], cardSize.width, cardSize.height).rgba();
    expect(largestDifference(pixels, resvgPixels(frame))).toBeLessThanOrEqual(1);
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
    const frame = await layOut(element, { width: 200, height: 100 });
    expect(frameElements(frame)).toBeUndefined();
    const pixels = composeCard(frame, [], 200, 100).rgba();
    expect(largestDifference(pixels, resvgPixels(frame))).toBe(0);
  });
});
