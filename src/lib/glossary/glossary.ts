import { localeCodes, type Locale } from '../i18n/locales';
import { ContentError } from '../content/errors';
import type { Term, TermData } from './schema';

/** A glossary entry as the content collection hands it over. */
export interface TermEntry {
  slug: string;
  file: string;
  data: TermData;
}

/**
 * Checks the glossary as a whole: every related slug exists, no name or alias belongs to two
 * entries in the same language. Throws a ContentError naming the entry. Returns the terms sorted by slug.
 */
export function checkGlossary(entries: readonly TermEntry[]): Term[] {
  const slugs = new Set(entries.map((e) => e.slug));
  const owners = new Map<string, string>();
  const sorted = [...entries].sort((a, b) => a.slug.localeCompare(b.slug));
  for (const entry of sorted) {
    for (const related of entry.data.related) {
      if (!slugs.has(related))
        throw new ContentError(entry.file, `glossary entry "${entry.slug}": related term "${related}" does not exist`);
    }
    for (const locale of localeCodes) {
      for (const form of new Set(termForms(entry.data, locale))) {
        const key = `${locale}\u0000${form}`;
        const owner = owners.get(key);
        if (owner && owner !== entry.slug) {
          throw new ContentError(
            entry.file,
            `glossary entry "${entry.slug}": "${form}" (${locale}) is already a name or alias of "${owner}"`,
          );
        }
        owners.set(key, entry.slug);
      }
    }
  }
  return sorted.map((e) => ({ slug: e.slug, ...e.data }));
}

/** Every form of a term in one language: its name, then its aliases. */
export function termForms(term: TermData, locale: Locale): string[] {
  return [term.names[locale], ...(term.aliases[locale] ?? [])];
}

/** The terms in the reading order of `locale`: by `reading` where given, else by name, with the locale's collation. */
export function sortTerms(terms: readonly Term[], locale: Locale): Term[] {
  const collator = new Intl.Collator(locale === 'zh' ? 'zh-u-co-pinyin' : locale);
  const key = (t: Term) => t.reading[locale] ?? t.names[locale];
  return [...terms].sort((a, b) => collator.compare(key(a), key(b)) || a.slug.localeCompare(b.slug));
}
