import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { articlePath, comparePath, homePath, passagePath, sharePath, termPath } from '../../src/lib/i18n/paths';
import { ui } from '../../src/lib/i18n/ui';
import { bundleModule, bundlePath, bundlePlan, indexLanguage } from '../../src/lib/search/bundles';
import { excerptParts, fitLength } from '../../src/lib/search/excerpt';
import type { PagefindAnchor, PagefindResultData } from '../../src/lib/search/pagefind';
import { bundleLocaleOf, hasSearchBody, isDuplicatePage, markPassages, pagePathOf } from '../../src/lib/search/pages';
import { parsePreviews, passagePreviews, preview, previewsPath } from '../../src/lib/search/previews';
import { contentWords, highlightsFor, isPassageAnchor, matchPassages, passageAt, passageRanges, splitWords } from '../../src/lib/search/passages';
import { countOccurrences, hasCjk, matchesWholeQuery, normalizeQuery, queryParts, queryPhrase, querySegments } from '../../src/lib/search/query';
import { countByFilter, countLine, describeUrl, filterResults, parseFilter, rankResults, resultHref, sameInEdition, toResult, type SearchResult } from '../../src/lib/search/results';
import { searchStrings } from '../../src/lib/search/strings';

const ZWS = '\u200B';

interface FixturePassage {
  id: string;
  words: string[];
  element?: string;
}

/**
 * Pagefind-shaped result data for a page: the header words, then each passage's words, numbered
 * as Pagefind numbers them; segmented pages join words with zero-width spaces as Pagefind does.
 * Hits are the positions of the words `isHit` accepts, each scoring 1 unless `scores` says otherwise.
 */
function pageData(options: {
  url: string;
  title: string;
  header: string[];
  passages: FixturePassage[];
  segmented: boolean;
  isHit: (word: string) => boolean;
  edition?: string;
  scores?: Record<number, number>;
  extraAnchors?: PagefindAnchor[];
}): PagefindResultData {
  const words = [...options.header];
  const anchors: PagefindAnchor[] = [];
  for (const passage of options.passages) {
    anchors.push({ element: passage.element ?? 'passage-anchor', id: passage.id, location: words.length, text: '' });
    words.push(...passage.words);
  }
  anchors.push(...(options.extraAnchors ?? []));
  anchors.sort((a, b) => a.location - b.location);
  const locations = words.flatMap((word, i) => (options.isHit(word) ? [i] : []));
  const joiner = options.segmented ? '' : ' ';
  return {
    url: options.url,
    content: words.join(joiner),
    raw_content: words.map((w) => w.replace(/</g, '&lt;').replace(/>/g, '&gt;')).join(options.segmented ? ZWS : ' '),
    word_count: words.length,
    meta: { title: options.title, ...(options.edition ? { edition: options.edition } : {}) },
    anchors,
    locations,
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: options.scores?.[location] ?? 1 })),
    excerpt: '',
  };
}

/** A Japanese article edition shaped like the real one: 設備投資 indexed as 設備 + 投資. */
const japanese = () =>
  pageData({
    url: '/ja/articles/ai-bubble/',
    title: 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?',
    edition: 'ja',
    header: ['AI', 'は', '泡沫', '。 ', '執筆', ':', 'Sleepy.txt'],
    passages: [
      { id: 'nvidia-pe', words: ['投資', '家', 'たち', 'は', '、', '英偉達', 'の', 'PER', '。 '] },
      { id: 'sp500-share', words: ['AI', '関連', '銘柄', 'は', '設備', '投資', '増加', 'の', '90', '%', 'を', '占め', 'る', '。 '] },
      { id: 'microsoft-invests', words: ['投資', 'に', '慣れ', 'て', 'いる', '。', '設備', 'の', '投資', 'も', '。 '] },
      { id: 'capex-growth', words: ['米国', 'の', '設備', '投資', 'の', '伸び', '率', '。', '設備', '投資', 'は', '再び', '。 '] },
    ],
    segmented: true,
    isHit: (w) => w === '設備' || w === '投資',
  });

describe('search bundles: one per locale, derived from the declared locales', () => {
  it('puts each locale bundle at /pagefind/<locale>/ and indexes it in the primary subtag of its <html lang>', () => {
    expect(bundlePath('ja')).toBe('/pagefind/ja/');
    expect(bundleModule('zh')).toBe('/pagefind/zh/pagefind.js');
    expect(localeCodes.map(indexLanguage)).toEqual(['ja', 'en', 'zh']);
  });

  it('loads the reader’s own bundle as the primary and merges every other locale’s, each with its own language', () => {
    for (const reader of localeCodes) {
      const plan = bundlePlan(reader);
      expect(plan.primary).toBe(`/pagefind/${reader}/pagefind.js`);
      expect(plan.merged.map((b) => b.locale)).toEqual(localeCodes.filter((c) => c !== reader));
      for (const bundle of plan.merged) {
        expect(bundle.path).toBe(bundlePath(bundle.locale));
        expect(bundle.language).toBe(indexLanguage(bundle.locale));
        // Pagefind skips a merged bundle whose path is a prefix of the primary's: never the case here.
        expect(plan.primary.startsWith(bundle.path)).toBe(false);
      }
    }
  });
});

describe('which built pages are indexed, and in which bundle', () => {
  const body = '<html lang="ja"><body><header>chrome</header><article lang="ja" data-pagefind-body data-pagefind-meta="edition:ja"><p>x</p></article></body></html>';
  const chrome = '<html lang="ja"><body><main><p>data-pagefind-body is only mentioned here</p></main></body></html>';

  it('turns built file names into site paths', () => {
    expect(pagePathOf('ja/articles/ai-bubble/index.html')).toBe('/ja/articles/ai-bubble/');
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf('404.html')).toBe('/404.html');
    expect(pagePathOf('zh\\glossary\\gpu\\index.html')).toBe('/zh/glossary/gpu/');
  });

  it('recognises the share and side-by-side pages (paths.ts) as duplicates, and nothing else', () => {
    expect(isDuplicatePage(sharePath('ja', 'ai-bubble', 'burry-short'))).toBe(true);
    expect(isDuplicatePage(comparePath('en', 'ai-bubble', 'ja'))).toBe(true);
    for (const page of [articlePath('ja', 'ai-bubble'), termPath('zh', 'compute'), homePath('en'), '/ja/articles/p/']) expect(isDuplicatePage(page), page).toBe(false);
  });

  it('sees a data-pagefind-body attribute, with or without a value, and not the words in text', () => {
    expect(hasSearchBody(body)).toBe(true);
    expect(hasSearchBody('<div class="x" data-pagefind-body="">')).toBe(true);
    expect(hasSearchBody(chrome)).toBe(false);
    expect(hasSearchBody('<div data-pagefind-body-not>')).toBe(false);
  });

  it('moves each passage’s id to an empty passage anchor in the indexed copy, leaving other ids alone', () => {
    const html = '<article data-pagefind-body><p id="a" data-passage="a" class="passage"><span id="old" data-moved-to="a"></span>x</p><h2 data-passage="b" id="b">y</h2><p data-passage="c">z</p><input id="q"></article>';
    expect(markPassages(html)).toBe(
      '<article data-pagefind-body><p data-passage="a" class="passage"><passage-anchor id="a"></passage-anchor><span id="old" data-moved-to="a"></span>x</p>' +
        '<h2 data-passage="b"><passage-anchor id="b"></passage-anchor>y</h2><p data-passage="c">z</p><input id="q"></article>',
    );
  });

  it('indexes article editions and glossary terms in their locale’s bundle, never fallback, share, side-by-side or chrome-only pages', () => {
    expect(bundleLocaleOf('/ja/articles/ai-bubble/', body)).toBe('ja');
    expect(bundleLocaleOf('/zh/glossary/compute/', body)).toBe('zh');
    expect(bundleLocaleOf('/en/articles/ai-bubble/', chrome), 'a "not yet translated" page has no data-pagefind-body').toBeNull();
    expect(bundleLocaleOf(sharePath('ja', 'ai-bubble', 'burry-short'), body)).toBeNull();
    expect(bundleLocaleOf(comparePath('ja', 'ai-bubble', 'en'), body)).toBeNull();
    expect(bundleLocaleOf('/', body)).toBeNull();
    expect(bundleLocaleOf('/404.html', body)).toBeNull();
    expect(bundleLocaleOf('/en/', chrome)).toBeNull();
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

  it('calls a page a whole match only when it holds every CJK part of the query, leaving Latin words to Pagefind’s stemming', () => {
    expect(matchesWholeQuery('世界で最も時価総額の高い企業', '時価総額の')).toBe(true);
    expect(matchesWholeQuery('関連用語. 時価総額. 評価額', '時価総額の'), 'Pagefind matched only 時価, 総額 and の').toBe(false);
    expect(matchesWholeQuery('accurate short sellers', 'short selling')).toBe(true);
  });

  it('segments a CJK query as a word segmenter for its language does, dropping lone kana', () => {
    const segments = querySegments('時価総額の', 'ja');
    expect(segments).not.toContain('の');
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) expect('時価総額の').toContain(s);
    expect(querySegments('Short selling', 'en')).toEqual(['short', 'selling']);
  });
});

describe('from a Pagefind hit to the passage that contains it', () => {
  it('splits content into Pagefind’s words: at zero-width spaces when segmented, else at whitespace', () => {
    expect(contentWords(`設備${ZWS}投資${ZWS}&lt;b&gt;`)).toEqual({ words: ['設備', '投資', '<b>'], joiner: '' });
    expect(contentWords('short  selling.\nNext')).toEqual({ words: ['short', 'selling.', 'Next'], joiner: ' ' });
    expect(splitWords(`a&lt;b${ZWS}c`).words, 'fragment content is not escaped').toEqual(['a&lt;b', 'c']);
  });

  const passage = (id: string, location: number): PagefindAnchor => ({ element: 'passage-anchor', id, location, text: '' });
  const anchors: PagefindAnchor[] = [
    passage('epigraph', 5),
    passage('burry-post', 12),
    { element: 'span', id: 'old-burry-post', location: 12, text: '' },
    passage('figure-1', 30),
    passage('crowded-out', 30),
    { element: 'h2', id: 'unrelated-heading-id', location: 35, text: 'x' },
    passage('gospel', 40),
  ];

  it('finds the last passage anchor at or before the hit', () => {
    expect(passageAt(anchors, 5)).toBe('epigraph');
    expect(passageAt(anchors, 11)).toBe('epigraph');
    expect(passageAt(anchors, 12)).toBe('burry-post');
    expect(passageAt(anchors, 45)).toBe('gospel');
  });

  it('puts a hit above the first passage (title, dek, byline) in no passage', () => {
    expect(passageAt(anchors, 0)).toBeNull();
    expect(passageAt([], 10)).toBeNull();
  });

  it('counts only the passage anchors: never a moved id’s marker or another element with an id', () => {
    expect(isPassageAnchor({ element: 'span', id: 'old', location: 1 })).toBe(false);
    expect(isPassageAnchor({ element: 'p', id: 'x', location: 1 })).toBe(false);
    expect(passageAt(anchors, 13)).toBe('burry-post');
    expect(passageAt(anchors, 36)).toBe('crowded-out');
  });

  it('lands on the paragraph after a figure without indexed words (both start at the same word)', () => {
    expect(passageAt(anchors, 31)).toBe('crowded-out');
  });

  it('gives each passage the words up to the next one, and an empty range to a figure without words', () => {
    expect(passageRanges(anchors, 50)).toEqual([
      { id: 'epigraph', start: 5, end: 12 },
      { id: 'burry-post', start: 12, end: 30 },
      { id: 'figure-1', start: 30, end: 30 },
      { id: 'crowded-out', start: 30, end: 40 },
      { id: 'gospel', start: 40, end: 50 },
    ]);
  });

  it('ranks the passages holding the whole phrase first, even against more scattered hits of its segments', () => {
    const data = japanese();
    const matches = matchPassages(contentWords(data.raw_content!), data.anchors, data.weighted_locations, '設備投資', 'ja');
    expect(matches.map((m) => [m.id, m.phraseCount])).toEqual([
      ['capex-growth', 2],
      ['sp500-share', 1],
      ['microsoft-invests', 0],
      ['nvidia-pe', 0],
    ]);
    expect(matches[0]!.text).toBe('米国の設備投資の伸び率。設備投資は再び。');
    expect(matches[0]!.highlights).toEqual(['設備投資']);
  });

  it('breaks ties by Pagefind’s score, then by document order', () => {
    const data = pageData({
      url: '/en/articles/a/', title: 'A', header: ['A.'], segmented: false, isHit: (w) => w.startsWith('capex'),
      passages: [{ id: 'one', words: ['capex', 'rose.'] }, { id: 'two', words: ['capex', 'fell.'] }, { id: 'three', words: ['capex', 'again.'] }],
      scores: { 3: 5 },
    });
    expect(matchPassages(contentWords(data.raw_content!), data.anchors, data.weighted_locations, 'capex', 'en').map((m) => m.id)).toEqual(['two', 'one', 'three']);
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
    expect(excerptParts('abc def ghi jkl', [], 7).map((p) => p.text).join('')).toBe('abc def…');
  });
});

describe('search results', () => {
  it('reads the edition, kind and slug from a result URL', () => {
    expect(describeUrl('/ja/articles/ai-bubble/')).toEqual({ locale: 'ja', kind: 'article', slug: 'ai-bubble' });
    expect(describeUrl('/zh/glossary/compute/')).toEqual({ locale: 'zh', kind: 'glossary', slug: 'compute' });
    expect(describeUrl('/en/glossary/')).toEqual({ locale: 'en', kind: 'page', slug: null });
    expect(describeUrl('/en/articles/ai-bubble/p/x/')).toEqual({ locale: 'en', kind: 'page', slug: null });
    expect(describeUrl('http://127.0.0.1:4321/en/articles/a/?highlight=x#p')).toEqual({ locale: 'en', kind: 'article', slug: 'a' });
  });

  it('turns an article hit into a link to the passage that contains it, with the phrase to highlight', () => {
    const result = toResult(japanese(), '設備投資', 4)!;
    expect(result).toMatchObject({ edition: 'ja', kind: 'article', slug: 'ai-bubble', url: '/ja/articles/ai-bubble/', complete: true, rank: 4 });
    expect(result.passage?.id).toBe('capex-growth');
    expect(result.more.map((m) => m.id)).toEqual(['sp500-share']);
    expect(result.highlights).toEqual(['設備投資']);
    expect(resultHref(result.url, result.passage!.id, result.highlights)).toBe('/ja/articles/ai-bubble/?highlight=%E8%A8%AD%E5%82%99%E6%8A%95%E8%B3%87#capex-growth');
  });

  it('links a glossary hit to the term page, without a passage', () => {
    const data = pageData({ url: '/en/glossary/capex/', title: 'capital expenditure', edition: 'en', header: ['capital', 'expenditure.', 'capex', '·', 'Capex'], passages: [], segmented: false, isHit: (w) => /capex/i.test(w) });
    const result = toResult(data, 'capex', 0)!;
    expect(result).toMatchObject({ kind: 'glossary', slug: 'capex', passage: null, more: [], highlights: ['capex'] });
    expect(result.text).toBe('capital expenditure. capex · Capex');
  });

  it('takes the edition from the page’s edition meta, and drops a page outside every locale', () => {
    const data = japanese();
    expect(toResult({ ...data, meta: { ...data.meta, edition: 'zh' } }, '設備投資', 0)?.edition).toBe('zh');
    expect(toResult({ ...data, url: '/elsewhere/', meta: { title: 'x' } }, '設備投資', 0)).toBeNull();
  });

  const result = (edition: SearchResult['edition'], rank: number, extra: Partial<SearchResult> = {}): SearchResult => ({
    edition, kind: 'article', slug: 'ai-bubble', url: `/${edition}/articles/ai-bubble/`, title: 't', passage: null, more: [], text: '', highlights: [], complete: true, rank, ...extra,
  });

  it('puts the reader’s own edition first, keeping Pagefind’s order otherwise', () => {
    const ranked = rankResults([result('ja', 0), result('zh', 1), result('en', 2), result('ja', 3), result('en', 4)], 'en');
    expect(ranked.map((r) => `${r.edition}${r.rank}`)).toEqual(['en2', 'en4', 'ja0', 'zh1', 'ja3']);
  });

  it('puts pages that hold only part of a CJK query after every whole match, own edition first within each', () => {
    const ranked = rankResults([result('ja', 0, { complete: false }), result('zh', 1), result('ja', 2), result('en', 3, { complete: false })], 'ja');
    expect(ranked.map((r) => `${r.edition}${r.rank}`)).toEqual(['ja2', 'zh1', 'ja0', 'en3']);
  });

  it('filters by edition, and under "all" shows a glossary term once, in the reader’s edition when found there', () => {
    const terms = [result('ja', 0, { kind: 'glossary', slug: 'capex' }), result('en', 1, { kind: 'glossary', slug: 'capex' }), result('en', 2, { kind: 'glossary', slug: 'gpu' }), result('en', 3)];
    expect(filterResults(terms, 'all', 'ja').map((r) => `${r.edition}${r.rank}`)).toEqual(['ja0', 'en2', 'en3']);
    expect(filterResults(terms, 'en', 'ja').map((r) => `${r.edition}${r.rank}`)).toEqual(['en1', 'en2', 'en3']);
    expect(filterResults(terms, 'zh', 'ja')).toEqual([]);
    expect(countByFilter(terms, 'ja')).toEqual({ all: 3, ja: 1, en: 3, zh: 0 });
  });

  it('reads the edition filter from the URL, treating anything unknown as all editions', () => {
    expect(parseFilter('zh')).toBe('zh');
    expect(parseFilter(null)).toBe('all');
    expect(parseFilter('fr')).toBe('all');
  });

  it('builds links with one highlight parameter per word, which the article page reads back', () => {
    const href = resultHref('/en/articles/ai-bubble/', 'burry-short', ['short selling', 'S&P 500']);
    expect(href).toBe('/en/articles/ai-bubble/?highlight=short+selling&highlight=S%26P+500#burry-short');
    expect(new URL(href, 'http://x').searchParams.getAll('highlight')).toEqual(['short selling', 'S&P 500']);
    expect(resultHref('/en/glossary/capex/', null, [])).toBe('/en/glossary/capex/');
  });

  it('offers the same passage in the reader’s edition for a passage found in another one', () => {
    const passage = { id: 'capex-growth', text: '', phraseCount: 1, partsPresent: 1, score: 1, highlights: [] };
    expect(sameInEdition(result('ja', 0, { passage }), 'en')).toBe(passagePath('en', 'ai-bubble', 'capex-growth'));
    expect(sameInEdition(result('en', 0, { passage }), 'en')).toBeNull();
    expect(sameInEdition(result('ja', 0), 'en'), 'no passage: the hit is in the title').toBeNull();
    expect(sameInEdition(result('ja', 0, { kind: 'glossary', passage }), 'en')).toBeNull();
  });

  it('fills the result count', () => {
    expect(countLine(ui('en').searchResultCount, 3)).toBe('3 results');
    expect(countLine(ui('ja').searchResultCount, 12)).toBe('12件');
  });
});

describe('previews of the same passage in the reader’s edition', () => {
  it('lives next to the reader’s bundle, one small file per article edition', () => {
    expect(previewsPath('en', 'ai-bubble')).toBe('/pagefind/en/passages/ai-bubble.json');
  });

  it('takes each passage’s text from the index, cut short', () => {
    const data = japanese();
    const previews = passagePreviews(data.raw_content!, data.anchors, 14);
    expect(Object.keys(previews)).toEqual(['nvidia-pe', 'sp500-share', 'microsoft-invests', 'capex-growth']);
    expect(previews['capex-growth'], 'CJK: about half as many characters').toBe('米国の設備投資の…');
    expect(passagePreviews(data.raw_content!, data.anchors)['nvidia-pe']).toBe('投資家たちは、英偉達のPER。');
  });

  it('reads a previews file, and degrades to no previews when it is absent or malformed', () => {
    expect([...parsePreviews({ 'capex-growth': 'The year-on-year…', broken: 3 })]).toEqual([['capex-growth', 'The year-on-year…']]);
    expect(parsePreviews(null).size).toBe(0);
    expect(parsePreviews([['a', 'b']]).size).toBe(0);
  });

  it('previews a text briefly, cut at a space when one is near', () => {
    expect(preview('short text', 90)).toBe('short text');
    expect(preview('The year-on-year growth rate of capex in the US tech industry', 30)).toBe('The year-on-year growth rate…');
    expect(preview('米国のテック業界の設備投資の前年比増加率は、現在ほぼ', 10)).toBe('米国のテック業界の設…');
  });
});

describe('the search page’s strings', () => {
  it('labels every edition and the aligned passage in the reader’s language', () => {
    const en = searchStrings(ui('en'), 'en');
    expect(en.editions).toEqual({ ja: 'Japanese edition', en: 'English edition', zh: 'Simplified Chinese edition' });
    expect(en.sameInYours).toBe('The same passage in English');
    expect(searchStrings(ui('ja'), 'ja').sameInYours).toBe('日本語版の同じ段落');
    expect(searchStrings(ui('zh'), 'zh').editions.ja).toBe('日语版');
    for (const code of localeCodes) expect(Object.values(searchStrings(ui(code), code)).every((v) => v !== '')).toBe(true);
  });
});
