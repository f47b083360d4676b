import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { dist } from './build';

/** Every HTML file under a built site, as paths relative to it. */
export function htmlFiles(outDir = dist): string[] {
  return (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
}

const parsed = new Map<string, cheerio.CheerioAPI>();

/**
 * A built page, parsed once per vitest worker (the tests read the same pages many times, and a
 * worker's files share modules: `isolate: false`). `page` is a site path such as
 * `/ja/articles/ai-bubble/`. The document is shared: change only a clone of it.
 */
export function loadPage(page: string, outDir = dist): cheerio.CheerioAPI {
  const file = path.join(outDir, page.endsWith('.html') ? page : path.join(page, 'index.html'));
  let $ = parsed.get(file);
  if (!$) parsed.set(file, ($ = cheerio.load(fs.readFileSync(file, 'utf8'))));
  return $;
}

/** The text a reader sees in an element: without passage tools and term definitions. */
export function readerText($: cheerio.CheerioAPI, element: Parameters<cheerio.CheerioAPI>[0]): string {
  const clone = $(element).clone();
  clone.find('[data-pagefind-ignore], .figure-placeholder').remove();
  return clone.text().trim();
}
