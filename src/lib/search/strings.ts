import { format } from '../text/format';
import { languageName, locales, type Locale } from '../i18n/locales';
import type { UiStrings } from '../i18n/ui-schema';
import type { Article } from '../site/articles';
import type { ArticleTitles, ResultCount } from './results';

/** The UI strings the search script needs, filled in at build time (the script never loads the UI string files). */
export interface SearchStrings {
  loading: string;
  noResults: string;
  /** Contains `{count}`; the second is for a count that is a lower bound. */
  resultCount: string;
  resultCountAtLeast: string;
  unavailable: string;
  glossary: string;
  /** "The same passage in <reader's language>". */
  sameInYours: string;
  /** Introduces the other editions where the same passage matched too. */
  alsoIn: string;
  /** Concept search: what it adds while searching it and once added (`{terms}`), the button that turns it off (`{query}`), and when off, the note (`{query}`) and the button that turns it on (`{terms}`). */
  alsoSearching: string;
  alsoSearched: string;
  onlyQuery: string;
  onlyDone: string;
  alsoSearch: string;
  /** Each edition's label in the reader's language ("English edition", "日本語版"). */
  editions: Record<Locale, string>;
}

/** The search script's strings for a page in `locale`, from that locale's UI strings. */
export function searchStrings(t: UiStrings, locale: Locale): SearchStrings {
  return {
    loading: t.searchLoading,
    noResults: t.searchNoResults,
    resultCount: t.searchResultCount,
    resultCountAtLeast: t.searchResultCountAtLeast,
    unavailable: t.searchUnavailable,
    glossary: t.glossary,
    sameInYours: format(t.searchSameInYours, { language: languageName(locale, locale) }),
    alsoIn: t.searchAlsoIn,
    alsoSearching: t.searchAlsoSearching,
    alsoSearched: t.searchAlsoSearched,
    onlyQuery: t.searchOnlyQuery,
    onlyDone: t.searchOnlyDone,
    alsoSearch: t.searchAlsoSearch,
    editions: Object.fromEntries(
      locales.map((l) => [l.code, format(t.editionLanguage, { language: languageName(l.code, locale) })]),
    ) as Record<Locale, string>,
  };
}

/** Every article's title in each edition that exists, for the search script to title passage results with. */
export function searchTitles(articles: readonly Article[]): ArticleTitles {
  return Object.fromEntries(
    articles.map((article) => [
      article.slug,
      Object.fromEntries(Object.entries(article.editions).map(([code, edition]) => [code, edition.data.title])),
    ]),
  );
}

/** A count as a filter shows it: `12`, or `12+` when it is a lower bound; `0` when there is none. */
export function countText(count: ResultCount | undefined): string {
  return count ? `${count.count}${count.exact ? '' : '+'}` : '0';
}

/** The status line for a view's count: no results, "{count} results", or at least that many. */
export function statusText(strings: SearchStrings, count: ResultCount | undefined): string {
  if (!count || count.count === 0) return strings.noResults;
  return format(count.exact ? strings.resultCount : strings.resultCountAtLeast, { count: count.count });
}
