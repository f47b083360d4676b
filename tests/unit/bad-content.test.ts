import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../src/lib/content/errors';
import { assembleSite } from '../../src/lib/site/assemble';
import { readEditionEntries, readLock, readTermEntries } from '../../src/lib/site/read';
import { copyOfContent } from '../helpers/build';

/**
 * Bad content, checked where the build checks it: the same readers and the same `assembleSite` the
 * site integration runs before Astro renders a page (tests/build/bad-content.test.ts proves once that
 * such an error stops `astro build`). Each case breaks a copy of the real content.
 */
function breakContent(edits: Record<string, (text: string) => string>): string {
  const content = copyOfContent();
  for (const [file, edit] of Object.entries(edits)) {
    const target = path.join(content, file);
    fs.writeFileSync(target, edit(fs.readFileSync(target, 'utf8')));
  }
  return content;
}

/** The content errors (one a line) the site model of a content folder fails with (the test fails if it does not). */
function contentError(content: string): string {
  try {
    assembleSite(readEditionEntries(content), readTermEntries(content), readLock(content));
  } catch (error) {
    expect(error instanceof ContentError || error instanceof ContentErrors, String(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('the broken content was accepted');
}

const ja = 'articles/ai-bubble/ja.mdx';
/** The line of content/<ja> where the passage "burry-short" opens (the cases below break it). */
const burryShortLine =
  fs
    .readFileSync(path.join(import.meta.dirname, '../../content', ja), 'utf8')
    .split('\n')
    .findIndex((line) => line.startsWith('<P id="burry-short">')) + 1;

describe('bad article content is refused, naming the file', () => {
  it('and the field when a frontmatter field is missing', () => {
    expect(contentError(breakContent({ [ja]: (t) => t.replace(/^dek: .*\n/m, '') }))).toMatch(
      /articles\/ai-bubble\/ja\.mdx:\d+:\d+: dek: /,
    );
  });

  it('and the id and line when a passage id is duplicated', () => {
    const content = breakContent({ [ja]: (t) => t.replace('<P id="burry-short">', '<P id="burry-post">') });
    expect(contentError(content)).toMatch(
      new RegExp(`articles/ai-bubble/ja\\.mdx:${burryShortLine}:\\d+: duplicate passage id "burry-post"`),
    );
  });

  it('and the line when a passage has no id', () => {
    const message = contentError(breakContent({ [ja]: (t) => t.replace('<P id="burry-short">', '<P>') }));
    expect(message).toMatch(new RegExp(`articles/ai-bubble/ja\\.mdx:${burryShortLine}:\\d+: <P> without an id`));
  });

  it('and the passage when a translation is partial', () => {
    const content = breakContent({ 'articles/ai-bubble/zh.mdx': (t) => t.replace(/<P id="stripe">[\s\S]*?<\/P>\n/, '') });
    expect(contentError(content)).toMatch(
      /articles\/ai-bubble\/zh\.mdx: not aligned with .*ja\.mdx: passage "stripe" of the original is missing/,
    );
  });

  it('and the passage when a translation reorders passages', () => {
    const content = breakContent({
      'articles/ai-bubble/en.mdx': (text) => {
        const paypal = /<P id="paypal">[\s\S]*?<\/P>\n\n/.exec(text)![0];
        return text.replace(paypal, '').replace('<P id="stripe">', `${paypal}<P id="stripe">`);
      },
    });
    expect(contentError(content)).toMatch(/articles\/ai-bubble\/en\.mdx: not aligned .*passage "paypal" is out of order/);
  });

  it('when an explicit term mark names an unknown term', () => {
    const content = breakContent({
      'articles/ai-bubble/en.mdx': (t) => t.replace('<P id="stripe">\n', '<P id="stripe">\n<Term slug="unicorn">Unicorns</Term> '),
    });
    expect(contentError(content)).toMatch(/articles\/ai-bubble\/en\.mdx: <Term slug="unicorn"> names no glossary entry/);
  });
});

describe('bad glossary content is refused, naming the entry', () => {
  it('when a language’s definition is missing', () => {
    const content = breakContent({ 'glossary/agi.yaml': (t) => t.replace(/^definition:\n  ja: .*\n/m, 'definition:\n') });
    expect(contentError(content)).toMatch(/glossary\/agi\.yaml:\d+:\d+: definition\.ja: /);
  });

  it('when an alias belongs to two entries', () => {
    const content = breakContent({ 'glossary/gpu.yaml': (t) => t.replace(/^ {2}en: \[/m, '  en: [capex, ') });
    expect(contentError(content)).toMatch(/glossary entry "gpu": "capex" \(en\) is already a name or alias of "capex"/);
  });

  it('when a related term does not exist', () => {
    const content = breakContent({ 'glossary/agi.yaml': (t) => t.replace(/^related: \[/m, 'related: [no-such-term, ') });
    expect(contentError(content)).toMatch(/glossary entry "agi": related term "no-such-term" does not exist/);
  });
});

describe('published passage ids', () => {
  const renamePaypal = Object.fromEntries(
    ['ja', 'en', 'zh'].map((locale) => [
      `articles/ai-bubble/${locale}.mdx`,
      (t: string) => t.replace('<P id="paypal">', '<P id="paypal-wallet">'),
    ]),
  );

  it('are refused, naming the id and the lock file, when one disappears without a declared move', () => {
    expect(contentError(breakContent(renamePaypal))).toMatch(
      /passages\.lock\.json: passage links would break:\n.*published passage id "paypal" of article "ai-bubble" is gone/,
    );
  });
});
