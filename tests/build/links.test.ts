import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { dist } from '../helpers/build';
import { htmlFiles } from '../helpers/html';
import { elementIds, extractUrls, fileFor, fragmentResolves, resolveUrl, type FoundUrl } from '../helpers/links';

/** Every built file, relative to dist with `/` separators. */
const files = new Set(
  fs
    .readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
);
const pages = htmlFiles().map((file) => file.split(path.sep).join('/'));
const html = new Map(pages.map((file) => [file, fs.readFileSync(path.join(dist, file), 'utf8')]));
/** The site path a built file is served at: `ja/index.html` → `/ja/`, `404.html` → `/404.html`. */
const sitePath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const canonicals = pages.map((file) => ({ file, href: cheerio.load(html.get(file)!)('link[rel="canonical"]').attr('href') }));
/** The configured site, as the built pages declare it. */
const origin = new URL(canonicals.find((c) => c.file === 'index.html')?.href ?? canonicals[0]!.href!).origin;

const idsCache = new Map<string, Set<string>>();
const idsOf = (file: string) => idsCache.get(file) ?? idsCache.set(file, elementIds(html.get(file)!)).get(file)!;

type Category = 'link' | 'card' | 'form';
/** Open Graph / Twitter images are the cards; forms submit to pages; everything else is a link or a resource. */
const categoryOf = (found: FoundUrl): Category =>
  /^meta\[(property|name)="(og|twitter):image/.test(found.source) ? 'card' : found.source === 'form[action]' ? 'form' : 'link';

interface Failure {
  page: string;
  source: string;
  url: string;
  problem: string;
}
const failures: Record<Category | 'fragment', Failure[]> = { link: [], card: [], form: [], fragment: [] };
let checked = 0;
let fragmentsChecked = 0;
for (const page of pages) {
  for (const found of extractUrls(html.get(page)!)) {
    const resolved = resolveUrl(found.url, sitePath(page), origin);
    if (resolved.kind === 'external') continue;
    checked++;
    const target = fileFor(resolved.path, files);
    const failure = { page: sitePath(page), source: found.source, url: found.url };
    if (!target) {
      failures[categoryOf(found)].push({ ...failure, problem: `no built file for ${resolved.path}` });
      continue;
    }
    if (resolved.fragment === null) continue;
    fragmentsChecked++;
    if (!target.endsWith('.html'))
      failures.fragment.push({ ...failure, problem: `#${resolved.fragment} on a file that is not a page (${target})` });
    else if (!fragmentResolves(resolved.fragment, idsOf(target)))
      failures.fragment.push({ ...failure, problem: `no element with id "${resolved.fragment}" in ${target}` });
  }
}

/** All failures, one per line, grouped by message so that a systematic breakage stays readable. */
function report(list: Failure[]): string {
  const byProblem = new Map<string, Failure[]>();
  for (const f of list)
    byProblem.set(`${f.source} ${f.url} → ${f.problem}`, [...(byProblem.get(`${f.source} ${f.url} → ${f.problem}`) ?? []), f]);
  return [...byProblem]
    .map(
      ([problem, on]) =>
        `${problem}\n    on ${on.length} page(s): ${on
          .slice(0, 3)
          .map((f) => f.page)
          .join(', ')}${on.length > 3 ? ', …' : ''}`,
    )
    .join('\n');
}

describe('links in the built site', () => {
  it('finds the built pages and the site origin they declare', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(origin).toMatch(/^https?:\/\/[^/]+$/);
    // Internal links are only recognised as such if every page agrees on the origin.
    // The not-found page is served at any missing URL: it names no canonical URL of its own.
    const elsewhere = canonicals
      .filter((c) => c.file !== '404.html')
      .filter((c) => !c.href || new URL(c.href).origin !== origin)
      .map((c) => `${c.file}: ${c.href ?? 'no canonical'}`);
    expect(elsewhere, `pages without a canonical URL on ${origin}:\n${elsewhere.join('\n')}`).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 10);
    expect(fragmentsChecked).toBeGreaterThan(pages.length);
  });

  it('resolves every internal href, src, srcset, canonical, hreflang alternate, og:url and refresh target to a built file', () => {
    expect(failures.link.length, `${failures.link.length} broken internal link(s):\n${report(failures.link)}`).toBe(0);
  });

  it('lands every #fragment on an element id of its target page', () => {
    expect(failures.fragment.length, `${failures.fragment.length} fragment(s) without a target:\n${report(failures.fragment)}`).toBe(0);
  });

  it('points every og:image and twitter:image on the site to a built card', () => {
    expect(failures.card.length, `${failures.card.length} card URL(s) without a built card:\n${report(failures.card)}`).toBe(0);
  });

  it('submits every form to a built page', () => {
    expect(failures.form.length, `${failures.form.length} form action(s) without a built page:\n${report(failures.form)}`).toBe(0);
  });
});
