import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/build';
import { htmlFiles } from '../helpers/html';
import { pageAssets, staticImports, total } from '../../scripts/lib/weight';
import { localeCodes } from '../../src/lib/i18n/locales';

/** What a reader downloads to read an article, before touching search (gzip, as a host serves it). */
const budget = { js: 10 * 1024, css: 15 * 1024 };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('page weight budgets (an article page, before any search)', () => {
  it('follows static imports but not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const p=import("./lazy.js");')).toEqual([
      './x.js',
      './y.js',
      './z.js',
    ]);
    expect(staticImports('import d, * as ns from \'../w.js\'\nexport { q } from "./v.js"')).toEqual(['../w.js', './v.js']);
  });

  for (const locale of localeCodes) {
    const pagePath = `/${locale}/articles/ai-bubble/`;

    it(`loads at most ${kb(budget.js)} of JavaScript and ${kb(budget.css)} of CSS (gzip) on ${pagePath}`, () => {
      const { js, css } = pageAssets(pagePath, dist);
      expect(js.length, 'the article loads its enhancement script').toBeGreaterThan(0);
      expect(css.length, 'the article loads a stylesheet').toBeGreaterThan(0);
      const detail = (list: { file: string; gzip: number }[]) => list.map((f) => `  ${f.file} ${kb(f.gzip)}`).join('\n');
      expect(total(js).gzip, `JavaScript ${kb(total(js).gzip)} > ${kb(budget.js)}:\n${detail(js)}`).toBeLessThanOrEqual(budget.js);
      expect(total(css).gzip, `CSS ${kb(total(css).gzip)} > ${kb(budget.css)}:\n${detail(css)}`).toBeLessThanOrEqual(budget.css);
    });
  }

  it('ships no web font: no @font-face in any stylesheet or <style>, no font file outside /og/ and /pagefind/', () => {
    const all = (fs.readdirSync(dist, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/'));
    const cssFiles = all.filter((f) => f.endsWith('.css'));
    expect(cssFiles.length).toBeGreaterThan(0);
    const withFontFace = cssFiles.filter((f) => /@font-face/i.test(fs.readFileSync(path.join(dist, f), 'utf8')));
    const inline = htmlFiles().filter((f) => /<style[^>]*>[^<]*@font-face/i.test(fs.readFileSync(path.join(dist, f), 'utf8')));
    const fonts = all.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f) && !/^(og|pagefind)\//.test(f));
    expect([...withFontFace, ...inline, ...fonts], 'web fonts shipped to readers').toEqual([]);
  });
});
