import { z } from 'zod';

const hash = z.string().regex(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal hash');

/** What one translated passage was made from: the hash of its original's text then, and of its own text. */
const passageRecordSchema = z.strictObject({ original: hash, translation: hash });

/**
 * The committed record of what each translation was made from (`content/translations.lock.json`),
 * per article: `originals` the normalised text of every original passage version a translation
 * still refers to (by hash, so that `status` can show what changed without git), and per
 * translation locale the passages' records and `updated`, the day the edition last caught up with
 * a revision of its original.
 */
export const translationRecordSchema = z.record(
  z.string(),
  z.strictObject({
    originals: z.record(hash, z.string()),
    editions: z.record(
      z.string(),
      z.strictObject({
        updated: z.iso.date().optional(),
        passages: z.record(z.string(), passageRecordSchema),
      }),
    ),
  }),
);

/** The parsed record file. */
export type TranslationRecord = z.infer<typeof translationRecordSchema>;

/** One passage's record. */
export type PassageRecord = z.infer<typeof passageRecordSchema>;
