import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/lib/site/articles';
import { localeCodes, localeInfo, type Locale } from '../../src/lib/i18n/locales';
import { articlePath, parsePagePath, passagePath, termPath } from '../../src/lib/routes/paths';
import { ui } from '../../src/lib/i18n/ui';
import {
  bundleModule,
  bundlePath,
  bundleRoot,
  bundleWasm,
  indexLanguage,
  searchLanguage,
  segmentedLanguages,
} from '../../src/lib/search/bundles';
import { excerptParts, fitLength } from '../../src/lib/search/excerpt';
import type { PagefindResultData } from '../../src/lib/search/pagefind';
import { parsePassages } from '../../src/lib/passages/parse';
import { parsePreviews, passagePreviews, preview, previewLength, previewsPath } from '../../src/lib/search/previews';
import {
  countOccurrences,
  matchesWholeQuery,
  normalizeQuery,
  queryParts,
  queryPhrase,
  querySegments,
  searchTerm,
  typedTerm,
  wordStart,
} from '../../src/lib/search/query';
import { passagesPerRecord, searchRecords, type SearchRecord } from '../../src/lib/search/records';
import {
  alignResults,
  parseFilter,
  rankResults,
  resultHref,
  sameInEdition,
  recordHits,
  toResult,
  viewHasMore,
  viewSlice,
  viewCount,
  recordsToLoad,
  type ArticleTitles,
  type ResultKind,
  type SearchResult,
} from '../../src/lib/search/results';
import { countText, searchStrings, searchTitles, statusText } from '../../src/lib/search/strings';
import { contentWords, highlightsFor, splitWords } from '../../src/lib/search/words';
import { format } from '../../src/lib/text/format';
import { hasCjk } from '../../src/lib/text/scripts';

/** The zero-width space Pagefind puts between the words of text it segmented. */
const ZWS = '\u200B';

/**
 * Pagefind result data for one indexed record, shaped as the bundle returns it: `raw_content` holds
 * the words (joined by zero-width spaces when Pagefind segmented the text, by spaces otherwise, with
 * `<` and `>` escaped), `content` the same text without the separators, `locations` the indexes
 * of the words `isHit` accepts, and `filters` the record's edition and kind (an article unless told).
 * Records carry no metadata of their own: Pagefind gives `meta.title` from the body's first `<h1>`
 * (a term's name, an article's title on its head record only).
 */
function record(options: {
  url: string;
  words: readonly string[];
  segmented: boolean;
  isHit: (word: string) => boolean;
  edition: string;
  kind?: ResultKind;
  meta?: Record<string, string>;
}): PagefindResultData {
  const { words, segmented } = options;
  const locations = words.flatMap((word, i) => (options.isHit(word) ? [i] : []));
  return {
    url: options.url,
    content: words.join(segmented ? '' : ' '),
    raw_content: words.map((word) => word.replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(segmented ? ZWS : ' '),
    meta: options.meta ?? {},
    filters: { edition: [options.edition], kind: [options.kind ?? 'article'] },
    locations,
  };
}

/**
 * Latin text as the site's one index (built in a segmented language) stores it: every word and
 * punctuation mark is a word, carrying the space that follows it (`The ​year​-​on…`).
 */
function segmentedLatin(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+\s*|[^\p{L}\p{N}\s]+\s*/gu) ?? [];
}

const jaTitle = 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?';
const enTitle = 'How Did AI Trap the Whole World Inside a Bubble?';

/** What the search page knows of the article's titles (`searchTitles`): it has no Chinese edition here. */
const titles: ArticleTitles = { 'ai-bubble': { ja: jaTitle, en: enTitle } };

/** A Japanese passage holding 設備投資 twice, indexed (as Pagefind's segmenter does) as 設備 + 投資. */
const capexGrowthWords = [
  '米国',
  'の',
  'テック',
  '業界',
  'の',
  '設備',
  '投資',
  'の',
  '前年',
  '比',
  '増加',
  '率',
  'は',
  '、',
  '設備',
  '投資',
  'は',
  '再び',
  '加速',
  'し',
  'た',
  '。',
];
const capexGrowth = (query = (w: string) => w === '設備' || w === '投資') =>
  record({ url: '/ja/articles/ai-bubble/#capex-growth', words: capexGrowthWords, segmented: true, isHit: query, edition: 'ja' });

/** A Japanese passage holding 設備 and 投資, but never 設備投資: Pagefind matches it word by word. */
const microsoftInvests = () =>
  record({
    url: '/ja/articles/ai-bubble/#microsoft-invests',
    words: ['投資', 'に', '慣れ', 'て', 'いる', '。', '設備', 'の', '投資', 'も', '。'],
    segmented: true,
    isHit: (w) => w === '設備' || w === '投資',
    edition: 'ja',
  });

/** The head record of the Japanese edition: title, dek and byline, at the page URL without a hash. */
const jaHead = () =>
  record({
    url: '/ja/articles/ai-bubble/',
    words: [
      'AI',
      'は',
      'どの',
      'よう',
      'にし',
      'て',
      '全世界',
      'を',
      '泡沫',
      'の',
      '中',
      'に',
      '閉',
      'じ',
      '込',
      'め',
      'た',
      'の',
      'か',
      '? ',
      '執筆',
      ':',
      'Sleepy.txt',
      '.',
    ],
    segmented: true,
    isHit: (w) => w === '泡沫',
    edition: 'ja',
    meta: { title: jaTitle },
  });

const burryShortText =
  'A few days later, Burry disclosed his third-quarter holdings. The investor who became famous for his uncannily accurate short selling during the 2008 subprime crisis had concentrated about 80% of the fund he manages in shorts against NVIDIA and Palantir.';

/** An English passage as the one index stores it (Latin words segmented too, each with its trailing space). */
const burryShort = (isHit: (word: string) => boolean) =>
  record({
    url: '/en/articles/ai-bubble/#burry-short',
    words: segmentedLatin(burryShortText),
    segmented: true,
    isHit: (w) => isHit(w.trim().toLowerCase()),
    edition: 'en',
  });

/** An English glossary term: one record for the whole page, indexed without segmentation. */
const capexTerm = () =>
  record({
    url: '/en/glossary/capex/',
    words: 'capital expenditure. Money a company spends on long-lived assets. 日本語 設備投資 English capex · Capex'.split(' '),
    segmented: false,
    isHit: (w) => /^capex$/i.test(w),
    edition: 'en',
    kind: 'glossary',
    meta: { title: 'capital expenditure' },
  });

describe('the search bundle: one index for every edition', () => {
  it('lives at /pagefind/ under the site root, with its search module inside', () => {
    expect(bundlePath).toBe(`/${bundleRoot}/`);
    expect(bundlePath).toBe('/pagefind/');
    expect(bundleModule).toBe('/pagefind/pagefind.js');
  });

  it('names each locale’s language by the primary subtag of its <html lang>', () => {
    expect(localeCodes.map(indexLanguage)).toEqual(['ja', 'en', 'zh']);
    expect(localeInfo('zh').htmlLang, 'the case the subtag rule exists for').toBe('zh-Hans');
  });

  it('builds the index in the first declared language that Pagefind segments, so that Japanese and Chinese are split into words', () => {
    expect(segmentedLanguages).toEqual(expect.arrayContaining(['ja', 'zh']));
    expect(segmentedLanguages).not.toContain('en');
    expect(searchLanguage(), 'the site declares ja first').toBe('ja');
    expect(searchLanguage(['en', 'zh'])).toBe('zh');
    expect(searchLanguage(['zh', 'ja'])).toBe('zh');
  });

  it('builds the index in the first locale’s language when none is segmented (its stemmer then applies)', () => {
    expect(searchLanguage(['en'])).toBe('en');
  });

  it('names the WebAssembly module for a segmented index language, and none where Pagefind picks a stemmer’s', () => {
    for (const language of segmentedLanguages) expect(bundleWasm(language)).toBe(`${bundlePath}wasm.unknown.pagefind`);
    expect(bundleWasm('en')).toBeUndefined();
  });
});

describe('search records: an article edition is its head plus records of passages, each passage a titled sub-result', () => {
  const title = 'AIは "泡沫" & <株価>の話';
  const article = `<!doctype html><html lang="ja"><head><title>site</title></head><body>
<header class="site-header"><a href="/ja/">サイトの見出し</a></header>
<main><article lang="ja" data-pagefind-body>
<header><h1>AIは "泡沫" &amp; &lt;株価&gt;の話</h1><p class="dek">静かな構造変化。</p><p class="byline">執筆:Sleepy.txt</p><p class="meta" data-pagefind-ignore>掲載日</p></header>
<blockquote id="epigraph" data-passage="epigraph" class="passage">「唯一勝つ方法は、ゲームに参加しないことだ。」<span class="passage-tools" data-pagefind-ignore><a class="permalink" href="#epigraph">¶</a></span></blockquote>
<p id="capex-growth" data-passage="capex-growth" class="passage"><span id="old-capex" data-moved-to="capex-growth"></span>米国の<span class="term"><a href="/ja/glossary/capex/">設備投資</a><span class="term-tip" role="tooltip" id="def-capex" data-pagefind-ignore>設備への支出。</span></span>は再び加速した。<span class="passage-tools" data-pagefind-ignore><a class="permalink" href="#capex-growth">¶</a></span></p>
<figure id="figure-1" data-passage="figure-1" class="passage figure"><div class="figure-placeholder" data-pagefind-ignore>原文ではここに図があります。</div><span class="passage-tools" data-pagefind-ignore>¶</span></figure>
<p id="crowded-out" data-passage="crowded-out" class="passage">資本が一つの物語に吸い込まれている。<em id="aside" data-passage="something-else">注記</em></p>
<footer class="article-footer"><p id="footer-welcome" data-passage="footer-welcome" class="passage">コミュニティへようこそ</p></footer>
</article></main>
<footer class="site-footer"><p>サイトのフッター</p></footer></body></html>`;
  const url = articlePath('ja', 'ai-bubble');
  const source = cheerio.load(article);
  const records = searchRecords(url, article, { edition: 'ja', kind: 'article' });

  /** The record page parsed back. */
  const parse = (r: SearchRecord) => {
    const $ = cheerio.load(r.html);
    return { $, body: $('[data-pagefind-body]'), meta: (attribute: string) => $(`meta[${attribute}]`).attr('content') };
  };
  /** A passage's element in the record that holds it (a direct child of the record's indexed body, after its marker). */
  const byId = (id: string) => {
    for (const r of records.slice(1)) {
      const { $, body } = parse(r);
      const marker = body.children(`span[id="${id}"][data-pagefind-title="${id}"]`);
      if (marker.length === 1) return { $, marker, element: marker.next() };
    }
    throw new Error(`no record holds #${id}`);
  };
  /** The passage ids of a record, in its order (its sub-results' markers). */
  const passageIds = (r: SearchRecord) =>
    parse(r)
      .$('[data-pagefind-title]')
      .map((_, el) => cheerio.load(r.html)(el).attr('id'))
      .get();

  it('gives the head first, at the page URL, then the passages in document order, each record at <page>#<its first passage>', () => {
    expect(records[0]!.url).toBe(url);
    expect(records.slice(1).flatMap(passageIds)).toEqual(['epigraph', 'capex-growth', 'crowded-out', 'footer-welcome']);
    for (const r of records.slice(1)) expect(r.url).toBe(passagePath('ja', 'ai-bubble', passageIds(r)[0]!));
  });

  it(`puts ${passagesPerRecord} passages in a record, and the rest in the next`, () => {
    const count = passagesPerRecord * 2 + 1;
    const page = `<html><body><article data-pagefind-body><h1>T</h1>${Array.from({ length: count }, (_, i) => `<p id="p${i}" data-passage="p${i}">Text ${i}.</p>`).join('')}</article></body></html>`;
    const [, ...groups] = searchRecords('/en/articles/a/', page, { edition: 'en', kind: 'article' });
    expect(groups.map((r) => passageIds(r).length)).toEqual([passagesPerRecord, passagesPerRecord, 1]);
    expect(groups.map((r) => r.url)).toEqual([
      '/en/articles/a/#p0',
      `/en/articles/a/#p${passagesPerRecord}`,
      `/en/articles/a/#p${passagesPerRecord * 2}`,
    ]);
  });

  it('indexes each passage as its own element after an empty marker with its id and data-pagefind-title (a Pagefind sub-result), as the page renders it, passage tools and tooltips included (Pagefind drops data-pagefind-ignore itself)', () => {
    for (const id of ['epigraph', 'capex-growth', 'crowded-out']) {
      const { $, marker, element } = byId(id);
      expect(marker.text(), id).toBe('');
      const rendered = source(`#${id}`).clone();
      rendered.removeAttr('id').find('[id]').removeAttr('id');
      expect($.html(element), id).toBe(source.html(rendered));
    }
    const { element } = byId('capex-growth');
    expect(element.find('[data-pagefind-ignore]').length).toBe(2);
    expect(element.find('.term-tip').text()).toBe('設備への支出。');
  });

  it('keeps no other id in a record (Pagefind stores each id’d element’s text with its anchor), and makes no sub-result of a moved id’s marker, nor of an element whose data-passage is not its id', () => {
    for (const r of records.slice(1)) {
      const { $ } = parse(r);
      expect($('[data-pagefind-body] [id]').length, r.url).toBe($('[data-pagefind-body] [data-pagefind-title]').length);
    }
    expect(records.slice(1).flatMap(passageIds)).toEqual(['epigraph', 'capex-growth', 'crowded-out', 'footer-welcome']);
    expect(byId('capex-growth').element.find('[data-moved-to="capex-growth"]').length, 'the marker stays inside its passage').toBe(1);
    expect(byId('crowded-out').element.find('[data-passage="something-else"]').text(), 'and so does the other element').toBe('注記');
  });

  it('leaves out a passage without indexable text (a figure without a caption)', () => {
    expect(records.some((r) => r.html.includes('figure-1'))).toBe(false);
  });

  it('indexes a passage rendered inside a <footer> as the passage element alone, outside any wrapper Pagefind leaves out', () => {
    const { $, element } = byId('footer-welcome');
    expect($('footer').length).toBe(0);
    expect(element.is('p[data-passage="footer-welcome"]')).toBe(true);
    expect(element.text()).toBe('コミュニティへようこそ');
  });

  it('keeps the title, dek and byline in the head record, the title as its body’s <h1> (where Pagefind takes its title from), and no passage’s text', () => {
    const { body } = parse(records[0]!);
    expect(body.find('h1').length).toBe(1);
    expect(body.find('h1').text()).toBe(title);
    expect(body.find('.dek').text()).toBe('静かな構造変化。');
    expect(body.find('.byline').text()).toBe('執筆:Sleepy.txt');
    expect(body.find('[data-passage]').length).toBe(0);
    for (const text of ['唯一勝つ方法', '再び加速した', '吸い込まれている', 'コミュニティへようこそ'])
      expect(body.text(), text).not.toContain(text);
  });

  it('keeps in the head an element outside the passages whose data-passage is not its id', () => {
    const page =
      '<html><body><header><h1>Site name</h1></header><article data-pagefind-body><h1>The essay</h1><h2 id="b" data-passage="c">Heading text</h2><p id="p" data-passage="p">Body.</p></article></body></html>';
    const [head, ...rest] = searchRecords('/en/articles/a/', page, { edition: 'en', kind: 'article' });
    expect(parse(head!).body.text()).toContain('Heading text');
    expect(rest.flatMap(passageIds)).toEqual(['p']);
  });

  it('leaves the article’s title out of every passage record, so that a passage matches only its own words', () => {
    const passages = records.slice(1);
    expect(passages.length).toBeGreaterThan(0);
    for (const r of passages) {
      const { body } = parse(r);
      expect(body.find('h1').length, r.url).toBe(0);
      expect(body.text(), r.url).not.toContain(title);
      expect(r.html, r.url).not.toContain('泡沫');
    }
  });

  it('leaves the page chrome outside data-pagefind-body out of every record', () => {
    for (const r of records) {
      expect(r.html, r.url).not.toContain('サイトの見出し');
      expect(r.html, r.url).not.toContain('サイトのフッター');
    }
  });

  it('makes every record a page in the edition’s language carrying its edition as its one filter, and no metadata (Pagefind would index its words)', () => {
    for (const r of records) {
      const { $, meta } = parse(r);
      expect($('html').attr('lang'), r.url).toBe('ja');
      expect(r.html, r.url).not.toContain('data-pagefind-meta');
      expect(
        $('head meta')
          .map((_, el) => $(el).attr('data-pagefind-filter'))
          .get(),
        r.url,
      ).toEqual(['edition[content]']);
      expect(meta('data-pagefind-filter="edition[content]"'), r.url).toBe('ja');
      expect($('[data-pagefind-body]').length, r.url).toBe(1);
    }
  });

  it('makes a glossary term one record of its whole body, of kind glossary, in its edition’s <html lang>', () => {
    const term =
      '<html lang="zh-Hans"><body><header><h1>站点</h1></header><main><article data-pagefind-body><h1>算力</h1><p>计算能力。</p><p id="x" data-passage="x">例句。</p></article></main></body></html>';
    const [only, ...rest] = searchRecords(termPath('zh', 'compute'), term, { edition: 'zh', kind: 'glossary' });
    expect(rest).toEqual([]);
    expect(only?.url).toBe(termPath('zh', 'compute'));
    const { $, body, meta } = parse(only!);
    expect($('html').attr('lang')).toBe('zh-Hans');
    expect(meta('data-pagefind-filter="term[content]"'), 'a term carries its locale as `term`, not `edition`').toBe('zh');
    expect(meta('data-pagefind-filter="edition[content]"')).toBeUndefined();
    expect(only!.html).not.toContain('data-pagefind-meta');
    expect(body.find('h1').first().text(), 'the term’s name, which Pagefind takes as its title').toBe('算力');
    expect(body.text()).toBe('算力计算能力。例句。');
  });
});

describe('search queries', () => {
  it('normalises what the reader typed: full-width letters, runs of spaces', () => {
    expect(normalizeQuery('  ＣＡＰＥＸ　 growth ')).toBe('CAPEX growth');
  });

  it('splits a query into distinct lowercased words without surrounding quotes or punctuation', () => {
    expect(queryParts('"Short selling" short, 空売り。')).toEqual(['short', 'selling', '空売り']);
  });

  it('joins a CJK query typed with spaces into one phrase, and keeps the spaces of Latin words', () => {
    expect(queryPhrase('設備 投資')).toBe('設備投資');
    expect(queryPhrase('Short  Selling')).toBe('short selling');
    expect(queryPhrase('AI 関連')).toBe('ai 関連');
  });

  it('tells CJK text from Latin text', () => {
    expect(['設備投資', '算力', 'ショート', 'AI関連'].every(hasCjk)).toBe(true);
    expect(hasCjk('capex, S&P 500')).toBe(false);
  });

  it('counts occurrences case-insensitively without overlaps', () => {
    expect(countOccurrences('Capex and CAPEX and capexes', 'capex')).toBe(3);
    expect(countOccurrences('ああああ', 'ああ')).toBe(2);
    expect(countOccurrences('x', '')).toBe(0);
  });

  it('calls a text a whole match only when it holds every CJK part of the query, leaving Latin words to Pagefind’s stemming', () => {
    expect(matchesWholeQuery('世界で最も時価総額の高い企業', '時価総額の')).toBe(true);
    expect(matchesWholeQuery('関連用語. 時価総額. 評価額', '時価総額の'), 'Pagefind matched only 時価, 総額 and の').toBe(false);
    expect(matchesWholeQuery('accurate short sellers', 'short selling')).toBe(true);
  });

  it('segments a CJK query as a word segmenter for its language does, dropping lone kana', () => {
    const segments = querySegments('時価総額の', 'ja');
    expect(segments).not.toContain('の');
    expect(segments.length).toBeGreaterThan(1);
    for (const s of segments) expect('時価総額の').toContain(s);
    expect(querySegments('Short selling', 'en')).toEqual(['short', 'selling']);
  });

  it('sends Pagefind a CJK query split into the words the index holds, whatever the search page’s language', () => {
    expect(searchTerm('設備投資', 'ja')).toBe('設備 投資');
    expect(searchTerm('設備 投資', 'ja'), 'already split: unchanged').toBe('設備 投資');
    const mixed = searchTerm('NVIDIA 時価総額', 'ja');
    expect(mixed.startsWith('nvidia ')).toBe(true);
    expect(mixed).toContain('時価 総額');
  });

  it('leaves words with symbols or digits whole when making the search term, and gives a hyphenated word as its parts, as the index holds it', () => {
    expect(searchTerm('S&P 500 設備投資', 'ja').startsWith('S&P 500 ')).toBe(true);
    expect(searchTerm('GPT-4と算力', 'zh').split(' ')).toContain('GPT-4');
    expect(searchTerm('dot-com', 'ja')).toBe('dot com');
    expect(searchTerm('Closed-loop financing', 'ja')).toBe('close loop financ');
    expect(searchTerm('ＣＡＰＥＸ　設備投資', 'en'), 'normalised first').toBe('capex 設備 投資');
  });

  it('preloads a query being typed without a last Latin word of fewer than three letters, and keeps a CJK word of any length', () => {
    expect(typedTerm('s', 'ja')).toBe('');
    expect(typedTerm('short se', 'ja')).toBe(searchTerm('short', 'ja'));
    expect(typedTerm('short sel', 'ja')).toBe(searchTerm('short sel', 'ja'));
    expect(typedTerm(' GPU ', 'ja')).toBe(searchTerm('GPU', 'ja'));
    expect(typedTerm('空', 'ja')).toBe('空');
    expect(typedTerm('NVIDIA 算力', 'zh')).toBe(searchTerm('NVIDIA 算力', 'zh'));
  });

  it('only ever splits a CJK run at word boundaries the segmenter finds, never changing its characters', () => {
    for (const query of ['設備投資', '時価総額の推移', '算力需求', '「空売り」で有名', 'ＡＩ関連銘柄']) {
      const term = searchTerm(query, 'ja');
      expect(term.replace(/ /g, '').toLowerCase(), query).toBe(normalizeQuery(query).replace(/ /g, '').toLowerCase());
      expect(term.split(' ').length, query).toBeGreaterThan(normalizeQuery(query).split(' ').length);
    }
  });

  it('cuts each Latin word of the search term to the start its inflections share, since the segmented index is not stemmed', () => {
    expect(searchTerm('investing companies', 'ja')).toBe('invest compan');
    expect(searchTerm('Short  selling', 'ja')).toBe('short sell');
    for (const forms of [
      ['invest', 'investing', 'investment', 'invests'],
      ['company', 'companies'],
      ['sell', 'selling', 'sells'],
      ['bubble', 'Bubbles'],
    ]) {
      const starts = new Set(forms.map(wordStart));
      expect(starts.size, forms.join()).toBe(1);
      const [start = ''] = starts;
      for (const form of forms) expect(form.toLowerCase().startsWith(start), form).toBe(true);
    }
  });

  it('cuts a Latin word with punctuation around it too, and leaves a quoted phrase (Pagefind’s exact search) as typed', () => {
    expect(searchTerm('selling, (bubbles)', 'ja')).toBe('sell bubbl');
    expect(searchTerm('"short selling"', 'ja')).toBe('"short selling"');
    expect(searchTerm('"設備投資"', 'ja')).toMatch(/^" ?設備 投資 ?"$/);
  });

  it('keeps short words and words that are not plain Latin letters as typed', () => {
    for (const word of ['AI', 'GPU', 'try', 'GPT-4', 'S&P', 'x86', '設備', '500']) expect(wordStart(word), word).toBe(word);
  });

  it('falls back to the normalised query, and to its space-separated words, where the browser has no word segmenter', () => {
    const segmenter = Intl.Segmenter;
    try {
      Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true, writable: true });
      expect(searchTerm(' 設備投資　capex ', 'ja')).toBe('設備投資 capex');
      expect(querySegments('設備投資 capex', 'ja')).toEqual(['設備投資', 'capex']);
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true, writable: true });
    }
    expect(searchTerm('設備投資', 'ja')).toBe('設備 投資');
  });
});

describe('the words of an indexed record', () => {
  it('splits content into Pagefind’s words: at zero-width spaces when segmented, else at whitespace', () => {
    expect(contentWords(`設備${ZWS}投資${ZWS}&lt;b&gt;`)).toEqual({ words: ['設備', '投資', '<b>'], joiner: '' });
    expect(contentWords('short  selling.\nNext')).toEqual({ words: ['short', 'selling.', 'Next'], joiner: ' ' });
    expect(splitWords(`a&lt;b${ZWS}c`).words, 'fragment content is not escaped').toEqual(['a&lt;b', 'c']);
  });

  it('joins the words of segmented Latin text back into the text, spaces and all', () => {
    const { words, joiner } = splitWords(segmentedLatin(burryShortText).join(ZWS));
    expect(words.join(joiner)).toBe(burryShortText);
  });

  it('highlights the phrase, else the words typed, else the segments, else the (stemmed) words Pagefind hit', () => {
    expect(highlightsFor('famous short selling', 'short selling', [], 'en')).toEqual(['short selling']);
    expect(highlightsFor('selling it short', 'short selling', [], 'en')).toEqual(['short', 'selling']);
    expect(highlightsFor('関連用語. 時価総額. 評価額', '時価総額の', ['の', '時価', '総額'], 'ja')).toEqual(['時価', '総額']);
    expect(highlightsFor('he sells shares', 'selling', ['sells', 'の'], 'en')).toEqual(['sells']);
  });
});

describe('search excerpts', () => {
  it('keeps a short text whole and marks every occurrence', () => {
    expect(excerptParts('capex and Capex', ['capex'], 100)).toEqual([
      { text: 'capex', mark: true },
      { text: ' and ', mark: false },
      { text: 'Capex', mark: true },
    ]);
  });

  it('cuts a long text around the first hit, at spaces, with ellipses, never inside a hit', () => {
    const text = `${'alpha '.repeat(30)}the capital expenditure grew ${'omega '.repeat(30)}`.trim();
    const parts = excerptParts(text, ['capital expenditure'], 60);
    const joined = parts.map((p) => p.text).join('');
    expect(parts[0]).toEqual({ text: '…', mark: false });
    expect(parts.at(-1)).toEqual({ text: '…', mark: false });
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['capital expenditure']);
    expect(joined).toMatch(/^…alpha /);
    expect(joined).toMatch(/ omega…$/);
    expect(joined.length).toBeLessThan(90);
  });

  it('cuts CJK text by characters', () => {
    const text = `${'あ'.repeat(100)}設備投資${'い'.repeat(100)}`;
    const parts = excerptParts(text, ['設備投資'], 40);
    expect(parts.map((p) => p.text).join('')).toBe(`…${'あ'.repeat(10)}設備投資${'い'.repeat(26)}…`);
  });

  it('fits about half as many Chinese or Japanese characters as Latin ones in the same room', () => {
    expect(fitLength('capital expenditure', 100)).toBe(100);
    expect(fitLength('設備投資', 100)).toBe(55);
  });

  it('shows the beginning when nothing is highlighted', () => {
    expect(
      excerptParts('abc def ghi jkl', [], 7)
        .map((p) => p.text)
        .join(''),
    ).toBe('abc def…');
  });
});

describe('search results: one indexed record each', () => {
  it('splits a record of several passages into one per passage with hits, at <page>#<id>, most hits first, locations counted from the passage', () => {
    const z = '\u200B';
    const data: PagefindResultData = {
      url: '/ja/articles/ai-bubble/#a',
      content: '',
      raw_content: ['米国', 'の', '設備', '投資', '算力', '設備', '投資', 'は', '増加'].join(z),
      meta: {},
      filters: { edition: ['ja'], kind: ['article'] },
      locations: [2, 3, 5, 6],
      anchors: [
        { element: 'p', id: 'a', title: 'a', location: 0 },
        { element: 'p', id: 'b', title: 'b', location: 4 },
        { element: 'span', id: 'marker', location: 5 },
        { element: 'p', id: 'c', title: 'c', location: 5 },
      ],
    };
    const hits = recordHits(data);
    expect(hits.map((hit) => hit.url)).toEqual(['/ja/articles/ai-bubble/#a', '/ja/articles/ai-bubble/#c']);
    expect(hits.map((hit) => hit.locations)).toEqual([
      [2, 3],
      [0, 1],
    ]);
    expect(hits.map((hit) => toResult(hit, '設備投資', 0, titles)?.text)).toEqual(['米国の設備投資', '設備投資は増加']);
    expect(hits.map((hit) => hit.anchors)).toEqual([undefined, undefined]);
  });

  it('keeps a one-word passage of segmented text one word, and a record without titled anchors whole', () => {
    const z = '\u200B';
    const data: PagefindResultData = {
      url: '/zh/articles/ai-bubble/#a',
      content: '',
      raw_content: ['算力', 'AI bubble', '泡沫'].join(z),
      meta: {},
      filters: { edition: ['zh'], kind: ['article'] },
      locations: [1],
      anchors: [
        { element: 'p', id: 'a', title: 'a', location: 0 },
        { element: 'p', id: 'b', title: 'b', location: 1 },
        { element: 'p', id: 'c', title: 'c', location: 2 },
      ],
    };
    const [only, ...rest] = recordHits(data);
    expect(rest).toEqual([]);
    expect(toResult(only!, 'bubble', 0, titles)).toMatchObject({ passage: 'b', text: 'AI bubble' });
    const head = { ...data, url: '/zh/articles/ai-bubble/', anchors: [{ element: 'span', id: 'x', location: 1 }] };
    expect(recordHits(head)).toEqual([head]);
  });

  it('reads a record’s page with the site’s one URL parser: a passage or head is its article edition, a term page a term', () => {
    expect(parsePagePath('/ja/articles/ai-bubble/#capex-growth')).toEqual({ kind: 'article', locale: 'ja', slug: 'ai-bubble' });
    expect(parsePagePath('/zh/glossary/compute/')).toEqual({ kind: 'term', locale: 'zh', slug: 'compute' });
    const data = capexGrowth();
    const at = (url: string) => {
      const result = toResult({ ...data, url, filters: {} }, '設備投資', 0, titles);
      return result && { edition: result.edition, kind: result.kind, slug: result.slug, url: result.url };
    };
    expect(at('/ja/articles/ai-bubble/')).toEqual({ edition: 'ja', kind: 'article', slug: 'ai-bubble', url: '/ja/articles/ai-bubble/' });
    expect(at('/zh/glossary/compute/')).toEqual({ edition: 'zh', kind: 'glossary', slug: 'compute', url: '/zh/glossary/compute/' });
    expect(at('/en/glossary/'), 'another page of a locale').toEqual({ edition: 'en', kind: 'page', slug: null, url: '/en/glossary/' });
    expect(at('/en/articles/ai-bubble/p/x/'), 'a share page').toEqual({
      edition: 'en',
      kind: 'page',
      slug: null,
      url: '/en/articles/ai-bubble/p/x/',
    });
    expect(at('/en/articles/a/?highlight=x#p'), 'without its query').toEqual({
      edition: 'en',
      kind: 'article',
      slug: 'a',
      url: '/en/articles/a/',
    });
    expect(at('/fr/articles/a/'), 'outside every locale').toBeNull();
  });

  it('lands on the passage named by the record’s URL, highlighting the whole phrase Pagefind found as separate words', () => {
    const result = toResult(capexGrowth(), '設備投資', 4, titles);
    expect(result).toMatchObject({
      edition: 'ja',
      kind: 'article',
      slug: 'ai-bubble',
      url: '/ja/articles/ai-bubble/',
      title: jaTitle,
      passage: 'capex-growth',
      complete: true,
      rank: 4,
    });
    expect(result?.text).toBe(capexGrowthWords.join(''));
    expect(result?.highlights).toEqual(['設備投資']);
    expect(result?.phraseCount).toBe(2);
    expect(resultHref(result!.url, result!.passage, result!.highlights)).toBe(
      '/ja/articles/ai-bubble/?highlight=%E8%A8%AD%E5%82%99%E6%8A%95%E8%B3%87#capex-growth',
    );
  });

  it('marks a passage holding only some segments of a CJK query as a partial match, highlighting the segments it holds', () => {
    const result = toResult(microsoftInvests(), '設備投資', 0, titles);
    expect(result).toMatchObject({ passage: 'microsoft-invests', complete: false, phraseCount: 0 });
    expect(result?.highlights).toEqual(['設備', '投資']);
  });

  it('reads an English passage of the segmented index as text with its spaces, and counts the phrase in it', () => {
    const result = toResult(
      burryShort((w) => w === 'short' || w === 'selling'),
      'short selling',
      1,
      titles,
    );
    expect(result).toMatchObject({
      edition: 'en',
      kind: 'article',
      title: enTitle,
      passage: 'burry-short',
      complete: true,
      phraseCount: 1,
      highlights: ['short selling'],
    });
    expect(result?.text).toBe(burryShortText);
  });

  it('highlights the words Pagefind hit (by their locations in the raw words) when a stemmed query’s own words are not in the text', () => {
    const result = toResult(
      burryShort((w) => w.startsWith('short')),
      'shorting',
      0,
      titles,
    );
    expect(result?.highlights).toEqual(['short', 'shorts']);
  });

  it('numbers the words Pagefind hit in raw_content, where segmented text has its word boundaries', () => {
    const words = ['米国', 'の', 'capex', 'は', '増加', 'し', 'た', '。'];
    const data = record({
      url: '/ja/articles/ai-bubble/#capex-growth',
      words,
      segmented: true,
      isHit: (w) => w === 'capex',
      edition: 'ja',
    });
    expect(toResult(data, 'capexes', 0, titles)?.highlights, 'the query is not in the text: the hit word is').toEqual(['capex']);
  });

  it('undoes raw_content’s escapes of < and >, and falls back to content when raw_content is absent', () => {
    const escaped = record({ url: '/en/articles/a/#p', words: ['a', '<b>', 'c'], segmented: false, isHit: () => false, edition: 'en' });
    expect(escaped.raw_content).toContain('&lt;b&gt;');
    expect(toResult(escaped, 'b', 0, titles)?.text).toBe('a <b> c');
    const { raw_content: _raw, ...plain } = capexGrowth();
    expect(toResult(plain, '設備投資', 0, titles)).toMatchObject({
      text: capexGrowthWords.join(''),
      highlights: ['設備投資'],
      phraseCount: 2,
    });
  });

  it('links a hit in an article’s head (title, dek, byline) to the page itself, without a passage', () => {
    const result = toResult(jaHead(), '泡沫', 2, titles);
    expect(result).toMatchObject({
      kind: 'article',
      slug: 'ai-bubble',
      url: '/ja/articles/ai-bubble/',
      title: jaTitle,
      passage: null,
      highlights: ['泡沫'],
    });
    expect(resultHref(result!.url, result!.passage, result!.highlights)).toBe('/ja/articles/ai-bubble/?highlight=%E6%B3%A1%E6%B2%AB');
    expect(sameInEdition(result!, 'en'), 'a head has no passage to offer in another edition').toBeNull();
  });

  it('links a glossary hit to the term page, without a passage', () => {
    const result = toResult(capexTerm(), 'capex', 0, titles);
    expect(result).toMatchObject({
      edition: 'en',
      kind: 'glossary',
      slug: 'capex',
      url: '/en/glossary/capex/',
      title: 'capital expenditure',
      passage: null,
      highlights: ['capex'],
      phraseCount: 2,
    });
    expect(result?.text).toBe('capital expenditure. Money a company spends on long-lived assets. 日本語 設備投資 English capex · Capex');
  });

  it('decodes the passage id of the record’s URL', () => {
    expect(toResult({ ...capexGrowth(), url: '/ja/articles/ai-bubble/#caf%C3%A9-2' }, '設備投資', 0, titles)?.passage).toBe('café-2');
  });

  it('takes the edition from the record’s edition filter, else its URL, and drops a record outside every locale', () => {
    const data = capexGrowth();
    expect(toResult({ ...data, filters: { ...data.filters, edition: ['zh'] } }, '設備投資', 0, titles)?.edition).toBe('zh');
    expect(toResult({ ...data, filters: { kind: ['article'] } }, '設備投資', 0, titles)?.edition, 'no edition filter').toBe('ja');
    expect(
      toResult({ ...data, filters: { ...data.filters, edition: [] } }, '設備投資', 0, titles)?.edition,
      'an empty edition filter',
    ).toBe('ja');
    expect(
      toResult({ ...data, filters: { ...data.filters, edition: ['fr'] } }, '設備投資', 0, titles)?.edition,
      'an unknown edition is ignored',
    ).toBe('ja');
    expect(
      toResult({ ...data, filters: { ...data.filters, edition: ['ja'] }, meta: { edition: 'zh' } }, '設備投資', 0, titles)?.edition,
      'metadata is not read',
    ).toBe('ja');
    expect(toResult({ ...data, url: '/elsewhere/', filters: {} }, '設備投資', 0, titles)).toBeNull();
    expect(
      toResult({ ...data, url: '/elsewhere/', filters: { edition: ['en'] } }, '設備投資', 0, titles)?.edition,
      'the filter alone suffices',
    ).toBe('en');
  });

  it('titles an article record, passage or head, with the article’s title in the record’s edition, whatever its metadata says', () => {
    expect(toResult({ ...capexGrowth(), meta: { title: '米国の設備投資' } }, '設備投資', 0, titles)?.title).toBe(jaTitle);
    expect(toResult({ ...jaHead(), meta: {} }, '泡沫', 0, titles)?.title).toBe(jaTitle);
    expect(
      toResult(
        burryShort(() => false),
        'short',
        0,
        titles,
      )?.title,
    ).toBe(enTitle);
    const data = capexGrowth();
    expect(
      toResult({ ...data, filters: { ...data.filters, edition: ['en'] } }, '設備投資', 0, titles)?.title,
      'the edition the filter names',
    ).toBe(enTitle);
  });

  it('names an article record by its page URL when its edition or its article has no title', () => {
    const zh = record({
      url: '/zh/articles/ai-bubble/#capex-growth',
      words: ['资本', '支出'],
      segmented: true,
      isHit: () => true,
      edition: 'zh',
      meta: { title: '资本支出' },
    });
    expect(toResult(zh, '资本支出', 0, titles)?.title, 'no Chinese title, and the metadata is not used').toBe('/zh/articles/ai-bubble/');
    expect(toResult({ ...capexGrowth(), url: '/ja/articles/other/#p' }, '設備投資', 0, titles)?.title).toBe('/ja/articles/other/');
    expect(toResult(capexGrowth(), '設備投資', 0, {})?.title).toBe('/ja/articles/ai-bubble/');
  });

  it('titles a glossary record with its title metadata (the term’s name), else its page URL, never with an article’s title', () => {
    expect(toResult(capexTerm(), 'capex', 0, { capex: { en: 'An article called capex' } })?.title).toBe('capital expenditure');
    expect(toResult({ ...capexTerm(), meta: {} }, 'capex', 0, titles)?.title).toBe('/en/glossary/capex/');
  });
});

describe('ranking the records of a query', () => {
  const result = (edition: SearchResult['edition'], rank: number, extra: Partial<SearchResult> = {}): SearchResult => ({
    edition,
    kind: 'article',
    slug: 'ai-bubble',
    url: `/${edition}/articles/ai-bubble/`,
    title: 't',
    passage: null,
    text: '',
    highlights: [],
    complete: true,
    phraseCount: 1,
    rank,
    ...extra,
  });
  const names = (results: readonly SearchResult[]) => results.map((r) => `${r.edition}${r.rank}`);

  it('folds the hits on one passage in several editions under the first one shown, and never folds terms, heads or other passages', () => {
    const ranked = rankResults(
      [
        result('ja', 0, { passage: 'training-costs' }),
        result('en', 1, { passage: 'training-costs' }),
        result('zh', 2, { passage: 'training-costs' }),
        result('ja', 3, { passage: 'all-roads' }),
        result('en', 4, { passage: null }),
        result('ja', 5, { passage: null }),
        result('en', 6, { kind: 'glossary', slug: 'gpu', url: '/en/glossary/gpu/' }),
        result('ja', 7, { kind: 'glossary', slug: 'gpu', url: '/ja/glossary/gpu/' }),
        result('zh', 8, { passage: 'training-costs', slug: 'another-article' }),
      ],
      'en',
    );
    const aligned = alignResults(ranked);
    expect(aligned.map((r) => `${names([r])[0]}${r.passage ? `#${r.passage}` : ''}:${names(r.alsoIn).join(',')}`)).toEqual([
      'en1#training-costs:ja0,zh2',
      'en4:',
      'en6:',
      'ja3#all-roads:',
      'ja5:',
      'ja7:',
      'zh8#training-costs:',
    ]);
    expect(
      alignResults([result('zh', 0, { passage: 'x' }), result('ja', 1, { passage: 'x' })]).map((r) => names(r.alsoIn)),
      'the first shown keeps the passage when the reader’s edition has no hit',
    ).toEqual([['ja1']]);
  });

  it('ranks the reader’s own edition first among whole matches, keeping Pagefind’s order otherwise', () => {
    const ranked = rankResults([result('ja', 0), result('zh', 1), result('en', 2), result('ja', 3), result('en', 4)], 'en');
    expect(names(ranked)).toEqual(['en2', 'en4', 'ja0', 'zh1', 'ja3']);
  });

  it('puts records holding only part of a CJK query after every whole match, the reader’s own edition first within each', () => {
    const ranked = rankResults(
      [result('ja', 0, { complete: false }), result('zh', 1), result('ja', 2), result('en', 3, { complete: false })],
      'ja',
    );
    expect(names(ranked)).toEqual(['ja2', 'zh1', 'ja0', 'en3']);
  });

  it('prefers, within a group, the record holding the whole query most often, then Pagefind’s rank', () => {
    const ranked = rankResults(
      [
        result('ja', 0, { phraseCount: 1 }),
        result('ja', 1, { phraseCount: 3 }),
        result('ja', 2, { phraseCount: 1 }),
        result('ja', 3, { phraseCount: 3 }),
      ],
      'ja',
    );
    expect(names(ranked)).toEqual(['ja1', 'ja3', 'ja0', 'ja2']);
  });

  it('never lets a phrase count lift a record out of its group', () => {
    const ranked = rankResults(
      [result('en', 0, { phraseCount: 9 }), result('ja', 1, { phraseCount: 1 }), result('ja', 2, { complete: false, phraseCount: 9 })],
      'ja',
    );
    expect(names(ranked)).toEqual(['ja1', 'en0', 'ja2']);
  });

  it('puts the passage most about the query first among the records of one article, whatever Pagefind’s order', () => {
    const sp500Share = record({
      url: '/ja/articles/ai-bubble/#sp500-share',
      words: ['AI', '関連', '銘柄', 'は', '設備', '投資', '増加', 'の', '90', '%', 'を', '占め', 'る', '。'],
      segmented: true,
      isHit: (w) => w === '設備' || w === '投資',
      edition: 'ja',
    });
    const results = [
      toResult(microsoftInvests(), '設備投資', 0, titles),
      toResult(sp500Share, '設備投資', 1, titles),
      toResult(capexGrowth(), '設備投資', 2, titles),
    ].flatMap((r) => (r ? [r] : []));
    expect(rankResults(results, 'ja').map((r) => [r.passage, r.phraseCount])).toEqual([
      ['capex-growth', 2],
      ['sp500-share', 1],
      ['microsoft-invests', 0],
    ]);
  });

  it('leaves the list it was given in Pagefind’s order', () => {
    const results = [result('ja', 0), result('en', 1)];
    rankResults(results, 'en');
    expect(names(results)).toEqual(['ja0', 'en1']);
  });
});

describe('what a results view shows', () => {
  const refs = (...ids: string[]) => ids.map((id) => ({ id }));
  /** Records loaded so far: each id with its hits ("a" → ["a1", "a2"]). */
  const loaded = (spec: Record<string, number>) =>
    new Map(Object.entries(spec).map(([id, n]) => [id, Array.from({ length: n }, (_, i) => `${id}${i + 1}`)]));
  const slice = (lists: { id: string }[][], hits: Map<string, string[]>, depth: number) =>
    viewSlice(lists, hits, depth).map(({ hit, rank }) => `${hit}@${rank}`);
  const ids = (records: { id: string }[]) => records.map((record) => record.id);

  it('shows the first hits of each of its lists, record after record, each with its rank in its own list', () => {
    const hits = loaded({ a: 2, b: 1, c: 1, x: 1, y: 3 });
    expect(slice([refs('a', 'b', 'c'), refs('x', 'y')], hits, 2)).toEqual(['a1@0', 'a2@1', 'x1@0', 'y1@1']);
    expect(slice([refs('a', 'b', 'c')], hits, 5)).toEqual(['a1@0', 'a2@1', 'b1@2', 'c1@3']);
    expect(slice([refs('a'), []], hits, 3)).toEqual(['a1@0', 'a2@1']);
  });

  it('stops a list at its first record not loaded, so that the order of records is kept', () => {
    expect(slice([refs('a', 'b', 'c')], loaded({ a: 1, c: 4 }), 5)).toEqual(['a1@0']);
  });

  it('shows a record found in two lists once, in the first', () => {
    expect(slice([refs('a', 'b'), refs('b', 'd')], loaded({ a: 1, b: 1, d: 1 }), 2)).toEqual(['a1@0', 'b1@1', 'd1@0']);
  });

  it('loads a few records at a time, until every list can show the depth asked for', () => {
    const lists = [refs('a', 'b', 'c', 'd'), refs('x', 'y')];
    expect(ids(recordsToLoad(lists, loaded({}), 5)), 'a record is reckoned at two hits').toEqual(['a', 'b', 'c', 'x', 'y']);
    expect(ids(recordsToLoad(lists, loaded({ a: 6, x: 1, y: 1 }), 5)), 'a holds enough; x and y are all there is').toEqual([]);
    expect(ids(recordsToLoad(lists, loaded({ a: 1, b: 1, c: 1, x: 1, y: 1 }), 5))).toEqual(['d']);
    expect(ids(recordsToLoad(lists, loaded({ a: 1, b: 1, c: 1, d: 1, x: 1, y: 1 }), 5)), 'nothing left to load').toEqual([]);
  });

  it('shows the preferred hits (whole matches) of a list first, and loads on for them until it has read as many records as the depth', () => {
    const whole = (hit: string) => !hit.startsWith('n');
    const lists = [refs('n', 'm', 'b', 'c', 'd', 'e', 'f')];
    // n holds three near-matches; m one near-match and one whole match.
    const hits = new Map([
      ['n', ['n1', 'n2', 'n3']],
      ['m', ['n4', 'm1']],
    ]);
    expect(viewSlice(lists, hits, 2, whole).map(({ hit }) => hit)).toEqual(['m1', 'n1']);
    expect(ids(recordsToLoad(lists, hits, 3, whole)), 'one whole match of three: one more record').toEqual(['b']);
    expect(ids(recordsToLoad(lists, hits, 3)), 'any hit will do: enough').toEqual([]);
    const read = new Map([...hits, ['b', ['n5']], ['c', ['n6']]]);
    expect(ids(recordsToLoad(lists, read, 3, whole)), 'three records read and three hits held: it stops').toEqual([]);
  });

  it('shows more of every list as the view deepens', () => {
    const lists = [refs('a', 'b'), refs('x')];
    const hits = loaded({ a: 3, b: 2, x: 2 });
    for (const depth of [1, 2, 3, 4])
      expect(viewSlice(lists, hits, depth).length, `depth ${depth}`).toBe(Math.min(depth, 5) + Math.min(depth, 2));
  });

  it('counts the hits of its distinct records, exactly once every record is loaded and at least one a record before', () => {
    const lists = [refs('a', 'b', 'c'), refs('b', 'd')];
    expect(viewCount(lists, loaded({ a: 3, b: 2, c: 1, d: 1 }))).toEqual({ count: 7, exact: true });
    expect(viewCount(lists, loaded({ a: 3 }))).toEqual({ count: 6, exact: false });
    expect(viewCount([[], []], loaded({}))).toEqual({ count: 0, exact: true });
  });

  it('has more to show while any list holds more hits than the depth shown, loaded or in records not loaded', () => {
    const lists = [refs('a'), refs('x', 'y')];
    expect(viewHasMore(lists, loaded({ a: 3, x: 1, y: 1 }), 2)).toBe(true);
    expect(viewHasMore(lists, loaded({ a: 2, x: 1, y: 1 }), 2)).toBe(false);
    expect(viewHasMore(lists, loaded({ a: 2, x: 1 }), 2), 'y is not loaded, but it is one hit at least').toBe(false);
    expect(viewHasMore(lists, loaded({ a: 2 }), 1)).toBe(true);
    expect(viewHasMore([[]], loaded({}), 1)).toBe(false);
  });
});

describe('links from a result', () => {
  it('reads the edition filter from the URL, treating anything unknown as all editions', () => {
    expect(parseFilter('zh')).toBe('zh');
    expect(parseFilter(null)).toBe('all');
    expect(parseFilter('')).toBe('all');
    expect(parseFilter('fr')).toBe('all');
  });

  it('builds links with one highlight parameter per word, which the article page reads back', () => {
    const href = resultHref('/en/articles/ai-bubble/', 'burry-short', ['short selling', 'S&P 500']);
    expect(href).toBe('/en/articles/ai-bubble/?highlight=short+selling&highlight=S%26P+500#burry-short');
    expect(new URL(href, 'http://x').searchParams.getAll('highlight')).toEqual(['short selling', 'S&P 500']);
    expect(resultHref('/en/glossary/capex/', null, [])).toBe('/en/glossary/capex/');
  });

  it('offers the same passage in the reader’s edition for a passage found in another one, and only then', () => {
    const found = toResult(capexGrowth(), '設備投資', 0, titles)!;
    expect(sameInEdition(found, 'en')).toBe(passagePath('en', 'ai-bubble', 'capex-growth'));
    expect(sameInEdition(found, 'zh')).toBe('/zh/articles/ai-bubble/#capex-growth');
    expect(sameInEdition(found, 'ja'), 'already the reader’s edition').toBeNull();
    expect(sameInEdition(toResult(capexTerm(), 'capex', 0, titles)!, 'ja'), 'a glossary term').toBeNull();
  });

  it('fills the result count', () => {
    expect(format(ui('en').searchResultCount, { count: 3 })).toBe('3 results');
    expect(format(ui('ja').searchResultCount, { count: 12 })).toBe('12件');
  });
});

describe('previews of the same passage in the reader’s edition', () => {
  it('lives in the bundle, one small file per article edition', () => {
    expect(previewsPath('en', 'ai-bubble')).toBe('/pagefind/passages/en/ai-bubble.json');
    expect(previewsPath('zh', 'x').startsWith(bundlePath)).toBe(true);
  });

  /** An edition's passages, parsed from MDX as the site parses them. */
  const passages = parsePassages(
    [
      '<H id="capex-growth">米国のテック業界の**設備投資**の前年比増加率は、現在ほぼ30%に達している</H>',
      '<P id="burry-short">',
      burryShortText.replace('short selling', '*short selling*'),
      '</P>',
      '<P id="space-separated">',
      'The year-on-year growth   rate',
      'of [capex](https://example.org/)',
      '</P>',
      '<Figure id="chart" src="/chart.png" alt="" />',
      '<Quote id="compute">',
      '<Term slug="compute">算力</Term>之争',
      '</Quote>',
    ].join('\n\n'),
    'ja.mdx',
  );

  it('previews each passage that has text under its id, leaving out a figure without caption', () => {
    expect(Object.keys(passagePreviews(passages))).toEqual(['capex-growth', 'burry-short', 'space-separated', 'compute']);
  });

  it('takes each passage’s plain text, without markup, as one line', () => {
    const previews = passagePreviews(passages, 1000);
    expect(previews['capex-growth']).toBe('米国のテック業界の設備投資の前年比増加率は、現在ほぼ30%に達している');
    expect(previews['burry-short']).toBe(burryShortText);
    expect(previews['space-separated']).toBe('The year-on-year growth rate of capex');
    expect(previews['compute']).toBe('算力之争');
  });

  it('cuts previews short, at a space in Latin text, to about half as many CJK characters as Latin ones', () => {
    const previews = passagePreviews(passages, 40);
    expect(previews['capex-growth']).toBe('米国のテック業界の設備投資の前年比増加率は…');
    expect(previews['burry-short']).toBe('A few days later, Burry disclosed his…');
  });

  it('reads a previews file, and degrades to no previews when it is absent or malformed', () => {
    expect([...parsePreviews({ 'capex-growth': 'The year-on-year…', broken: 3 })]).toEqual([['capex-growth', 'The year-on-year…']]);
    expect(parsePreviews(null).size).toBe(0);
    expect(parsePreviews('text').size).toBe(0);
    expect(parsePreviews([['a', 'b']]).size).toBe(0);
  });

  it('previews a text briefly, the ellipsis included, cut at a space when one is near', () => {
    expect(preview('short text', previewLength)).toBe('short text');
    expect(preview('x'.repeat(previewLength)), 'by default, up to previewLength characters').toBe('x'.repeat(previewLength));
    expect(preview('x'.repeat(previewLength + 1))).toBe(`${'x'.repeat(previewLength - 1)}…`);
    expect(preview('The year-on-year growth rate of capex in the US tech industry', 30)).toBe('The year-on-year growth rate…');
    expect(preview('米国のテック業界の設備投資の前年比増加率は、現在ほぼ', 18), 'CJK: 18 Latin characters’ room').toBe(
      '米国のテック業界の…',
    );
  });
});

describe('the search page’s strings', () => {
  it('says a count that is a lower bound as at least that many, and no results for none', () => {
    const en = searchStrings(ui('en'), 'en');
    expect(statusText(en, { count: 12, exact: true })).toBe(format(en.resultCount, { count: 12 }));
    expect(statusText(en, { count: 12, exact: false })).toBe(format(en.resultCountAtLeast, { count: 12 }));
    expect(statusText(en, { count: 0, exact: true })).toBe(en.noResults);
    expect(statusText(en, undefined)).toBe(en.noResults);
    expect([countText({ count: 3, exact: true }), countText({ count: 3, exact: false }), countText(undefined)]).toEqual(['3', '3+', '0']);
  });

  it('labels every edition and the aligned passage in the reader’s language', () => {
    const en = searchStrings(ui('en'), 'en');
    expect(en.editions).toEqual({ ja: 'Japanese edition', en: 'English edition', zh: 'Simplified Chinese edition' });
    expect(en.sameInYours).toBe('The same passage in English');
    expect(searchStrings(ui('ja'), 'ja').sameInYours).toBe('日本語版の同じ段落');
    expect(searchStrings(ui('zh'), 'zh').editions.ja).toBe('日语版');
  });

  it('lists each article’s title in each edition it has, and no title for an edition it lacks', () => {
    const edition = (locale: Locale, title: string) => ({ locale, data: { title } }) as Edition;
    const articles: Article[] = [
      { slug: 'ai-bubble', original: 'ja', editions: { ja: edition('ja', jaTitle), en: edition('en', enTitle) } },
      { slug: 'compute', original: 'zh', editions: { zh: edition('zh', '算力之争') } },
    ];
    const found = searchTitles(articles);
    expect(found).toStrictEqual({ 'ai-bubble': { ja: jaTitle, en: enTitle }, compute: { zh: '算力之争' } });
    expect(Object.keys(found['ai-bubble'] ?? {})).not.toContain('zh');
    expect(searchTitles([])).toStrictEqual({});
  });

  it('fills every string for every locale, the result count with its {count} slot', () => {
    for (const code of localeCodes) {
      const strings = searchStrings(ui(code), code);
      expect(
        Object.values(strings).every((v) => v !== ''),
        code,
      ).toBe(true);
      expect(strings.resultCount, code).toContain('{count}');
      expect(Object.keys(strings.editions), code).toEqual(localeCodes);
    }
  });
});
