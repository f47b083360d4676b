import { describe, expect, it } from 'vitest';
import { diffText, wordDiff } from '../../src/lib/translations/diff';

describe('wordDiff', () => {
  it('shows the one word that changed in a Japanese sentence, not the whole sentence', () => {
    const parts = wordDiff('ベリーは第3四半期の保有株式を公表した。', 'ベリーは第4四半期の保有株式を公表した。', 'ja');
    expect(diffText(parts)).toBe('ベリーは第[-3-]{+4+}四半期の保有株式を公表した。');
  });

  it('marks removed and added English words', () => {
    const parts = wordDiff('the quick brown fox', 'the slow brown fox jumps', 'en');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['quick']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['slow', 'jumps']);
  });
});
