import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { alignmentProblems, describeProblem } from '../passages/align';
import type { Passage } from '../passages/model';
import { parsePassages } from '../passages/parse';
import type { EditionEntry } from '../content/entries';
import { ContentError } from '../content/errors';
import type { EditionData } from '../content/schema';

/** One edition of an article: its frontmatter and its passages. */
export interface Edition {
  locale: Locale;
  file: string;
  data: EditionData;
  passages: Passage[];
}

/** An article: its original and whichever translations exist, all aligned on the original's passage ids. */
export interface Article {
  slug: string;
  /** The locale of the original edition. */
  original: Locale;
  editions: Partial<Record<Locale, Edition>>;
}

/**
 * Groups edition entries into articles, parses their passages and checks that every translation
 * is aligned with its original (same ids, same order). Throws a ContentError naming the file and
 * passage id on the first article with a problem. Articles come sorted by slug, editions by locale.
 */
export function buildArticles(entries: readonly EditionEntry[]): Article[] {
  const bySlug = new Map<string, Edition[]>();
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const [slug, locale, ...rest] = entry.id.split('/');
    if (!slug || !locale || rest.length > 0) throw new ContentError(entry.file, 'an edition must be content/articles/<slug>/<locale>.mdx');
    if (!isLocale(locale)) throw new ContentError(entry.file, `"${locale}" is not a declared locale (${localeCodes.join(', ')})`);
    const passages = parsePassages(entry.body, entry.file, entry.lineOffset ?? 0);
    const editions = bySlug.get(slug) ?? [];
    editions.push({ locale, file: entry.file, data: entry.data, passages });
    bySlug.set(slug, editions);
  }
  return [...bySlug].map(([slug, editions]) => assembleArticle(slug, editions));
}

function assembleArticle(slug: string, editionList: Edition[]): Article {
  const first = editionList[0] as Edition;
  const original = first.data.originalLanguage;
  for (const edition of editionList) {
    if (edition.data.originalLanguage !== original) {
      throw new ContentError(edition.file, `originalLanguage is "${edition.data.originalLanguage}" but ${first.file} says "${original}"`);
    }
  }
  const originalEdition = editionList.find((e) => e.locale === original);
  if (!originalEdition) {
    throw new ContentError(first.file, `article "${slug}" has no original edition ${original}.mdx (originalLanguage: ${original})`);
  }
  const originalIds = originalEdition.passages.map((p) => p.id);
  for (const edition of editionList) {
    if (edition === originalEdition) continue;
    const problems = alignmentProblems(
      originalIds,
      edition.passages.map((p) => p.id),
    );
    if (problems.length > 0) {
      throw new ContentError(edition.file, `not aligned with ${originalEdition.file}: ${problems.map(describeProblem).join('; ')}`);
    }
  }
  const editions: Partial<Record<Locale, Edition>> = {};
  for (const code of localeCodes) {
    const edition = editionList.find((e) => e.locale === code);
    if (edition) editions[code] = edition;
  }
  return { slug, original, editions };
}

/** The edition a reader of `locale` is shown: their own if it exists, otherwise the original. */
export function editionFor(article: Article, locale: Locale): Edition {
  return article.editions[locale] ?? (article.editions[article.original] as Edition);
}

/** The locales that have an edition of `article`, in declaration order. */
export function editionLocales(article: Article): Locale[] {
  return localeCodes.filter((code) => article.editions[code]);
}
