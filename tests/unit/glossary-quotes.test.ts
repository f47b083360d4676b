import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import { plainText } from '../../src/lib/passages/parse';
import { contentEditions, contentTerms } from '../helpers/content';

/**
 * A figure as a text writes it: a number with its scale and unit ($1.4 trillion, 1.4兆ドル,
 * 1.4万亿美元, 2万5000枚, 80%, 60倍) or a fraction (two-thirds, a fifth, 3分の2, 三分之二). The
 * unit is part of it, so that "$500 million" is not taken for the essay's "$500 billion".
 */
const figure =
  /\d+分の\d+|[一二三四五六七八九十]分之[一二三四五六七八九十]|\b(?:a|one|two|three|four)[- ](?:half|thirds?|quarters?|fifths?)\b|[$€]?\d+(?:[.,]\d+)*(?:[万億兆亿]\d*(?:[.,]\d+)*)*(?:%|倍|枚|块|ドル|ユーロ|美元|欧元| (?:million|billion|trillion))?/gu;

/** A phrase in quotation marks, in any of the editions' styles. */
const quoted = /“([^”]+)”|"([^"]+)"|‘([^’]+)’|「([^」]+)」/gu;

/** The plain text of every edition in each locale that has one (a glossary quotes its own language's edition). */
const editionText = new Map<Locale, string>();
for (const edition of contentEditions()) {
  editionText.set(
    edition.locale,
    `${editionText.get(edition.locale) ?? ''}\n${edition.passages.map((p) => plainText(p.content)).join('\n')}`,
  );
}
const terms = contentTerms();

/** What a glossary entry says the essay says, in one language: its figures and its explanation (definitions are general knowledge, not quotations). */
const quoting = (term: (typeof terms)[number], locale: Locale) => [term.explanation[locale], ...term.figures.map((f) => f[locale])];

describe('the glossary against the essay', () => {
  it('has figures and an edition to check them against in every locale', () => {
    expect(terms.some((t) => t.figures.length > 0)).toBe(true);
    for (const locale of localeCodes) expect(editionText.get(locale), locale).toBeTruthy();
  });

  it('states every figure it cites from the essay as the edition in that language writes it', () => {
    const missing: string[] = [];
    for (const term of terms) {
      for (const locale of localeCodes) {
        const text = editionText.get(locale) ?? '';
        for (const said of quoting(term, locale)) {
          for (const [found] of said.matchAll(figure)) if (!text.includes(found)) missing.push(`${term.slug} (${locale}): ${found}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('quotes every phrase in quotation marks word for word from the edition in that language', () => {
    const missing: string[] = [];
    for (const term of terms) {
      for (const locale of localeCodes) {
        const text = editionText.get(locale) ?? '';
        for (const said of quoting(term, locale)) {
          for (const match of said.matchAll(quoted)) {
            // English puts a sentence's comma or period inside the closing mark: not the essay's words.
            const phrase = (match.slice(1).find((group) => group !== undefined) ?? '').replace(/[.,;:]+$/, '');
            if (!text.includes(phrase)) missing.push(`${term.slug} (${locale}): ${phrase}`);
          }
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('the figure pattern', () => {
  const figures = (text: string) => [...text.matchAll(figure)].map((m) => m[0]);
  it('takes a number with its scale and unit, and fractions in words or digits', () => {
    expect(figures('about 80%, roughly $1 billion and €5 billion; two-thirds, a fifth')).toEqual([
      '80%',
      '$1 billion',
      '€5 billion',
      'two-thirds',
      'a fifth',
    ]);
    expect(figures('2万5000枚以上、1.4兆ドル、3分の2')).toEqual(['2万5000枚', '1.4兆ドル', '3分の2']);
    expect(figures('1.4万亿美元，三分之二，60倍')).toEqual(['1.4万亿美元', '三分之二', '60倍']);
  });
});
