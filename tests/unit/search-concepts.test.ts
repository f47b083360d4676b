import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { conceptExpansions, searchConcepts } from '../../src/lib/search/concepts';
import { readSite } from '../../src/lib/site/read';
import { root } from '../helpers/build';

const concepts = [
  { ja: ['設備投資', '設備投資額'], en: ['capital expenditure', 'capex'], zh: ['资本支出'] },
  { ja: ['GPU'], en: ['GPU'], zh: ['GPU'] },
  { ja: ['空売り'], en: ['short selling', 'shorting'], zh: ['做空'] },
];

describe('concept expansions', () => {
  it('add the headwords of the other languages to a query that is a name or an alias of a term', () => {
    expect(conceptExpansions('capex', concepts)).toEqual(['設備投資', '资本支出']);
    expect(conceptExpansions('空売り', concepts)).toEqual(['short selling', '做空']);
    expect(conceptExpansions('资本支出', concepts)).toEqual(['設備投資', 'capital expenditure']);
  });

  it('match the whole query whatever its case, width, quotes or the spaces between CJK characters', () => {
    for (const query of ['CAPEX', 'ｃａｐｅｘ', ' "capex" ', '設備 投資', '設備投資額'])
      expect(conceptExpansions(query, concepts).length, query).toBeGreaterThan(0);
  });

  it('add nothing for a name that is the same in every language, for part of a name, or for other words', () => {
    expect(conceptExpansions('GPU', concepts)).toEqual([]);
    expect(conceptExpansions('capital', concepts)).toEqual([]);
    expect(conceptExpansions('capex growth', concepts)).toEqual([]);
    expect(conceptExpansions('', concepts)).toEqual([]);
  });

  it('are made from the glossary’s names and aliases in every locale', () => {
    const { terms } = readSite(path.join(root, 'content')).site;
    const made = searchConcepts(terms);
    expect(made).toHaveLength(terms.length);
    for (const [i, term] of terms.entries())
      for (const code of localeCodes) {
        expect(made[i]?.[code]?.[0]).toBe(term.names[code]);
        expect(made[i]?.[code]).toEqual(expect.arrayContaining(term.aliases[code] ?? []));
        // Each alias of a locale whose name differs elsewhere finds that other name.
        for (const alias of term.aliases[code] ?? [])
          for (const other of localeCodes.filter((c) => !made[i]?.[c]?.includes(alias)))
            expect(conceptExpansions(alias, made), `${alias} → ${other}`).toContain(term.names[other]);
      }
  });
});
