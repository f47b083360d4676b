import { isLocale, localeCodes, localeInfo, type Locale } from '../i18n/locales';
import { passagePath } from '../i18n/paths';
import type { PagefindResultData } from './pagefind';
import { contentWords, highlightsFor, matchPassages, type PassageMatch } from './passages';
import { matchesWholeQuery } from './query';

/** What a result is: a passage of an article edition, a glossary term, or another indexed page. */
export type ResultKind = 'article' | 'glossary' | 'page';

/** A search result as the search page shows it. */
export interface SearchResult {
  /** The edition (locale) of the page the hit is in. */
  edition: Locale;
  kind: ResultKind;
  /** The article's or term's slug. */
  slug: string | null;
  /** The page, without query or fragment. */
  url: string;
  title: string;
  /** Articles: the passage the reader lands on (null when the only hits are in the title or byline). */
  passage: PassageMatch | null;
  /** Articles: further passages that match as well as the first, best first (at most three). */
  more: PassageMatch[];
  /** The text the excerpt is cut from: the passage, or the page's content. */
  text: string;
  /** The words to mark in the excerpt and to highlight on arrival. */
  highlights: string[];
  /** False when the page holds only some segments of a CJK query (see `matchesWholeQuery`). */
  complete: boolean;
  /** Pagefind's rank, across all bundles (0 = best). */
  rank: number;
}

/** The locale, kind and slug of a page URL: `/<locale>/articles/<slug>/`, `/<locale>/glossary/<slug>/`, or another page. */
export function describeUrl(url: string): { locale: Locale | null; kind: ResultKind; slug: string | null } {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
  const [, first = '', section, slug, ...rest] = path.split('/');
  const locale = isLocale(first) ? first : null;
  const single = slug !== undefined && slug !== '' && rest.every((segment) => segment === '');
  if (section === 'articles' && single) return { locale, kind: 'article', slug };
  if (section === 'glossary' && single) return { locale, kind: 'glossary', slug };
  return { locale, kind: 'page', slug: null };
}

/** The search result for one Pagefind result of `query`, at Pagefind rank `rank`; null for a page outside every locale. */
export function toResult(data: PagefindResultData, query: string, rank: number): SearchResult | null {
  const { locale, kind, slug } = describeUrl(data.url);
  const metaEdition = data.meta['edition'] ?? '';
  const edition = isLocale(metaEdition) ? metaEdition : locale;
  if (!edition) return null;
  const title = data.meta['title'] ?? data.url;
  const url = data.url.replace(/[?#].*$/, '');
  const complete = matchesWholeQuery(data.content, query);
  const base = { edition, kind, slug, url, title, complete, rank };
  const lang = localeInfo(edition).htmlLang;
  if (kind === 'article') {
    const passages = matchPassages(contentWords(data.raw_content ?? data.content), data.anchors, data.weighted_locations, query, lang);
    const [passage = null, ...rest] = passages;
    if (passage) {
      const alike = (other: PassageMatch) => (passage.phraseCount > 0 ? other.phraseCount > 0 : other.partsPresent >= passage.partsPresent && other.partsPresent > 0);
      return { ...base, passage, more: rest.filter(alike).slice(0, 3), text: passage.text, highlights: passage.highlights };
    }
  }
  const words = contentWords(data.raw_content ?? data.content);
  const hitWords = data.locations.map((location) => words.words[location] ?? '');
  return { ...base, passage: null, more: [], text: data.content, highlights: highlightsFor(data.content, query, hitWords, lang) };
}

/**
 * Orders results: pages that match the whole query before partial matches, and within each, the
 * reader's own edition first; otherwise Pagefind's order (its scores are comparable across the
 * merged bundles).
 */
export function rankResults(results: readonly SearchResult[], reader: Locale): SearchResult[] {
  const key = (result: SearchResult) => (result.complete ? 0 : 2) + (result.edition === reader ? 0 : 1);
  return [...results].sort((a, b) => key(a) - key(b) || a.rank - b.rank);
}

/** Which results a filter shows: one edition, or all of them. */
export type EditionFilter = Locale | 'all';

/** Reads an edition filter from a URL parameter; anything unknown means all editions. */
export function parseFilter(value: string | null): EditionFilter {
  return value && isLocale(value) ? value : 'all';
}

/**
 * The results a filter shows, in order. Under "all", a glossary term found in another edition is
 * left out when the reader's own edition of that term is among the results (every edition of a
 * term page lists the term's names in all three languages, so each would match).
 */
export function filterResults(results: readonly SearchResult[], filter: EditionFilter, reader: Locale): SearchResult[] {
  if (filter !== 'all') return results.filter((result) => result.edition === filter);
  const ownTerms = new Set(results.filter((r) => r.kind === 'glossary' && r.edition === reader).map((r) => r.slug));
  return results.filter((result) => !(result.kind === 'glossary' && result.edition !== reader && ownTerms.has(result.slug)));
}

/** How many results each filter shows. */
export function countByFilter(results: readonly SearchResult[], reader: Locale): Record<EditionFilter, number> {
  const counts = { all: filterResults(results, 'all', reader).length } as Record<EditionFilter, number>;
  for (const code of localeCodes) counts[code] = filterResults(results, code, reader).length;
  return counts;
}

/** The link to a hit: the page, one `highlight` parameter per word (marked by the article page on arrival), and `#<passage id>`. */
export function resultHref(url: string, passageId: string | null, highlights: readonly string[]): string {
  const params = new URLSearchParams();
  for (const word of highlights) params.append('highlight', word);
  const query = params.toString();
  return `${url}${query ? `?${query}` : ''}${passageId ? `#${encodeURIComponent(passageId)}` : ''}`;
}

/** For a passage found in another edition: the same passage in the reader's edition (`/<reader>/articles/<slug>/#<id>`), else null. */
export function sameInEdition(result: SearchResult, reader: Locale): string | null {
  if (result.kind !== 'article' || result.edition === reader || !result.slug || !result.passage) return null;
  return passagePath(reader, result.slug, result.passage.id);
}

/** The result count line: the `searchResultCount` string with `{count}` filled. */
export function countLine(template: string, count: number): string {
  return template.replace('{count}', String(count));
}
