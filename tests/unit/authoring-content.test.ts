import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { checkContent, draftLines } from '../../src/lib/site/check';
import { relativeFile } from '../../src/lib/site/read';
import { copyOfContent } from '../helpers/build';

/** A copy of the real content with `edits` applied (file → new text, or null to delete), and its check report. */
function check(edits: Record<string, ((text: string) => string) | string | null>) {
  const dir = copyOfContent();
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (edit === null) fs.rmSync(target);
    else fs.writeFileSync(target, typeof edit === 'string' ? edit : edit(fs.readFileSync(target, 'utf8')));
  }
  const report = checkContent(dir);
  return { dir, report, messages: report.errors.map((e) => e.message), shown: (file: string) => relativeFile(path.join(dir, file)) };
}

/** The 1-based line of the first line of `file` (in the real content) that starts with `start`. */
function lineOf(text: string, start: string): number {
  const index = text.split('\n').findIndex((line) => line.startsWith(start));
  expect(index, start).toBeGreaterThanOrEqual(0);
  return index + 1;
}

const ja = 'articles/ai-bubble/ja.mdx';
const en = 'articles/ai-bubble/en.mdx';
const zh = 'articles/ai-bubble/zh.mdx';
const read = (file: string) => fs.readFileSync(path.join(import.meta.dirname, '../../content', file), 'utf8');

describe('the content check', () => {
  it('passes the real content without building pages', () => {
    const { report } = check({});
    expect(report.errors.map((e) => e.message)).toEqual([]);
    expect(report.assembled?.site.articles.map((a) => a.slug)).toContain('ai-bubble');
  });

  it('refuses a date that is not YYYY-MM-DD, at the line of the field', () => {
    const { messages, shown } = check({ [ja]: (t) => t.replace(/^published: .*$/m, 'published: 01/12/2026') });
    expect(messages).toEqual([
      `${shown(ja)}:${lineOf(read(ja), 'published:')}:1: published: "01/12/2026" is not a date written YYYY-MM-DD (for 12 January 2026 write 2026-01-12)`,
    ]);
  });

  it('names a misspelt field at its line', () => {
    const { messages, shown } = check({ [en]: (t) => t.replace(/^translator: /m, 'translater: ') });
    expect(messages[0]).toBe(
      `${shown(en)}:${lineOf(read(en), 'translator:')}:1: translater: unknown field: check its spelling (the fields are in docs/authoring.md)`,
    );
  });

  it('reports a passage error at the line of the file, frontmatter counted', () => {
    const { messages, shown } = check({ [ja]: (t) => t.replace('<P id="burry-short">', '<P id="burry-post">') });
    expect(messages[0]).toBe(
      `${shown(ja)}:${lineOf(read(ja), '<P id="burry-short">')}:1: duplicate passage id "burry-post": give one of them another id`,
    );
  });

  it('reports a block error at the line and column of the block', () => {
    const { messages, shown } = check({
      [en]: (t) => t.replace('<P id="questions">', '<Div id="questions">').replace(/(<Div id="questions">[\s\S]*?)<\/P>/, '$1</Div>'),
    });
    expect(messages[0]).toMatch(new RegExp(`^${shown(en)}:${lineOf(read(en), '<P id="questions">')}:1: unknown component <Div>`));
  });

  it('names a file the site would ignore: zh.md beside zh.mdx, a nested folder', () => {
    const { messages, shown } = check({ 'articles/ai-bubble/zh.md': 'x', 'articles/archive/x/ja.mdx': read(ja) });
    expect(messages).toContain(
      `${shown('articles/ai-bubble/zh.md')}: is ignored: an article folder holds only <locale>.mdx editions (${localeCodes.join(', ')}) and source.<locale>.txt; move or rename it`,
    );
    expect(messages.some((m) => m.startsWith(`${shown('articles/archive/x')}: is ignored`))).toBe(true);
  });

  it('refuses a slug that is not lowercase a-z0-9-', () => {
    const { messages, shown } = check({ 'articles/Tea-Time/ja.mdx': read(ja) });
    expect(messages).toEqual([
      `${shown('articles/Tea-Time')}: article slug "Tea-Time" must be lowercase a-z, 0-9 and hyphens (rename the folder tea-time)`,
    ]);
  });

  it('normalises glossary strings to NFC, so that an NFD alias is caught as a duplicate at its line', () => {
    const nfd = 'データセンター'.normalize('NFD');
    expect(nfd).not.toBe('データセンター');
    const file = 'glossary/capex.yaml';
    const { messages, shown } = check({ [file]: (t) => t.replace('ja: [設備投資額]', `ja: [設備投資額, ${nfd}]`) });
    const other = 'glossary/data-center.yaml';
    expect(messages).toEqual([
      `${shown(other)}:${lineOf(read(other), 'names:')}:1: glossary entry "data-center": "データセンター" (ja) is already a name or alias of "capex" (${shown(file)}:${lineOf(read(file), 'aliases:')}:1): keep it in one entry`,
    ]);
  });

  it('warns about a passage longer than the configured length, naming it and its line', () => {
    const { report, shown } = check({
      [en]: (t) => t.replace(/(<P id="questions">\n)(.*)\n/, (_, open: string, text: string) => `${open}${text.repeat(10)}\n`),
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(1);
    expect(report.warnings[0]).toMatch(
      new RegExp(`^${shown(en)}:${lineOf(read(en), '<P id="questions">')}:1: warning: passage "questions" is \\d+ characters long`),
    );
  });

  it('reports every error of the run at once, one per glossary file', () => {
    const files = ['glossary/agi.yaml', 'glossary/capex.yaml', 'glossary/gpu.yaml'];
    const { messages, shown } = check(
      Object.fromEntries(files.map((f) => [f, (t: string) => t.replace(/^definition:\n/m, 'definitions:\n')])),
    );
    for (const file of files) expect(messages.filter((m) => m.startsWith(`${shown(file)}:`)).length, file).toBeGreaterThan(0);
  });

  it('stops on a translation whose shared field disagrees with the original, naming both files', () => {
    const { messages, shown } = check({ [zh]: (t) => t.replace(/^translator: /m, 'author: Someone Else\ntranslator: ') });
    expect(messages).toEqual([
      `${shown(zh)}:${lineOf(read(zh), 'translator:')}:1: author is "Someone Else" but the original ${shown(ja)} says "Sleepy.txt": remove it here (translations inherit it) or make them agree`,
    ]);
  });

  it('fills a translation’s shared fields from the original', () => {
    const { report } = check({});
    const article = report.assembled?.site.articles.find((a) => a.slug === 'ai-bubble');
    expect(article?.editions.zh?.data.author).toBe(article?.editions.ja?.data.author);
    expect(article?.editions.zh?.data.published).toEqual(article?.editions.ja?.data.published);
  });

  it('keeps a draft translation out of the site and reports its progress', () => {
    const { report } = check({
      [zh]: (t) => t.replace(/^translator: /m, 'draft: true\ntranslator: ').replace(/(<P id="questions">\n).*\n/, '$1[[translate]]\n'),
    });
    expect(report.errors).toEqual([]);
    const article = report.assembled?.site.articles.find((a) => a.slug === 'ai-bubble');
    expect(article?.editions.zh).toBeUndefined();
    const total = article?.editions.ja?.passages.length ?? 0;
    expect(draftLines(report)).toEqual([expect.stringMatching(new RegExp(`^ai-bubble zh: ${total - 1}/${total} passages \\(draft`))]);
  });

  it('refuses a placeholder left in a published edition, naming the passage and its line', () => {
    const { messages, shown } = check({ [zh]: (t) => t.replace(/(<P id="questions">\n).*\n/, '$1[[translate]]\n') });
    expect(messages).toEqual([
      `${shown(zh)}:${lineOf(read(zh), '<P id="questions">')}:1: passage "questions" still holds the placeholder [[translate]]: translate it, or mark the edition draft: true`,
    ]);
  });

  it('lists the newest article first, by published date', () => {
    const older = read(ja).replace(/^published: .*$/m, 'published: 2020-01-01');
    const { report } = check({ 'articles/older/ja.mdx': older, 'passages.lock.json': '{}' });
    expect(report.errors).toEqual([]);
    expect(report.assembled?.site.articles.map((a) => a.slug)).toEqual(['ai-bubble', 'older']);
  });

  it('lets a glossary entry lack a locale’s text, falling back to the first locale’s with a notice naming every missing string', () => {
    const file = 'glossary/capex.yaml';
    const { report, shown } = check({
      [file]: (t) => t.replace(/^  zh: 资本支出\n/m, '').replace(/^(definition:\n(?:  (?:ja|en): .*\n)+)  zh: .*\n/m, '$1'),
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([
      `${shown(file)}:1:1: notice: glossary entry "capex" shows the ja text for names.zh, definition.zh until they are written`,
    ]);
    expect(report.assembled?.site.termsBySlug.get('capex')?.names.zh).toBe('設備投資');
  });
});
