import { describe, expect, it } from 'vitest';
import { format } from '../../src/lib/text/format';
import { hasCjk, loneKana } from '../../src/lib/text/scripts';
import { ellipsis, graphemesOf, truncate } from '../../src/lib/text/truncate';

describe('truncate', () => {
  it('keeps a text that fits, whatever its length in UTF-16 units', () => {
    expect(truncate('short', 5)).toBe('short');
    expect(truncate('👩‍👩‍👧‍👦🇯🇵', 2)).toBe('👩‍👩‍👧‍👦🇯🇵');
  });

  it('cuts to at most max characters, the ellipsis included', () => {
    const cut = truncate('設備投資は再び加速した。', 6);
    expect(cut).toBe(`設備投資は${ellipsis}`);
    expect(graphemesOf(cut).length).toBe(6);
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const cut = truncate('ab😀😀😀👩‍👩‍👧‍👦x', 5);
    expect(cut).toBe(`ab😀😀${ellipsis}`);
    expect(truncate('a👩‍👩‍👧‍👦👩‍👩‍👧‍👦b', 3)).toBe(`a👩‍👩‍👧‍👦${ellipsis}`);
    expect(truncate('😀'.repeat(300), 200).isWellFormed()).toBe(true);
  });

  it('cuts Latin text at a space when asked and one is near the end', () => {
    expect(truncate('the quick brown fox jumps', 18, { atSpace: true })).toBe(`the quick brown${ellipsis}`);
    expect(truncate('supercalifragilistic', 10, { atSpace: true })).toBe(`supercali${ellipsis}`);
  });
});

describe('format', () => {
  it('fills every placeholder, and refuses a missing one', () => {
    expect(format('{count} results for {q}', { count: 3, q: 'GPU' })).toBe('3 results for GPU');
    expect(() => format('{count} results', {})).toThrow(/\{count\}/);
  });
});

describe('script classes', () => {
  it('tell CJK text and lone kana', () => {
    expect(hasCjk('NVIDIA 英伟达')).toBe(true);
    expect(hasCjk('capex')).toBe(false);
    expect(loneKana.test('の')).toBe(true);
    expect(loneKana.test('設備')).toBe(false);
  });
});
