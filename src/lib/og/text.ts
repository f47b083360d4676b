import { loadDefaultParsers } from 'budoux';
import { localeInfo, type Locale } from '../i18n/locales';
import { graphemesOf } from '../text/truncate';

/** A piece of text in one language: the language picks the font order (and so the glyph forms of Han characters). */
export interface Text {
  text: string;
  lang: Locale;
}

/** The width of a text in ems when set in the fonts of `lang` (one weight, bound by the caller). */
export type Measure = (text: string, lang: Locale) => number;

/** Where a text must fit: a box, the font sizes to try (largest first) and the line height as a ratio of the size. */
export interface TextBox {
  width: number;
  height: number;
  sizes: readonly number[];
  leading: number;
  /** Even out the lines of a text that fits (like CSS `text-wrap: balance`): no short last line under a heading. */
  balance?: boolean;
}

/** A text laid out in a box: its font size, line height in pixels and lines (each a list of runs). */
export interface FittedText {
  size: number;
  lineHeight: number;
  lines: Text[][];
  /** True when the text did not fit even at the smallest size and was cut with an ellipsis. */
  truncated: boolean;
}

/** The ellipsis that ends a cut text. */
export const ellipsis = '…';

/** A piece of a line that is never broken: a phrase, a word, a single grapheme of an over-long word, or a space. */
interface Token extends Text {
  width: number;
  space: boolean;
}

let parsers: Map<string, { parse(sentence: string): string[] }> | undefined;

/**
 * Splits a text into the pieces that a line may break between: BudouX phrases for a language that
 * BudouX has a model for (looked up by the locale's `<html lang>`: Japanese, Simplified Chinese),
 * words elsewhere; spaces are pieces of their own. White space is collapsed.
 */
export function phrases(text: string, lang: Locale): string[] {
  parsers ??= loadDefaultParsers();
  const collapsed = text.replace(/\s+/g, ' ');
  const parser = parsers.get(localeInfo(lang).htmlLang.toLowerCase());
  const chunks = parser ? parser.parse(collapsed) : [collapsed];
  return chunks.flatMap((chunk) => chunk.split(/( )/)).filter((piece) => piece !== '');
}

/** Characters that should not stand right before an ellipsis. */
const beforeEllipsis = /[\s、。，．,.:：;；・·—–-]+$/u;

/**
 * Lays out runs of text in a box: the largest size at which the whole text fits with line breaks
 * only between phrases (inside a word only when it is wider than the box even at the smallest
 * size); when even the smallest size is too small, as many lines as fit, the last one cut and
 * ended with an ellipsis.
 * Throws when the box cannot hold one line at the smallest size (a template error).
 */
export function fitText(runs: readonly Text[], box: TextBox, measure: Measure): FittedText {
  const tokens = runs.flatMap((run) =>
    phrases(run.text, run.lang).map((text) => ({ text, lang: run.lang, width: measure(text, run.lang), space: text === ' ' })),
  );
  for (const [index, size] of box.sizes.entries()) {
    const lineHeight = Math.round(size * box.leading);
    const maxLines = Math.floor(box.height / lineHeight);
    if (maxLines < 1) throw new Error(`a ${box.height}px high text box cannot hold a ${lineHeight}px line`);
    const width = box.width / size;
    const lines = breakLines(tokens, width, measure);
    const smallest = index === box.sizes.length - 1;
    // A size that must break a word inside is only taken when no smaller size is left to try.
    const whole = tokens.every((t) => t.width <= width);
    if (lines.length <= maxLines && (whole || smallest)) {
      return {
        size,
        lineHeight,
        lines: (box.balance ? balanced(tokens, lines.length, width, measure) : lines).map(toRuns),
        truncated: false,
      };
    }
    if (smallest) return { size, lineHeight, lines: cut(lines, maxLines, width, measure).map(toRuns), truncated: true };
  }
  throw new Error('a text box needs at least one font size');
}

/** Greedy line breaking at token boundaries; a token wider than a line is broken between graphemes. */
function breakLines(tokens: readonly Token[], width: number, measure: Measure): Token[][] {
  const lines: Token[][] = [];
  let line: Token[] = [];
  let used = 0;
  const add = (token: Token) => {
    if (line.length > 0 && used + token.width > width) {
      lines.push(trimEnd(line));
      line = [];
      used = 0;
    }
    if (token.space && line.length === 0) return;
    line.push(token);
    used += token.width;
  };
  for (const token of tokens) {
    if (token.width <= width || token.space) add(token);
    else for (const text of graphemesOf(token.text)) add({ ...token, text, width: measure(text, token.lang) });
  }
  if (line.length > 0) lines.push(trimEnd(line));
  return lines;
}

function trimEnd(line: Token[]): Token[] {
  let end = line.length;
  while (end > 0 && line[end - 1]?.space) end--;
  return line.slice(0, end);
}

/**
 * The lines of the narrowest measure (to a hundredth of an em) that still breaks the text into
 * `count` lines, never narrower than its widest phrase (which would then be broken).
 */
function balanced(tokens: readonly Token[], count: number, width: number, measure: Measure): Token[][] {
  let narrow = Math.max(0, ...tokens.filter((t) => t.width <= width).map((t) => t.width));
  let wide = width;
  while (wide - narrow > 0.01) {
    const middle = (narrow + wide) / 2;
    if (breakLines(tokens, middle, measure).length <= count) wide = middle;
    else narrow = middle;
  }
  return breakLines(tokens, wide, measure);
}

/** The first `maxLines` lines, the last one shortened until it holds an ellipsis. */
function cut(lines: Token[][], maxLines: number, width: number, measure: Measure): Token[][] {
  const kept = lines.slice(0, maxLines);
  // Lines are never empty, and there are more than `maxLines` of them.
  const last = kept[maxLines - 1] as Token[];
  const { lang } = last.at(-1) as Token;
  const pieces = last.flatMap((token) => graphemesOf(token.text).map((text) => ({ text, lang: token.lang })));
  const widthOf = (list: Text[]) => list.reduce((sum, piece) => sum + measure(piece.text, piece.lang), 0) + measure(ellipsis, lang);
  const text = () => pieces.map((p) => p.text).join('');
  while (pieces.length > 0 && (widthOf(pieces) > width || beforeEllipsis.test(text()))) pieces.pop();
  const ending: Token = { text: ellipsis, lang, width: measure(ellipsis, lang), space: false };
  kept[maxLines - 1] = [...pieces.map((p) => ({ ...p, width: 0, space: false })), ending];
  return kept;
}

/** Joins the tokens of a line into runs of one language each. */
function toRuns(line: readonly Token[]): Text[] {
  const runs: Text[] = [];
  for (const token of line) {
    const previous = runs.at(-1);
    if (previous?.lang === token.lang) previous.text += token.text;
    else runs.push({ text: token.text, lang: token.lang });
  }
  return runs;
}
