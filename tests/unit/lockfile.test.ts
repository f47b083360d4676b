import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingPlatformEntries, platformOf } from '../../scripts/lockfile';

describe('the committed package-lock.json', () => {
  it('records every optional platform package, so that `npm ci` accepts it (run `npm run lock:platforms` after `npm install`)', () => {
    const lock = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../package-lock.json'), 'utf8'));
    expect(Object.keys(missingPlatformEntries(lock.packages))).toEqual([]);
  });
});

describe('platformOf', () => {
  it('reads os and cpu from a platform package name', () => {
    expect(platformOf('@pagefind/darwin-arm64')).toEqual({ os: ['darwin'], cpu: ['arm64'] });
    expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
    expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({ os: ['linux'], cpu: ['arm64'] });
    expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
  });
});
