import fs from 'node:fs';

/** The environment variable by which the integration tells card renders where this build's log is. */
export const buildLogVariable = 'OG_BUILD_LOG';

/** One card of a build: drawn (with the time satori and PNG encoding took) or reused from the cache. */
export interface CardRecord {
  page: string;
  drawn: boolean;
  /** One-time font parsing, on the first card drawn by a process. */
  setupMs: number;
  satoriMs: number;
  pngMs: number;
  /** When the card was asked for and when it was ready (epoch ms). */
  start: number;
  end: number;
}

/** The figures of a build's cards (written to `<cache dir>/last-build.json`). */
export interface BuildSummary {
  cards: number;
  drawn: number;
  reused: number;
  /** Milliseconds spent once on parsing the fonts for satori (not part of the per-card figures). */
  setupMs: number;
  /** Total milliseconds of satori layout and of PNG encoding over the drawn cards. */
  satoriMs: number;
  pngMs: number;
  /** Mean milliseconds per drawn card (0 when none was drawn). */
  satoriMsPerCard: number;
  pngMsPerCard: number;
  /** Milliseconds from the first drawn card asked for to the last one ready, per drawn card: what a card costs the build, layout and cache included. */
  effectiveMsPerCard: number;
}

/** Whether this process is running a build (the og integration has started its log). */
export function inBuild(): boolean {
  return process.env[buildLogVariable] !== undefined;
}

/** Appends a card's record to the current build's log; does nothing outside a build (dev server, tests). */
export function recordCard(record: CardRecord): void {
  const log = process.env[buildLogVariable];
  if (log) fs.appendFileSync(log, `${JSON.stringify(record)}\n`);
}

/** Reads a build log (one JSON record per line). */
export function readLog(file: string): CardRecord[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as CardRecord);
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Totals and per-card means of a build's records. */
export function summarise(records: readonly CardRecord[]): BuildSummary {
  const drawn = records.filter((r) => r.drawn);
  const satoriMs = drawn.reduce((sum, r) => sum + r.satoriMs, 0);
  const pngMs = drawn.reduce((sum, r) => sum + r.pngMs, 0);
  const mean = (total: number) => (drawn.length === 0 ? 0 : round(total / drawn.length));
  // Folded, not spread into Math.min and Math.max: an archive's build has more cards than a call
  // takes arguments (127,568 at 300 articles overflowed the stack).
  const first = drawn.reduce((min, r) => Math.min(min, r.start), Infinity);
  const last = drawn.reduce((max, r) => Math.max(max, r.end), -Infinity);
  return {
    cards: records.length,
    drawn: drawn.length,
    reused: records.length - drawn.length,
    setupMs: round(drawn.reduce((sum, r) => sum + r.setupMs, 0)),
    satoriMs: round(satoriMs),
    pngMs: round(pngMs),
    satoriMsPerCard: mean(satoriMs),
    pngMsPerCard: mean(pngMs),
    effectiveMsPerCard: drawn.length === 0 ? 0 : round((last - first) / drawn.length),
  };
}

/** The summary as one line: `312 cards: 300 drawn, 12 reused; satori 12.3 ms/card, png 8.1 ms/card; 21.9 ms/card in all`. */
export function formatSummary(s: BuildSummary): string {
  return `${s.cards} cards: ${s.drawn} drawn, ${s.reused} reused; satori ${s.satoriMsPerCard.toFixed(1)} ms/card, png ${s.pngMsPerCard.toFixed(1)} ms/card; ${s.effectiveMsPerCard.toFixed(1)} ms/card in all`;
}
