import { localeCodes, type Locale } from '../i18n/locales';
import type { Passage } from '../passages/model';
import type { PassageRecord, TranslationRecord } from './record';
import { passageSource, sourceHash } from './source';

/** What freshness needs of an article (the site model's Article has it). */
export interface FreshnessArticle {
  slug: string;
  original: Locale;
  editions: Partial<Record<Locale, { passages: readonly Passage[] }>>;
}

/**
 * A translated passage's state: `current` (made from the original as it is now), `outdated` (the
 * original was revised after it), `missing` (the original has it, the translation not).
 */
export type PassageStatus = 'current' | 'outdated' | 'missing';

/** One passage of a translation and its state. */
export interface PassageFreshness {
  id: string;
  status: PassageStatus;
  /** The original's normalised text now. */
  original: string;
  /** For an outdated passage: the original's normalised text when the translation was made current. */
  was?: string;
}

/** One translation of an article and the state of its passages, in the original's order. */
export interface EditionFreshness {
  slug: string;
  locale: Locale;
  /** The locale of the article's original. */
  original: Locale;
  passages: PassageFreshness[];
  /** Ids of the outdated passages. */
  outdated: string[];
  /** Ids of the missing passages. */
  missing: string[];
  /** The day (YYYY-MM-DD) the edition last caught up with a revision of its original, if it ever had to. */
  updated?: string;
}

/** Every translation's freshness, and the record to write back once the build has succeeded. */
export interface Freshness {
  editions: EditionFreshness[];
  next: TranslationRecord;
}

/**
 * Compares every translation with the record of what it was made from. A passage without a
 * record (new, or a first build) is current and gets recorded. A recorded passage whose original
 * text changed is outdated, unless its own text changed too (the translator updated it): then it
 * is current again, its record follows both texts and the edition's `updated` becomes `today`.
 * `accept` (`<slug>/<locale>/<id>` keys) makes outdated passages current without a new translation.
 */
export function freshness(
  articles: readonly FreshnessArticle[],
  record: TranslationRecord,
  today: string,
  accept: ReadonlySet<string> = new Set(),
): Freshness {
  const editions: EditionFreshness[] = [];
  const next: TranslationRecord = {};
  for (const article of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const originalPassages = article.editions[article.original]?.passages ?? [];
    const originals = new Map(originalPassages.map((p) => [p.id, passageSource(p.content)]));
    const recorded = record[article.slug];
    const kept = new Set<string>();
    const nextEditions: TranslationRecord[string]['editions'] = {};
    for (const locale of localeCodes) {
      const edition = article.editions[locale];
      if (locale === article.original || !edition) continue;
      const translations = new Map(edition.passages.map((p) => [p.id, passageSource(p.content)]));
      const before = recorded?.editions[locale];
      let updated = before?.updated;
      const passages: PassageFreshness[] = [];
      const nextPassages: Record<string, PassageRecord> = {};
      for (const [id, original] of originals) {
        const translation = translations.get(id);
        if (translation === undefined) {
          passages.push({ id, status: 'missing', original });
          continue;
        }
        const now = { original: sourceHash(original), translation: sourceHash(translation) };
        const was = before?.passages[id];
        const revised = was !== undefined && was.original !== now.original;
        const caughtUp = revised && (was.translation !== now.translation || accept.has(`${article.slug}/${locale}/${id}`));
        if (revised && !caughtUp) {
          passages.push({ id, status: 'outdated', original, was: recorded?.originals[was.original] ?? '' });
          nextPassages[id] = was;
          kept.add(was.original);
        } else {
          if (caughtUp) updated = today;
          passages.push({ id, status: 'current', original });
          nextPassages[id] = now;
          kept.add(now.original);
        }
      }
      const ids = (status: PassageStatus) => passages.filter((p) => p.status === status).map((p) => p.id);
      editions.push({
        slug: article.slug,
        locale,
        original: article.original,
        passages,
        outdated: ids('outdated'),
        missing: ids('missing'),
        ...(updated && { updated }),
      });
      nextEditions[locale] = { ...(updated && { updated }), passages: nextPassages };
    }
    const texts = new Map([
      ...Object.entries(recorded?.originals ?? {}),
      ...[...originals.values()].map((t) => [sourceHash(t), t] as const),
    ]);
    next[article.slug] = {
      originals: Object.fromEntries([...texts].filter(([hash]) => kept.has(hash)).sort(([a], [b]) => a.localeCompare(b))),
      editions: nextEditions,
    };
  }
  return { editions, next };
}

/** The freshness of one translation, if the article has it. */
export function editionFreshness(result: Freshness, slug: string, locale: Locale): EditionFreshness | undefined {
  return result.editions.find((e) => e.slug === slug && e.locale === locale);
}
