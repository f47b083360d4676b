import { describe, expect, it } from 'vitest';
import { compilePatterns, findTerms } from '../../src/lib/glossary/match';
import { linkTerms } from '../../src/lib/glossary/link';
import type { Passage } from '../../src/lib/passages/model';

const patterns = compilePatterns([
  { text: '投資', slug: 'investment' },
  { text: '設備投資', slug: 'capex' },
  { text: 'GPU', slug: 'gpu' },
  { text: 'capex', slug: 'capex' },
  { text: 'capital expenditure', slug: 'capex' },
  { text: '算力', slug: 'compute' },
]);

describe('findTerms', () => {
  it('takes the longest match first: 設備投資 before 投資', () => {
    expect(findTerms('米国の設備投資が伸びた', patterns)).toEqual([{ start: 3, end: 7, slug: 'capex' }]);
  });
  it('matches Japanese and Chinese without word spaces', () => {
    expect(findTerms('巨額の投資を行う', patterns).map((m) => m.slug)).toEqual(['investment']);
    expect(findTerms('算力成为新的石油', patterns).map((m) => m.slug)).toEqual(['compute']);
  });
  it('does not match inside a longer English word', () => {
    expect(findTerms('GPUs and capexes', patterns)).toEqual([]);
    expect(findTerms('the GPU, then capex.', patterns).map((m) => m.slug)).toEqual(['gpu', 'capex']);
  });
  it('matches a Latin term beside CJK text', () => {
    expect(findTerms('GPUを購入', patterns).map((m) => m.slug)).toEqual(['gpu']);
  });
});

describe('findTerms tries at each position only the forms that start with its character', () => {
  it('keeps the order of the list it is given among forms that start alike', () => {
    // Uncompiled, the shorter form first: the list's order decides, as it always did.
    expect(
      findTerms('投資家', [
        { text: '投', slug: 'a' },
        { text: '投資', slug: 'b' },
      ]).map((m) => m.slug),
    ).toEqual(['a']);
    expect(
      findTerms(
        '投資家',
        compilePatterns([
          { text: '投', slug: 'a' },
          { text: '投資', slug: 'b' },
        ]),
      ).map((m) => m.slug),
    ).toEqual(['b']);
  });
  it('tells apart forms whose first character is outside the Basic Multilingual Plane and shares its first UTF-16 unit', () => {
    // 𠮟 (U+20B9F) and 𠮷 (U+20BB7) are both written \uD842 and a second unit.
    const forms = compilePatterns([
      { text: '𠮷野家', slug: 'yoshinoya' },
      { text: '𠮟責', slug: 'rebuke' },
    ]);
    expect(findTerms('𠮟る𠮷野家と𠮟責', forms)).toEqual([
      { start: 3, end: 7, slug: 'yoshinoya' },
      { start: 8, end: 11, slug: 'rebuke' },
    ]);
  });
  it('ignores an empty form instead of matching it everywhere', () => {
    expect(
      findTerms('GPU', [
        { text: '', slug: 'empty' },
        { text: 'GPU', slug: 'gpu' },
      ]),
    ).toEqual([{ start: 0, end: 3, slug: 'gpu' }]);
  });
  it('finds what trying every form at every position finds, over random Japanese texts and a glossary of 300 forms', () => {
    // Han and kana forms match anywhere (no word boundaries), so trying every form is the whole rule.
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const units = [...'投資設備算力株価市場半導体のをにはが'];
    const word = (length: number) => Array.from({ length }, () => units[random(units.length)]).join('');
    const forms = compilePatterns(Array.from({ length: 300 }, (_, i) => ({ text: word(1 + random(4)), slug: `t${i}` })));
    const tryingEvery = (text: string) => {
      const found: { start: number; end: number; slug: string }[] = [];
      for (let i = 0; i < text.length;) {
        const hit = forms.find((form) => text.startsWith(form.text, i));
        if (hit) found.push({ start: i, end: i + hit.text.length, slug: hit.slug });
        i += hit ? hit.text.length : 1;
      }
      return found;
    };
    for (let n = 0; n < 200; n++) {
      const text = word(random(60));
      expect(findTerms(text, forms), text).toEqual(tryingEvery(text));
    }
  });
});

describe('findTerms where a Latin word meets a digit or a Han character', () => {
  const pe = compilePatterns([
    { text: 'PER', slug: 'pe-ratio' },
    { text: 'GPU', slug: 'gpu' },
    { text: 'D', slug: 'd' },
    { text: 'A100', slug: 'a100' },
  ]);
  const found = (text: string) => findTerms(text, pe).map((m) => text.slice(m.start, m.end));

  it('ends a Latin word at a digit after it: PER in 「英偉達のPER60倍」', () => {
    expect(findTerms('英偉達のPER60倍', pe)).toEqual([{ start: 4, end: 7, slug: 'pe-ratio' }]);
    expect(found('GPU2台')).toEqual(['GPU']);
  });
  it('ends a Latin word at a Han character or kana on either side', () => {
    expect(found('英偉達GPU市場')).toEqual(['GPU']);
    expect(found('のPERは')).toEqual(['PER']);
  });
  it('still does not match inside a longer Latin word', () => {
    expect(found('GPUs and PERs, not PERIOD')).toEqual([]);
  });
  it('keeps the letters after a number in the number’s word: no D in 3D, no A100 in A100s', () => {
    expect(found('3D printing')).toEqual([]);
    expect(found('A100s')).toEqual([]);
    expect(found('A100 GPU')).toEqual(['A100', 'GPU']);
  });
  it('does not end a number at the next digit', () => {
    expect(found('A1000')).toEqual([]);
  });
});

const passage = (id: string, kind: Passage['kind'], section: string, text: string): Passage => ({
  id,
  kind,
  section,
  content: [{ type: 'text', value: text }],
});

describe('linkTerms', () => {
  const passages: Passage[] = [
    passage('intro', 'paragraph', '', 'capex and capex'),
    passage('h', 'heading', 'h', 'On capex'),
    passage('p1', 'paragraph', 'h', 'More capex here'),
    passage('p2', 'paragraph', 'h', 'Again capex'),
  ];
  it('links the first occurrence per section and never inside headings', () => {
    const { passages: linked } = linkTerms(passages, patterns);
    const links = linked.map((p) => p.content.filter((n) => n.type === 'term').length);
    expect(links).toEqual([1, 0, 1, 0]);
  });
  it('records every mention, linked or not', () => {
    expect(linkTerms(passages, patterns).mentions.get('capex')).toEqual(['intro', 'h', 'p1', 'p2']);
  });
  it('does not link inside a link', () => {
    const inLink: Passage = {
      id: 'l',
      kind: 'paragraph',
      section: '',
      content: [{ type: 'link', url: 'https://x', children: [{ type: 'text', value: 'capex' }] }],
    };
    const [linked] = linkTerms([inLink], patterns).passages;
    expect(linked!.content[0]).toEqual(inLink.content[0]);
  });
});
