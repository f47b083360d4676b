import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cardKey } from '../../src/lib/og/cache';
import { cardElement, type CardSpec } from '../../src/lib/og/layout';
import { cardThreads, closeCardPool, drawInPool, idleMs } from '../../src/lib/og/pool';
import { cardImage, drawCard } from '../../src/lib/og/render';
import { cardSize } from '../../src/lib/og/size';
import { buildLogVariable, formatSummary, readLog, summarise } from '../../src/lib/og/stats';

const passageCard = (quote: string, page = '/ja/articles/ai-bubble/p/epigraph/'): CardSpec => ({
  page,
  card: `/og${page.slice(0, -1)}.png`,
  site: { text: 'パラレル・エディション', lang: 'ja' },
  kicker: [{ text: '共有された段落', lang: 'ja' }],
  footer: [{ text: '日本語版', lang: 'ja' }],
  type: 'passage',
  quote: { text: quote, lang: 'ja' },
  source: { text: 'AIはどのようにして全世界を泡沫の中に閉じ込めたのか?', lang: 'ja' },
});

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'og-cache-'));
  process.env['OG_CACHE_DIR'] = dir;
  process.env[buildLogVariable] = path.join(dir, 'build.log');
});
afterEach(() => {
  delete process.env['OG_CACHE_DIR'];
  delete process.env[buildLogVariable];
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Node's worker threads, as Linux names them (this process's tasks). */
const workerThreads = () =>
  fs.readdirSync('/proc/self/task').filter((task) => fs.readFileSync(`/proc/self/task/${task}/comm`, 'utf8').trim() === 'WorkerThread')
    .length;

describe('the card cache', () => {
  it('reuses an unchanged card, redraws a changed one, and logs which was which', async () => {
    const first = await cardImage(passageCard('「唯一勝つ方法は、ゲームに参加しないことだ。」'));
    const again = await cardImage(
      passageCard('「唯一勝つ方法は、ゲームに参加しないことだ。」', '/ja/articles/ai-bubble/p/moved-epigraph/'),
    );
    const changed = await cardImage(passageCard('「唯一勝つ方法は、ゲームに参加することだ。」'));
    expect([first.drawn, again.drawn, changed.drawn]).toEqual([true, false, true]);
    expect(again.png.equals(first.png)).toBe(true);
    expect(changed.png.equals(first.png)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.png'))).toHaveLength(2);

    const summary = summarise(readLog(path.join(dir, 'build.log')));
    expect(summary).toMatchObject({ cards: 3, drawn: 2, reused: 1 });
    expect(summary.satoriMsPerCard).toBeGreaterThan(0);
    expect(summary.effectiveMsPerCard).toBeGreaterThan(0);
    expect(formatSummary(summary)).toMatch(
      /^3 cards: 2 drawn, 1 reused; satori \d+\.\d ms\/card, png \d+\.\d ms\/card; \d+\.\d ms\/card in all$/,
    );
  });

  it("summarises an archive's build, more cards than a function call takes arguments", () => {
    const records = Array.from({ length: 200_000 }, (_, i) => ({
      page: `/en/articles/a-${Math.floor(i / 500)}/p/${i}/`,
      drawn: i % 10 !== 0,
      setupMs: 0,
      satoriMs: 2,
      pngMs: 3,
      start: 1_000 + i,
      end: 1_000 + i + 4,
    }));
    // The drawn cards run from the one started at 1,001 to the one ended at 1,000 + 199,999 + 4.
    const summary = summarise(records);
    expect(summary).toMatchObject({ cards: 200_000, drawn: 180_000, reused: 20_000, satoriMsPerCard: 2, pngMsPerCard: 3 });
    expect(summary.effectiveMsPerCard).toBeCloseTo(200_002 / 180_000, 2);
  });

  it('keys a card by its drawing and the fonts, not by its page', () => {
    const element = cardElement(passageCard('骨'));
    expect(cardKey(element, 'fonts-a')).toBe(cardKey(cardElement(passageCard('骨', '/zh/other/')), 'fonts-a'));
    expect(cardKey(element, 'fonts-a')).not.toBe(cardKey(element, 'fonts-b'));
    expect(cardKey(element, 'fonts-a')).not.toBe(cardKey(cardElement(passageCard('直')), 'fonts-a'));
  });

  it('draws the same bytes on a worker thread of the build as in its own thread, caches them from there, and stops the threads when the pool is closed', async () => {
    await closeCardPool();
    const before = workerThreads();
    const element = cardElement(passageCard('「唯一勝つ方法は、ゲームに参加しないことだ。」'));
    const file = path.join(dir, 'cards', 'worker.png');
    const [own, worker] = await Promise.all([drawCard(element), drawInPool(element, file)]);
    expect(worker.png.equals(own.png)).toBe(true);
    expect(fs.readFileSync(file).equals(own.png)).toBe(true);
    expect(workerThreads()).toBeGreaterThanOrEqual(before + cardThreads);
    await closeCardPool();
    expect(workerThreads()).toBe(before);
  });

  it('caches a card that every thread draws at once under the same key, each writing its own file aside', async () => {
    const element = cardElement(passageCard('骨'));
    const file = path.join(dir, 'same.png');
    try {
      // Rounds of one card a thread, drawn in step: their writes of the same file meet.
      for (let round = 0; round < 20; round++) {
        const drawings = await Promise.all(Array.from({ length: cardThreads }, () => drawInPool(element, file)));
        expect(fs.readFileSync(file).equals(drawings[0]?.png as Buffer)).toBe(true);
      }
    } finally {
      await closeCardPool();
    }
  });

  it('stops its threads once no card has been asked for a while, and starts them again for the next card', async () => {
    await closeCardPool();
    const before = workerThreads();
    const element = cardElement(passageCard('骨'));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await drawInPool(element, path.join(dir, 'idle.png'));
      vi.advanceTimersByTime(idleMs - 1);
      expect(workerThreads()).toBeGreaterThanOrEqual(before + cardThreads);
      vi.advanceTimersByTime(1);
      await vi.waitFor(() => expect(workerThreads()).toBe(before));
      await drawInPool(element, path.join(dir, 'idle.png'));
      expect(workerThreads()).toBeGreaterThanOrEqual(before + cardThreads);
    } finally {
      vi.useRealTimers();
      await closeCardPool();
    }
  });

  it('draws cards asked for at once before its first card, as the dev server does, setting up once', async () => {
    vi.resetModules();
    const fresh = await import('../../src/lib/og/render');
    const drawings = await Promise.all(['骨', '直'].map((quote) => fresh.drawCard(cardElement(passageCard(quote)))));
    expect(drawings.map((drawing) => PNG.sync.read(drawing.png).width)).toEqual([cardSize.width, cardSize.width]);
    expect(drawings.filter((drawing) => drawing.setupMs > 0)).toHaveLength(1);
  });

  it('draws a PNG of exactly the card size', async () => {
    const { png } = await cardImage(passageCard('骨'));
    expect(PNG.sync.read(png)).toMatchObject(cardSize);
  });
});

describe('a card that cannot be drawn', () => {
  it('names the page and every character that no font has, and caches nothing', async () => {
    await expect(cardImage(passageCard('チベット文字ༀと𓀀', '/ja/articles/ai-bubble/p/tibetan/'))).rejects.toThrow(
      "og card for /ja/articles/ai-bubble/p/tibetan/: no font has the glyph 'ༀ' (U+0F00); no font has the glyph '𓀀' (U+13000)",
    );
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.png'))).toEqual([]);
  });
});
