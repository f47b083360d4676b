import * as cheerio from 'cheerio';
import { localeInfo, type Locale } from '../i18n/locales';
import { recordFilterName } from './filters';
import type { ResultKind } from './results';

/**
 * What search indexes, one record at a time (docs/search.md). An article edition becomes one record
 * for its head (title, dek, byline) and one record for every `passagesPerRecord` passages in
 * document order, each passage a titled sub-result (its element keeps its `id` and gets
 * `data-pagefind-title`), so that a hit still lands on its passage (`recordHits` splits a record's
 * data back into passages) while the index's metadata, which lists every record and which every
 * cold search loads, grows with articles and not with passages. Any other indexed page (a glossary
 * term) is one record. Every record carries its locale as one Pagefind filter (filters.ts), and no
 * metadata of its own: Pagefind searches metadata too, and an article's title on each record would
 * make every passage match the title's words (the search page knows the titles, see `searchTitles`).
 */

/**
 * How many passages one record holds: chosen by measurement (docs/search.md, "Records"). Fewer
 * records make the metadata every cold search loads smaller; larger records make each result's
 * fragment bigger. 24 kept the three measured queries near 150 KB gzip at 300 articles, where one
 * record per passage sent about 320 KB already at 100.
 */
export const passagesPerRecord = 24;

/** Bump when `searchRecords` changes what it makes of a page, so that the records cached by earlier builds (cache.ts) are made again. */
export const recordsVersion = 1;

/** A page for Pagefind: the URL a result links to and the HTML it indexes. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The attribute that marks a passage; its value is the passage id (and the element's id). */
const passageSelector = '[data-passage][id]';

/**
 * The attribute that makes an element with an `id` a titled sub-result in Pagefind 1.6 (its value: the
 * passage id). It goes on an empty marker before the passage, and no other element of a record keeps
 * an id: Pagefind stores every id'd element's whole text with its anchor, which doubled the fragments.
 */
const subResultTitle = 'data-pagefind-title';

/** What a record is: its edition (a locale) and its kind, written as one Pagefind filter (`recordFilterName`). */
export interface RecordFilters {
  edition: Locale;
  kind: ResultKind;
}

/**
 * A small HTML page holding `body` as Pagefind's indexed content, with the record's filter in a
 * `<meta>` tag (Pagefind reads filters anywhere on a page; only the body is indexed text). Pagefind
 * takes a record's `title` metadata from the body's first `<h1>`: a term's name, an article's title
 * on its head record only.
 */
function recordPage(filters: RecordFilters, body: string): string {
  const $ = cheerio.load('<!doctype html><html><head></head><body><article data-pagefind-body></article></body></html>');
  $('html').attr('lang', localeInfo(filters.edition).htmlLang);
  const name = recordFilterName[filters.kind === 'article' ? 'article' : 'glossary'];
  $('head').append($(`<meta data-pagefind-filter="${name}[content]">`).attr('content', filters.edition));
  $('article').html(body);
  return $.html();
}

/**
 * The records of an indexed page at site path `url`, with its `filters` (its content is the element with
 * `data-pagefind-body`). An article edition gives its head, then its passages that have text, in
 * document order and `perRecord` at a time (`passagesPerRecord`; the bench tries others), at `url#<first passage id>`; each passage is its
 * own element (so that a passage is never inside a wrapper Pagefind leaves out, such as `<footer>`)
 * after an empty marker with its id and `data-pagefind-title`, which makes it a sub-result. Any other page gives one record. A passage
 * without text (a figure without a caption) has nothing to find: Pagefind would drop it.
 */
export function searchRecords(url: string, html: string, filters: RecordFilters, perRecord = passagesPerRecord): SearchRecord[] {
  const $ = cheerio.load(html);
  const body = $('[data-pagefind-body]').first();
  if (filters.kind !== 'article') return [{ url, html: recordPage(filters, body.html() ?? '') }];
  // A passage's id is its data-passage; another id inside it (a moved id's marker) is not a passage.
  const isPassage = (_: number, el: Parameters<typeof $>[0]) => $(el).attr('data-passage') === $(el).attr('id');
  const withText = body
    .find(passageSelector)
    .filter(isPassage)
    .filter((_, el) => {
      const indexed = $(el).clone();
      indexed.find('[data-pagefind-ignore]').remove();
      return indexed.text().trim() !== '';
    })
    .toArray();
  const head = body.clone();
  head.find(passageSelector).filter(isPassage).remove();
  const records = [{ url, html: recordPage(filters, head.html() ?? '') }];
  for (let start = 0; start < withText.length; start += perRecord) {
    const group = withText.slice(start, start + perRecord);
    const passages = group.map((el) => {
      const id = $(el).attr('id') ?? '';
      const passage = $(el).clone().removeAttr('id');
      passage.find('[id]').removeAttr('id');
      return $.html($('<span></span>').attr('id', id).attr(subResultTitle, id)) + $.html(passage);
    });
    records.push({ url: `${url}#${$(group[0]).attr('id')}`, html: recordPage(filters, passages.join('')) });
  }
  return records;
}
