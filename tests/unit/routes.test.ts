import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import { articlePath, pagePath, parsePagePath, passagePath } from '../../src/lib/routes/paths';
import { comparePairs, routes, routesOf } from '../../src/lib/routes/routes';
import type { Site } from '../../src/lib/site/assemble';
import { readSite } from '../../src/lib/site/read';

const real = readSite(path.resolve(import.meta.dirname, '../../content')).site;
const [article] = real.articles;
if (!article) throw new Error('content/ has no article');
const translations = localeCodes.filter((code) => code !== article.original && article.editions[code]);
const untranslated = translations[translations.length - 1] as Locale;
const firstId = article.editions[article.original]?.passages[0]?.id as string;

/** The real site with one translation removed and one passage id declared moved. */
const site: Site = {
  ...real,
  articles: [{ ...article, editions: Object.fromEntries(Object.entries(article.editions).filter(([code]) => code !== untranslated)) }],
  moves: new Map([[article.slug, new Map([['old-id', firstId]])]]),
};
const all = routes(site);
const editions = localeCodes.filter((code) => code !== untranslated && article.editions[code]);

describe('the route table', () => {
  it('lists every page once, each at the path of its page, which parses back to it', () => {
    expect(new Set(all.map((r) => r.path)).size).toBe(all.length);
    for (const route of all) {
      expect(route.path).toBe(pagePath(route.page));
      expect(parsePagePath(route.path), route.path).toEqual(route.page);
    }
  });

  it('gives every page its own card', () => {
    expect(new Set(all.map((r) => r.card)).size).toBe(all.length);
  });

  it('has a home, a glossary, a search page, every term and every article in every locale', () => {
    for (const locale of localeCodes) {
      const kinds = all.filter((r) => r.locale === locale).map((r) => r.kind);
      for (const kind of ['home', 'glossary', 'search', 'article'] as const) expect(kinds, `${locale} ${kind}`).toContain(kind);
      expect(routesOf(all, 'term').filter((r) => r.locale === locale).length).toBe(site.terms.length);
    }
  });

  it('shows the original with a notice where a locale has no edition, and neither indexes it nor names it as an alternate', () => {
    const fallback = routesOf(all, 'article').find((r) => r.locale === untranslated);
    expect(fallback?.translated).toBe(false);
    expect(fallback?.edition.locale).toBe(article.original);
    expect(fallback?.indexed).toBe(false);
    for (const route of routesOf(all, 'article')) expect(route.alternates.map((a) => a.locale)).toEqual(route.translated ? editions : []);
    expect(fallback?.switcher.map((a) => a.locale)).toEqual(localeCodes);
  });

  it('indexes translated article editions and glossary terms, and nothing else', () => {
    const indexed = all.filter((r) => r.indexed).map((r) => r.kind);
    expect(new Set(indexed)).toEqual(new Set(['article', 'term']));
    expect(indexed.filter((kind) => kind === 'article').length).toBe(editions.length);
  });

  it('makes a share page for every passage in every locale, canonical to the article, out of the sitemap, leading to the passage', () => {
    const shares = routesOf(all, 'share');
    for (const locale of localeCodes) {
      const ids = shares.filter((r) => r.locale === locale && !r.beside).map((r) => r.id);
      const shown = (article.editions[locale] ?? article.editions[article.original])?.passages.map((p) => p.id) ?? [];
      expect(ids).toEqual([...shown, 'old-id']);
    }
    for (const share of shares) {
      expect(share.canonical).toBe(articlePath(share.locale, article.slug));
      expect(share.sitemap).toBe(false);
      expect(share.destination).toBe(passagePath(share.locale, article.slug, share.passage.id));
    }
  });

  it('gives every passage of a translation a bilingual share page beside the original’s, linked from its share page', () => {
    const bilingual = routesOf(all, 'share').filter((r) => r.beside);
    expect(bilingual.length, 'bilingual share pages').toBe(
      editions.filter((code) => code !== article.original).reduce((n, code) => n + (article.editions[code]?.passages.length ?? 0), 0),
    );
    for (const route of bilingual) {
      expect(route.locale).not.toBe(article.original);
      expect(route.beside!.edition.locale).toBe(article.original);
      expect(route.beside!.passage.id).toBe(route.passage.id);
      expect(route.path).toBe(`${articlePath(route.locale, article.slug)}p/${route.id}/${article.original}/`);
      expect(route.canonical).toBe(articlePath(route.locale, article.slug));
      const single = routesOf(all, 'share').find((r) => r.locale === route.locale && r.id === route.id && !r.beside);
      expect(single?.bilingual).toBe(route.path);
    }
    expect(routesOf(all, 'share').filter((r) => r.locale === article.original && (r.beside || r.bilingual))).toEqual([]);
  });

  it('sends a moved id’s share page on to the passage it moved to', () => {
    const moved = routesOf(all, 'share').filter((r) => r.id === 'old-id');
    expect(moved.map((r) => r.passage.id)).toEqual(localeCodes.map(() => firstId));
  });

  it('has a side-by-side page for every ordered pair of editions, whose switcher keeps the other column', () => {
    const pairs = routesOf(all, 'compare').map((r) => [r.locale, r.other]);
    expect(pairs).toEqual(comparePairs(site.articles[0]!));
    expect(pairs.length).toBe(editions.length * (editions.length - 1));
    for (const route of routesOf(all, 'compare')) {
      for (const link of route.switcher)
        expect(parsePagePath(link.path)).toMatchObject({
          kind: 'compare',
          locale: link.locale,
          other: link.locale === route.other ? route.locale : route.other,
        });
    }
  });

  it('lists every page in the sitemap but share pages and the not-found page', () => {
    expect(new Set(all.filter((r) => !r.sitemap).map((r) => r.kind))).toEqual(new Set(['share', 'not-found']));
  });
});
