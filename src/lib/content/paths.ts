import path from 'node:path';

/**
 * The content folder: `content/` at the project root, or `$CONTENT_DIR` (used by the tests and the
 * benchmark to build fixture or synthetic content without touching the real one).
 */
export function contentDir(): string {
  return path.resolve(process.env['CONTENT_DIR'] ?? 'content');
}

/**
 * The build's cache folder: `node_modules/.astro/` or `$ASTRO_CACHE_DIR` (each test build and
 * bench row has its own). Astro's incremental build, the search step and the passage cache keep
 * their files there.
 */
export function cacheDir(): string {
  return path.resolve(process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro');
}
