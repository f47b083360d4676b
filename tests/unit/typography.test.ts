import { describe, expect, it } from 'vitest';
import { localeCodes, localeInfo, type Locale } from '../../src/lib/i18n/locales';
import { plainText } from '../../src/lib/passages/parse';
import { contentEditions, contentTerms } from '../helpers/content';

/** True for a locale in English, found by its language rather than by a code named here. */
const inEnglish = (locale: Locale) => localeInfo(locale).htmlLang.split('-')[0] === 'en';

/** The English editions. */
const english = contentEditions().filter((edition) => inEnglish(edition.locale));

/** Where an English edition's reader-facing text has a straight quote or apostrophe: `<article>/<locale> <place>: …text…`. */
function straightQuotes(straight: RegExp): string[] {
  const found: string[] = [];
  for (const edition of english) {
    const where = `${edition.article}/${edition.locale}`;
    const texts: [string, string][] = [
      ...(['title', 'dek', 'series', 'translator'] as const).map((field): [string, string] => [field, edition.data[field] ?? '']),
      ...edition.passages.map((p): [string, string] => [`#${p.id}`, plainText(p.content)]),
    ];
    for (const [place, text] of texts) {
      const at = text.search(straight);
      if (at >= 0) found.push(`${where} ${place}: …${text.slice(Math.max(0, at - 20), at + 20)}…`);
    }
  }
  return found;
}

describe('the English editions’ typography', () => {
  it('exist to be checked', () => {
    expect(english.length).toBeGreaterThan(0);
  });

  it('use curly double quotation marks (“ ”), never straight ones, in the passages and the frontmatter text', () => {
    expect(straightQuotes(/"/)).toEqual([]);
  });

  it('use curly apostrophes and single quotation marks (’ ‘), never straight ones', () => {
    expect(straightQuotes(/'/)).toEqual([]);
  });
});

describe('the glossary’s English text', () => {
  it('uses curly quotation marks and apostrophes, as the English editions do', () => {
    const found: string[] = [];
    for (const term of contentTerms()) {
      for (const locale of localeCodes.filter(inEnglish)) {
        const texts = [
          term.names[locale],
          ...(term.aliases[locale] ?? []),
          term.definition[locale],
          term.explanation[locale],
          ...term.figures.map((f) => f[locale]),
        ];
        for (const text of texts) if (/["']/.test(text)) found.push(`${term.slug} (${locale}): ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
