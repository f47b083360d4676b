import type { Locale } from '../i18n/locales';
import { bundlePath } from './bundles';
import type { PagefindAnchor } from './pagefind';
import { fitLength } from './excerpt';
import { passageRanges, splitWords } from './passages';

/**
 * Short previews of every passage of an article edition, one small JSON file per edition written
 * next to the locale's bundle at build time from the index itself, so that a hit in another edition
 * can show the same passage in the reader's language for a few KB (the whole `/passages.json` is
 * over 100 KB for one article in three editions).
 */

/** How many Latin characters of a passage a preview keeps (about half as many CJK ones, see `fitLength`). */
export const previewLength = 90;

/** The previews of an article edition's passages: `/pagefind/<locale>/passages/<slug>.json`. */
export function previewsPath(locale: Locale, slug: string): string {
  return `${bundlePath(locale)}passages/${slug}.json`;
}

/** The first `max` characters of a text, cut at a space when one is near, with an ellipsis when cut. */
export function preview(text: string, max: number = previewLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const space = clean.lastIndexOf(' ', max);
  return `${clean.slice(0, space > max * 0.6 ? space : max).trimEnd()}…`;
}

/** Each passage's preview (passage id → text) from an indexed page: its content (Pagefind's words) and passage anchors; passages without text are left out. */
export function passagePreviews(content: string, anchors: readonly PagefindAnchor[], max: number = previewLength): Record<string, string> {
  const { words, joiner } = splitWords(content);
  const previews: Record<string, string> = {};
  for (const range of passageRanges(anchors, words.length)) {
    const full = words.slice(range.start, range.end).join(joiner);
    const text = preview(full, fitLength(full, max));
    if (text) previews[range.id] = text;
  }
  return previews;
}

/** Reads a previews file; anything but an object of strings gives no previews (the feature is an extra, and search works without it). */
export function parsePreviews(json: unknown): Map<string, string> {
  const previews = new Map<string, string>();
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return previews;
  for (const [id, text] of Object.entries(json)) if (typeof text === 'string') previews.set(id, text);
  return previews;
}
