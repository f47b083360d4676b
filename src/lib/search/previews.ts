import type { Locale } from '../i18n/locales';
import { bundlePath } from './bundles';
import { fitLength } from './excerpt';
import { splitWords } from './words';
import { describeUrl } from './results';

/**
 * Short previews of every passage of an article edition, one small JSON file per edition written
 * next to the bundle at build time from the index itself, so that a hit in another edition can show
 * the same passage in the reader's language for a few KB (the whole `/passages.json` is over 100 KB
 * for one article in three editions).
 */

/** How many Latin characters of a passage a preview keeps (about half as many CJK ones, see `fitLength`). */
export const previewLength = 72;

/** The previews of an article edition's passages: `/pagefind/passages/<locale>/<slug>.json`. */
export function previewsPath(locale: Locale, slug: string): string {
  return `${bundlePath}passages/${locale}/${slug}.json`;
}

/** The first `max` characters of a text, cut at a space when one is near, with an ellipsis when cut. */
export function preview(text: string, max: number = previewLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const space = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** An indexed record as the bundle stores it: its URL and its text (Pagefind's words). */
export interface IndexedText {
  url: string;
  content: string;
}

/**
 * The previews files of a bundle: for each article edition with passage records
 * (`/<locale>/articles/<slug>/#<id>`), its file path (`previewsPath`) → passage id → preview.
 * Passages without text are left out.
 */
export function passagePreviews(records: readonly IndexedText[], max: number = previewLength): Record<string, Record<string, string>> {
  const files: Record<string, Record<string, string>> = {};
  for (const record of records) {
    const [page = '', hash] = record.url.split('#');
    const { locale, kind, slug } = describeUrl(page);
    if (kind !== 'article' || !locale || !slug || !hash) continue;
    const { words, joiner } = splitWords(record.content);
    const full = words.join(joiner);
    const text = preview(full, fitLength(full, max));
    if (text) (files[previewsPath(locale, slug)] ??= {})[decodeURIComponent(hash)] = text;
  }
  return files;
}

/** Reads a previews file; anything but an object of strings gives no previews (the feature is an extra, and search works without it). */
export function parsePreviews(json: unknown): Map<string, string> {
  const previews = new Map<string, string>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return previews;
  for (const [id, text] of Object.entries(json)) if (typeof text === 'string') previews.set(id, text);
  return previews;
}
