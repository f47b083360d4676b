import fs from 'node:fs';
import path from 'node:path';
import { extract } from '@extractus/oembed-extractor';
import { parseFeed } from '@rowanmanning/feed-parser';
import * as cheerio from 'cheerio';
import jsonld from 'jsonld';
import ogs from 'open-graph-scraper';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, localeInfo } from '../../src/lib/i18n/locales';
import { parsePagePath } from '../../src/lib/routes/paths';
import { dist } from '../helpers/build';
import { htmlFiles, loadPage, readerText } from '../helpers/html';
import { serveSite } from '../../scripts/lib/serve';

/** The site path a built file is served at: `ja/index.html` → `/ja/`, `404.html` → `/404.html`. */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const files = htmlFiles();
/** The configured site, as the language chooser declares it. */
const site = new URL(loadPage('/')('link[rel="canonical"]').attr('href') as string).origin;
const sharePages = files.map(sitePath).filter((p) => parsePagePath(p)?.kind === 'share');
/** The bilingual share pages (a translation's passage beside the original's): `…/p/<id>/<original>/`. */
const bilingualPages = sharePages.filter((p) => {
  const ref = parsePagePath(p);
  return ref?.kind === 'share' && ref.beside !== undefined;
});
const articlePages = files.map(sitePath).filter((p) => parsePagePath(p)?.kind === 'article');

/** hreflang → href, as a page's head declares its alternates. */
function pageAlternates(page: string): Map<string, string> {
  const $ = loadPage(page);
  const links = $('link[rel="alternate"][hreflang]')
    .map((_, el) => [[$(el).attr('hreflang') as string, $(el).attr('href') as string]] as [string, string][])
    .get();
  expect(new Set(links.map(([lang]) => lang)).size, `${page}: an hreflang named twice`).toBe(links.length);
  return new Map(links);
}

/** Every sitemap URL with its hreflang → href links, read from the sitemap files the index names. */
function sitemapAlternates(): Map<string, Map<string, string>> {
  const index = cheerio.load(fs.readFileSync(path.join(dist, 'sitemap-index.xml'), 'utf8'), { xml: true });
  const result = new Map<string, Map<string, string>>();
  for (const loc of index('sitemap > loc')
    .map((_, el) => index(el).text())
    .get()) {
    const $ = cheerio.load(fs.readFileSync(path.join(dist, new URL(loc).pathname), 'utf8'), { xml: true });
    $('url').each((_, url) => {
      const links = $(url)
        .find('xhtml\\:link')
        .map((_, l) => [[$(l).attr('hreflang') as string, $(l).attr('href') as string]] as [string, string][])
        .get();
      expect(new Set(links.map(([lang]) => lang)).size, `sitemap ${$(url).find('loc').text()}: an hreflang named twice`).toBe(links.length);
      result.set($(url).find('loc').text(), new Map(links));
    });
  }
  return result;
}

describe('share pages, read by an independent Open Graph parser (open-graph-scraper) over HTTP', () => {
  let server: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    server = await serveSite(dist);
  });
  afterAll(() => server.close());

  it('report each share page’s own URL and its own passage card (≤ 100 KB, 1200 × 630)', async () => {
    expect(sharePages.length).toBeGreaterThan(localeCodes.length);
    const wrong: string[] = [];
    for (const page of sharePages) {
      const { result } = await ogs({
        url: `${server.origin}${page}`,
        fetchOptions: { headers: { 'user-agent': 'facebookexternalhit/1.1' } },
      });
      const image = result.ogImage?.[0];
      const card = image ? path.join(dist, new URL(image.url).pathname) : '';
      if (result.ogUrl !== `${site}${page}`) wrong.push(`${page}: og:url ${result.ogUrl}`);
      else if (!image || image.url !== `${site}/og${page.slice(0, -1)}.png`) wrong.push(`${page}: og:image ${image?.url}`);
      else if (!fs.existsSync(card) || fs.statSync(card).size > 100_000) wrong.push(`${page}: card ${card} missing or over 100 KB`);
      else if (String(image.width) !== '1200' || String(image.height) !== '630')
        wrong.push(`${page}: card size ${image.width}×${image.height}`);
      else if (!image.alt || loadPage(page)('meta[name="twitter:image:alt"]').attr('content') !== image.alt)
        wrong.push(`${page}: no og:image:alt, or a different twitter:image:alt`);
    }
    expect(wrong).toEqual([]);
  });

  it('advertise an oEmbed response that a consumer (@extractus/oembed-extractor) discovers: a rich blockquote of the passage', async () => {
    // The discovery link names the public origin: the consumer's requests go to the local server.
    const local = (url: string) => url.replace(site, server.origin);
    const fetcher = (url: string | URL | Request, init?: RequestInit) => fetch(local(String(url)), init);
    for (const page of sharePages.filter((p, i) => i % 25 === 0 && !bilingualPages.includes(p))) {
      const embed = (await extract(`${site}${page}`, {}, fetcher as typeof fetch)) as Record<string, unknown>;
      expect(embed['method'], page).toBe('auto-discovery');
      expect(embed['type'], page).toBe('rich');
      expect(embed['thumbnail_url'], page).toBe(loadPage(page)('meta[property="og:image"]').attr('content'));
      const $ = cheerio.load(String(embed['html']));
      expect($('blockquote').attr('cite'), page).toBe(`${site}${page}`);
      expect($('blockquote a').attr('href'), page).toBe(`${site}${page}`);
      // The page's description is the passage's text, cut at 200 characters.
      const description = loadPage(page)('meta[property="og:description"]').attr('content') ?? '';
      expect($('blockquote > p').text().startsWith(description.replace(/…$/, '')), page).toBe(true);
      expect($('script, style, [style], iframe').length, page).toBe(0);
    }
  });

  it('keep rel=canonical on the article edition the passage belongs to', () => {
    for (const page of sharePages) {
      const ref = parsePagePath(page);
      if (ref?.kind !== 'share') throw new Error(page);
      expect(loadPage(page)('link[rel="canonical"]').attr('href')).toBe(`${site}/${ref.locale}/articles/${ref.slug}/`);
    }
  });
});

describe('bilingual share pages', () => {
  /** passages.json: every passage of every edition, with its share and bilingual share URLs. */
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'passages.json'), 'utf8')) as {
    article: string;
    id: string;
    locale: string;
    share: string;
    bilingual?: string;
  }[];

  it('are listed in passages.json and linked from the share page of the same passage', () => {
    const listed = manifest.flatMap((e) => (e.bilingual ? [new URL(e.bilingual).pathname] : []));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.sort()).toEqual([...bilingualPages].sort());
    for (const entry of manifest) {
      if (!entry.bilingual) continue;
      const links = loadPage(new URL(entry.share).pathname)('main a[href]')
        .map((_, a) => a.attribs['href'])
        .get();
      expect(links, entry.share).toContain(new URL(entry.bilingual).pathname);
    }
  });

  it('show the passage in the translation and then in the original, each in its own language, as the editions have them', () => {
    for (const page of bilingualPages) {
      const ref = parsePagePath(page);
      if (ref?.kind !== 'share' || !ref.beside) throw new Error(page);
      const $ = loadPage(page);
      const shown = $('main [data-passage]')
        .map((_, el) => ({ lang: $(el).closest('[lang]').attr('lang'), text: readerText($, el) }))
        .get();
      const inEdition = (locale: string) => {
        const article = loadPage(`/${locale}/articles/${ref.slug}/`);
        return { lang: localeInfo(locale as never).htmlLang, text: readerText(article, article(`[id="${ref.id}"]`)) };
      };
      expect(shown, page).toEqual([inEdition(ref.locale), inEdition(ref.beside)]);
    }
  });
});

describe('hreflang alternates', () => {
  const sitemap = sitemapAlternates();

  it('are the same in every sitemap URL and in its page', () => {
    expect(sitemap.size).toBeGreaterThan(10);
    const differ = [...sitemap]
      .map(([url, links]) => ({ url, page: Object.fromEntries(pageAlternates(new URL(url).pathname)), map: Object.fromEntries(links) }))
      .filter(({ page, map }) => JSON.stringify(page) !== JSON.stringify(map))
      .map(({ url, page, map }) => `${url}\n  page:    ${JSON.stringify(page)}\n  sitemap: ${JSON.stringify(map)}`);
    expect(differ).toEqual([]);
  });

  it('are reciprocal, name the page itself, and share one x-default across each group', () => {
    const problems: string[] = [];
    for (const file of files) {
      const page = sitePath(file);
      const links = pageAlternates(page);
      if (links.size === 0) continue;
      const self = `${site}${page}`;
      if (![...links.values()].includes(self)) problems.push(`${page} does not name itself`);
      if (!links.has('x-default')) problems.push(`${page} has no x-default`);
      for (const href of new Set(links.values())) {
        const theirs = pageAlternates(new URL(href).pathname);
        if (JSON.stringify(Object.fromEntries(theirs)) !== JSON.stringify(Object.fromEntries(links)))
          problems.push(`${page} names ${href}, which names ${JSON.stringify(Object.fromEntries(theirs))}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('tag each alternate with the language its page declares in <html lang>', () => {
    for (const file of files) {
      for (const [lang, href] of pageAlternates(sitePath(file))) {
        if (lang !== 'x-default') expect(loadPage(new URL(href).pathname)('html').attr('lang'), href).toBe(lang);
      }
    }
  });

  it('are absent from share pages (canonical to their article) and the not-found page', () => {
    for (const page of [...sharePages, '/404.html']) expect(pageAlternates(page).size, page).toBe(0);
  });
});

describe('hosting files', () => {
  it('robots.txt names the sitemap index, which exists', () => {
    const robots = fs.readFileSync(path.join(dist, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap:\s*(\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${site}/sitemap-index.xml`);
    expect(fs.existsSync(path.join(dist, new URL(sitemap as string).pathname))).toBe(true);
  });

  it('copies _headers to the build', () => {
    expect(fs.readFileSync(path.join(dist, '_headers'), 'utf8')).toMatch(/^\/_astro\/\*$/m);
  });
});

describe('RSS feeds, read by @rowanmanning/feed-parser', () => {
  for (const locale of localeCodes) {
    it(`${locale}: names the author as dc:creator (no <author>), links the locale’s home and itself`, () => {
      const xml = fs.readFileSync(path.join(dist, locale, 'rss.xml'), 'utf8');
      const feed = parseFeed(xml);
      expect(feed.url).toBe(`${site}/${locale}/`);
      expect(feed.self).toBe(`${site}/${locale}/rss.xml`);
      expect(feed.language).toBe(localeInfo(locale).htmlLang);
      expect(feed.items.length).toBeGreaterThan(0);
      for (const item of feed.items) {
        expect(item.authors.map((a) => a.name).filter(Boolean).length, item.url ?? '').toBeGreaterThan(0);
        expect(item.url).toMatch(new RegExp(`^${site}/${locale}/articles/`));
      }
      expect(cheerio.load(xml, { xml: true })('item > author').length).toBe(0);
    });
  }
});

/**
 * A JSON-LD document loader that works offline: `https://schema.org` resolves to the vocabulary
 * mapping its published context makes (every term is a schema.org IRI), anything else fails.
 */
const offlineLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
};
const s = (term: string) => `https://schema.org/${term}`;
type Expanded = Record<string, { '@value'?: string; '@id'?: string; '@type'?: string[] }[] | string[]>;
const first = (node: Expanded, term: string) => (node[s(term)] as Expanded[] | undefined)?.[0];
const value = (node: Expanded | undefined, term: string) => (node?.[s(term)] as { '@value'?: string }[] | undefined)?.[0]?.['@value'];

async function expandedJsonLd(page: string): Promise<Expanded> {
  const scripts = loadPage(page)('script[type="application/ld+json"]');
  expect(scripts.length, page).toBe(1);
  const doc = JSON.parse(scripts.text());
  const expanded = (await jsonld.expand(doc, { documentLoader: offlineLoader as never })) as Expanded[];
  expect(expanded.length, page).toBe(1);
  return expanded[0] as Expanded;
}

describe('structured data (schema.org JSON-LD, expanded by the jsonld processor)', () => {
  it('describes every article edition as an Article with language, author, publisher, date and its translation links', async () => {
    for (const page of articlePages) {
      const node = await expandedJsonLd(page);
      const ref = parsePagePath(page);
      if (ref?.kind !== 'article') throw new Error(page);
      expect(node['@type'], page).toEqual([s('Article')]);
      const lang = loadPage(page)('article').attr('lang');
      expect(value(node, 'inLanguage'), page).toBe(lang);
      expect(value(first(node, 'author'), 'name'), page).toBeTruthy();
      expect(value(first(node, 'publisher'), 'name'), page).toBeTruthy();
      expect(value(node, 'datePublished'), page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const original = first(node, 'translationOfWork');
      if (lang === 'ja') {
        expect(original, page).toBeUndefined();
        expect((node[s('workTranslation')] ?? []).length, page).toBeGreaterThan(0);
      } else {
        expect(original?.['@id'], page).toBe(`${site}/ja/articles/${ref.slug}/#article`);
        expect(value(first(node, 'translator'), 'name'), page).toBeTruthy();
      }
    }
  });

  it('describes every share page’s passage as a Quotation that is part of its article', async () => {
    for (const page of sharePages.filter((_, i) => i % 10 === 0)) {
      const node = await expandedJsonLd(page);
      expect(node['@type'], page).toEqual([s('Quotation')]);
      expect(node['@id'], page).toBe(`${site}${page}`);
      expect(first(node, 'isPartOf')?.['@type'], page).toEqual([s('Article')]);
    }
  });

  it('carries the citation_* tags a reference manager reads on article pages', () => {
    for (const page of articlePages) {
      const $ = loadPage(page);
      const tag = (name: string) => $(`meta[name="${name}"]`).attr('content');
      expect(tag('citation_title'), page).toBe($('h1').first().text().trim());
      expect(tag('citation_author'), page).toBeTruthy();
      expect(tag('citation_publication_date'), page).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(tag('citation_language'), page).toBe($('article').attr('lang'));
    }
  });
});
