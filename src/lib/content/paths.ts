import path from 'node:path';

/**
 * The content folder: `content/` at the project root, or `$CONTENT_DIR` (used by the tests and the
 * benchmark to build fixture or synthetic content without touching the real one).
 */
export function contentDir(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}
