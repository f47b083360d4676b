import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle, createTranslation } from '../../src/lib/authoring/commands';
import { escapeMdx, importMarkdown, importPlainText } from '../../src/lib/authoring/import';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { defaultLocale, localeCodes } from '../../src/lib/i18n/locales';
import { parsePassages, passageIdPattern, plainText } from '../../src/lib/passages/parse';
import { checkContent, draftLines } from '../../src/lib/site/check';
import { readEditionFile } from '../../src/lib/site/read';
import { copyOfContent, root } from '../helpers/build';

/** The publisher's original (a committed copy of ../shared/source/ai-bubble.ja.txt). */
const source = path.join(root, 'content/articles/ai-bubble/source.ja.txt');
const today = '2026-12-02';

function passagesOf(file: string) {
  const { body, lineOffset } = splitFrontmatter(fs.readFileSync(file, 'utf8'), file);
  return parsePassages(body, file, lineOffset);
}

describe('npm run new', () => {
  it('imports the real source so that every line is a passage of its own, character for character', () => {
    const content = copyOfContent();
    const written = createArticle(content, 'imported', source, { today });
    expect(path.basename(written)).toBe(`${defaultLocale}.mdx`);
    const lines = fs
      .readFileSync(source, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const passages = passagesOf(written);
    expect(passages.map((p) => plainText(p.content))).toEqual(lines);
    expect(new Set(passages.map((p) => p.id)).size).toBe(passages.length);
    expect(passages.every((p) => passageIdPattern.test(p.id))).toBe(true);
    // Readable where the text allows: the passage naming NVIDIA and Palantir is named by them.
    expect(passages.find((p) => plainText(p.content).includes('Palantirの空売り'))?.id).toBe('nvidia-palantir');
  });

  it('writes every frontmatter field, placeholders in the ones the text does not give', () => {
    const content = copyOfContent();
    const written = createArticle(content, 'imported', source, { today });
    const entry = readEditionFile(written, `imported/${defaultLocale}`);
    expect(entry.data).toMatchObject({
      title: fs.readFileSync(source, 'utf8').split('\n')[0],
      dek: '[[dek]]',
      originalLanguage: defaultLocale,
    });
    expect(entry.data.published?.toISOString().slice(0, 10)).toBe(today);
    for (const field of ['originalUrl', 'originalPublished', 'rights', 'tags', 'updated'])
      expect(fs.readFileSync(written, 'utf8')).toContain(`# ${field}: `);
    const messages = checkContent(content).errors.map((e) => e.message);
    expect(messages.filter((m) => m.includes('imported/'))).toEqual(
      ['dek', 'series', 'author', 'publisher'].map((field) =>
        expect.stringMatching(new RegExp(`ja\\.mdx:\\d+:1: ${field} still holds the placeholder`)),
      ),
    );
  });

  it('refuses to overwrite an edition, so that written ids stay', () => {
    const content = copyOfContent();
    createArticle(content, 'imported', source, { today });
    expect(() => createArticle(content, 'imported', source, { today })).toThrow(/exists already: ids are stable once written/);
  });

  it('refuses a slug that is not lowercase a-z0-9-', () => {
    expect(() => createArticle(copyOfContent(), 'Tea-Time', source, { today })).toThrow(/slug "Tea-Time" must be lowercase/);
  });

  it('takes a short line without closing punctuation between paragraphs for a heading, or the listed headings', () => {
    const text = 'The first paragraph, long enough.\nA Heading\nThe second paragraph.\n\nIs this one?\nThe last line';
    expect(importPlainText(text).map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph']);
    expect(importPlainText(text, ['The last line']).map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
    ]);
  });

  it('imports Markdown headings, paragraphs, block quotes, emphasis and links', () => {
    const blocks = importMarkdown(
      '# Title\n\nSome *emphasis*, **strong** and a [link](https://example.org/a).\n\n> Quoted\n> line.\n\n## Part two\n',
      'x.md',
    );
    expect(blocks.map((b) => [b.kind, b.mdx])).toEqual([
      ['heading', 'Title'],
      ['paragraph', 'Some *emphasis*, **strong** and a [link](https://example.org/a).'],
      ['quote', 'Quoted\nline.'],
      ['heading', 'Part two'],
    ]);
    expect(() => importMarkdown('Intro.\n\n- a list\n', 'x.md')).toThrow(/^x\.md:3:1: a list cannot be a passage/);
  });

  it('escapes text so that it parses back exactly', () => {
    const text = '# *a* _b_ {x} <y> [z](w) `c` \\ &amp; S&P 1. x';
    const [passage] = parsePassages(`<P id="a">\n${escapeMdx(text)}\n</P>`, 'x.mdx');
    expect(plainText(passage!.content)).toBe(text);
    expect(passage!.content).toEqual([{ type: 'text', value: text }]);
  });
});

describe('npm run translate', () => {
  it('writes a draft skeleton: every id in order, a placeholder and the original beside it, only the fields a translation states', () => {
    const content = copyOfContent();
    const original = createArticle(content, 'imported', source, { today });
    const other = localeCodes.find((code) => code !== defaultLocale) as string;
    const skeleton = createTranslation(content, 'imported', other);
    const text = fs.readFileSync(skeleton, 'utf8');
    const entry = readEditionFile(skeleton, `imported/${other}`);
    expect(Object.keys(entry.data).sort()).toEqual(['dek', 'draft', 'series', 'title', 'translator']);
    expect(entry.data.draft).toBe(true);
    const originals = passagesOf(original);
    const passages = passagesOf(skeleton);
    expect(passages.map((p) => p.id)).toEqual(originals.map((p) => p.id));
    expect(passages.every((p) => plainText(p.content) === '[[translate]]')).toBe(true);
    for (const p of originals) expect(text).toContain(`{/* ${defaultLocale}: ${plainText(p.content)} */}`);
    expect(() => createTranslation(content, 'imported', other)).toThrow(/exists already/);
    const report = checkContent(content);
    expect(draftLines(report)).toContainEqual(expect.stringMatching(new RegExp(`^imported ${other}: 0/${originals.length} passages`)));
    expect(report.errors.filter((e) => e.file.endsWith(`${other}.mdx`))).toEqual([]);
  });

  it('refuses a locale that is not declared', () => {
    const content = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-'));
    expect(() => createTranslation(content, 'x', 'xx')).toThrow(/"xx" is not a declared locale/);
  });
});
