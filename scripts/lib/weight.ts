import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';

/** One file a page loads, with its raw and gzip sizes. */
export interface Asset {
  file: string;
  bytes: number;
  gzip: number;
}

/** The module specifiers a JS chunk imports statically (`import … from`, bare `import "…"`, `export … from`); not `import()`. */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  const pattern =
    /(?:^|[;\s}])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`]+)\1/g;
  for (const match of code.matchAll(pattern)) specifiers.push(match[2]!);
  return specifiers;
}

/** The `@import`ed stylesheets of a CSS file. */
export const cssImports = (css: string) => [...css.matchAll(/@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g)].map((m) => m[1]!);

/** Every file a page loads up front of one kind, following static imports, each once. */
function closure(outDir: string, roots: string[], importsOf: (code: string) => string[]): Asset[] {
  const fileOf = (sitePath: string) => path.join(outDir, decodeURIComponent(new URL(sitePath, 'http://x').pathname));
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const sitePath = queue.shift()!;
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const file = fileOf(sitePath);
    if (!fs.existsSync(file)) throw new Error(`${sitePath} is referenced but not built`);
    for (const specifier of importsOf(fs.readFileSync(file, 'utf8')))
      queue.push(new URL(specifier, new URL(sitePath, 'http://x')).pathname);
  }
  return [...seen].map((sitePath) => {
    const data = fs.readFileSync(fileOf(sitePath));
    return { file: sitePath, bytes: data.length, gzip: zlib.gzipSync(data).length };
  });
}

/** What a built page costs on first load, before any interaction: its HTML, its CSS and its JS (with static imports). */
export function pageAssets(pagePath: string, outDir: string): { html: Asset; css: Asset[]; js: Asset[] } {
  const html = fs.readFileSync(path.join(outDir, pagePath.endsWith('.html') ? pagePath : path.join(pagePath, 'index.html')));
  const $ = cheerio.load(html.toString('utf8'));
  const scripts = $('script[src], link[rel="modulepreload"][href]')
    .map((_, el) => $(el).attr('src') ?? $(el).attr('href'))
    .get();
  const styles = $('link[rel~="stylesheet"][href]')
    .map((_, el) => $(el).attr('href'))
    .get();
  return {
    html: { file: pagePath, bytes: html.length, gzip: zlib.gzipSync(html).length },
    css: closure(outDir, styles, cssImports),
    js: closure(outDir, scripts, staticImports),
  };
}

/** The sum of some assets' sizes. */
export const total = (assets: Asset[]) =>
  assets.reduce((sum, a) => ({ bytes: sum.bytes + a.bytes, gzip: sum.gzip + a.gzip }), { bytes: 0, gzip: 0 });
