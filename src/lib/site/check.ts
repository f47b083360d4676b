import path from 'node:path';
import { collect, type ContentError } from '../content/errors';
import { passageCache } from '../passages/cache';
import { assembleSite, type AssembledSite } from './assemble';
import type { DraftProgress } from './articles';
import { readEditionEntries, readLock, readTermEntries, relativeFile } from './read';

/** Everything the content check found: errors (the build stops), warnings and draft progress (it goes on). */
export interface ContentReport {
  errors: ContentError[];
  warnings: string[];
  drafts: DraftProgress[];
  /** The assembled site when there was no error. */
  assembled: AssembledSite | undefined;
}

/**
 * Checks a whole content folder without building pages: every edition's frontmatter and passages,
 * alignment, shared fields, drafts, the glossary and the passage lock. Collects every error it
 * can instead of stopping at the first (one per file, per glossary entry, per article).
 */
export function checkContent(contentDir: string): ContentReport {
  const errors: ContentError[] = [];
  const entries = readEditionEntries(contentDir, errors);
  const terms = readTermEntries(contentDir, errors);
  const lock = collect(errors, () => readLock(contentDir)) ?? { file: relativeFile(path.join(contentDir, 'passages.lock.json')), lock: {} };
  // An article one of whose files could not be read is not assembled: its other files would
  // report a missing original or a missing passage that is only the unread file's.
  const articlesDir = relativeFile(path.join(contentDir, 'articles'));
  const broken = new Set(errors.map((e) => path.relative(articlesDir, e.file).split(path.sep)[0]));
  const readable = entries.filter((entry) => !broken.has(entry.id.split('/')[0]));
  const assembled = assembleSite(readable, terms, lock, errors, passageCache().parse);
  return { errors, warnings: assembled.warnings, drafts: assembled.drafts, assembled: errors.length === 0 ? assembled : undefined };
}

/** One line per draft translation for the build log: `ai-bubble zh: 41/82 passages (draft, not published: …)`. */
export function draftLines(report: Pick<ContentReport, 'drafts'>): string[] {
  return report.drafts.map((d) => `${d.slug} ${d.locale}: ${d.translated}/${d.total} passages (draft, not published: ${d.file})`);
}
