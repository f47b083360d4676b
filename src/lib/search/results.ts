import { isLocale, localeInfo, type Locale } from '../i18n/locales';
import { parsePagePath, passagePath } from '../routes/paths';
import type { PagefindResultData } from './pagefind';
import { countOccurrences, matchesWholeQuery, queryPhrase } from './query';
import { contentWords, highlightsFor } from './words';

/** What a result is: a passage (or the head) of an article edition, a glossary term, or another indexed page. */
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
  /** Articles: the id of the passage the hit is in (null for a hit in the title, dek or byline). */
  passage: string | null;
  /** The text the excerpt is cut from: the passage, or the page's content. */
  text: string;
  /** The words to mark in the excerpt and to highlight on arrival. */
  highlights: string[];
  /** False when the text holds only some segments of a CJK query (see `matchesWholeQuery`). */
  complete: boolean;
  /** Occurrences of the whole query in the text. */
  phraseCount: number;
  /** Pagefind's rank among all results (0 = best). */
  rank: number;
  /** The glossary name a concept search added that found this record, when the reader's query did not. */
  via?: string;
}

/** The locale, kind and slug of a record's page (`parsePagePath`): an article edition, a glossary term, or another page. */
function describeRecord(url: string): { locale: Locale | null; kind: ResultKind; slug: string | null } {
  const page = parsePagePath(url);
  if (page?.kind === 'article') return { locale: page.locale, kind: 'article', slug: page.slug };
  if (page?.kind === 'term') return { locale: page.locale, kind: 'glossary', slug: page.slug };
  return { locale: page && 'locale' in page ? page.locale : null, kind: 'page', slug: null };
}

/** Each article's title in each of its editions: slug → locale → title (records carry none, see records.ts). */
export type ArticleTitles = Record<string, Partial<Record<Locale, string>>>;

/**
 * The search result for one Pagefind record (a passage, an article's head, a term) of `query`, at
 * Pagefind rank `rank`, titled from `titles` (an article) or its `title` metadata (a term); null
 * for a page outside every locale.
 */
export function toResult(data: PagefindResultData, query: string, rank: number, titles: ArticleTitles): SearchResult | null {
  const [page = '', hash = ''] = data.url.split('#');
  const { locale, kind, slug } = describeRecord(page);
  const filterEdition = data.filters['edition']?.[0] ?? '';
  const edition = isLocale(filterEdition) ? filterEdition : locale;
  if (!edition) return null;
  const { words, joiner } = contentWords(data.raw_content ?? data.content);
  const text = words.join(joiner).trim();
  const hitWords = data.locations.map((location) => words[location] ?? '');
  return {
    edition,
    kind,
    slug,
    url: page.replace(/\?.*$/, ''),
    title: (kind === 'article' && slug ? titles[slug]?.[edition] : data.meta['title']) ?? page,
    passage: kind === 'article' && hash ? decodeURIComponent(hash) : null,
    text,
    highlights: highlightsFor(text, query, hitWords, localeInfo(edition).htmlLang),
    complete: matchesWholeQuery(text, query),
    phraseCount: countOccurrences(text, queryPhrase(query)),
    rank,
  };
}

/**
 * Orders results: the reader's query's records before those a concept search added; within each,
 * records that match the whole query before partial matches, and within those, the reader's own
 * edition first; then the records holding the whole query most often (the passage that is most
 * about it), then Pagefind's order. (So a passage that the query found in one edition and an added
 * name in another is shown as the query's hit, the other folded under it: `alignResults`.)
 */
export function rankResults(results: readonly SearchResult[], reader: Locale): SearchResult[] {
  const key = (result: SearchResult) => (result.via ? 4 : 0) + (result.complete ? 0 : 2) + (result.edition === reader ? 0 : 1);
  return [...results].sort((a, b) => key(a) - key(b) || b.phraseCount - a.phraseCount || a.rank - b.rank);
}

/** A result as shown: with the same passage's hits in other editions, folded under it. */
export interface AlignedResult extends SearchResult {
  alsoIn: SearchResult[];
}

/**
 * Folds hits on the same passage in several editions into one result: the first in `ranked` order
 * (the reader's own edition, when it matched) shows the passage, and the others are listed under it
 * as "also found in" that edition. Passages are aligned across editions by id, so `capex-growth` in
 * Japanese and in English is one passage; glossary terms and article heads are never folded.
 */
export function alignResults(ranked: readonly SearchResult[]): AlignedResult[] {
  const shown: AlignedResult[] = [];
  const byPassage = new Map<string, AlignedResult>();
  for (const result of ranked) {
    const key = result.kind === 'article' && result.slug && result.passage ? `${result.slug}#${result.passage}` : null;
    const first = key ? byPassage.get(key) : undefined;
    if (first) {
      first.alsoIn.push(result);
      continue;
    }
    const aligned = { ...result, alsoIn: [] };
    if (key) byPassage.set(key, aligned);
    shown.push(aligned);
  }
  return shown;
}

/** Which results a filter shows: one edition, or all of them. */
export type EditionFilter = Locale | 'all';

/** Reads an edition filter from a URL parameter; anything unknown means all editions. */
export function parseFilter(value: string | null): EditionFilter {
  return value && isLocale(value) ? value : 'all';
}

/** A Pagefind result as far as views need it: its id, before its data is loaded. */
export interface ResultRef {
  id: string;
}

/**
 * What a results view shows: the first `depth` results of each of its lists (Pagefind's order), each
 * once, with its rank in its list. The "all editions" view reads two lists, the reader's edition and
 * the other editions' articles, so that both are on the first screen however the scores fall.
 */
export function viewSlice<T extends ResultRef>(lists: readonly (readonly T[])[], depth: number): { result: T; rank: number }[] {
  const seen = new Set<string>();
  return lists.flatMap((list) =>
    list.slice(0, depth).flatMap((result, rank) => {
      if (seen.has(result.id)) return [];
      seen.add(result.id);
      return [{ result, rank }];
    }),
  );
}

/** How many distinct results a view's lists hold in all. */
export function viewTotal(lists: readonly (readonly ResultRef[])[]): number {
  return new Set(lists.flatMap((list) => list.map((result) => result.id))).size;
}

/** True when a view's lists hold results beyond the first `depth` of each. */
export function viewHasMore(lists: readonly (readonly ResultRef[])[], depth: number): boolean {
  return lists.some((list) => list.length > depth);
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
  return passagePath(reader, result.slug, result.passage);
}
