import { describe, expect, it } from 'vitest';
import { run } from '../helpers/build';
import { localeCodes } from '../../src/lib/i18n/locales';

const link = (...args: string[]) => run('npm', ['run', '--silent', 'link', '--', ...args]);
// Started together: each is a process of its own that spends most of its time starting up.
const [byId, byText, none] = [link('burry-short', '--locale', 'en'), link('空売り'), link('no passage says this')];

describe('npm run link', () => {
  it('prints the share and anchor URLs of a passage by id, in one edition', async () => {
    const result = await byId;
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ai-bubble#burry-short \[en\]/);
    expect(result.stdout).toMatch(/share: +https:\/\/[^ ]+\/en\/articles\/ai-bubble\/p\/burry-short\/\n/);
    expect(result.stdout).toMatch(/anchor: +https:\/\/[^ ]+\/en\/articles\/ai-bubble\/#burry-short\n/);
    expect(result.stdout).not.toMatch(/\[ja\]|\[zh\]/);
    // A translation's passage: its bilingual share page too.
    expect(result.stdout).toMatch(/with the original: +https:\/\/[^ ]+\/en\/articles\/ai-bubble\/p\/burry-short\/ja\/\n/);
  });

  it('finds passages by their text and lists every edition of each', async () => {
    const result = await byText;
    expect(result.status).toBe(0);
    for (const locale of localeCodes) expect(result.stdout).toContain(`ai-bubble#short-the-game [${locale}]`);
    // Where the words are in the passage, a share link that goes on to them.
    expect(result.stdout).toContain(`/p/burry-short/?text=${encodeURIComponent('空売り')}\n`);
  });

  it('says so, and fails, when nothing matches', async () => {
    const result = await none;
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/No passage matches/);
  });
});
