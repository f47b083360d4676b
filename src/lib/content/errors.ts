/** Where in a content file a problem is: the file (relative to the project), and the line and column when known. */
export interface ContentLocation {
  file: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** `file:line:column`, as editors and terminals link it (the parts that are known). */
export function formatLocation(location: ContentLocation): string {
  if (!location.line) return location.file;
  return `${location.file}:${location.line}:${location.column ?? 1}`;
}

/** An error in a content file: `file:line:column: message`, naming the passage or field and what to do. */
export class ContentError extends Error {
  /** The file the error is in. */
  readonly file: string;
  /** The line (1-based) when known. */
  readonly line: number | undefined;
  /** The column (1-based) when known. */
  readonly column: number | undefined;
  constructor(where: string | ContentLocation, message: string) {
    const location = typeof where === 'string' ? { file: where } : where;
    super(`${formatLocation(location)}: ${message}`);
    this.name = 'ContentError';
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}

/** Several content errors found in one run, reported together (one line each). */
export class ContentErrors extends Error {
  /** Every error, in the order found. */
  readonly errors: readonly ContentError[];
  constructor(errors: readonly ContentError[]) {
    super(errors.map((e) => e.message).join('\n'));
    this.name = 'ContentErrors';
    this.errors = errors;
  }
}

/** Collects content errors instead of stopping at the first: runs `fn`, recording a ContentError it throws. */
export function collect<T>(errors: ContentError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof ContentErrors) errors.push(...error.errors);
    else if (error instanceof ContentError) errors.push(error);
    else throw error;
    return undefined;
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

/** A mistake in a command's arguments: printed as is, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}
