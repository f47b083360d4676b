import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent } from '../helpers/build';

/** Breaks a copy of the real content with `edit`, builds it, and returns the build's status and output. */
function buildBroken(file: string, edit: (text: string) => string) {
  const content = copyOfContent();
  const target = path.join(content, file);
  fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  return buildContent(content);
}

describe('bad content stops the build', () => {
  it('names the file and the field when a frontmatter field is missing', () => {
    const result = buildBroken('articles/ai-bubble/ja.mdx', (t) => t.replace(/^dek: .*\n/m, ''));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/ai-bubble\/ja/);
    expect(result.output).toMatch(/dek/);
  });

  it('names the file and the id when a passage id is duplicated', () => {
    const result = buildBroken('articles/ai-bubble/ja.mdx', (t) => t.replace('<P id="burry-short">', '<P id="burry-post">'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/ai-bubble\/ja\.mdx: duplicate passage id "burry-post"/);
  });

  it('names the file when a passage has no id', () => {
    const result = buildBroken('articles/ai-bubble/ja.mdx', (t) => t.replace('<P id="burry-short">', '<P>'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/ai-bubble\/ja\.mdx: <P> without an id/);
  });
});
