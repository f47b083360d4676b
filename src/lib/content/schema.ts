import { z } from 'zod';
import { localeCodes } from '../i18n/locales';

/** The form of an article slug (its folder name): lowercase ASCII words joined by hyphens, safe on case-insensitive hosts. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A placeholder left for an author or translator to fill: `[[translate]]`, `[[author]]`. */
export const placeholderPattern = /^\[\[[^\]]*\]\]$/;

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date written `YYYY-MM-DD`, nothing else: `01/12/2026` is ambiguous (12 January or
 * 1 December) and is refused rather than guessed. YAML parsers that turn an unquoted date into a
 * Date hand it over as one; only a date at midnight UTC (what `2026-11-23` parses to) is accepted.
 */
export const isoDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().replace(/T00:00:00\.000Z$/, '')) : value;
  const date = new Date(`${text}T00:00:00Z`);
  if (!isoDatePattern.test(text) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a date written YYYY-MM-DD (for 12 January 2026 write 2026-01-12)` });
    return z.NEVER;
  }
  return date;
});

const text = z.string().trim().min(1);

/**
 * The frontmatter of one edition file (`content/articles/<slug>/<locale>.mdx`). The article's
 * shared fields (`sharedFields`) are stated once, in the original edition; a translation states
 * what it translates (title, dek, series), its translator, and may repeat a shared field only
 * with the original's value. Every field is documented in docs/authoring.md.
 */
export const editionSchema = z.strictObject({
  /** The article's title in this edition's language. */
  title: text,
  /** The standfirst (dek): one or two sentences under the title, in this edition's language. */
  dek: text,
  /** The publisher's series or section label, in this edition's language. */
  series: text,
  /** Shared: the author as credited by the original (a name, not translated). */
  author: text.optional(),
  /** Shared: the publisher of the original. */
  publisher: text.optional(),
  /** Shared: the locale code of the language the article was written in; the original edition is that locale's file. */
  originalLanguage: z.enum(localeCodes).optional(),
  /** Shared: the date this site published the article (YYYY-MM-DD): the site's own date, not the original's. */
  published: isoDate.optional(),
  /** Shared, optional: where the original was first published. */
  originalUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Shared, optional: the date the original was first published (YYYY-MM-DD), when the source gives one. */
  originalPublished: isoDate.optional(),
  /** Shared, optional: the rights or licence under which the site republishes the text. */
  rights: text.optional(),
  /** Shared, optional: topic tags, lowercase words joined by hyphens. */
  tags: z.array(z.string().regex(slugPattern, 'a tag is lowercase words joined by hyphens')).optional(),
  /** This edition's last revision (YYYY-MM-DD), when it was revised after publication. */
  updated: isoDate.optional(),
  /** Who made this translation: required in a translation, absent in the original. */
  translator: text.optional(),
  /** A translation in progress: checked, not published (its locale keeps showing the original). */
  draft: z.boolean().optional(),
});

/** An edition file's validated frontmatter, as written (shared fields may be absent). */
export type EditionFrontmatter = z.infer<typeof editionSchema>;

/** The fields stated once for the article, in the original edition, and inherited by its translations. */
export const sharedFields = ['author', 'publisher', 'originalLanguage', 'published', 'originalUrl', 'originalPublished', 'rights', 'tags'] as const;

/** The shared fields every original edition must state. */
export const requiredSharedFields = ['author', 'publisher', 'originalLanguage', 'published'] as const;

/** An edition's frontmatter with the article's shared fields filled in from the original. */
export type EditionData = Omit<EditionFrontmatter, (typeof requiredSharedFields)[number] | 'tags'> & {
  [field in (typeof requiredSharedFields)[number]]: NonNullable<EditionFrontmatter[field]>;
} & { tags: string[] };
