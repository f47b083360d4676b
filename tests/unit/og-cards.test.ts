import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { Resvg } from '@resvg/resvg-wasm';
import { describe, expect, it } from 'vitest';
import type { Article, Edition } from '../../src/lib/site/articles';
import type { Term } from '../../src/lib/glossary/schema';
import { resolveTerm } from '../../src/lib/glossary/glossary';
import type { Locale } from '../../src/lib/i18n/locales';
import { routes } from '../../src/lib/routes/routes';
import type { Site } from '../../src/lib/site/assemble';
import type { Passage } from '../../src/lib/passages/model';
import { cardSpecs } from '../../src/lib/og/cards';
import { cardElement, palette, type CardSpec } from '../../src/lib/og/layout';
import { drawCard, layOutCard } from '../../src/lib/og/render';
import { cardSize } from '../../src/lib/og/size';
import { satoriTextSvg } from '../helpers/satori';

const baselines = path.resolve(import.meta.dirname, '../baselines/og');

const passage = (id: string, kind: Passage['kind'], value = ''): Passage => ({
  id,
  kind,
  section: '',
  content: value ? [{ type: 'text', value }] : [],
});

const edition = (locale: Locale, data: Partial<Edition['data']>, texts: Record<string, string>): Edition => ({
  locale,
  file: `${locale}.mdx`,
  data: {
    author: 'Sleepy.txt',
    publisher: 'TechFlow',
    originalLanguage: 'ja',
    published: new Date('2026-11-23'),
    title: '',
    dek: '',
    series: '',
    tags: [],
    ...data,
  },
  passages: [
    passage('epigraph', 'quote', texts['epigraph']),
    passage('burry-short', 'paragraph', texts['burry-short']),
    passage('figure-1', 'figure'),
    passage('gospel', 'heading', texts['gospel']),
  ],
});

/** A small site: the first article in three editions, a second one only in Japanese, one glossary term, one moved passage. */
const content: Site = {
  articles: [
    {
      slug: 'ai-bubble',
      original: 'ja',
      editions: {
        ja: edition(
          'ja',
          {
            title: 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?',
            dek: 'この騒然とした状況の中で、いくつかの深い、不可逆的な構造的変化が静かに生じている。',
            series: 'TechFlow厳選深潮セレクト',
          },
          {
            epigraph: '「唯一勝つ方法は、ゲームに参加しないことだ。」',
            'burry-short':
              '数日後、ベリーは第3四半期の保有株式を公表した。2008年のサブプライム危機で的確な空売りで有名になったこの投資家は、自身が運用するファンドの資産の約80%、およそ10億ドルを英偉達(NVIDIA)とPalantirの空売りに集中させていた。',
            gospel: '福音',
          },
        ),
        en: edition(
          'en',
          {
            title: 'How Did AI Trap the Whole World Inside a Bubble?',
            dek: 'Amid all the commotion, a number of deep and irreversible structural changes are quietly taking place.',
            series: 'Selected by TechFlow',
            translator: 'Parallel Editions',
          },
          {
            epigraph: '“The only winning move is not to play.”',
            'burry-short':
              'A few days later, Burry disclosed his third-quarter holdings. The investor who became famous for his well-timed short selling during the 2008 subprime crisis had concentrated about 80% of the assets of the fund he manages, roughly $1 billion, in shorts against NVIDIA and Palantir.',
            gospel: 'The gospel',
          },
        ),
        zh: edition(
          'zh',
          {
            title: 'AI是如何把全世界困在泡沫里的？',
            dek: '在这场喧嚣之中，一些深刻而不可逆的结构性变化正在悄然发生。',
            series: 'TechFlow深潮精选',
            translator: '平行译本编辑部',
          },
          {
            epigraph: '“唯一的获胜方式，就是不参与游戏。”',
            'burry-short':
              '几天后，伯里公布了第三季度的持仓。这位因在2008年次贷危机中精准做空而一战成名的投资者，将其管理基金约80%的资产、约10亿美元，集中用于做空英伟达（NVIDIA）和Palantir。',
            gospel: '福音',
          },
        ),
      },
    },
    {
      slug: 'second',
      original: 'ja',
      editions: {
        ja: edition(
          'ja',
          { title: '骨と直線の今', dek: '短い二本目の記事。', series: '深潮' },
          { epigraph: '骨', 'burry-short': '直', gospel: '今' },
        ),
      },
    },
  ] satisfies Article[],
  terms: [
    {
      slug: 'closed-loop-financing',
      ...resolveTerm({
        names: { ja: '閉ループ型の資金循環', en: 'closed-loop financing', zh: '闭环融资' },
        reading: {},
        aliases: {},
        definition: {
          ja: '少数の企業が互いに出資し、その資金で互いの製品やサービスを購入し合うことで、資金と収益が同じ企業群の間を循環する構造のこと。',
          en: 'An arrangement in which a small group of companies invest in one another and use that money to buy one another’s products and services, so that funds and revenue circulate within the same group.',
          zh: '指少数企业相互投资，并用这些资金相互购买对方的产品和服务，使资金和收入在同一批企业之间循环流转的结构。',
        },
        explanation: { ja: '…', en: '…', zh: '…' },
        related: [],
        figures: [],
      }).data,
    },
  ] satisfies Term[],
  termsBySlug: new Map(),
  mentions: new Map(),
  moves: new Map([['ai-bubble', new Map([['old-burry', 'burry-short']])]]),
};

const specs = cardSpecs(routes(content));
const spec = (page: string): CardSpec => {
  const found = specs.find((s) => s.page === page);
  if (!found) throw new Error(`no card for ${page}`);
  return found;
};

describe('the card list', () => {
  const pages = specs.map((s) => s.page);

  it('has one card per page, each at its own card path', () => {
    expect(new Set(pages).size).toBe(pages.length);
    expect(new Set(specs.map((s) => s.card)).size).toBe(pages.length);
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/404.html', '/ja/', '/en/glossary/', '/zh/search/', '/en/glossary/closed-loop-financing/']),
    );
  });

  it('has a card for every article in every locale, and for every passage of the edition that locale shows', () => {
    for (const locale of ['ja', 'en', 'zh']) {
      expect(pages).toContain(`/${locale}/articles/second/`);
      for (const id of ['epigraph', 'burry-short', 'figure-1', 'gospel']) {
        expect(pages).toContain(`/${locale}/articles/ai-bubble/p/${id}/`);
        expect(pages).toContain(`/${locale}/articles/second/p/${id}/`);
      }
    }
    expect(spec('/en/articles/second/p/epigraph/')).toMatchObject({ quote: { text: '骨', lang: 'ja' } });
  });

  it('gives a moved passage id the card of the passage it moved to', () => {
    const { page: _moved, card: _movedCard, ...moved } = spec('/zh/articles/ai-bubble/p/old-burry/');
    const { page: _current, card: _currentCard, ...current } = spec('/zh/articles/ai-bubble/p/burry-short/');
    expect(moved).toEqual(current);
  });

  it('has a side-by-side card for every ordered pair of locales with editions, and none for an untranslated one', () => {
    const compare = pages.filter((p) => p.includes('/compare/'));
    expect(compare.sort()).toEqual(
      ['en/ja', 'en/zh', 'ja/en', 'ja/zh', 'zh/en', 'zh/ja']
        .map((pair) => {
          const [locale, other] = pair.split('/');
          return `/${locale}/articles/ai-bubble/compare/${other}/`;
        })
        .sort(),
    );
  });

  it("shows an untranslated article's original title with the locale's notice, and a figure without caption as the placeholder", () => {
    expect(spec('/en/articles/second/')).toMatchObject({ title: { text: '骨と直線の今', lang: 'ja' }, note: { lang: 'en' } });
    expect(spec('/zh/articles/ai-bubble/p/figure-1/')).toMatchObject({ quote: { text: '原文此处有一幅图（本站未收录）。', lang: 'zh' } });
  });
});

/** The pixels of a PNG. */
const decode = (png: Buffer) => PNG.sync.read(png);

/**
 * Compares a card with its committed baseline (≤ 1% of pixels may differ). A missing baseline is
 * written and the test fails, so that a new baseline is always looked at before it is committed.
 */
function expectMatchesBaseline(name: string, png: Buffer) {
  const file = path.join(baselines, `${name}.png`);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(baselines, { recursive: true });
    fs.writeFileSync(file, png);
    expect.fail(`no baseline for ${name}: wrote ${path.relative(process.cwd(), file)}; look at it, commit it, run again`);
  }
  const expected = decode(fs.readFileSync(file));
  const actual = decode(png);
  const diff = new PNG({ width: cardSize.width, height: cardSize.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, cardSize.width, cardSize.height, { threshold: 0.1 });
  const share = differing / (cardSize.width * cardSize.height);
  if (share > 0.01) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `og-${name}-`));
    fs.writeFileSync(path.join(out, 'actual.png'), png);
    fs.writeFileSync(path.join(out, 'diff.png'), PNG.sync.write(diff));
    expect.fail(`${name} differs from its baseline in ${(share * 100).toFixed(2)}% of pixels: see ${out}`);
  }
}

const snapshots: Record<string, string> = {
  site: '/',
  ...Object.fromEntries(
    (['ja', 'en', 'zh'] as const).flatMap((locale) => {
      const other = locale === 'ja' ? 'en' : locale === 'en' ? 'zh' : 'ja';
      return [
        [`home-${locale}`, `/${locale}/`],
        [`glossary-${locale}`, `/${locale}/glossary/`],
        [`search-${locale}`, `/${locale}/search/`],
        [`article-${locale}`, `/${locale}/articles/ai-bubble/`],
        [`passage-${locale}`, `/${locale}/articles/ai-bubble/p/burry-short/`],
        ...(locale === 'ja' ? [] : [[`passage-bilingual-${locale}`, `/${locale}/articles/ai-bubble/p/burry-short/ja/`]]),
        [`compare-${locale}`, `/${locale}/articles/ai-bubble/compare/${other}/`],
        [`term-${locale}`, `/${locale}/glossary/closed-loop-financing/`],
      ];
    }),
  ),
  'article-untranslated-en': '/en/articles/second/',
  'passage-figure-zh': '/zh/articles/ai-bubble/p/figure-1/',
};

describe('card images', () => {
  for (const [name, page] of Object.entries(snapshots)) {
    it(`draws the ${name} card as its baseline`, async () => {
      expectMatchesBaseline(name, (await drawCard(cardElement(spec(page)))).png);
    });
  }

  it("draws every kind of card as resvg draws satori's own glyph outlines of it, to within 1% of pixels", async () => {
    await drawCard(cardElement(spec('/'))); // sets resvg's WebAssembly up
    const over: string[] = [];
    for (const [name, page] of Object.entries(snapshots)) {
      const element = cardElement(spec(page));
      const outlines = await satoriTextSvg(element);
      const expected = new Resvg(outlines, { fitTo: { mode: 'original' } }).render().pixels;
      const actual = decode((await drawCard(element)).png).data;
      const differing = pixelmatch(expected, actual, undefined, cardSize.width, cardSize.height, { threshold: 0.1 });
      if (differing > 0.01 * cardSize.width * cardSize.height) over.push(`${name}: ${differing} pixels`);
    }
    expect(over).toEqual([]);
  });

  it('draws a Han character in its Japanese form on a Japanese card and its Chinese form on a Chinese card', async () => {
    const han = (lang: Locale) =>
      drawCard(cardElement({ ...spec(`/${lang}/`), type: 'search', title: { text: '骨直', lang }, lead: { text: '骨直', lang } }));
    const [ja, zh] = await Promise.all([han('ja'), han('zh')]);
    const differing = pixelmatch(decode(ja.png).data, decode(zh.png).data, undefined, cardSize.width, cardSize.height, { threshold: 0.1 });
    expect(differing).toBeGreaterThan(500);
  });
});

describe('an over-long text', () => {
  const long: Partial<Record<Locale, string>> & { en: string } = {
    ja: '長い見出しが続くとき、カードは文字を小さくし、それでも収まらなければ省略記号で終える。'.repeat(12),
    en: 'When a title runs on and on, the card sets it smaller and, when even that is not enough, ends it with an ellipsis. '.repeat(10),
    zh: '当标题很长时，卡片会缩小字号，如果仍然放不下，就以省略号结尾。'.repeat(14),
  };
  /** Every kind of card with every text over-long. */
  const overLong = (lang: Locale): CardSpec[] => {
    const longText = long[lang] ?? long.en;
    const text = { text: longText, lang };
    const frame = { site: text, kicker: [text, text], footer: [text, text] };
    const column = { label: text, title: text };
    return [
      { ...spec(`/${lang}/articles/ai-bubble/`), ...frame, type: 'article', title: text, lead: text, note: text },
      {
        ...spec(`/${lang}/articles/ai-bubble/p/burry-short/`),
        ...frame,
        type: 'passage',
        quote: { text: longText.repeat(5), lang },
        source: text,
      },
      {
        ...spec(`/${lang}/articles/ai-bubble/p/burry-short/`),
        ...frame,
        type: 'passage',
        quote: { text: longText.repeat(5), lang },
        original: { text: longText.repeat(5), lang },
        source: text,
      },
      { ...spec(`/${lang}/glossary/closed-loop-financing/`), ...frame, type: 'term', name: text, names: [text, text], definition: text },
      {
        ...spec(`/${lang}/articles/ai-bubble/compare/${lang === 'en' ? 'ja' : 'en'}/`),
        ...frame,
        type: 'compare',
        columns: [column, column],
      },
      { ...spec('/'), ...frame, type: 'site', columns: [column, column, column] },
    ];
  };

  for (const lang of ['ja', 'en', 'zh'] as const) {
    it(`stays inside the card's margins and ends with an ellipsis (${lang})`, async () => {
      for (const card of overLong(lang)) {
        const boxes = (await layOutCard(cardElement(card))).lines.map(({ line, left, top, width }) => ({
          left,
          top,
          width,
          height: line.height,
          text: line.runs.map((run) => run.text).join(''),
        }));
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.left).toBeGreaterThanOrEqual(60);
          expect(box.left + box.width).toBeLessThanOrEqual(cardSize.width - 60);
          expect(box.top).toBeGreaterThanOrEqual(40);
          expect(box.top + box.height).toBeLessThanOrEqual(cardSize.height - 40);
        }
        expect(boxes.filter((b) => b.text.endsWith('…')).length, `ellipses on ${card.type}`).toBeGreaterThanOrEqual(3);

        const { data } = decode((await drawCard(cardElement(card))).png);
        const background = [palette.bg.slice(1, 3), palette.bg.slice(3, 5), palette.bg.slice(5, 7)].map((hex) => parseInt(hex, 16));
        const margin = 36;
        const inked: string[] = [];
        for (let y = 0; y < cardSize.height; y++) {
          for (let x = 24; x < cardSize.width; x++) {
            if (y >= margin && y < cardSize.height - margin && x >= 24 + margin && x < cardSize.width - margin) continue;
            const i = (y * cardSize.width + x) * 4;
            if (background.some((value, channel) => data[i + channel] !== value)) inked.push(`${x},${y}`);
          }
        }
        expect(inked.slice(0, 10), `pixels in the margin of ${card.page}`).toEqual([]);
      }
    });
  }
});
