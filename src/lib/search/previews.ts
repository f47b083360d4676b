import type { Locale } from '../i18n/locales';
import type { Passage } from '../passages/model';
import { plainText } from '../passages/parse';
import { hasCjk } from '../text/scripts';
import { truncate } from '../text/truncate';
import { bundlePath } from './bundles';
import { fitLength } from './excerpt';

/**
 * Short previews of every passage of an article edition, one small JSON file per edition, so that
 * a hit in another edition can show the same passage in the reader's language for a few KB (the
 * whole `/passages.json` is over 100 KB for one article in three editions). The files are built
 * from the content model by src/pages/pagefind/passages/[locale]/[slug].json.ts.
 */

/** How many Latin characters of a passage a preview keeps (about half as many CJK ones, see `fitLength`). */
export const previewLength = 72;

/** The folder of the bundle that holds the previews: the build writes it, Pagefind does not. */
export const previewsFolder = 'passages';

/** The previews of an article edition's passages: `/pagefind/passages/<locale>/<slug>.json`. */
export function previewsPath(locale: Locale, slug: string): string {
  return `${bundlePath}${previewsFolder}/${locale}/${slug}.json`;
}

/** The start of a passage's text as one line, at most `fitLength(text, max)` characters, cut at a space in Latin text. */
export function preview(text: string, max: number = previewLength): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return truncate(clean, fitLength(clean, max), { atSpace: !hasCjk(clean) });
}

/** The previews file of an edition: passage id → preview of its plain text, for each passage that has text (a figure without caption has none). */
export function passagePreviews(passages: readonly Passage[], max: number = previewLength): Record<string, string> {
  const previews: Record<string, string> = {};
  for (const passage of passages) {
    const text = preview(plainText(passage.content), max);
    if (text) previews[passage.id] = text;
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
