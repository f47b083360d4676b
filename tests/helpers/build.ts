import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** The built site that `npm test` checks (built once by tests/global-setup.ts; $OUT_DIR when set). */
export const dist = process.env['OUT_DIR'] ? path.resolve(process.env['OUT_DIR']) : path.join(root, 'dist');

/** Where test builds go (git-ignored). */
const buildsDir = path.join(root, 'node_modules/.cache/test-builds');

/** The result of a build. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Runs `astro build` on a content folder into a fresh temporary folder. */
export function buildContent(contentDir: string, extraEnv: Record<string, string> = {}): BuildResult {
  // Inside the project: Astro puts its prerender chunks in <outDir>/.prerender only when outDir is
  // below the working directory, and in a shared ./.astro/ otherwise (parallel builds then collide).
  fs.mkdirSync(buildsDir, { recursive: true });
  const work = fs.mkdtempSync(path.join(buildsDir, 'build-'));
  const outDir = path.join(work, 'dist');
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    encoding: 'utf8',
    // Own caches too: a fixture build neither reuses nor pollutes the real site's content or card cache.
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      OG_CACHE_DIR: path.join(work, 'og-cache'),
      ...extraEnv,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** A copy of a content folder (the real one by default) in a temporary folder, for a test to break or build. */
export function copyOfContent(source = path.join(root, 'content')): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-content-'));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** A test fixture's content folder (tests/fixtures/<name>). */
export const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
