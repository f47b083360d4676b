import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as cheerio from 'cheerio';

/** Raw and gzip bytes of some files. */
export interface Weight {
  bytes: number;
  gzip: number;
}

/** The weight a page costs a reader on first load: its HTML, its stylesheets, its scripts (with their static imports). */
export interface PageWeight {
  html: Weight;
  css: Weight;
  js: Weight;
  /** Web font files the page loads (none are shipped). */
  fonts: number;
}

const gzip = (data: Buffer) => zlib.gzipSync(data, { level: 9 }).length;
const weigh = (files: string[]): Weight => files.reduce((w, f) => { const data = fs.readFileSync(f); return { bytes: w.bytes + data.length, gzip: w.gzip + gzip(data) }; }, { bytes: 0, gzip: 0 });

/** The files a JS module loads statically (`import … from "./x.js"`, `import "./x.js"`), recursively. */
export function staticImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = fs.readFileSync(file, 'utf8');
  for (const match of source.matchAll(/\bimport\s*(?:[^'"()]*?\sfrom\s*)?["']([^"']+)["']/g)) {
    const spec = match[1] as string;
    if (spec.startsWith('.')) staticImports(path.resolve(path.dirname(file), spec), seen);
  }
  return seen;
}

/** What a built page (`dist`-relative HTML file) costs on first load, before any interaction. */
export function pageWeight(outDir: string, htmlFile: string): PageWeight {
  const htmlPath = path.join(outDir, htmlFile);
  const $ = cheerio.load(fs.readFileSync(htmlPath, 'utf8'));
  const local = (href: string | undefined) => (href?.startsWith('/') ? path.join(outDir, href.split(/[?#]/)[0] as string) : undefined);
  const css = $('link[rel="stylesheet"]').map((_, el) => local($(el).attr('href'))).get().filter(Boolean) as string[];
  const scripts = $('script[src]').map((_, el) => local($(el).attr('src'))).get().filter(Boolean) as string[];
  const js = [...new Set(scripts.flatMap((s) => [...staticImports(s)]))];
  const fonts = $('link[rel="preload"][as="font"]').length + css.reduce((n, f) => n + (fs.readFileSync(f, 'utf8').match(/@font-face/g)?.length ?? 0), 0);
  return { html: weigh([htmlPath]), css: weigh(css), js: weigh(js), fonts };
}
