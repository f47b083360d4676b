import { localeCodes, type Locale } from '../i18n/locales';
import type { Term } from '../glossary/schema';
import { queryPhrase } from './query';

/** A glossary term as the search page knows it: every form of its name in each locale, the headword first. */
export type SearchConcept = Partial<Record<Locale, string[]>>;

/** The search page's concepts (in its `data-concepts`): each term's headword and aliases per locale, each form once. */
export function searchConcepts(terms: readonly Term[]): SearchConcept[] {
  return terms.map((term) =>
    Object.fromEntries(localeCodes.map((code) => [code, [...new Set([term.names[code], ...(term.aliases[code] ?? [])])]])),
  );
}

/**
 * What a concept search adds to `query`: when the whole query is a name or an alias of glossary
 * terms (case, width, punctuation and spaces between CJK characters aside), the headwords of
 * those terms in the locales where the query is not one of its forms (`capex` → 設備投資, 资本支出).
 * Empty when the query names no term.
 */
export function conceptExpansions(query: string, concepts: readonly SearchConcept[]): string[] {
  const asked = queryPhrase(query);
  if (asked === '') return [];
  const added = new Map<string, string>();
  for (const concept of concepts) {
    const forms = Object.entries(concept) as [Locale, string[]][];
    const named = forms.filter(([, names]) => names.some((name) => queryPhrase(name) === asked));
    if (named.length === 0) continue;
    for (const [code, [headword]] of forms) {
      if (!headword || named.some(([locale]) => locale === code)) continue;
      const key = queryPhrase(headword);
      if (key !== asked && !added.has(key)) added.set(key, headword);
    }
  }
  return [...added.values()];
}
