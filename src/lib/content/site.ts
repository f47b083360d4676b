import fs from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { checkGlossary, termForms } from '../glossary/glossary';
import { linkTerms } from '../glossary/link';
import { compilePatterns } from '../glossary/match';
import type { Term } from '../glossary/schema';
import { localeCodes, type Locale } from '../i18n/locales';
import { checkLock, lockSchema } from '../passages/lock';
import { ContentError } from '../passages/parse';
import { buildArticles, type Article } from './articles';
import { contentDir } from './paths';

/** Everything the pages are views of: articles with glossary links, the glossary, and passage moves. */
export interface Site {
  articles: Article[];
  terms: Term[];
  /** The same terms by slug. */
  termsBySlug: Map<string, Term>;
  /** `<article>/<locale>/<term>` → ids of the passages of that edition that mention the term. */
  mentions: Map<string, string[]>;
  /** Article slug → (removed passage id → the id its links now lead to). */
  moves: Map<string, Map<string, string>>;
}

let cached: Promise<Site> | undefined;

/** Loads and checks the whole site's content once per build (every page shares the result). */
export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

const relative = (file: string) => path.relative(process.cwd(), file) || file;

async function loadSite(): Promise<Site> {
  const editionEntries = await getCollection('articles');
  const articles = buildArticles(
    editionEntries.map((entry) => {
      const file = relative(path.join(contentDir(), 'articles', `${entry.id}.mdx`));
      // Counted from the end: Astro's entry.body is not exactly what follows the frontmatter (it
      // drops the blank line after it), so splitFrontmatter's offset would be one line off here.
      const raw = fs.readFileSync(file, 'utf8');
      return { id: entry.id, file, data: entry.data, body: entry.body ?? '', lineOffset: raw.split('\n').length - (entry.body ?? '').split('\n').length };
    }),
  );
  const terms = checkGlossary(
    (await getCollection('glossary')).map((entry) => ({ slug: entry.id, file: relative(path.join(contentDir(), 'glossary', `${entry.id}.yaml`)), data: entry.data })),
  );
  const termsBySlug = new Map(terms.map((term) => [term.slug, term]));
  const mentions = new Map<string, string[]>();
  for (const locale of localeCodes) {
    const patterns = compilePatterns(terms.flatMap((term) => termForms(term, locale).map((text) => ({ text, slug: term.slug }))));
    for (const article of articles) {
      const edition = article.editions[locale];
      if (!edition) continue;
      const linked = linkTerms(edition.passages, patterns);
      for (const [slug, ids] of linked.mentions) {
        if (!termsBySlug.has(slug)) throw new ContentError(edition.file, `<Term slug="${slug}"> names no glossary entry (content/glossary/${slug}.yaml)`);
        mentions.set(mentionKey(article.slug, locale, slug), ids);
      }
      edition.passages = linked.passages;
    }
  }
  return { articles, terms, termsBySlug, mentions, moves: applyLock(articles) };
}

/** The key of `Site.mentions`. */
export function mentionKey(article: string, locale: Locale, term: string): string {
  return `${article}/${locale}/${term}`;
}

/** Checks the passage lock file and records newly published ids in it; throws on a broken published id. */
function applyLock(articles: Article[]): Map<string, Map<string, string>> {
  const lockFile = path.join(contentDir(), 'passages.lock.json');
  const shown = relative(lockFile);
  let lock = {};
  if (fs.existsSync(lockFile)) {
    const parsed = lockSchema.safeParse(JSON.parse(fs.readFileSync(lockFile, 'utf8')));
    if (!parsed.success) throw new ContentError(shown, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    lock = parsed.data;
  }
  const current = new Map(articles.map((a) => [a.slug, (a.editions[a.original]?.passages ?? []).map((p) => p.id)]));
  const result = checkLock(lock, current, shown);
  if (result.errors.length > 0) throw new Error(`Passage links would break:\n  ${result.errors.join('\n  ')}`);
  const text = `${JSON.stringify(result.next, null, 2)}\n`;
  if (!fs.existsSync(lockFile) || fs.readFileSync(lockFile, 'utf8') !== text) fs.writeFileSync(lockFile, text);
  return result.moves;
}
