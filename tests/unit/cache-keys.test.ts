import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardSpecKey } from '../../src/lib/og/cache';
import { cardSpec } from '../../src/lib/og/cards';
import { contentDigests, routeCacheKey } from '../../src/lib/routes/cache-keys';
import { routes, type Route } from '../../src/lib/routes/routes';
import type { Site } from '../../src/lib/site/assemble';
import type { Article } from '../../src/lib/site/articles';
import { readSite, siteFreshness } from '../../src/lib/site/read';
import type { Freshness } from '../../src/lib/translations/freshness';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const real = readSite(contentDir).site;
const [article] = real.articles;
if (!article) throw new Error('content/ has no article');
const origin = 'https://example.org';

/** The real site with a second article, a copy of the first under another slug. */
const copy: Article = { ...structuredClone(article), slug: `${article.slug}-copy` };
const site: Site = { ...real, articles: [article, copy] };
const freshness = siteFreshness(site, contentDir);

/** Every page's path with its key. */
function keys(of: Site, fresh: Freshness = freshness, at = origin): Map<string, string> {
  const digests = contentDigests(of, fresh, at);
  return new Map(routes(of).map((route) => [route.path, routeCacheKey(route, digests)]));
}

/** The paths whose key differs between two key maps. */
const changed = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((p) => a.get(p) !== b.get(p));

const ofArticle = (slug: string) => (route: Route) => 'article' in route && route.article.slug === slug;
const before = keys(site);
const table = routes(site);

/** The site with the text of the first passage of the copy's original changed. */
function withEditedPassage(): Site {
  const edited = structuredClone(copy);
  const passage = edited.editions[edited.original]?.passages[0];
  if (!passage) throw new Error('the original has no passage');
  passage.content = [...passage.content, { type: 'text', value: '!' }];
  return { ...site, articles: [article as Article, edited] };
}

describe('incremental-build keys', () => {
  it('change on the edited article’s pages and the pages that list every article, and nowhere else', () => {
    const after = keys(withEditedPassage());
    const expected = table.filter((route) => !ofArticle(article.slug)(route)).map((route) => route.path);
    expect(changed(before, after).sort()).toEqual(expected.sort());
  });

  it('change on every page when a glossary term changes (term links carry definitions)', () => {
    const [term, ...rest] = site.terms;
    if (!term) throw new Error('content/ has no glossary term');
    const after = keys({ ...site, terms: [{ ...term, slug: `${term.slug}-renamed` }, ...rest] });
    expect(changed(before, after).length).toBe(table.length);
  });

  it('change on an article’s pages when only its translations’ freshness changes', () => {
    const [first, ...rest] = freshness.editions.filter((edition) => edition.slug === copy.slug);
    if (!first) throw new Error('the copy has no translation');
    const outdated: Freshness = {
      ...freshness,
      editions: [
        ...freshness.editions.filter((edition) => edition.slug !== copy.slug),
        { ...first, outdated: [first.passages[0]?.id ?? ''] },
        ...rest,
      ],
    };
    const after = keys(site, outdated);
    expect(changed(before, after).some((p) => table.find((r) => r.path === p && ofArticle(copy.slug)(r)))).toBe(true);
    expect(changed(before, after).some((p) => table.find((r) => r.path === p && ofArticle(article.slug)(r)))).toBe(false);
  });

  it('change on every page with the site’s origin (every page links to it)', () => {
    expect(changed(before, keys(site, freshness, 'https://elsewhere.example')).length).toBe(table.length);
  });

  it('are the same for two builds of the same content', () => {
    expect(changed(before, keys(structuredClone(site)))).toEqual([]);
  });
});

describe('a card’s incremental-build key', () => {
  const [one, two] = table.filter((route) => route.kind === 'share').map(cardSpec);
  if (!one || !two) throw new Error('the site has fewer than two share pages');

  it('is the same for the same card and differs between two cards', () => {
    expect(cardSpecKey(one, 'fonts')).toBe(cardSpecKey(structuredClone(one), 'fonts'));
    expect(cardSpecKey(one, 'fonts')).not.toBe(cardSpecKey(two, 'fonts'));
  });

  it('changes with the fonts', () => {
    expect(cardSpecKey(one, 'fonts')).not.toBe(cardSpecKey(one, 'other fonts'));
  });
});
