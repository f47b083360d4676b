import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { articlesFilter, editionFilter, localesWithHits, recordFilterName, recordLocale } from '../../src/lib/search/filters';

describe('search filters: one filter a record', () => {
  const [first, second] = localeCodes;

  it('searches one edition as its articles or its glossary terms, and every edition’s articles as any locale of the article filter', () => {
    expect(editionFilter(first!)).toEqual({ any: [{ [recordFilterName.article]: first }, { [recordFilterName.glossary]: first }] });
    expect(articlesFilter(localeCodes)).toEqual({ [recordFilterName.article]: { any: [...localeCodes] } });
  });

  it('reads a record’s locale from whichever filter it carries, and nothing from none', () => {
    expect(recordLocale({ [recordFilterName.article]: [first!] })).toBe(first);
    expect(recordLocale({ [recordFilterName.glossary]: [second!] })).toBe(second);
    expect(recordLocale({})).toBe('');
  });

  it('lists each locale with hits once, from articles and glossary terms alike', () => {
    const totals = { [recordFilterName.article]: { [first!]: 3 }, [recordFilterName.glossary]: { [first!]: 1, [second!]: 2 } };
    expect(localesWithHits(totals).sort()).toEqual([first, second].sort());
    expect(localesWithHits({})).toEqual([]);
  });
});
