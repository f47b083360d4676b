import fs from 'node:fs';
import path from 'node:path';
import type { EditionEntry } from '../content/entries';
import { collect, ContentError, ContentErrors, formatIssues, type SchemaIssue } from '../content/errors';
import { parseFrontmatter, splitFrontmatter } from '../content/frontmatter';
import { editionSchema, slugPattern } from '../content/schema';
import type { TermEntry } from '../glossary/glossary';
import { termSchema } from '../glossary/schema';
import { isLocale, localeCodes } from '../i18n/locales';
import { passageCache } from '../passages/cache';
import { lockSchema, type PassageLock } from '../passages/lock';
import { freshness, type Freshness } from '../translations/freshness';
import { translationRecordSchema, type TranslationRecord } from '../translations/record';
import { assembleSite, type AssembledSite, type LockInput, type Site } from './assemble';

/** A path relative to the project, as messages show it. */
export const relativeFile = (file: string) => path.relative(process.cwd(), file) || file;

/** A schema failure as one ContentError per issue, each at the line of its field. */
function schemaErrors(file: string, issues: readonly SchemaIssue[], fieldLines: Record<string, number>): ContentError[] {
  return issues.flatMap((issue) => {
    // An unknown field has no path: it is named in `keys`, one error each at its own line.
    const unknown = issue.path.length === 0 ? ((issue as { keys?: string[] }).keys ?? []) : [];
    if (unknown.length > 0)
      return unknown.map(
        (key) =>
          new ContentError(
            { file, line: fieldLines[key] ?? 1, column: 1 },
            `${key}: unknown field: check its spelling (the fields are in docs/authoring.md)`,
          ),
      );
    return [new ContentError({ file, line: fieldLines[String(issue.path[0])] ?? 1, column: 1 }, formatIssues([issue]))];
  });
}

/** Throws the collected errors (when the caller did not ask to collect them itself). */
function throwIfAny(errors: ContentError[]): void {
  if (errors.length === 1) throw errors[0] as ContentError;
  if (errors.length > 1) throw new ContentErrors(errors);
}

/** Source files kept beside an edition, which the site does not read: `source.<locale>.txt` or `.md` (the text `npm run new` imported). */
const sourceFilePattern = /^source\.[a-z-]+\.(?:txt|md)$/;

/** Reads one edition file: frontmatter validated with the collection's schema, field lines, body and its line offset. */
export function readEditionFile(absolute: string, id: string): EditionEntry {
  const file = relativeFile(absolute);
  const { frontmatter, body, lineOffset } = splitFrontmatter(fs.readFileSync(absolute, 'utf8'), file);
  const { value, fieldLines } = parseFrontmatter(frontmatter, file);
  const parsed = editionSchema.safeParse(value ?? {});
  if (!parsed.success) throw new ContentErrors(schemaErrors(file, parsed.error.issues, fieldLines));
  return { id, file, data: parsed.data, body, lineOffset, fieldLines };
}

/**
 * Reads every edition file under `<contentDir>/articles/` without Astro, validating frontmatter
 * with the same schema as the content collection: for the content check, the integrations and the
 * command lines. A file the site would ignore (`zh.md`, a nested folder, a slug that is not
 * lowercase `a-z0-9-`, a locale that is not declared) is an error, not skipped. With `errors`,
 * problems are collected there, one per file; without, they are thrown together.
 */
export function readEditionEntries(contentDir: string, errors?: ContentError[]): EditionEntry[] {
  const found: ContentError[] = errors ?? [];
  const articlesDir = path.join(contentDir, 'articles');
  const entries: EditionEntry[] = [];
  for (const slug of visible(articlesDir)) {
    const dir = path.join(articlesDir, slug);
    const shown = relativeFile(dir);
    if (!fs.statSync(dir).isDirectory()) {
      found.push(new ContentError(shown, 'is ignored: an article is a folder content/articles/<slug>/ holding <locale>.mdx files'));
      continue;
    }
    if (!slugPattern.test(slug)) {
      found.push(
        new ContentError(
          shown,
          `article slug "${slug}" must be lowercase a-z, 0-9 and hyphens (rename the folder ${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-')})`,
        ),
      );
      continue;
    }
    for (const name of visible(dir)) {
      const absolute = path.join(dir, name);
      const locale = name.replace(/\.mdx$/, '');
      if (fs.statSync(absolute).isDirectory() || !name.endsWith('.mdx')) {
        if (!sourceFilePattern.test(name))
          found.push(
            new ContentError(
              relativeFile(absolute),
              `is ignored: an article folder holds only <locale>.mdx editions (${localeCodes.join(', ')}) and source.<locale>.txt; move or rename it`,
            ),
          );
        continue;
      }
      if (!isLocale(locale)) {
        found.push(
          new ContentError(
            relativeFile(absolute),
            `"${locale}" is not a declared locale (${localeCodes.join(', ')}): rename the file or declare the locale`,
          ),
        );
        continue;
      }
      const entry = collect(found, () => readEditionFile(absolute, `${slug}/${locale}`));
      if (entry) entries.push(entry);
    }
  }
  if (!errors) throwIfAny(found);
  return entries;
}

/** The names in a folder, sorted, without dotfiles (editor and system files such as .DS_Store). */
function visible(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/**
 * Reads every glossary entry `<contentDir>/glossary/<slug>.yaml`, validated with the collection's
 * schema; another file there is an error. Collects into `errors` when given, else throws them together.
 */
export function readTermEntries(contentDir: string, errors?: ContentError[]): TermEntry[] {
  const found: ContentError[] = errors ?? [];
  const dir = path.join(contentDir, 'glossary');
  const entries: TermEntry[] = [];
  for (const name of visible(dir)) {
    const file = relativeFile(path.join(dir, name));
    const slug = name.replace(/\.yaml$/, '');
    if (!name.endsWith('.yaml') || !slugPattern.test(slug)) {
      found.push(
        new ContentError(file, 'is ignored: a glossary entry is content/glossary/<slug>.yaml, the slug lowercase a-z, 0-9 and hyphens'),
      );
      continue;
    }
    const entry = collect(found, () => {
      const { value, fieldLines } = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'), file);
      // parseFrontmatter counts from line 2 (below an MDX file's ---); a YAML file starts on line 1.
      const lines = Object.fromEntries(Object.entries(fieldLines).map(([key, line]) => [key, line - 1]));
      const parsed = termSchema.safeParse(value ?? {});
      if (!parsed.success) throw new ContentErrors(schemaErrors(file, parsed.error.issues, lines));
      return { slug, file, data: parsed.data, fieldLines: lines };
    });
    if (entry) entries.push(entry);
  }
  if (!errors) throwIfAny(found);
  return entries;
}

/** The passage lock file of a content folder. */
export const lockFile = (contentDir: string) => path.join(contentDir, 'passages.lock.json');

/** Reads the passage lock (empty when the file does not exist yet). */
export function readLock(contentDir: string): LockInput {
  const file = lockFile(contentDir);
  const shown = relativeFile(file);
  if (!fs.existsSync(file)) return { file: shown, lock: {} };
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shown, `is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = lockSchema.safeParse(json);
  if (!parsed.success) throw new ContentError(shown, formatIssues(parsed.error.issues));
  return { file: shown, lock: parsed.data };
}

/** Writes the passage lock when it changed (at the end of a successful build only). */
export function writeLock(contentDir: string, lock: PassageLock): boolean {
  return writeJson(lockFile(contentDir), lock);
}

/** Writes `value` as indented JSON when the file's text would change; says whether it did. */
function writeJson(file: string, value: unknown): boolean {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return false;
  fs.writeFileSync(file, text);
  return true;
}

/** The record of what each translation was made from, in a content folder. */
export const translationRecordFile = (contentDir: string) => path.join(contentDir, 'translations.lock.json');

/** Reads the translation record (empty when the file does not exist yet: every passage is then current). */
export function readTranslationRecord(contentDir: string): TranslationRecord {
  const file = translationRecordFile(contentDir);
  if (!fs.existsSync(file)) return {};
  const parsed = translationRecordSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new ContentError(relativeFile(file), formatIssues(parsed.error.issues));
  return parsed.data;
}

/** Writes the translation record when it changed (at the end of a successful build, or by `status --accept`). */
export function writeTranslationRecord(contentDir: string, record: TranslationRecord): boolean {
  return writeJson(translationRecordFile(contentDir), record);
}

/** The freshness of every translation of `site` against the content folder's record, as of today. */
export function siteFreshness(site: Site, contentDir: string, accept?: ReadonlySet<string>): Freshness {
  return freshness(site.articles, readTranslationRecord(contentDir), new Date().toISOString().slice(0, 10), accept);
}

/** The site model read straight from a content folder, for the integrations and the command lines (passages through the passage cache). */
export function readSite(contentDir: string): AssembledSite {
  return assembleSite(readEditionEntries(contentDir), readTermEntries(contentDir), readLock(contentDir), undefined, passageCache().parse);
}

const built = new Map<string, AssembledSite>();

/**
 * The site model of the content folder a build has just rendered, read once per process: the
 * integrations that run after the pages (sitemap, search index, records) all see the same content,
 * so they share one reading instead of assembling it each. The first reading prunes the passage
 * cache to this content's editions (a build's reading is the complete one).
 */
export function readBuiltSite(contentDir: string): AssembledSite {
  let known = built.get(contentDir);
  if (!known) {
    known = readSite(contentDir);
    passageCache().prune();
    built.set(contentDir, known);
  }
  return known;
}
