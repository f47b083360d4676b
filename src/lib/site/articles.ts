import { isLocale, localeCodes, type Locale } from '../i18n/locales';
import { alignmentProblems, describeProblem } from '../passages/align';
import type { Passage } from '../passages/model';
import type { PassageParser } from '../passages/cache';
import { parsePassages, plainText } from '../passages/parse';
import type { EditionEntry } from '../content/entries';
import { collect, ContentError, ContentErrors, formatLocation } from '../content/errors';
import { contentLimits } from '../content/limits';
import { placeholderPattern, requiredSharedFields, sharedFields, type EditionData, type EditionFrontmatter } from '../content/schema';

/** One edition of an article: its frontmatter (shared fields filled in from the original) and its passages. */
export interface Edition {
  locale: Locale;
  file: string;
  data: EditionData;
  passages: Passage[];
}

/** An article: its original and whichever translations are published, all aligned on the original's passage ids. */
export interface Article {
  slug: string;
  /** The locale of the original edition. */
  original: Locale;
  editions: Partial<Record<Locale, Edition>>;
}

/** A draft translation's progress: passages translated (no longer the placeholder) out of all. */
export interface DraftProgress {
  slug: string;
  locale: Locale;
  file: string;
  translated: number;
  total: number;
}

/** The articles of a content folder, the drafts left out of them, and warnings to print. */
export interface BuiltArticles {
  articles: Article[];
  drafts: DraftProgress[];
  /** `file:line:column: warning: …` lines: the build goes on. */
  warnings: string[];
}

/** One edition file, parsed, before the article's shared fields are filled in. */
interface ParsedEdition {
  entry: EditionEntry;
  locale: Locale;
  passages: Passage[];
}

/**
 * Groups edition entries into articles, parses their passages, fills each translation's shared
 * fields from the original (a translation that states one differently is an error naming both
 * files) and checks that every translation is aligned with its original (same ids, same order).
 * Draft translations are checked the same way but left out of the articles, their progress
 * reported. Errors are collected into `errors` when given (every file and article is checked),
 * else thrown together. Articles come newest first (published, then updated, then slug). `parse`
 * is `parsePassages` or a cached form of it (src/lib/passages/cache.ts).
 */
export function buildArticles(
  entries: readonly EditionEntry[],
  errors?: ContentError[],
  parse: PassageParser = parsePassages,
): BuiltArticles {
  const found: ContentError[] = errors ?? [];
  const bySlug = new Map<string, ParsedEdition[]>();
  for (const entry of [...entries].sort((a, b) => a.id.localeCompare(b.id))) {
    const [slug, locale, ...rest] = entry.id.split('/');
    if (!slug || !locale || rest.length > 0) {
      found.push(new ContentError(entry.file, 'an edition must be content/articles/<slug>/<locale>.mdx'));
      continue;
    }
    if (!isLocale(locale)) {
      found.push(new ContentError(entry.file, `"${locale}" is not a declared locale (${localeCodes.join(', ')})`));
      continue;
    }
    const passages = collect(found, () => parse(entry.body, entry.file, entry.lineOffset ?? 0));
    if (!passages) continue;
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), { entry, locale, passages }]);
  }
  const built: BuiltArticles = { articles: [], drafts: [], warnings: [] };
  for (const [slug, editions] of bySlug) {
    const article = collect(found, () => assembleArticle(slug, editions, built));
    if (article) built.articles.push(article);
  }
  built.articles.sort(newestFirst);
  if (!errors && found.length > 0) throw found.length === 1 ? found[0] : new ContentErrors(found);
  return built;
}

/** Newest first: by published date, then by the latest `updated` of its editions, then by slug. */
function newestFirst(a: Article, b: Article): number {
  const time = (article: Article, field: 'published' | 'updated') =>
    Math.max(0, ...Object.values(article.editions).map((e) => e?.data[field]?.getTime() ?? 0));
  return time(b, 'published') - time(a, 'published') || time(b, 'updated') - time(a, 'updated') || a.slug.localeCompare(b.slug);
}

/** Where a frontmatter field is written (the top of the file when it is absent). */
function fieldAt(entry: EditionEntry, field: string) {
  return { file: entry.file, line: entry.fieldLines?.[field] ?? 1, column: 1 };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return JSON.stringify(a) === JSON.stringify(b);
}

function shown(value: unknown): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
}

function assembleArticle(slug: string, parsed: ParsedEdition[], built: BuiltArticles): Article {
  const errors: ContentError[] = [];
  const originalEdition = parsed.find((e) => e.entry.data.originalLanguage === e.locale);
  if (!originalEdition) {
    const first = parsed[0] as ParsedEdition;
    throw new ContentError(
      fieldAt(first.entry, 'originalLanguage'),
      `article "${slug}" has no original edition: the original's file (<locale>.mdx) states originalLanguage: <its locale>, with author, publisher and published`,
    );
  }
  const original = originalEdition.locale;
  const originalData = originalEdition.entry.data;
  for (const field of requiredSharedFields) {
    if (originalData[field] === undefined)
      errors.push(
        new ContentError(
          { file: originalEdition.entry.file, line: 1, column: 1 },
          `${field}: the original edition must state it (its translations inherit it)`,
        ),
      );
  }
  for (const field of ['translator', 'draft'] as const) {
    if (originalData[field] !== undefined)
      errors.push(
        new ContentError(
          fieldAt(originalEdition.entry, field),
          `${field}: only a translation has one; remove it from the original edition`,
        ),
      );
  }
  const originalIds = originalEdition.passages.map((p) => p.id);
  const shared: Partial<EditionFrontmatter> = Object.fromEntries(sharedFields.map((field) => [field, originalData[field]]));
  const editions: Partial<Record<Locale, Edition>> = {};
  for (const edition of parsed) {
    const { entry } = edition;
    const draft = entry.data.draft === true;
    if (edition !== originalEdition) {
      for (const field of sharedFields) {
        const value = entry.data[field];
        if (value !== undefined && !sameValue(value, originalData[field]))
          errors.push(
            new ContentError(
              fieldAt(entry, field),
              `${field} is ${shown(value)} but the original ${originalEdition.entry.file} says ${shown(originalData[field])}: remove it here (translations inherit it) or make them agree`,
            ),
          );
      }
      if (!draft && entry.data.translator === undefined)
        errors.push(new ContentError({ file: entry.file, line: 1, column: 1 }, 'translator: a translation must name its translator'));
      const problems = alignmentProblems(
        originalIds,
        edition.passages.map((p) => p.id),
      );
      if (problems.length > 0)
        errors.push(
          new ContentError(entry.file, `not aligned with ${originalEdition.entry.file}: ${problems.map(describeProblem).join('; ')}`),
        );
    }
    errors.push(...placeholderErrors(edition, draft));
    for (const passage of edition.passages) {
      const length = [...plainText(passage.content)].length;
      if (length > contentLimits.maxPassageLength)
        built.warnings.push(
          `${formatLocation({ file: entry.file, line: passage.line })}: warning: passage "${passage.id}" is ${length} characters long (more than ${contentLimits.maxPassageLength}): split it if it is two paragraphs`,
        );
    }
    if (draft) {
      const translated = edition.passages.filter((p) => !isPlaceholder(p)).length;
      built.drafts.push({ slug, locale: edition.locale, file: entry.file, translated, total: originalIds.length });
      continue;
    }
    editions[edition.locale] = {
      locale: edition.locale,
      file: entry.file,
      data: { tags: [], ...definedFields(shared), ...definedFields(entry.data) } as EditionData,
      passages: edition.passages,
    };
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  const ordered: Partial<Record<Locale, Edition>> = {};
  for (const code of localeCodes) if (editions[code]) ordered[code] = editions[code];
  return { slug, original, editions: ordered };
}

function definedFields(data: Partial<EditionFrontmatter>): Partial<EditionFrontmatter> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}

/** True when a passage still holds a placeholder (`[[translate]]`) instead of text. */
export function isPlaceholder(passage: Passage): boolean {
  return placeholderPattern.test(plainText(passage.content).trim());
}

/** In a published edition, every placeholder left (a frontmatter field or a passage) is an error; a draft may keep them. */
function placeholderErrors(edition: ParsedEdition, draft: boolean): ContentError[] {
  if (draft) return [];
  const { entry } = edition;
  const fields = Object.entries(entry.data)
    .filter(([, value]) => typeof value === 'string' && placeholderPattern.test(value))
    .map(
      ([field, value]) =>
        new ContentError(
          fieldAt(entry, field),
          `${field} still holds the placeholder ${String(value)}: fill it in, or mark the edition draft: true`,
        ),
    );
  const passages = edition.passages
    .filter(isPlaceholder)
    .map(
      (p) =>
        new ContentError(
          { file: entry.file, line: p.line },
          `passage "${p.id}" still holds the placeholder ${plainText(p.content).trim()}: translate it, or mark the edition draft: true`,
        ),
    );
  return [...fields, ...passages];
}

/** The edition a reader of `locale` is shown: their own if it exists, otherwise the original. */
export function editionFor(article: Article, locale: Locale): Edition {
  return article.editions[locale] ?? (article.editions[article.original] as Edition);
}

/** The locales that have an edition of `article`, in declaration order. */
export function editionLocales(article: Article): Locale[] {
  return localeCodes.filter((code) => article.editions[code]);
}
