// npm run lock:platforms — after any `npm install` that changes package-lock.json.
// npm leaves out of the lock the platform builds of an optional dependency that its registry does
// not serve (here: the mirror lacks @pagefind/darwin-x64@1.6.0 and friends), and `npm ci` then
// rejects that very lock as "out of sync" (npm/cli#9846). This records each missing platform
// package with its version, os and cpu (as npm would), so that `npm ci` accepts the lock; on Linux
// x64 they are skipped as for another platform, elsewhere npm fetches them by version.
import fs from 'node:fs';
import { missingPlatformEntries } from './lockfile';

const file = 'package-lock.json';
const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { packages: Record<string, Record<string, unknown>> };
const missing = missingPlatformEntries(lock.packages);
Object.assign(lock.packages, missing);
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)),
);
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  Object.keys(missing).length === 0
    ? 'package-lock.json: nothing missing'
    : `package-lock.json: recorded ${Object.keys(missing).join(', ')}`,
);
