import { describe, expect, it } from 'vitest';
import { latinWords, passageIds } from '../../src/lib/authoring/ids';
import { compilePatterns } from '../../src/lib/glossary/match';
import { passageIdPattern } from '../../src/lib/passages/parse';

const patterns = compilePatterns([
  { text: '空売り', slug: 'short-selling' },
  { text: 'サブプライム危機', slug: 'subprime-crisis' },
]);

describe('passage ids', () => {
  it('are made of the Latin words of the text, common words and URLs left out', () => {
    expect(latinWords('The investor shorted NVIDIA and Palantir: see https://example.org/x')).toEqual([
      'investor',
      'shorted',
      'nvidia',
      'palantir',
    ]);
    expect(passageIds([{ kind: 'paragraph', text: 'A few days later, Burry disclosed his holdings.' }], [])).toEqual(['few-days-later']);
    expect(passageIds([{ kind: 'paragraph', text: '英偉達(NVIDIA)とPalantirの空売りに集中させた。' }], patterns)).toEqual([
      'nvidia-palantir',
    ]);
  });

  it('fold accents to ASCII', () => {
    expect(passageIds([{ kind: 'paragraph', text: 'Café Zürich' }], [])).toEqual(['cafe-zurich']);
  });

  it('fall back to the glossary terms a Japanese or Chinese passage mentions', () => {
    expect(passageIds([{ kind: 'paragraph', text: '2008年のサブプライム危機で空売りが有名になった。' }], patterns)).toEqual([
      'subprime-crisis-short-selling',
    ]);
  });

  it('fall back to the section and the position, and never repeat', () => {
    const ids = passageIds(
      [
        { kind: 'paragraph', text: 'これは序文です。' },
        { kind: 'heading', text: '福音' },
        { kind: 'paragraph', text: 'あらゆる物語。' },
        { kind: 'paragraph', text: 'Palantir' },
        { kind: 'paragraph', text: 'Palantir again' },
        { kind: 'paragraph', text: 'Palantir' },
      ],
      patterns,
    );
    expect(ids).toEqual(['intro-1', 'section-1', 'section-1-1', 'palantir', 'palantir-again', 'palantir-2']);
    expect(ids.every((id) => passageIdPattern.test(id))).toBe(true);
  });

  it('leave alone the ids already taken', () => {
    expect(passageIds([{ kind: 'paragraph', text: 'Palantir' }], [], ['palantir'])).toEqual(['palantir-2']);
  });
});
