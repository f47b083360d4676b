import fs from 'node:fs';
import path from 'node:path';
import { buildContent, buildsDir, copyOfContent, dist, fixture, hostileDist, run } from '../helpers/build';

declare global {
  /** The builds of this test run, started by the first project that needs them (build or browser). */
  var parallelPressTestBuilds: Promise<void> | undefined;
}

/**
 * Global setup of the `build` and `browser` projects: builds the real site exactly as
 * `npm run build` does, and tests/fixtures/hostile into `hostileDist`, both at once and once per run
 * (vitest runs a project's global setup per project; the promise on globalThis is shared by both).
 * TEST_SKIP_BUILD=1 reuses an existing dist/ and hostile build while iterating on tests (never in CI).
 */
export default async function setup(): Promise<void> {
  await (globalThis.parallelPressTestBuilds ??= buildAll());
}

async function buildAll(): Promise<void> {
  const reuse = process.env['TEST_SKIP_BUILD'] === '1' && !process.env['CI'];
  const hostileBuilt = fs.existsSync(path.join(hostileDist, 'index.html'));
  for (const entry of fs.existsSync(buildsDir) ? fs.readdirSync(buildsDir) : [])
    if (!(reuse && hostileBuilt && path.join(buildsDir, entry) === path.dirname(hostileDist)))
      fs.rmSync(path.join(buildsDir, entry), { recursive: true, force: true });
  const [site, hostile] = await Promise.all([
    reuse && fs.existsSync(path.join(dist, 'index.html')) ? null : run('npm', ['run', 'build']),
    reuse && hostileBuilt ? null : buildContent(copyOfContent(fixture('hostile')), { outDir: hostileDist }),
  ]);
  if (site && site.status !== 0) throw new Error(`npm run build failed with status ${site.status}:\n${site.stdout}\n${site.stderr}`);
  if (hostile && hostile.status !== 0) throw new Error(`the hostile fixture did not build:\n${hostile.output}`);
}
