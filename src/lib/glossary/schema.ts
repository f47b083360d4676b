import { z } from 'zod';
import { localeCodes, type Locale } from '../i18n/locales';

/** A string in every declared locale: a missing language is an error naming the entry and the locale. */
function perLocale<T extends z.ZodType>(value: T) {
  return z.strictObject(Object.fromEntries(localeCodes.map((code) => [code, value])) as Record<Locale, T>);
}

const text = z.string().trim().min(1);

/**
 * One glossary concept (`content/glossary/<slug>.yaml`; the file name is the stable slug used in
 * URLs). Checked at build time together with the whole glossary (see `checkGlossary`).
 */
export const termSchema = z.strictObject({
  /** The headword in every language. */
  names: perLocale(text),
  /** Sort keys where the name alone does not sort right (Japanese kanji: a kana reading). */
  reading: z.partialRecord(z.enum(localeCodes), text).default({}),
  /** Other forms of the term that the texts use, per language, matched like the name. */
  aliases: z.partialRecord(z.enum(localeCodes), z.array(text)).default({}),
  /** One plain sentence per language: shown on hover and focus wherever the term is linked. */
  definition: perLocale(text),
  /** A longer explanation per language, shown on the term's page. */
  explanation: perLocale(text),
  /** Slugs of related entries; each must exist. */
  related: z.array(z.string()).default([]),
  /** Figures the texts cite about the term, each stated in every language. */
  figures: z.array(perLocale(text)).default([]),
});

/** A glossary entry's validated data. */
export type TermData = z.infer<typeof termSchema>;

/** A glossary entry with its slug. */
export interface Term extends TermData {
  slug: string;
}
