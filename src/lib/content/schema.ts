import { z } from 'zod';
import { localeCodes } from '../i18n/locales';

/**
 * The frontmatter of one edition (`content/articles/<slug>/<locale>.mdx`). Every field is checked
 * at build time; a missing or malformed one stops the build naming the file and the field.
 */
export const editionSchema = z.strictObject({
  /** The article's title in this edition's language. */
  title: z.string().min(1),
  /** The standfirst (dek): one or two sentences under the title. */
  dek: z.string().min(1),
  /** The author as credited by the original (a name, not translated). */
  author: z.string().min(1),
  /** The publisher of the original. */
  publisher: z.string().min(1),
  /** The publisher's series or section label, in this edition's language. */
  series: z.string().min(1),
  /** The locale code of the language the article was written in; the same in every edition. */
  originalLanguage: z.enum(localeCodes),
  /**
   * The date this site published the edition. The site's own date, not the original's: sources
   * often give none, and none is invented.
   */
  published: z.coerce.date(),
  /** Who made this translation; required in a translation, absent in the original. */
  translator: z.string().min(1).optional(),
});

/** An edition's validated frontmatter. */
export type EditionData = z.infer<typeof editionSchema>;
