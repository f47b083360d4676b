import { isLocale, localeInfo, type Locale } from '../i18n/locales';
import { parsePagePath, passagePath } from '../routes/paths';
import { recordLocale } from './filters';
import type { PagefindResultData } from './pagefind';
import { countOccurrences, matchesWholeQuery, queryPhrase } from './query';
import { contentWords, highlightsFor, splitWords } from './words';

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

/**
 * A record's data as one data per passage with hits (records.ts puts several passages in one
 * record, each a titled sub-result): each passage's words, from its anchor to the next titled one,
 * with its hits' locations counted from its start, at `<page>#<passage id>`, most hits first (then
 * document order). A record without titled anchors (an article's head, a term) is its own one hit;
 * hits before the first titled anchor stay at the record's URL.
 */
export function recordHits(data: PagefindResultData): PagefindResultData[] {
  const anchors = (data.anchors ?? []).filter((anchor) => anchor.title).sort((a, b) => a.location - b.location);
  if (anchors.length === 0) return [data];
  const raw = data.raw_content ?? data.content;
  const { words } = splitWords(raw);
  const segmented = raw.includes('\u200B');
  const page = data.url.split('#')[0] ?? '';
  const bounds = [{ start: 0, url: data.url }, ...anchors.map((anchor) => ({ start: anchor.location, url: `${page}#${anchor.id}` }))];
  const hits = bounds.flatMap(({ start, url }, i) => {
    const end = bounds[i + 1]?.start ?? words.length;
    const locations = data.locations.filter((location) => location >= start && location < end).map((location) => location - start);
    if (locations.length === 0) return [];
    const slice = words.slice(start, end);
    // Joined as Pagefind joined them, so that `splitWords` numbers the slice's words as the locations do
    // (a one-word slice of segmented text gets a trailing separator, or it would be split at spaces).
    const text = segmented ? slice.join('\u200B') + (slice.length === 1 ? '\u200B' : '') : slice.join(' ');
    const { anchors: _anchors, ...rest } = data;
    return [{ hit: { ...rest, url, content: text, raw_content: text, locations }, order: i }];
  });
  return hits.sort((a, b) => b.hit.locations.length - a.hit.locations.length || a.order - b.order).map(({ hit }) => hit);
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
  const filterEdition = recordLocale(data.filters);
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

/** Each loaded record's hits (passages, in `recordHits` order), by Pagefind id: what a view can show. */
export type LoadedHits<T> = ReadonlyMap<string, readonly T[]>;

/**
 * A view's lists as hits, each record once (the first list that holds it): for each list, the hits
 * of its records in order, up to its first record not loaded yet (`records` read; `pending`: that
 * record and every record after it).
 */
function walkView<T>(
  lists: readonly (readonly ResultRef[])[],
  loaded: LoadedHits<T>,
): { hits: T[]; records: number; pending: ResultRef[] }[] {
  const seen = new Set<string>();
  return lists.map((list) => {
    const records = list.filter((record) => !seen.has(record.id));
    for (const record of records) seen.add(record.id);
    const waiting = records.findIndex((record) => !loaded.has(record.id));
    const ready = waiting === -1 ? records : records.slice(0, waiting);
    return {
      hits: ready.flatMap((record) => loaded.get(record.id) ?? []),
      records: ready.length,
      pending: waiting === -1 ? [] : records.slice(waiting),
    };
  });
}

/** How many hits a record not loaded yet is counted on when choosing what to load (it holds one at least; records hold several passages). */
const hitsPerRecordGuess = 2;

/** Which hits a view shows first (the whole query's matches: `complete`); every hit by default. */
export type PreferredHit<T> = (hit: T) => boolean;

/**
 * The records to load next so that each list of a view can show `depth` preferred hits: a record
 * not loaded is reckoned at two, so a few fragments are fetched at a time instead of one per hit
 * shown, and the call is repeated until it returns none. A list whose records hold fewer preferred
 * hits stops once it has loaded `depth` records and holds `depth` hits of any kind (as many records
 * as one record per passage loaded), so that a query of near-matches does not load every record.
 * The "all editions" view reads two lists, the reader's edition and the other editions' articles,
 * so that both are on the first screen however the scores fall.
 */
export function recordsToLoad<T>(
  lists: readonly (readonly ResultRef[])[],
  loaded: LoadedHits<T>,
  depth: number,
  preferred: PreferredHit<T> = () => true,
): ResultRef[] {
  return walkView(lists, loaded).flatMap(({ hits, records, pending }) => {
    const wanted: ResultRef[] = [];
    let reckoned = hits.filter(preferred).length;
    let reading = records;
    for (const record of pending) {
      if (reckoned >= depth || (reading >= depth && hits.length >= depth)) break;
      const known = loaded.get(record.id);
      if (!known) wanted.push(record);
      reckoned += known ? known.filter(preferred).length : hitsPerRecordGuess;
      reading += 1;
    }
    return wanted;
  });
}

/** What a view shows: the first `depth` hits of each of its lists, preferred hits first, each with its rank in its list (0 = best). */
export function viewSlice<T>(
  lists: readonly (readonly ResultRef[])[],
  loaded: LoadedHits<T>,
  depth: number,
  preferred: PreferredHit<T> = () => true,
): { hit: T; rank: number }[] {
  return walkView(lists, loaded).flatMap(({ hits }) =>
    [...hits.filter(preferred), ...hits.filter((hit) => !preferred(hit))].slice(0, depth).map((hit, rank) => ({ hit, rank })),
  );
}

/** True when a view's lists hold hits beyond the first `depth` of each (loaded, or in records not loaded yet). */
export function viewHasMore<T>(lists: readonly (readonly ResultRef[])[], loaded: LoadedHits<T>, depth: number): boolean {
  return walkView(lists, loaded).some(({ hits, pending }) => hits.length + pending.length > depth);
}

/** A count of results: exact once every record is loaded, else a lower bound (a record not loaded holds one hit at least). */
export interface ResultCount {
  count: number;
  exact: boolean;
}

/** How many hits a view's lists hold in all: each distinct record's hits when loaded, else one. */
export function viewCount<T>(lists: readonly (readonly ResultRef[])[], loaded: LoadedHits<T>): ResultCount {
  const ids = new Set(lists.flatMap((list) => list.map((record) => record.id)));
  let count = 0;
  let exact = true;
  for (const id of ids) {
    const hits = loaded.get(id);
    count += hits ? hits.length : 1;
    exact &&= hits !== undefined;
  }
  return { count, exact };
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
