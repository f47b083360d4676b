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
