import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './helpers/build';

/**
 * Builds the real site once before the build and browser tests, exactly as `npm run build` does.
 * TEST_SKIP_BUILD=1 reuses an existing dist/ while iterating on tests (never in CI).
 */
export default function setup(): void {
  fs.rmSync(path.join(root, 'node_modules/.cache/test-builds'), { recursive: true, force: true });
  if (process.env['TEST_SKIP_BUILD'] === '1' && !process.env['CI']) return;
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm run build failed with status ${result.status}`);
}
