import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/lib/i18n/locales';
import { cardFonts, fontStack } from '../../src/lib/og/fonts';
import { ellipsis, fitText, phrases, type TextBox } from '../../src/lib/og/text';

const measure = cardFonts().measure(700);
const box: TextBox = { width: 900, height: 250, sizes: [72, 60, 48], leading: 1.25 };
const lineText = (line: { text: string }[]) => line.map((run) => run.text).join('');
const lineWidth = (line: { text: string; lang: Locale }[], size: number) =>
  line.reduce((sum, run) => sum + measure(run.text, run.lang), 0) * size;

const title = {
  ja: 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?',
  en: 'How Did AI Trap the Whole World Inside a Bubble?',
  zh: 'AI是如何把全世界困在泡沫里的？',
} as const;

describe('text fitting', () => {
  it('sets a short title at the largest size, whole', () => {
    const fitted = fitText([{ text: 'Parallel Editions', lang: 'en' }], box, measure);
    expect(fitted).toMatchObject({ size: 72, truncated: false });
    expect(fitted.lines.map(lineText)).toEqual(['Parallel Editions']);
  });

  it('shrinks a longer title before cutting anything', () => {
    for (const lang of ['ja', 'en', 'zh'] as const) {
      const fitted = fitText([{ text: title[lang].repeat(2), lang }], box, measure);
      expect(fitted.truncated).toBe(false);
      expect(fitted.size).toBeLessThan(72);
      expect(fitted.lines.map(lineText).join('').replace(/ /g, '')).toBe(title[lang].repeat(2).replace(/ /g, ''));
    }
  });

  it('ends an over-long title and passage with an ellipsis, every line inside the box', () => {
    for (const lang of ['ja', 'en', 'zh'] as const) {
      for (const text of [title[lang].repeat(8), `${title[lang]} `.repeat(40)]) {
        const fitted = fitText([{ text, lang }], box, measure);
        expect(fitted.truncated).toBe(true);
        expect(fitted.size).toBe(48);
        expect(lineText(fitted.lines.at(-1) ?? [])).toMatch(new RegExp(`[^\\s、。，,.]${ellipsis}$`, 'u'));
        expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(box.height);
        for (const line of fitted.lines) expect(lineWidth(line, fitted.size)).toBeLessThanOrEqual(box.width);
      }
    }
  });

  it('breaks a word wider than the box between its letters rather than overflow', () => {
    const url = 'https://t.me/TechFlowDailyTechFlowDailyTechFlowDailyTechFlowDaily';
    const fitted = fitText([{ text: url, lang: 'en' }], { ...box, sizes: [48] }, measure);
    expect(fitted.lines.length).toBeGreaterThan(1);
    expect(fitted.lines.map(lineText).join('')).toBe(url);
    for (const line of fitted.lines) expect(lineWidth(line, fitted.size)).toBeLessThanOrEqual(box.width);
  });

  it('balances the lines of a heading when asked', () => {
    const fitted = fitText([{ text: title.zh, lang: 'zh' }], { ...box, width: 700, balance: true }, measure);
    const [first, second] = fitted.lines.map((line) => lineWidth(line, fitted.size));
    expect(fitted.lines).toHaveLength(2);
    expect(Math.abs((first ?? 0) - (second ?? 0))).toBeLessThan(fitted.size * 3);
  });

  it('never balances a heading by breaking a word', () => {
    const fitted = fitText([{ text: 'Hyperfinancialization everywhere', lang: 'en' }], { ...box, width: 700, balance: true }, measure);
    expect(fitted.lines.map(lineText)).toEqual(['Hyperfinancialization', 'everywhere']);
  });

  it('refuses a box that cannot hold a single line (a template error)', () => {
    expect(() => fitText([{ text: 'x', lang: 'en' }], { ...box, height: 20 }, measure)).toThrow(/cannot hold/);
  });
});

describe('phrase-aware line breaking', () => {
  it('splits Japanese and Chinese into BudouX phrases and English into words', () => {
    expect(phrases('AIはどのようにして全世界を泡沫の中に', 'ja')).toEqual(['AIは', 'どのように', 'して', '全世界を', '泡沫の', '中に']);
    expect(phrases('AI是如何把全世界困在泡沫里的', 'zh')).toEqual(expect.arrayContaining(['如何', '世界', '泡沫']));
    expect(phrases('How  Did\nAI', 'en')).toEqual(['How', ' ', 'Did', ' ', 'AI']);
  });

  it('keeps every phrase whole on one line, at any width that holds the longest phrase', () => {
    for (const lang of ['ja', 'zh'] as const) {
      const text =
        title[lang] +
        (lang === 'ja'
          ? 'この騒然とした状況の中で、いくつかの深い、不可逆的な構造的変化が静かに生じている。'
          : '在这场喧嚣之中，一些深刻而不可逆的结构性变化正在悄然发生。');
      const starts = new Set<number>();
      let offset = 0;
      for (const phrase of phrases(text, lang)) {
        starts.add(offset);
        offset += phrase.length;
      }
      for (let width = 380; width <= 1000; width += 37) {
        const fitted = fitText([{ text, lang }], { width, height: 2000, sizes: [40], leading: 1.5 }, measure);
        let position = 0;
        for (const line of fitted.lines) {
          expect(starts.has(position), `line "${lineText(line)}" at ${width}px starts inside a phrase`).toBe(true);
          position += lineText(line).length;
        }
        expect(fitted.lines.map(lineText).join('')).toBe(text);
      }
    }
  });
});

describe('fonts', () => {
  it("puts each language's own font first, so that Han characters take its glyph forms", () => {
    expect(fontStack('ja')[0]).toBe('Noto Sans JP');
    expect(fontStack('zh')[0]).toBe('Noto Sans SC');
    expect(fontStack('en')[0]).toBe('Inter');
    expect(new Set(fontStack('en'))).toEqual(new Set(fontStack('ja')));
  });

  it('are read once per process', () => {
    expect(cardFonts()).toBe(cardFonts());
  });
});
