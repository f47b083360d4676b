import type { EditionEntry } from '../content/entries';
import { collect, ContentError, ContentErrors } from '../content/errors';
import { checkGlossary, termForms, type TermEntry } from '../glossary/glossary';
import { linkTerms } from '../glossary/link';
import { compilePatterns } from '../glossary/match';
import type { Term } from '../glossary/schema';
import { localeCodes, type Locale } from '../i18n/locales';
import type { PassageParser } from '../passages/cache';
import { checkLock, type PassageLock } from '../passages/lock';
import { parsePassages } from '../passages/parse';
import { buildArticles, type Article, type DraftProgress, type Edition } from './articles';

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

/** The site model, the passage lock to write back once the build has succeeded, and what the build log reports. */
export interface AssembledSite {
  site: Site;
  nextLock: PassageLock;
  /** Draft translations left out of the site, with their progress. */
  drafts: DraftProgress[];
  /** Warnings and notices (`file:line:column: warning: …`): the build goes on. */
  warnings: string[];
}

/**
 * The site model from its content, without I/O: parses and aligns the editions, checks the
 * glossary, links its terms in every edition and checks the passage ids against the lock. Every
 * problem found is collected into `errors` when given (the model is then partial); without it,
 * they are thrown together (a ContentError, or a ContentErrors holding several). `parse` is
 * `parsePassages` or the callers' cached form of it (the only I/O, and theirs).
 */
export function assembleSite(
  entries: readonly EditionEntry[],
  glossary: readonly TermEntry[],
  lockInput: LockInput,
  errors?: ContentError[],
  parse: PassageParser = parsePassages,
): AssembledSite {
  const found: ContentError[] = errors ?? [];
  const built = buildArticles(entries, found, parse);
  const parsed = built.articles;
  const checked = collect(found, () => checkGlossary(glossary));
  const terms = checked?.terms ?? [];
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
        if (!termsBySlug.has(slug) && checked)
          found.push(new ContentError(edition.file, `<Term slug="${slug}"> names no glossary entry (content/glossary/${slug}.yaml)`));
        mentions.set(mentionKey(article.slug, locale, slug), ids);
      }
      editions[locale] = { ...edition, passages: linked.passages };
    }
    return { ...article, editions };
  });
  const current = new Map(articles.map((a) => [a.slug, (a.editions[a.original]?.passages ?? []).map((p) => p.id)]));
  const lock = checkLock(lockInput.lock, current, lockInput.file);
  // Only over a complete model: an article that failed to parse would look like a vanished one.
  if (lock.errors.length > 0 && found.length === 0)
    found.push(new ContentError(lockInput.file, `passage links would break:\n  ${lock.errors.join('\n  ')}`));
  if (!errors && found.length > 0) throw found.length === 1 ? found[0] : new ContentErrors(found);
  return {
    site: { articles, terms, termsBySlug, mentions, moves: lock.moves },
    nextLock: lock.next,
    drafts: built.drafts,
    warnings: [...built.warnings, ...(checked?.notices ?? [])],
  };
}

/** The key of `Site.mentions`. */
export function mentionKey(article: string, locale: Locale, term: string): string {
  return `${article}/${locale}/${term}`;
}
