import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist } from '../helpers/build';
import { htmlFiles, loadPage } from '../helpers/html';
import { localeCodes } from '../../src/lib/i18n/locales';

/** What a reader downloads to read an article, before touching search (gzip, as a host serves it). */
const budget = { js: 10 * 1024, css: 15 * 1024 };

/** The module specifiers a JS chunk imports statically (`import … from`, bare `import "…"`, `export … from`); not `import()`. */
function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const pattern = /(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`]+)\1/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[2]!);
  return specifiers;
}

/** The `@import`ed stylesheets of a CSS file. */
const cssImports = (css: string) => [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]!);

const fileOf = (sitePath: string) => path.join(dist, decodeURIComponent(new URL(sitePath, 'http://x').pathname));
const gzipSize = (file: string) => zlib.gzipSync(fs.readFileSync(file)).length;

/** Every file a page loads up front of one kind, following static imports, each once. */
function closure(roots: string[], importsOf: (code: string) => string[]): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const sitePath = queue.shift()!;
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const file = fileOf(sitePath);
    if (!fs.existsSync(file)) throw new Error(`${sitePath} is referenced but not built`);
    for (const specifier of importsOf(fs.readFileSync(file, 'utf8'))) queue.push(new URL(specifier, new URL(sitePath, 'http://x')).pathname);
  }
  return [...seen];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

describe('page weight budgets (an article page, before any search)', () => {
  it('follows static imports but not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import"./y.js";export*from"./z.js";const p=import("./lazy.js");')).toEqual(['./x.js', './y.js', './z.js']);
    expect(staticImports('import d, * as ns from \'../w.js\'\nexport { q } from "./v.js"')).toEqual(['../w.js', './v.js']);
  });

  for (const locale of localeCodes) {
    const pagePath = `/${locale}/articles/ai-bubble/`;

    it(`loads at most ${kb(budget.js)} of JavaScript and ${kb(budget.css)} of CSS (gzip) on ${pagePath}`, () => {
      const $ = loadPage(pagePath);
      const scripts = $('script[src], link[rel="modulepreload"][href]').map((_, el) => $(el).attr('src') ?? $(el).attr('href')).get();
      const styles = $('link[rel~="stylesheet"][href]').map((_, el) => $(el).attr('href')).get();
      expect(scripts.length, 'the article loads its enhancement script').toBeGreaterThan(0);
      expect(styles.length, 'the article loads a stylesheet').toBeGreaterThan(0);
      const js = closure(scripts, staticImports).map((file) => ({ file, size: gzipSize(fileOf(file)) }));
      const css = closure(styles, cssImports).map((file) => ({ file, size: gzipSize(fileOf(file)) }));
      const total = (list: { size: number }[]) => list.reduce((sum, f) => sum + f.size, 0);
      const detail = (list: { file: string; size: number }[]) => list.map((f) => `  ${f.file} ${kb(f.size)}`).join('\n');
      expect(total(js), `JavaScript ${kb(total(js))} > ${kb(budget.js)}:\n${detail(js)}`).toBeLessThanOrEqual(budget.js);
      expect(total(css), `CSS ${kb(total(css))} > ${kb(budget.css)}:\n${detail(css)}`).toBeLessThanOrEqual(budget.css);
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
