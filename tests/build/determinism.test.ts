import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent, fixture, hostileDist } from '../helpers/build';

/** Every file of a built site with the SHA-256 of its bytes. */
function fingerprint(outDir: string): Record<string, string> {
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

describe('the build', () => {
  it('produces byte-identical output from two clean builds of the same content', async () => {
    // The first is the shared build of the hostile fixture (tests/setup/builds.ts); the second has
    // fresh caches of its own, so every card is drawn again rather than read from the first's cache.
    const second = await buildContent(copyOfContent(fixture('hostile')), { ownCardCache: true });
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(hostileDist);
    const b = fingerprint(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
  });
});
