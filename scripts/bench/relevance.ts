// Search relevance for `npm run bench`: recall@5 and the mean reciprocal rank over the queries of
// bench/relevance.json, each typed on its search page of the built site in Chromium (as a reader
// types it, concept search on). A query's relevant passages are those of any edition whose text
// holds one of its `finds` words (passages are aligned across editions by id, so a hit on the same
// passage in another edition, folded under a result, counts for it).
import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { waitForQuery } from './search';

/** One query of the set: typed on `/<page>/search/`, it should find the passages holding one of `finds`. */
interface RelevanceQuery {
  query: string;
  page: string;
  finds: string[];
}

/** One query's figures. */
export interface QueryRelevance extends RelevanceQuery {
  relevant: number;
  /** Of the relevant passages (at most five), the share among the first five results. */
  recallAt5: number;
  /** 1 / the rank of the first relevant result; 0 when none is shown. */
  reciprocalRank: number;
}

/** What `measureRelevance` returns. */
export interface RelevanceBench {
  queries: number;
  recallAt5: number;
  mrr: number;
  perQuery: QueryRelevance[];
}

/** Every article passage of the built site (`<slug>#<id>`) with its reader-visible text per edition, lowercased. */
function passageTexts(dist: string): Map<string, string[]> {
  const texts = new Map<string, string[]>();
  for (const locale of fs.readdirSync(dist)) {
    const articles = path.join(dist, locale, 'articles');
    if (!fs.existsSync(articles)) continue;
    for (const slug of fs.readdirSync(articles)) {
      const file = path.join(articles, slug, 'index.html');
      if (!fs.existsSync(file)) continue;
      const $ = cheerio.load(fs.readFileSync(file, 'utf8'));
      $('[data-pagefind-body] [data-passage][id]').each((_, el) => {
        const clone = $(el).clone();
        clone.find('[data-pagefind-ignore], .figure-placeholder').remove();
        const key = `${slug}#${$(el).attr('id')}`;
        texts.set(key, [...(texts.get(key) ?? []), clone.text().toLowerCase()]);
      });
    }
  }
  return texts;
}

/** The passages each result shown stands for, in order (a glossary entry or an article's head: none). */
async function rankedPassages(page: Page): Promise<string[][]> {
  return page.$$eval('.search-result', (items) =>
    items.map((li) =>
      [...li.querySelectorAll<HTMLAnchorElement>('a.search-result-link, .search-also a')].flatMap((a) => {
        const match = /\/articles\/([^/]+)\/[^#]*#(.+)$/.exec(a.getAttribute('href') ?? '');
        return match ? [`${match[1]}#${decodeURIComponent(match[2] as string)}`] : [];
      }),
    ),
  );
}

/** The queries of a relevance set file (bench/relevance.json). */
export function readRelevanceSet(setFile: string): RelevanceQuery[] {
  return (JSON.parse(fs.readFileSync(setFile, 'utf8')) as { queries: RelevanceQuery[] }).queries;
}

/** Runs the relevance set on the site served at `origin` (built into `dist`). */
export async function measureRelevance(origin: string, dist: string, setFile: string): Promise<RelevanceBench> {
  const set = readRelevanceSet(setFile);
  const texts = passageTexts(dist);
  const browser = await launchBrowser();
  const perQuery: QueryRelevance[] = [];
  try {
    const page = await browser.newPage();
    for (const entry of set) {
      const words = entry.finds.map((w) => w.toLowerCase());
      const relevant = new Set(
        [...texts].filter(([, editions]) => editions.some((t) => words.some((w) => t.includes(w)))).map(([key]) => key),
      );
      await page.goto(`${origin}/${entry.page}/search/?q=${encodeURIComponent(entry.query)}`);
      await waitForQuery(page, entry.query.normalize('NFKC').replace(/\s+/g, ' ').trim());
      const ranked = await rankedPassages(page);
      const inTop5 = new Set(
        ranked
          .slice(0, 5)
          .flat()
          .filter((key) => relevant.has(key)),
      );
      const first = ranked.findIndex((keys) => keys.some((key) => relevant.has(key)));
      perQuery.push({
        ...entry,
        relevant: relevant.size,
        recallAt5: relevant.size === 0 ? 0 : inTop5.size / Math.min(5, relevant.size),
        reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
      });
    }
  } finally {
    await browser.close();
  }
  const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / (values.length || 1)) * 1000) / 1000;
  const judged = perQuery.filter((q) => q.relevant > 0);
  return {
    queries: judged.length,
    recallAt5: mean(judged.map((q) => q.recallAt5)),
    mrr: mean(judged.map((q) => q.reciprocalRank)),
    perQuery,
  };
}
