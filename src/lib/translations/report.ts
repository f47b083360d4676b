import { diffText, wordDiff, type DiffPart } from './diff';
import type { EditionFreshness } from './freshness';

/** The build's lines about outdated translations, one per edition that has any: `ai-bubble/en: 2 passages outdated: a, b`. */
export function outdatedSummary(editions: readonly EditionFreshness[]): string[] {
  return editions
    .filter((e) => e.outdated.length > 0)
    .map(
      (e) => `${e.slug}/${e.locale}: ${e.outdated.length} passage${e.outdated.length === 1 ? '' : 's'} outdated: ${e.outdated.join(', ')}`,
    );
}

/** One edition's counts and outdated passages, as `status --json` prints them. */
export interface EditionStatus {
  article: string;
  locale: string;
  translated: number;
  outdated: { id: string; was: string; now: string; diff: DiffPart[] }[];
  missing: string[];
  updated: string | null;
}

/** The status of every translation, with a word diff of each outdated passage's original. */
export function editionStatuses(editions: readonly EditionFreshness[]): EditionStatus[] {
  return editions.map((e) => ({
    article: e.slug,
    locale: e.locale,
    translated: e.passages.filter((p) => p.status !== 'missing').length,
    outdated: e.passages
      .filter((p) => p.status === 'outdated')
      .map((p) => ({ id: p.id, was: p.was ?? '', now: p.original, diff: wordDiff(p.was ?? '', p.original, e.original) })),
    missing: e.missing,
    updated: e.updated ?? null,
  }));
}

/** The status as text for a terminal: a line per edition, then each outdated passage and its diff. */
export function statusText(statuses: readonly EditionStatus[]): string {
  return statuses
    .flatMap((s) => [
      `${s.article} ${s.locale}: ${s.translated} translated, ${s.outdated.length} outdated, ${s.missing.length} missing${s.updated ? ` (last brought up to date ${s.updated})` : ''}`,
      ...s.missing.map((id) => `  missing ${id}`),
      ...s.outdated.map((p) => `  outdated ${p.id}: the original changed since it was translated:\n    ${diffText(p.diff)}`),
    ])
    .join('\n');
}
