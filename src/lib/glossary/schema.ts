import { z } from 'zod';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales';

/**
 * A string per locale: the first declared locale's is required, the others may be missing while a
 * locale is being added (they fall back to the first locale's text, and the content check lists
 * every missing string; see `resolveTerm`).
 */
function perLocale<T extends z.ZodType>(value: T) {
  // Typed optional in every locale (readers go through resolveTerm); required at parse time in the first.
  const shape = Object.fromEntries(localeCodes.map((code) => [code, code === defaultLocale ? value : value.optional()]));
  return z.strictObject(shape as Record<Locale, z.ZodOptional<T>>);
}

/** Text as written, trimmed and NFC-normalised: an NFD "é" and an NFC one are the same alias. */
const text = z
  .string()
  .trim()
  .min(1)
  .transform((value) => value.normalize('NFC'));

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

/** A glossary file's validated data, as written (a locale being added may be missing). */
export type TermFile = z.infer<typeof termSchema>;

/** A glossary entry's data with every locale's text (missing ones filled from the first locale). */
export type TermData = Omit<TermFile, 'names' | 'definition' | 'explanation' | 'figures'> & {
  names: Record<Locale, string>;
  definition: Record<Locale, string>;
  explanation: Record<Locale, string>;
  figures: Record<Locale, string>[];
};

/** A glossary entry with its slug. */
export interface Term extends TermData {
  slug: string;
}
