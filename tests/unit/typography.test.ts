import { describe, expect, it } from 'vitest';
import { localeInfo } from '../../src/lib/i18n/locales';
import { plainText } from '../../src/lib/passages/parse';
import { contentEditions } from '../helpers/content';

/** The English editions, found by their language rather than by a locale code named here. */
const english = contentEditions().filter((edition) => localeInfo(edition.locale).htmlLang.split('-')[0] === 'en');

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
