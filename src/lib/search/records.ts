import * as cheerio from 'cheerio';
import { localeInfo, type Locale } from '../i18n/locales';
import type { ResultKind } from './results';

/**
 * What search indexes, one record at a time (docs/search.md). An article edition becomes one record
 * per passage, at `…/articles/<slug>/#<id>`, plus one for its head (title, dek, byline): a hit is
 * then a passage by construction, and a result loads that passage's text (a fragment of about half
 * a KB) instead of the whole edition's. Any other indexed page (a glossary term) is one record. Every
 * record carries its edition and kind as Pagefind filters, and no metadata of its own: Pagefind
 * searches metadata too, and an article's title on each of its passages would make every passage
 * match the title's words (the search page knows the titles, see `searchTitles`).
 */

/** A page for Pagefind: the URL a result links to and the HTML it indexes. */
export interface SearchRecord {
  url: string;
  html: string;
}

/** The attribute that marks a passage; its value is the passage id (and the element's id). */
const passageSelector = '[data-passage][id]';

/** The Pagefind filters of every record: its edition (a locale) and its kind. */
export interface RecordFilters {
  edition: Locale;
  kind: ResultKind;
}

/**
 * A small HTML page holding `body` as Pagefind's indexed content, with the record's filters in
 * `<meta>` tags (Pagefind reads filters anywhere on a page; only the body is indexed text). Pagefind
 * takes a record's `title` metadata from the body's first `<h1>`: a term's name, an article's title
 * on its head record only.
 */
function recordPage(filters: RecordFilters, body: string): string {
  const $ = cheerio.load('<!doctype html><html><head></head><body><article data-pagefind-body></article></body></html>');
  $('html').attr('lang', localeInfo(filters.edition).htmlLang);
  $('head').append(
    ...Object.entries(filters).map(([name, value]) => $(`<meta data-pagefind-filter="${name}[content]">`).attr('content', value)),
  );
  $('article').html(body);
  return $.html();
}

/**
 * The records of an indexed page at site path `url`, with its `filters` (its content is the element with
 * `data-pagefind-body`). An article edition gives its head, then each passage that has text, in
 * document order, each as its own element (so that a passage is never inside a wrapper Pagefind
 * leaves out, such as `<footer>`); any other page gives one record. A passage without text (a
 * figure without a caption) has nothing to find: Pagefind would drop it.
 */
export function searchRecords(url: string, html: string, filters: RecordFilters): SearchRecord[] {
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
    });
  const head = body.clone();
  head.find(passageSelector).filter(isPassage).remove();
  return [
    { url, html: recordPage(filters, head.html() ?? '') },
    ...withText.toArray().map((el) => ({ url: `${url}#${$(el).attr('id')}`, html: recordPage(filters, $.html(el)) })),
  ];
}
