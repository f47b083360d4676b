import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/site/read';
import { routes } from '../../src/lib/routes/routes';
import { cardPath } from '../../src/lib/routes/paths';
import { loggedFiles } from '../../scripts/lib/build-log';
import { buildContent, copyOfContent, differingFiles, fingerprint, fixture, type BuildResult } from '../helpers/build';

/**
 * A site of two articles (the hostile fixture's, and a copy of it under another slug) built, then
 * one passage of the copy's original edited and the site built again over the first build's
 * Astro cache, beside a clean build of the same edited content.
 */
const content = copyOfContent(fixture('hostile'));
const untouched = 'hostile';
const edited = 'hostile-copy';
fs.cpSync(path.join(content, 'articles', untouched), path.join(content, 'articles', edited), { recursive: true });
const original = path.join(content, 'articles', edited, 'ja.mdx');
const passage = { id: 'script-text', from: '設備投資の段落', to: '設備投資の一段落' };

/** Files left in the output folder as by an earlier build, before the rebuild. */
const withdrawn = ['ja/articles/withdrawn/index.html', '_astro/withdrawn.js'];

/** The file a page or card path is written to. */
const outputFile = (pagePath: string) => (pagePath.endsWith('/') ? `${pagePath}index.html` : pagePath);

let first: BuildResult;
let rebuild: BuildResult;
let clean: BuildResult;
/** The same content built a third time, nothing changed, into the same folder. */
let unchanged: BuildResult;
/** The rebuild's output, file by file (the third build then writes into the same folder). */
let rebuilt: Record<string, string>;
/** The files that differ between the rebuild's output and the unchanged build's. */
let unchangedDiffers: string[];

beforeAll(async () => {
  first = await buildContent(content);
  expect(first.status, first.output).toBe(0);
  const text = fs.readFileSync(original, 'utf8');
  expect(text).toContain(passage.from);
  fs.writeFileSync(original, text.replace(passage.from, passage.to));
  // The clean build reads the same content as the rebuild, the first build's passage lock and
  // translation record included.
  const same = copyOfContent(content);
  // Files of an earlier build that this one does not make: a withdrawn article's page, an old script.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const file of withdrawn) {
    fs.mkdirSync(path.dirname(path.join(first.outDir, file)), { recursive: true });
    fs.writeFileSync(path.join(first.outDir, file), 'from an earlier build');
    fs.utimesSync(path.join(first.outDir, file), anHourAgo, anHourAgo);
  }
  [rebuild, clean] = await Promise.all([buildContent(content, { outDir: first.outDir, rebuild: true }), buildContent(same)]);
  expect(rebuild.status, rebuild.output).toBe(0);
  rebuilt = fingerprint(rebuild.outDir);
  // As if the last build were an hour ago: what the next one leaves in place must not look written by it.
  for (const file of Object.keys(rebuilt)) fs.utimesSync(path.join(rebuild.outDir, file), anHourAgo, anHourAgo);
  unchanged = await buildContent(content, { outDir: first.outDir, rebuild: true });
  unchangedDiffers = differingFiles(rebuilt, fingerprint(unchanged.outDir));
});

describe('a rebuild after one passage of one article is edited', () => {
  it('copies every page and card of the other article from the last build', () => {
    expect(rebuild.status, rebuild.output).toBe(0);
    const { copied, rendered } = loggedFiles(rebuild.output);
    const ofUntouched = routes(readSite(content).site).filter((r) => 'article' in r && r.article.slug === untouched);
    expect(ofUntouched.length).toBeGreaterThan(10);
    for (const route of ofUntouched) {
      expect(copied, route.path).toContain(outputFile(route.path));
      expect(copied, route.card).toContain(route.card);
    }
    expect([...rendered].filter((p) => p.includes(`/articles/${untouched}/`))).toEqual([]);
  });

  it('renders again every page of the edited article, the pages that list every article, and the edited passage’s card', () => {
    const { copied, rendered } = loggedFiles(rebuild.output);
    const { site } = readSite(content);
    const all = routes(site);
    const ofEdited = all.filter((r) => 'article' in r && r.article.slug === edited);
    expect(ofEdited.length).toBeGreaterThan(10);
    for (const route of ofEdited) expect(rendered, route.path).toContain(outputFile(route.path));
    const listing = all.filter((r) => !('article' in r));
    for (const route of listing) expect(copied, route.path).not.toContain(outputFile(route.path));
    // A card is keyed by what it shows: the edited passage's card is drawn again.
    const locale = site.articles.find((a) => a.slug === edited)?.original;
    expect(locale).toBeDefined();
    if (locale) expect(rendered).toContain(cardPath({ kind: 'share', locale, slug: edited, id: passage.id }));
  });

  it('removes the files of an earlier build that it does not make, and the folders they leave empty', () => {
    for (const file of withdrawn) expect(fs.existsSync(path.join(rebuild.outDir, file)), file).toBe(false);
    expect(fs.existsSync(path.join(rebuild.outDir, 'ja/articles/withdrawn'))).toBe(false);
    expect(rebuild.output).toContain(`removed ${withdrawn.length} file(s) of earlier builds`);
  });

  it('writes the same bytes as a clean build of the edited content', () => {
    expect(clean.status, clean.output).toBe(0);
    const a = rebuilt;
    const b = fingerprint(clean.outDir);
    expect(Object.keys(a).some((f) => f.includes(edited))).toBe(true);
    expect(differingFiles(a, b)).toEqual([]);
  });
});

describe('a rebuild with nothing changed', () => {
  it('keeps the search bundle of the last build, and its output stays byte for byte the same', () => {
    expect(unchanged.status, unchanged.output).toBe(0);
    expect(unchanged.output).toMatch(/Pagefind bundle .*unchanged: kept from the last build/);
    expect(rebuild.output).not.toMatch(/unchanged: kept from the last build/);
    expect(unchangedDiffers).toEqual([]);
    expect(fs.existsSync(path.join(unchanged.outDir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
