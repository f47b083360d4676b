import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build';

const link = (...args: string[]) => spawnSync('npm', ['run', '--silent', 'link', '--', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run link', () => {
  it('prints the share and anchor URLs of a passage by id, in one edition', () => {
    const result = link('burry-short', '--locale', 'en');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ai-bubble#burry-short \[en\]/);
    expect(result.stdout).toMatch(/share: +https:\/\/[^ ]+\/en\/articles\/ai-bubble\/p\/burry-short\/\n/);
    expect(result.stdout).toMatch(/anchor: +https:\/\/[^ ]+\/en\/articles\/ai-bubble\/#burry-short\n/);
    expect(result.stdout).not.toMatch(/\[ja\]|\[zh\]/);
  });

  it('finds passages by their text and lists every edition of each', () => {
    const result = link('空売り');
    expect(result.status).toBe(0);
    for (const locale of ['ja', 'en', 'zh']) expect(result.stdout).toContain(`ai-bubble#short-the-game [${locale}]`);
  });

  it('says so, and fails, when nothing matches', () => {
    const result = link('no passage says this');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/No passage matches/);
  });
});
