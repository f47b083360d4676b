import { describe, expect, it } from 'vitest';
import { parsePassages, plainText } from '../../src/lib/passages/parse';

const file = 'content/articles/x/ja.mdx';

describe('parsePassages', () => {
  it('reads every passage component with its id, kind and section', () => {
    const passages = parsePassages(
      [
        '<Quote id="epigraph">\n「引用」\n</Quote>',
        '<H id="gospel">福音</H>',
        '<P id="one">\n本文 *強調* と [リンク](https://example.org)\n</P>',
        '<Figure id="fig" />',
        '<Footer id="foot">\nフッター\n</Footer>',
      ].join('\n\n'),
      file,
    );
    expect(passages.map((p) => [p.id, p.kind, p.section])).toEqual([
      ['epigraph', 'quote', ''],
      ['gospel', 'heading', 'gospel'],
      ['one', 'paragraph', 'gospel'],
      ['fig', 'figure', 'gospel'],
      ['foot', 'footer', 'gospel'],
    ]);
    expect(plainText(passages[2]!.content)).toBe('本文 強調 と リンク');
    expect(passages[3]!.content).toEqual([]);
  });

  it('keeps the text character for character, ASCII punctuation included', () => {
    const text = '米国の《チップ法案》、1999~2000年 S&P 500|画像提供:Sparkline?';
    const [passage] = parsePassages(`<P id="a">\n${text}\n</P>`, file);
    expect(plainText(passage!.content)).toBe(text);
  });

  it('stops on a duplicate id, naming the file and the id', () => {
    expect(() => parsePassages('<P id="a">\nx\n</P>\n\n<P id="a">\ny\n</P>', file)).toThrow(/ja\.mdx:5:1: duplicate passage id "a"/);
  });

  it('stops on a passage without an id, naming the file', () => {
    expect(() => parsePassages('<P>\nx\n</P>', file)).toThrow(/ja\.mdx:1:1: <P> without an id/);
  });

  it('stops on text outside any passage', () => {
    expect(() => parsePassages('stray text', file)).toThrow(/text outside a passage component/);
  });

  it('stops on an id that is not lowercase words joined by hyphens', () => {
    expect(() => parsePassages('<P id="Bad Id">\nx\n</P>', file)).toThrow(/passage id "Bad Id"/);
  });

  it('stops on an unknown component, inline or block', () => {
    expect(() => parsePassages('<Div id="a">\nx\n</Div>', file)).toThrow(/unknown component <Div>/);
    expect(() => parsePassages('<P id="a">\nx <script>y</script>\n</P>', file)).toThrow(/passage "a": unknown inline component <script>/);
  });

  it('reads explicit term marks', () => {
    const [passage] = parsePassages('<P id="a">\n<Term slug="agi">汎用AI</Term>の話\n</P>', file);
    expect(passage!.content[0]).toEqual({ type: 'term', slug: 'agi', explicit: true, children: [{ type: 'text', value: '汎用AI' }] });
  });

  it('reports line numbers of the file when given the frontmatter offset', () => {
    expect(() => parsePassages('<P>\nx\n</P>', file, 9)).toThrow(/ja\.mdx:10:1: /);
  });
});
