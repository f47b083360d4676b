import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent, differingFiles, fingerprint, fixture, hostileDist } from '../helpers/build';

describe('the build', () => {
  it('produces byte-identical output from two clean builds of the same content', async () => {
    // The first is the shared build of the hostile fixture (tests/setup/builds.ts); the second has
    // fresh caches of its own, so every card is drawn again rather than read from the first's cache.
    const second = await buildContent(copyOfContent(fixture('hostile')), { ownCardCache: true });
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(hostileDist);
    const b = fingerprint(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(differingFiles(a, b)).toEqual([]);
  });
});
