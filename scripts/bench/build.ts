import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** One measured build. */
export interface BuildRun {
  seconds: number;
  /** Peak resident memory of the largest process of the build, in MiB (GNU time), or null where unavailable. */
  peakMiB: number | null;
  pages: number;
  /** What the card integration recorded in `<card cache>/last-build.json`. */
  cards: Record<string, number> | null;
  /** The build's console output. */
  output: string;
  /** Where the site was built. */
  outDir: string;
}

const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Runs `astro build` with `env` (CONTENT_DIR, OUT_DIR, caches), timing it and reading its peak memory. */
export function measureBuild(env: Record<string, string>): BuildRun {
  const command = gnuTime ? [gnuTime, '-f', 'PEAK_RSS_KB=%M', 'npx', 'astro', 'build'] : ['npx', 'astro', 'build'];
  const started = performance.now();
  const result = spawnSync(command[0] as string, command.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const output = `${result.stdout}\n${result.stderr}`;
  if (result.status !== 0) throw new Error(`build failed (${result.status}):\n${output.slice(-4000)}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(output);
  const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
  const cacheDir = env['OG_CACHE_DIR'] ?? path.resolve('node_modules/.cache/og-cards');
  const outDir = path.resolve(env['OUT_DIR'] ?? 'dist');
  return {
    seconds,
    peakMiB: peak ? Number(peak[1]) / 1024 : null,
    pages,
    cards: readJson(path.join(cacheDir, 'last-build.json')),
    output,
    outDir,
  };
}

/** A JSON file's content, or null when it does not exist. */
function readJson(file: string): Record<string, number> | null {
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, number>) : null;
}
