import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { EditionEntry } from '../content/entries';
import { ContentError, formatIssues } from '../content/errors';
import { editionSchema } from '../content/schema';
import type { TermEntry } from '../glossary/glossary';
import { termSchema } from '../glossary/schema';
import { lockSchema, type PassageLock } from '../passages/lock';
import { freshness, type Freshness } from '../translations/freshness';
import { translationRecordSchema, type TranslationRecord } from '../translations/record';
import { assembleSite, type AssembledSite, type LockInput, type Site } from './assemble';

/** A path relative to the project, as messages show it. */
export const relativeFile = (file: string) => path.relative(process.cwd(), file) || file;

/** Splits an MDX file into its YAML frontmatter and its body, counting the lines above the body. */
export function splitFrontmatter(source: string, file: string): { frontmatter: string; body: string; lineOffset: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new ContentError(file, 'has no frontmatter (--- … ---) at the top');
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

/**
 * Reads every edition file under `<contentDir>/articles/` without Astro, validating frontmatter
 * with the same schema as the content collection: for the integrations and the command lines.
 */
export function readEditionEntries(contentDir: string): EditionEntry[] {
  const articlesDir = path.join(contentDir, 'articles');
  return fs
    .readdirSync(articlesDir)
    .sort()
    .flatMap((slug) => {
      const dir = path.join(articlesDir, slug);
      if (!fs.statSync(dir).isDirectory()) return [];
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .map((name) => {
          const file = relativeFile(path.join(dir, name));
          const { frontmatter, body, lineOffset } = splitFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'), file);
          const parsed = editionSchema.safeParse(parseYaml(frontmatter));
          if (!parsed.success) throw new ContentError(file, formatIssues(parsed.error.issues));
          return { id: `${slug}/${name.replace(/\.mdx$/, '')}`, file, data: parsed.data, body, lineOffset };
        });
    });
}

/** Reads every glossary entry `<contentDir>/glossary/<slug>.yaml`, validated with the collection's schema. */
export function readTermEntries(contentDir: string): TermEntry[] {
  const dir = path.join(contentDir, 'glossary');
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = relativeFile(path.join(dir, name));
      const parsed = termSchema.safeParse(parseYaml(fs.readFileSync(path.join(dir, name), 'utf8')));
      if (!parsed.success) throw new ContentError(file, formatIssues(parsed.error.issues));
      return { slug: name.replace(/\.yaml$/, ''), file, data: parsed.data };
    });
}

/** The passage lock file of a content folder. */
export const lockFile = (contentDir: string) => path.join(contentDir, 'passages.lock.json');

/** Reads the passage lock (empty when the file does not exist yet). */
export function readLock(contentDir: string): LockInput {
  const file = lockFile(contentDir);
  const shown = relativeFile(file);
  if (!fs.existsSync(file)) return { file: shown, lock: {} };
  const parsed = lockSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
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

/** The site model read straight from a content folder, for the integrations and the command lines. */
export function readSite(contentDir: string): AssembledSite {
  return assembleSite(readEditionEntries(contentDir), readTermEntries(contentDir), readLock(contentDir));
}
