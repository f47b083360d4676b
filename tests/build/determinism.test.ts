import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, copyOfContent, fixture } from '../helpers/build';

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
  it('produces byte-identical output from two clean builds of the same content', () => {
    const content = fixture('hostile');
    const first = buildContent(copyOfContent(content));
    const second = buildContent(copyOfContent(content));
    expect(first.status, first.output).toBe(0);
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(first.outDir);
    const b = fingerprint(second.outDir);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
  });
});
