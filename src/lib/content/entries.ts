import type { EditionFrontmatter } from './schema';

/** One edition file as read from disk or handed over by the content collection. */
export interface EditionEntry {
  /** `<slug>/<locale>` */
  id: string;
  /** The file, relative to the project, for error messages. */
  file: string;
  data: EditionFrontmatter;
  body: string;
  /** Lines above the body (the frontmatter), so that errors give the file's own line numbers. */
  lineOffset?: number;
  /** The file line of each frontmatter field, for messages about a field. */
  fieldLines?: Record<string, number>;
}
