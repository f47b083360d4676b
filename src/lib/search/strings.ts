import { format } from '../i18n/ui';
import { languageName, locales, type Locale } from '../i18n/locales';
import type { UiStrings } from '../i18n/ui-schema';

/** The UI strings the search script needs, filled in at build time (the script never loads the UI string files). */
export interface SearchStrings {
  loading: string;
  noResults: string;
  /** Contains `{count}`. */
  resultCount: string;
  unavailable: string;
  glossary: string;
  /** "The same passage in <reader's language>". */
  sameInYours: string;
  /** Each edition's label in the reader's language ("English edition", "日本語版"). */
  editions: Record<Locale, string>;
}

/** The search script's strings for a page in `locale`, from that locale's UI strings. */
export function searchStrings(t: UiStrings, locale: Locale): SearchStrings {
  return {
    loading: t.searchLoading,
    noResults: t.searchNoResults,
    resultCount: t.searchResultCount,
    unavailable: t.searchUnavailable,
    glossary: t.glossary,
    sameInYours: format(t.searchSameInYours, { language: languageName(locale, locale) }),
    editions: Object.fromEntries(locales.map((l) => [l.code, format(t.editionLanguage, { language: languageName(l.code, locale) })])) as Record<Locale, string>,
  };
}
