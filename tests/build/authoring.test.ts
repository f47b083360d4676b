import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, localeInfo } from '../../src/lib/i18n/locales';
import { ui } from '../../src/lib/i18n/ui';
import { readFragments } from '../helpers/pagefind';
import { bundleRoot } from '../../src/lib/search/bundles';
import { passagePath } from '../../src/lib/routes/paths';
import { format } from '../../src/lib/text/format';
import { buildContent, copyOfContent, root, type BuildResult } from '../helpers/build';
import { loadPage, readerText } from '../helpers/html';

/** Replaces the first occurrence of `from` in one file of a content folder, failing if it is not there. */
function replaceIn(content: string, file: string, from: string, to: string) {
  const target = path.join(content, file);
  const text = fs.readFileSync(target, 'utf8');
  expect(text).toContain(from);
  fs.writeFileSync(target, text.replace(from, to));
}

/** Runs an npm script on a content folder, as an author would. */
function npm(content: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A word no text has used before, so that the article is one the importer has never seen. */
const marker = `Qz${crypto.randomBytes(4).toString('hex')}`;
const slug = `harbour-${marker.toLowerCase()}`;
const sourceLines = [
  `${marker}と静かな港`,
  `港町の朝は早い。漁師たちは日の出前に船を出し、${marker}と呼ばれる灯台の光を頼りに沖へ向かう。`,
  '灯台',
  '灯台守は三十年、一晩も欠かさず火を灯してきた。',
  'しかし新しい航法装置が入り、灯台の役目は終わろうとしている。',
];
const [translated, drafted] = localeCodes.filter((code) => code !== defaultLocale);

/** A published passage id that the publisher renames, declaring the move in the lock, in the same content. */
const moved = { from: 'paypal', to: 'paypal-wallet' };

/** A Japanese passage of the existing article in which one character is changed (a full-width digit). */
const edited = { id: 'burry-short', from: '第3四半期', to: '第３四半期' };

/**
 * One build of the real content changed as a publisher changes it: a new article from a text file,
 * one translation published and one drafted; a published passage of the existing article renamed
 * with its move declared in the lock; one character changed in another of its original's
 * passages. The cases are independent of one another, so they share the build (docs/testing.md).
 */
const content = copyOfContent();
const lockFile = path.join(content, 'passages.lock.json');
const edition = (locale: string) => path.join(content, 'articles', slug, `${locale}.mdx`);
const edit = (locale: string, change: (text: string) => string) =>
  fs.writeFileSync(edition(locale), change(fs.readFileSync(edition(locale), 'utf8')));
let build: BuildResult;
let check: { status: number | null; output: string };

beforeAll(async () => {
  // Renamed in every edition, as an aligned rename must be.
  for (const name of fs.readdirSync(path.join(content, 'articles/ai-bubble')).filter((f) => f.endsWith('.mdx'))) {
    const file = path.join(content, 'articles/ai-bubble', name);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(`<P id="${moved.from}">`, `<P id="${moved.to}">`));
  }
  const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8'));
  lock['ai-bubble'].moved = { [moved.from]: moved.to };
  fs.writeFileSync(lockFile, JSON.stringify(lock));
  replaceIn(content, `articles/ai-bubble/${defaultLocale}.mdx`, edited.from, edited.to);
  if (translated && drafted) {
    const source = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pp-source-')), 'harbour.txt');
    fs.writeFileSync(source, `${sourceLines.join('\n')}\n`);
    const created = npm(content, 'new', '--', slug, '--from', source);
    expect(created.status, created.output).toBe(0);
    edit(defaultLocale, (t) =>
      t
        .replace('"[[dek]]"', '"港と灯台の話。"')
        .replace('"[[series]]"', '"港の記録"')
        .replace('"[[author]]"', 'Test Author')
        .replace('"[[publisher]]"', 'Test Press'),
    );
    for (const locale of [translated, drafted]) {
      const skeleton = npm(content, 'translate', '--', slug, '--to', locale);
      expect(skeleton.status, skeleton.output).toBe(0);
    }
    let n = 0;
    edit(translated, (t) =>
      t
        .replace(/^(title|dek|series): "\[\[translate\]\]"$/gm, `$1: "Translated $1 of ${marker}"`)
        .replace(/^\[\[translate\]\]$/gm, () => `Translated passage ${(n += 1)} of ${marker}`)
        .replace('"[[translator]]"', 'Test Translator')
        .replace(/^draft: true\n/m, ''),
    );
    edit(drafted, (t) => t.replace('\n[[translate]]\n', `\nDraft passage of ${marker}\n`));
  }
  check = npm(content, 'check:content');
  build = await buildContent(content);
});

describe.runIf(translated && drafted)('an article from a text file to a published translation and a draft', () => {
  it('passes the content check, which prints the draft’s progress', () => {
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain(`${slug} ${drafted}: 1/${sourceLines.length} passages (draft, not published`);
  });

  it('builds, with no bundler warning to learn to ignore', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[WARN\] \[vite\]/);
  });

  it('reproduces every source line on the original’s page', () => {
    const $ = loadPage(`/${defaultLocale}/articles/${slug}/`, build.outDir);
    const blocks = $('article [data-passage]')
      .map((_, el) => readerText($, el))
      .get();
    expect(blocks).toEqual(sourceLines);
  });

  it('is listed first on every home page and in every feed, being the newest', () => {
    for (const locale of localeCodes) {
      const $ = loadPage(`/${locale}/`, build.outDir);
      const links = $('main a[href*="/articles/"]')
        .map((_, el) => $(el).attr('href'))
        .get();
      expect(links[0], locale).toBe(`/${locale}/articles/${slug}/`);
      const feed = fs.readFileSync(path.join(build.outDir, locale, 'rss.xml'), 'utf8');
      expect(feed.indexOf(`/${locale}/articles/${slug}/`), locale).toBeGreaterThan(0);
      expect(feed.indexOf(`/${locale}/articles/${slug}/`), locale).toBeLessThan(feed.indexOf(`/${locale}/articles/ai-bubble/`));
    }
  });

  it('is in the search index and passages.json in its published editions only', () => {
    const urls = readFragments(path.join(build.outDir, bundleRoot)).map((r) => r.url);
    const manifest = JSON.parse(fs.readFileSync(path.join(build.outDir, 'passages.json'), 'utf8')) as { article: string; locale: string }[];
    for (const locale of [defaultLocale, translated]) {
      expect(
        urls.some((url) => url.startsWith(`/${locale}/articles/${slug}/`)),
        locale,
      ).toBe(true);
      expect(
        manifest.filter((p) => p.article === slug && p.locale === locale),
        locale,
      ).toHaveLength(sourceLines.length);
    }
    expect(urls.some((url) => url.startsWith(`/${drafted}/articles/${slug}/`))).toBe(false);
    expect(manifest.some((p) => p.article === slug && p.locale === drafted)).toBe(false);
  });

  it('has a card for every locale’s page', () => {
    for (const locale of localeCodes)
      expect(fs.existsSync(path.join(build.outDir, 'og', locale, 'articles', `${slug}.png`)), locale).toBe(true);
  });

  it('shows the published translation, and the original with its notice in the draft’s locale', () => {
    const done = loadPage(`/${translated}/articles/${slug}/`, build.outDir);
    expect(readerText(done, done('article [data-passage]').get(0))).toBe(`Translated passage 1 of ${marker}`);
    expect(done('h1').text()).toBe(`Translated title of ${marker}`);
    const draft = loadPage(`/${drafted}/articles/${slug}/`, build.outDir);
    expect(draft('body').text()).toContain(format(ui(drafted as never).notTranslated, { language: localeInfo(drafted as string).name }));
    expect(readerText(draft, draft('article [data-passage]').get(1))).toBe(sourceLines[1]);
    expect(draft('body').text()).not.toContain('Draft passage');
    // The draft's locale shows the original: not indexed as an edition of its own, and no hreflang version.
    expect(draft('[data-pagefind-body]').length).toBe(0);
    expect(draft(`link[hreflang="${localeInfo(drafted as string).htmlLang}"]`).length).toBe(0);
  });

  it('keeps a renamed passage’s published id working: the old anchor and share page lead to the new passage, and the lock records it', () => {
    const $ = loadPage(`/${translated}/articles/ai-bubble/`, build.outDir);
    expect($(`#${moved.from}`).closest('[data-passage]').attr('id')).toBe(moved.to);
    const share = loadPage(`/${translated}/articles/ai-bubble/p/${moved.from}/`, build.outDir);
    expect(share('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=/${translated}/articles/ai-bubble/#${moved.to}`);
    expect(JSON.parse(fs.readFileSync(lockFile, 'utf8'))['ai-bubble'].ids).toContain(moved.to);
  });
});

describe('one character changed in a passage of the original', () => {
  const { id } = edited;
  const slug = 'ai-bubble';
  const translations = localeCodes.filter((code) => code !== defaultLocale);
  const status = (...args: string[]) => npm(content, 'status', '--', ...args);

  it('builds, and the build names the passage outdated in every translation', () => {
    expect(build.status, build.output).toBe(0);
    for (const locale of translations) expect(build.output).toContain(`${slug}/${locale}: 1 passage outdated: ${id}`);
  });

  it('marks that passage, and only it, on every translation page, with a note linking to the original passage', () => {
    for (const locale of translations) {
      const $ = loadPage(`/${locale}/articles/${slug}/`, build.outDir);
      expect(
        $('[data-translation-status="outdated"]')
          .map((_, el) => $(el).attr('data-passage'))
          .get(),
      ).toEqual([id]);
      const note = $(`[data-passage="${id}"] .outdated-note`);
      expect(note.text()).toContain(ui(locale).passageOutdated);
      expect(note.find('a').attr('href')).toBe(passagePath(defaultLocale, slug, id));
      expect($('[data-translation-freshness]').text().trim()).toBe(format(ui(locale).translationBeingUpdated, { count: 1 }));
    }
    expect(loadPage(`/${defaultLocale}/articles/${slug}/`, build.outDir)('[data-translation-status]').length).toBe(0);
  });

  it('marks the row on the side-by-side pages', () => {
    for (const [left, right] of localeCodes.flatMap((l) => localeCodes.filter((r) => r !== l).map((r) => [l, r]))) {
      const $ = loadPage(`/${left}/articles/${slug}/compare/${right}/`, build.outDir);
      expect(
        $('.compare-row[data-translation-status="outdated"]')
          .map((_, el) => $(el).attr('id'))
          .get(),
      ).toEqual([id]);
    }
  });

  // Last in the file: it changes the content after the build.
  it('is reported by npm run status with a word diff, fails --strict, and is current again after --accept or a new translation', () => {
    const before = status();
    expect(before.status, before.output).toBe(0);
    expect(before.output).toContain(`outdated ${id}`);
    expect(before.output).toContain('第[-3-]{+３+}四半期');
    expect(status('--strict').status).toBe(1);
    type Status = { article: string; locale: string; outdated: { id: string }[] };
    const ofArticle = (output: string) => (JSON.parse(output) as Status[]).filter((s) => s.article === slug);
    expect(
      ofArticle(status('--json').output)
        .filter((s) => s.outdated.some((p) => p.id === id))
        .map((s) => s.locale),
    ).toEqual(translations);

    const [accepted, ...retranslated] = translations as [string, ...string[]];
    expect(status('--accept', slug, accepted, id).status).toBe(0);
    for (const locale of retranslated)
      replaceIn(content, `articles/${slug}/${locale}.mdx`, `<P id="${id}">\n`, `<P id="${id}">\n(Revised.) `);
    const after = status('--json');
    expect(
      ofArticle(after.output).map((s) => s.outdated.length),
      after.output,
    ).toEqual(translations.map(() => 0));
    // The translator's change is recorded by the build (or by --accept): until then it is seen, not stored.
    expect(status('--strict').status).toBe(0);
  });
});

describe('npm run build on broken content', () => {
  it('prints every content error first, file:line:column, exits with 1 and shows no stack trace', () => {
    const content = copyOfContent();
    const ja = path.join(content, 'articles/ai-bubble', `${defaultLocale}.mdx`);
    fs.writeFileSync(ja, fs.readFileSync(ja, 'utf8').replace(/^published: .*$/m, 'published: 01/12/2026'));
    const glossary = ['agi', 'gpu'].map((name) => path.join(content, 'glossary', `${name}.yaml`));
    for (const file of glossary) fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^related:/m, 'relatd:'));
    const result = spawnSync('npm', ['run', '-s', 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content } });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.trim() !== '');
    expect(lines[0]).toMatch(/ai-bubble\/\w+\.mdx:\d+:1: published: "01\/12\/2026" is not a date written YYYY-MM-DD/);
    for (const name of ['agi', 'gpu']) expect(result.stderr).toMatch(new RegExp(`glossary/${name}\\.yaml:\\d+:1: `));
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Location:|route-cache/);
  });
});
