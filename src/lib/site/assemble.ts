import type { EditionEntry } from '../content/entries';
import { ContentError } from '../content/errors';
import { checkGlossary, termForms, type TermEntry } from '../glossary/glossary';
import { linkTerms } from '../glossary/link';
import { compilePatterns } from '../glossary/match';
import type { Term } from '../glossary/schema';
import { localeCodes, type Locale } from '../i18n/locales';
import { checkLock, type PassageLock } from '../passages/lock';
import { buildArticles, type Article, type Edition } from './articles';

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

/** The committed passage lock as read, with the file it came from (for messages). */
export interface LockInput {
  file: string;
  lock: PassageLock;
}

/** The site model and the passage lock to write back once the build has succeeded. */
export interface AssembledSite {
  site: Site;
  nextLock: PassageLock;
}

/**
 * The site model from its content, without I/O: parses and aligns the editions, checks the
 * glossary, links its terms in every edition and checks the passage ids against the lock. Throws a
 * ContentError naming the file (and passage or entry) on the first problem.
 */
export function assembleSite(entries: readonly EditionEntry[], glossary: readonly TermEntry[], lockInput: LockInput): AssembledSite {
  const parsed = buildArticles(entries);
  const terms = checkGlossary(glossary);
  const termsBySlug = new Map(terms.map((term) => [term.slug, term]));
  const mentions = new Map<string, string[]>();
  const patterns = new Map(
    localeCodes.map((locale) => [
      locale,
      compilePatterns(terms.flatMap((term) => termForms(term, locale).map((text) => ({ text, slug: term.slug })))),
    ]),
  );
  const articles = parsed.map((article): Article => {
    const editions: Partial<Record<Locale, Edition>> = {};
    for (const [locale, edition] of Object.entries(article.editions) as [Locale, Edition][]) {
      const linked = linkTerms(edition.passages, patterns.get(locale) ?? []);
      for (const [slug, ids] of linked.mentions) {
        if (!termsBySlug.has(slug))
          throw new ContentError(edition.file, `<Term slug="${slug}"> names no glossary entry (content/glossary/${slug}.yaml)`);
        mentions.set(mentionKey(article.slug, locale, slug), ids);
      }
      editions[locale] = { ...edition, passages: linked.passages };
    }
    return { ...article, editions };
  });
  const current = new Map(articles.map((a) => [a.slug, (a.editions[a.original]?.passages ?? []).map((p) => p.id)]));
  const checked = checkLock(lockInput.lock, current, lockInput.file);
  if (checked.errors.length > 0) throw new ContentError(lockInput.file, `passage links would break:\n  ${checked.errors.join('\n  ')}`);
  return { site: { articles, terms, termsBySlug, mentions, moves: checked.moves }, nextLock: checked.next };
}

/** The key of `Site.mentions`. */
export function mentionKey(article: string, locale: Locale, term: string): string {
  return `${article}/${locale}/${term}`;
}
