import satori from 'satori';
import { localeInfo } from '../../src/lib/i18n/locales';
import { cardFonts, fontStack } from '../../src/lib/og/fonts';
import type { CardLine, CardNode } from '../../src/lib/og/layout';
import { cardSize } from '../../src/lib/og/size';

/** A node of a tree that satori sets text in: a card node, or a span of text. */
interface TextNode {
  type: string;
  props: { style?: Record<string, string | number>; lang?: string; children?: string | TextNode[] };
}

const cssFamilies = (lang: CardLine['strut']) =>
  fontStack(lang)
    .map((family) => `"${family}"`)
    .join(', ');

/**
 * A card's tree with every line node turned into a line of text that satori sets itself (a block
 * in the line's box, a span a run, in the runs' font stacks, on the card language's strut): the
 * reference that the card's own text setting is checked against.
 */
export function withSatoriText(node: CardNode): TextNode {
  const { line, children, ...props } = node.props;
  if (!line) return { type: node.type, props: { ...props, children: (children ?? []).map(withSatoriText) } };
  return {
    type: 'div',
    props: {
      style: {
        display: 'block',
        height: line.height,
        whiteSpace: 'pre',
        textAlign: line.align,
        fontSize: line.size,
        lineHeight: `${line.height}px`,
        fontWeight: line.weight,
        color: line.color,
        fontFamily: cssFamilies(line.strut),
      },
      children: line.runs.map((run) => ({
        type: 'span',
        props: { lang: localeInfo(run.lang).htmlLang, style: { fontFamily: cssFamilies(run.lang) }, children: run.text },
      })),
    },
  };
}

/** satori's SVG of a card's tree with its text set by satori in the card fonts: as glyph outlines, or (`embedFont: false`) as text elements. */
export function satoriTextSvg(node: CardNode, embedFont = true, size: { width: number; height: number } = cardSize): Promise<string> {
  return satori(withSatoriText(node) as unknown as Parameters<typeof satori>[0], {
    ...size,
    embedFont,
    fonts: cardFonts().faces.map((face) => ({ ...face, style: 'normal' as const })),
  });
}
