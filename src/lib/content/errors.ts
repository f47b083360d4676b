/** Where in a content file a problem is: the file (relative to the project), and the line when known. */
export interface ContentLocation {
  file: string;
  line?: number | undefined;
}

/** An error in a content file, naming the file (and the line and passage where there is one). */
export class ContentError extends Error {
  /** The file the error is in. */
  readonly file: string;
  constructor(where: string | ContentLocation, message: string) {
    const location = typeof where === 'string' ? { file: where } : where;
    super(`${location.file}${location.line ? `:${location.line}` : ''}: ${message}`);
    this.name = 'ContentError';
    this.file = location.file;
  }
}

/** One issue of a failed zod parse, as far as messages need it. */
export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
}

/** A failed schema parse's issues as one line: `title: Required; published: Invalid date`. */
export function formatIssues(issues: readonly SchemaIssue[]): string {
  return issues.map((issue) => `${issue.path.map(String).join('.') || '(top level)'}: ${issue.message}`).join('; ');
}
