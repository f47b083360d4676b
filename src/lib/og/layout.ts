import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { cardFonts, type CardWeight } from './fonts';
import { cardSize } from './size';
import { fitText, type Text, type TextBox } from './text';

/** What every card shows in its frame: the site name, a kicker (what the page is) and a footer line. */
interface CardFrame {
  /** The page the card belongs to (not drawn: identical cards of two pages share one cached image). */
  page: string;
  /** Where the card is served: `/og/….png` (the route's `card`). */
  card: string;
  /** The site name (`cardSite`) in the page's language; its language is the card's language. */
  site: Text;
  kicker: Text[];
  footer: Text[];
}

/** A column of a card set in columns: a label (a language's name) above a title. */
export interface CardColumn {
  label: Text;
  title: Text;
}

/** Everything a card shows, already in words: one variant per kind of page. */
export type CardSpec = CardFrame &
  (
    | { type: 'home' | 'glossary' | 'search' | 'article'; title: Text; lead: Text; note?: Text }
    | { type: 'passage'; quote: Text; source: Text; original?: Text }
    | { type: 'site' | 'compare'; columns: CardColumn[] }
    | { type: 'term'; name: Text; names: Text[]; definition: Text }
  );

/**
 * A line of a card's text, set as it was fitted: satori lays out only an empty box for it (the node
 * that carries it as its `line` prop), and its glyphs are drawn into that box (glyphs.ts).
 */
export interface CardLine {
  runs: Text[];
  /** Font size and line height in pixels. */
  size: number;
  height: number;
  weight: CardWeight;
  /** `#rrggbb`. */
  color: string;
  align: 'left' | 'right';
  /** The card's language: its first family's ascent and descent are the line's strut, as in CSS. */
  strut: Locale;
}

/** An element of the tree that satori lays out: a React-element-like object (no React needed). */
export interface CardNode {
  type: 'div' | 'svg' | 'path';
  props: { style?: Style; line?: CardLine; children?: CardNode[]; [attribute: string]: unknown };
}

type Style = Record<string, string | number>;

/** The light palette of src/styles/global.css (its first `:root` block): cards use the site's colours. */
export const palette = readPalette(fs.readFileSync(path.resolve('src/styles/global.css'), 'utf8'));

function readPalette(css: string) {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colours = new Map([...root.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\b/gi)].map((m) => [m[1], m[2]]));
  const colour = (name: string) => {
    const value = colours.get(name);
    if (!value) throw new Error(`src/styles/global.css: no --${name} colour in :root`);
    return value;
  };
  return { bg: colour('bg'), fg: colour('fg'), muted: colour('muted'), accent: colour('accent'), rule: colour('rule') };
}

/** How a kind of text is set: weight, colour, the sizes to try (largest first) and the line height. */
interface Role {
  weight: CardWeight;
  color: string;
  sizes: readonly number[];
  leading: number;
  balance?: boolean;
}

const roles = {
  title: { weight: 700, color: palette.fg, sizes: [76, 68, 61, 55, 49, 44], leading: 1.24, balance: true },
  columnTitle: { weight: 700, color: palette.fg, sizes: [54, 48, 43, 38, 34, 31], leading: 1.26, balance: true },
  lead: { weight: 400, color: palette.muted, sizes: [34, 31, 28], leading: 1.45 },
  quote: { weight: 400, color: palette.fg, sizes: [52, 47, 42, 38, 35], leading: 1.48 },
  /** A bilingual card's two quotations: smaller, so that both fit. */
  pairQuote: { weight: 400, color: palette.fg, sizes: [40, 36, 33], leading: 1.45 },
  pairOriginal: { weight: 400, color: palette.muted, sizes: [34, 31, 28], leading: 1.45 },
  source: { weight: 700, color: palette.fg, sizes: [30, 28, 26], leading: 1.3 },
  label: { weight: 700, color: palette.accent, sizes: [28, 26, 24], leading: 1.3 },
  meta: { weight: 400, color: palette.muted, sizes: [26, 24, 22], leading: 1.35 },
} as const satisfies Record<string, Role>;

/** The frame's geometry: an accent band on the left, then a padded column of header, body and footer. */
const band = 18;
const padding = { top: 54, right: 72, bottom: 50, left: 64 };
const width = cardSize.width - band - padding.left - padding.right;
/** The space between the frame's parts and between a card's main blocks; `tight` between closely related ones. */
const gap = 28;
const tight = 20;
const ruleWidth = 2;
/** The height of one line of a role at its largest size. */
const lineOf = (role: Role) => Math.round((role.sizes[0] as number) * role.leading);
const headerHeight = lineOf(roles.label);
const footerHeight = ruleWidth + tight + lineOf(roles.meta);
/** The height left for a card's own content between header and footer. */
const bodyHeight = cardSize.height - padding.top - padding.bottom - headerHeight - footerHeight - 2 * gap;

const div = (style: Style, children: CardNode[]): CardNode => ({ type: 'div', props: { style, children } });

/** A text fitted into a box, as an element, with the height it takes. */
interface Block {
  node: CardNode;
  height: number;
}

/** Fits runs of text into a box, a line node for each of its lines: every line is drawn exactly as the fitting measured it. */
function block(
  runs: readonly Text[],
  role: Role,
  box: { width: number; height: number },
  strut: Locale,
  align: CardLine['align'] = 'left',
): Block {
  const fitted = fitText(
    runs,
    { ...box, sizes: role.sizes, leading: role.leading, balance: role.balance ?? false } satisfies TextBox,
    cardFonts().measure(role.weight),
  );
  const lines = fitted.lines.map((line): CardNode => ({
    type: 'div',
    props: {
      style: { height: fitted.lineHeight },
      line: { runs: line, size: fitted.size, height: fitted.lineHeight, weight: role.weight, color: role.color, align, strut },
    },
  }));
  return {
    node: div({ display: 'flex', flexDirection: 'column', width: box.width }, lines),
    height: fitted.lines.length * fitted.lineHeight,
  };
}

/**
 * Runs joined by a middle dot set in the card's language `lang`, so that every separator of a card
 * looks the same; spaced when the font's dot is narrow (Latin), not when it is full-width (CJK).
 */
function joined(runs: readonly Text[], lang: Locale): Text[] {
  const separator = cardFonts().measure(400)('·', lang) > 0.8 ? '·' : ' · ';
  return runs.flatMap((run, i) => (i === 0 ? [run] : [{ text: separator, lang }, run]));
}

/** An opening quotation mark drawn as two filled "6" shapes: the same in every language (fonts draw it very differently). */
function quotationMark(size: number): CardNode {
  const six = (x: number) => [
    `M${x} 45a15 15 0 1 0 30 0a15 15 0 1 0-30 0Z`,
    `M${x + 0.4} 46C${x - 1} 24 ${x + 10} 9 ${x + 30} 1L${x + 32.5} 7C${x + 20} 14 ${x + 13} 25 ${x + 16} 36Z`,
  ];
  return {
    type: 'svg',
    props: {
      width: size,
      height: (size * 60) / 72,
      viewBox: '0 0 72 60',
      children: [...six(0), ...six(40)].map((d) => ({ type: 'path', props: { d, fill: palette.accent } })),
    },
  };
}

/** Blocks stacked top to bottom with a gap between them. */
function column(blocks: readonly (Block | undefined)[], spacing: number, style: Style = {}): CardNode {
  return div(
    { display: 'flex', flexDirection: 'column', rowGap: spacing, ...style },
    blocks.flatMap((b) => (b ? [b.node] : [])),
  );
}

/** The content of a card between header and footer; every builder stays within `bodyHeight`. */
function body(spec: CardSpec): CardNode {
  const { lang } = spec.site;
  switch (spec.type) {
    case 'home':
    case 'glossary':
    case 'search':
    case 'article': {
      const note = spec.note && block([spec.note], roles.label, { width, height: lineOf(roles.label) }, lang);
      const noteSpace = note ? note.height + gap : 0;
      const title = block([spec.title], roles.title, { width, height: bodyHeight - noteSpace - gap - lineOf(roles.lead) }, lang);
      const lead = block([spec.lead], roles.lead, { width, height: bodyHeight - noteSpace - title.height - gap }, lang);
      return column([title, lead, note], gap);
    }
    case 'passage': {
      const indent = 84;
      const dash = 28;
      const source = block([spec.source], roles.source, { width: width - indent - dash - tight, height: lineOf(roles.source) }, lang);
      const room = bodyHeight - source.height - gap;
      // A bilingual card: the translation in up to three lines, the original under it in up to two
      // (smaller, muted), so that the card stays within 100 KB with the densest CJK passages.
      const quote = spec.original
        ? block([spec.quote], roles.pairQuote, { width: width - indent, height: 3 * lineOf(roles.pairQuote) }, lang)
        : block([spec.quote], roles.quote, { width: width - indent, height: room }, lang);
      const original =
        spec.original &&
        block(
          [spec.original],
          roles.pairOriginal,
          {
            width: width - indent,
            height: Math.min(2 * lineOf(roles.pairOriginal), room - quote.height - 2 * tight - ruleWidth),
          },
          lang,
        );
      const quotes: Block = original
        ? {
            node: column(
              [quote, { node: div({ height: ruleWidth, width: 120, backgroundColor: palette.rule }, []), height: ruleWidth }, original],
              tight,
            ),
            height: quote.height + original.height + 2 * tight + ruleWidth,
          }
        : quote;
      // A flex box, not a block: a block would set the mark on a line of text, whose strut needs a font.
      const mark = div({ display: 'flex', width: indent, paddingTop: 8 }, [quotationMark(60)]);
      const sourceLine = div({ display: 'flex', alignItems: 'center', columnGap: tight }, [
        div({ width: dash, height: 3, backgroundColor: palette.accent }, []),
        source.node,
      ]);
      return div({ display: 'flex' }, [mark, column([quotes, { node: sourceLine, height: source.height }], gap)]);
    }
    case 'site':
    case 'compare': {
      const gutter = 36;
      const inner = (width - (spec.columns.length - 1) * (2 * gutter + ruleWidth)) / spec.columns.length;
      const columns = spec.columns.map((col) => {
        const label = block([col.label], roles.label, { width: inner, height: lineOf(roles.label) }, lang);
        const title = block([col.title], roles.columnTitle, { width: inner, height: bodyHeight - label.height - tight }, lang);
        return column([label, title], tight, { width: inner });
      });
      const rule = div({ width: ruleWidth, backgroundColor: palette.rule }, []);
      return div(
        { display: 'flex', columnGap: gutter, height: bodyHeight },
        columns.flatMap((col, i) => (i === 0 ? [col] : [rule, col])),
      );
    }
    case 'term': {
      const names = block(joined(spec.names, lang), roles.lead, { width, height: lineOf(roles.lead) }, lang);
      const name = block([spec.name], roles.title, { width, height: bodyHeight - names.height - lineOf(roles.lead) - 2 * tight }, lang);
      const definition = block(
        [spec.definition],
        { ...roles.lead, color: palette.fg },
        { width, height: bodyHeight - name.height - names.height - 2 * tight },
        lang,
      );
      return column([name, names, definition], tight);
    }
  }
}

/** The element tree of a card: the shared frame (accent band, site name and kicker, footer rule and line) around its body. */
export function cardElement(spec: CardSpec): CardNode {
  const { lang } = spec.site;
  const half = (width - gap) / 2;
  const header = div({ display: 'flex', justifyContent: 'space-between', height: headerHeight }, [
    block([spec.site], roles.label, { width: half, height: headerHeight }, lang).node,
    block(joined(spec.kicker, lang), roles.meta, { width: half, height: headerHeight }, lang, 'right').node,
  ]);
  // The rule is a box of its own, not a border: satori draws a border through clip paths, which
  // only resvg draws, where a box is a rectangle that the card's frame fills (compose.ts).
  const footer = column(
    [
      { node: div({ width, height: ruleWidth, backgroundColor: palette.rule }, []), height: ruleWidth },
      block(joined(spec.footer, lang), roles.meta, { width, height: lineOf(roles.meta) }, lang),
    ],
    tight,
    { height: footerHeight },
  );
  const main = div(
    { display: 'flex', flexDirection: 'column', justifyContent: 'center', height: bodyHeight, marginTop: gap, marginBottom: gap },
    [body(spec)],
  );
  const content = div(
    {
      display: 'flex',
      flexDirection: 'column',
      width: width + padding.left + padding.right,
      padding: `${padding.top}px ${padding.right}px ${padding.bottom}px ${padding.left}px`,
    },
    [header, main, footer],
  );
  return div(
    {
      display: 'flex',
      width: cardSize.width,
      height: cardSize.height,
      backgroundColor: palette.bg,
    },
    [div({ width: band, height: cardSize.height, backgroundColor: palette.accent }, []), content],
  );
}
