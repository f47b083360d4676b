import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { dist, root } from '../helpers/build';
import { htmlFiles } from '../helpers/html';
import { parsePagePath } from '../../src/lib/routes/paths';

/** The project's html-validate configuration (`.htmlvalidate.json`: the recommended preset). */
const config = JSON.parse(fs.readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
// A static loader: the built pages live outside the repository (OUT_DIR), where the file system
// loader would not find the project's configuration.
const validator = new HtmlValidate(new StaticConfigLoader(config));

const errorsOf = async (html: string, filename: string): Promise<Message[]> =>
  (await validator.validateString(html, filename)).results.flatMap((result) => result.messages).filter((message) => message.severity === 2);

describe('HTML validity (html-validate, recommended rules)', () => {
  it('uses the recommended preset and catches a known error', async () => {
    expect(config.extends).toContain('html-validate:recommended');
    const errors = await errorsOf(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p><div>x</div></p><img src="a.png"></body></html>',
      'bad.html',
    );
    expect(errors.map((e) => e.ruleId)).toEqual(expect.arrayContaining(['wcag/h37']));
  });

  it('reports no error on any built page but six in seven share pages (one template, around passages the article pages carry)', async () => {
    const all = htmlFiles();
    expect(all.length).toBeGreaterThan(100);
    // Share pages are four in five of the pages and all one template (single and bilingual) around
    // passages whose markup the article and side-by-side pages already carry: every seventh is enough
    // (an odd step: sorted, a passage's single and bilingual share pages alternate).
    const isShare = (file: string) => parsePagePath(`/${file.replace(/index\.html$/, '')}`)?.kind === 'share';
    const shares = all.filter(isShare);
    const pages = [...all.filter((file) => !isShare(file)), ...shares.filter((_, i) => i % 7 === 0)];
    expect(
      shares.filter((_, i) => i % 7 === 0).some((file) => /\/p\/[^/]+\/[^/]+\/index\.html$/.test(file)),
      'a bilingual one among them',
    ).toBe(true);
    const found: string[] = [];
    for (const page of pages) {
      const errors = await errorsOf(fs.readFileSync(path.join(dist, page), 'utf8'), page);
      for (const e of errors) found.push(`${page}:${e.line}:${e.column} ${e.ruleId}: ${e.message}${e.selector ? ` (${e.selector})` : ''}`);
    }
    expect(found.length, `${found.length} html-validate error(s):\n${found.join('\n')}`).toBe(0);
  });
});
