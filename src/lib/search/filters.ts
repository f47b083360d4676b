import type { Locale } from '../i18n/locales';
import type { PagefindFilters } from './pagefind';

/**
 * The Pagefind filters of records (records.ts) and of searches (session.ts). An article's records
 * carry `edition`, a glossary term's `term`, each with its locale, and nothing else: every filter
 * name is a file that every cold search loads, listing every record that has it, so a second filter
 * on every record (the `kind` there was) cost as much as the first (about 9 KB gzip at 300 articles).
 */

/** The filter an article edition's records carry, and the one a glossary term's record carries. */
export const recordFilterName = { article: 'edition', glossary: 'term' } as const;

/** One edition's records, its glossary terms included. */
export function editionFilter(locale: Locale): PagefindFilters {
  return { any: [{ [recordFilterName.article]: locale }, { [recordFilterName.glossary]: locale }] };
}

/** Every edition's article records (no glossary term). */
export function articlesFilter(locales: readonly Locale[]): PagefindFilters {
  return { [recordFilterName.article]: { any: [...locales] } };
}

/** The locale a record's filters name, or '' (its `edition`, or its `term`). */
export function recordLocale(filters: Record<string, string[] | undefined>): string {
  return filters[recordFilterName.article]?.[0] ?? filters[recordFilterName.glossary]?.[0] ?? '';
}

/** The locales with hits in a search's `totalFilters`, articles or glossary terms. */
export function localesWithHits(totalFilters: Record<string, Record<string, number>>): string[] {
  return [...new Set(Object.values(recordFilterName).flatMap((name) => Object.keys(totalFilters[name] ?? {})))];
}
