import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../content/errors';
import { slugPattern } from '../content/schema';
import { termForms } from '../glossary/glossary';
import { compilePatterns } from '../glossary/match';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../i18n/locales';
import { parsePassages } from '../passages/parse';
import { readEditionFile, readTermEntries, relativeFile } from '../site/read';
import { resolveTerm } from '../glossary/glossary';
import { passageIds } from './ids';
import { importMarkdown, importPlainText } from './import';
import { newEditionFile, translationSkeleton } from './write';

function checkLocale(code: string): Locale {
  if (!isLocale(code)) throw new UsageError(`"${code}" is not a declared locale (${localeCodes.join(', ')})`);
  return code;
}

function articleDir(contentDir: string, slug: string): string {
  if (!slugPattern.test(slug))
    throw new UsageError(`slug "${slug}" must be lowercase a-z, 0-9 and hyphens (e.g. ${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`);
  return path.join(contentDir, 'articles', slug);
}

function refuseOverwrite(file: string): void {
  if (fs.existsSync(file))
    throw new UsageError(
      `${relativeFile(file)} exists already: ids are stable once written, so it is never overwritten (edit it, or delete it first)`,
    );
}

/** Options of `npm run new`. */
export interface NewArticleOptions {
  /** The edition's locale (default: the first declared). */
  locale?: string | undefined;
  /** The exact text of the lines that are headings in a plain-text file (instead of the rule). */
  headings?: readonly string[] | undefined;
  /** Today, YYYY-MM-DD, the `published` date written. */
  today: string;
}

/**
 * `npm run new`: imports a plain-text (`.txt`, one paragraph a line) or Markdown (`.md`) file as
 * the original edition `content/articles/<slug>/<locale>.mdx`, every block a passage with a
 * generated id. Refuses to overwrite. Returns the file written.
 */
export function createArticle(contentDir: string, slug: string, from: string, options: NewArticleOptions): string {
  const locale = checkLocale(options.locale ?? defaultLocale);
  const dir = articleDir(contentDir, slug);
  const target = path.join(dir, `${locale}.mdx`);
  refuseOverwrite(target);
  if (!fs.existsSync(from)) throw new UsageError(`${from}: no such file`);
  const source = fs.readFileSync(from, 'utf8');
  const blocks = /\.(md|markdown)$/i.test(from) ? importMarkdown(source, relativeFile(from)) : importPlainText(source, options.headings);
  if (blocks.length === 0) throw new UsageError(`${from} holds no text`);
  const glossaryDir = path.join(contentDir, 'glossary');
  const terms = fs.existsSync(glossaryDir) ? readTermEntries(contentDir) : [];
  const patterns = compilePatterns(
    terms.flatMap((t) => termForms(resolveTerm(t.data).data, locale).map((text) => ({ text, slug: t.slug }))),
  );
  const text = newEditionFile(locale, blocks, passageIds(blocks, patterns), options.today);
  // Written only if it reads back: a text the importer could not escape is a bug, not a file to fix by hand.
  parsePassages(text.replace(/^---[\s\S]*?\n---\n/, ''), relativeFile(target));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(target, text);
  return target;
}

/**
 * `npm run translate`: writes the translation skeleton `content/articles/<slug>/<to>.mdx` of the
 * article's original edition (the file whose originalLanguage is its own locale). Refuses to overwrite.
 */
export function createTranslation(contentDir: string, slug: string, to: string): string {
  const locale = checkLocale(to);
  const dir = articleDir(contentDir, slug);
  if (!fs.existsSync(dir)) throw new UsageError(`${relativeFile(dir)}: no such article (create it with npm run new)`);
  const target = path.join(dir, `${locale}.mdx`);
  refuseOverwrite(target);
  const original = localeCodes
    .filter((code) => fs.existsSync(path.join(dir, `${code}.mdx`)))
    .map((code) => ({ code, entry: readEditionFile(path.join(dir, `${code}.mdx`), `${slug}/${code}`) }))
    .find(({ code, entry }) => entry.data.originalLanguage === code);
  if (!original)
    throw new UsageError(`${relativeFile(dir)} has no original edition (a <locale>.mdx stating originalLanguage: <its locale>)`);
  const passages = parsePassages(original.entry.body, original.entry.file, original.entry.lineOffset);
  fs.writeFileSync(target, translationSkeleton({ locale: original.code, file: original.entry.file, data: original.entry.data, passages }));
  return target;
}
