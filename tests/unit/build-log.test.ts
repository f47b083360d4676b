import { describe, expect, it } from 'vitest';
import { loggedFiles } from '../../scripts/lib/build-log';

// Lines as `astro build` writes them under "generating static routes", colours included.
const log = [
  '\u001b[32m▶\u001b[39m src/pages/[locale]/articles/[slug]/index.astro',
  '  \u001b[2m├─\u001b[22m /ja/articles/bubble/index.html \u001b[2m(restored)\u001b[22m',
  '  ├─ /en/articles/bubble/index.html (+41ms)',
  '  ├─ /og/ja/articles/bubble.png/ (cached)',
  '  ├─ /og/en/articles/bubble.png/ (+12ms)',
  '  Completed in 1.20s.',
].join('\n');

describe('the files an astro build log lists', () => {
  it('sorts restored and cached files as copied and timed files as rendered', () => {
    const { copied, rendered } = loggedFiles(log);
    expect([...copied]).toEqual(['/ja/articles/bubble/index.html', '/og/ja/articles/bubble.png']);
    expect([...rendered]).toEqual(['/en/articles/bubble/index.html', '/og/en/articles/bubble.png']);
  });

  it('tells copied from rendered files when pages rendered at once interleave their lines', () => {
    const interleaved = [
      '08:04:57   ├─ /og/en/a.png/08:04:57   ├─ /og/en/b.png/  ├─ /og/en/c.png/ (restored)',
      ' (+12ms)',
      '  ├─ /og/en/d.png/ (+13ms)',
      ' (+14ms)',
    ].join('\n');
    const { copied, rendered } = loggedFiles(interleaved);
    expect([...copied]).toEqual(['/og/en/c.png']);
    expect([...rendered]).toEqual(['/og/en/a.png', '/og/en/b.png', '/og/en/d.png']);
  });

  it('reads nothing from lines that name no generated file', () => {
    const { copied, rendered } = loggedFiles('building client\n  Completed in 1.20s.\n');
    expect(copied.size + rendered.size).toBe(0);
  });
});
