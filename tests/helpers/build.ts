import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** The built site that `npm test` checks (built once by tests/setup/builds.ts; $OUT_DIR when set). */
export const dist = process.env['OUT_DIR'] ? path.resolve(process.env['OUT_DIR']) : path.join(root, 'dist');

/**
 * Where test builds go (git-ignored). Inside the project: Astro puts its prerender chunks in
 * <outDir>/.prerender only when outDir is below the working directory, and in a shared ./.astro/
 * otherwise (parallel builds then collide).
 */
export const buildsDir = path.join(root, 'node_modules/.cache/test-builds');

/** The build of tests/fixtures/hostile, made once by tests/setup/builds.ts for the build and browser tests. */
export const hostileDist = path.join(buildsDir, 'hostile/dist');

/** The result of a build. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** What a command run by `run` did. */
export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in the project root with extra environment variables, without blocking the test process. */
export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, ...out }));
  });
}

/** How a test build differs from the real one. */
export interface BuildOptions {
  /** Where the site goes (a fresh folder below `buildsDir` by default). */
  outDir?: string;
  /**
   * A card cache of its own, empty, for a test that needs every card drawn afresh. Otherwise the
   * build shares the real site's card cache ($OG_CACHE_DIR or node_modules/.cache/og-cards): a card
   * is keyed by everything drawn on it, so sharing only saves redrawing identical cards.
   */
  ownCardCache?: boolean;
  /**
   * Builds again into `outDir`, keeping its folder's Astro cache from the last build there: an
   * incremental rebuild (docs/architecture.md). Otherwise the folder starts empty.
   */
  rebuild?: boolean;
}

/** Runs `astro build` on a content folder into a fresh folder (with an Astro cache of its own). */
export async function buildContent(contentDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  fs.mkdirSync(buildsDir, { recursive: true });
  const outDir = options.outDir ?? path.join(fs.mkdtempSync(path.join(buildsDir, 'build-')), 'dist');
  const work = path.dirname(outDir);
  if (!options.rebuild) fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const { status, stdout, stderr } = await run('npx', ['astro', 'build'], {
    CONTENT_DIR: contentDir,
    OUT_DIR: outDir,
    // Its own content cache: a fixture build neither reuses nor pollutes the real site's.
    ASTRO_CACHE_DIR: path.join(work, 'cache'),
    ...(options.ownCardCache ? { OG_CACHE_DIR: path.join(work, 'og-cache') } : {}),
  });
  return { status, output: `${stdout}\n${stderr}`, outDir };
}

/** Every file of a built site with the SHA-256 of its bytes. */
export function fingerprint(outDir: string): Record<string, string> {
  const files = (fs.readdirSync(outDir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(outDir, f)).isFile()).sort();
  return Object.fromEntries(
    files.map((f) => [
      f,
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(outDir, f)))
        .digest('hex'),
    ]),
  );
}

/** The files on which two fingerprints differ (present in one only, or with other bytes). */
export function differingFiles(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
}

/** A copy of a content folder (the real one by default) in a temporary folder, for a test to break or build. */
export function copyOfContent(source = path.join(root, 'content')): string {
  const target = fs.mkdtempSync(path.join(os.tmpdir(), 'pp-content-'));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** A test fixture's content folder (tests/fixtures/<name>). */
export const fixture = (name: string) => path.join(root, 'tests/fixtures', name);
