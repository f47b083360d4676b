import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';
import { ContentError, ContentErrors, formatLocation } from '../content/errors';
import type { Term, TermData, TermFile } from './schema';

/** A glossary entry as the content collection hands it over. */
export interface TermEntry {
  slug: string;
  file: string;
  data: TermFile;
  /** The file line of each top-level field, for messages. */
  fieldLines?: Record<string, number>;
}

/** The glossary checked as a whole, and the strings that fell back to the first locale's. */
export interface CheckedGlossary {
  terms: Term[];
  /** One line per entry with missing strings: `file:line:column: notice: …`, naming every one. */
  notices: string[];
}

/**
 * Fills the strings a locale being added does not have yet with the first locale's, so that a
 * locale can be added to the glossary gradually. Returns the data and the missing strings' names.
 */
export function resolveTerm(data: TermFile): { data: TermData; missing: string[] } {
  const missing: string[] = [];
  const fill = (record: Partial<Record<Locale, string | undefined>>, name: string) =>
    Object.fromEntries(
      localeCodes.map((code) => {
        if (record[code] === undefined) missing.push(`${name}.${code}`);
        return [code, record[code] ?? (record[defaultLocale] as string)];
      }),
    ) as Record<Locale, string>;
  const resolved: TermData = {
    ...data,
    names: fill(data.names, 'names'),
    definition: fill(data.definition, 'definition'),
    explanation: fill(data.explanation, 'explanation'),
    figures: data.figures.map((figure, index) => fill(figure, `figures[${index}]`)),
  };
  return { data: resolved, missing };
}

/**
 * Checks the glossary as a whole: every related slug exists, no name or alias belongs to two
 * entries in the same language. Every problem of every entry is reported (a ContentErrors naming
 * each entry, at the line of its field). Returns the terms sorted by slug, with notices for the
 * strings that fell back to the first locale's.
 */
export function checkGlossary(entries: readonly TermEntry[]): CheckedGlossary {
  const slugs = new Set(entries.map((e) => e.slug));
  const owners = new Map<string, { slug: string; where: string }>();
  const sorted = [...entries].sort((a, b) => a.slug.localeCompare(b.slug));
  const errors: ContentError[] = [];
  const notices: string[] = [];
  const terms: Term[] = [];
  for (const entry of sorted) {
    const at = (field: string) => ({ file: entry.file, line: entry.fieldLines?.[field] ?? 1, column: 1 });
    for (const related of entry.data.related) {
      if (!slugs.has(related))
        errors.push(new ContentError(at('related'), `glossary entry "${entry.slug}": related term "${related}" does not exist`));
    }
    const { data, missing } = resolveTerm(entry.data);
    if (missing.length > 0)
      notices.push(
        `${entry.file}:1:1: notice: glossary entry "${entry.slug}" shows the ${defaultLocale} text for ${missing.join(', ')} until they are written`,
      );
    for (const locale of localeCodes) {
      // A fallback name is the first locale's word, not this locale's: it does not claim the form.
      const forms = entry.data.names[locale] === undefined ? (entry.data.aliases[locale] ?? []) : termForms(data, locale);
      for (const form of new Set(forms)) {
        const key = `${locale}\u0000${form}`;
        const owner = owners.get(key);
        const here = at(entry.data.names[locale] === form ? 'names' : 'aliases');
        if (owner && owner.slug !== entry.slug) {
          errors.push(
            new ContentError(
              here,
              `glossary entry "${entry.slug}": "${form}" (${locale}) is already a name or alias of "${owner.slug}" (${owner.where}): keep it in one entry`,
            ),
          );
        }
        if (!owner) owners.set(key, { slug: entry.slug, where: formatLocation(here) });
      }
    }
    terms.push({ slug: entry.slug, ...data });
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return { terms, notices };
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
