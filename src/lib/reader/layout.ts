import { isLocale, localeInfo, type Locale } from '../i18n/locales';
import { articlePath, comparePath, parsePagePath, stackedPath } from '../routes/paths';

/** The ways an article can be read: one edition, each passage followed by another edition's, or two columns. */
export const layouts = ['single', 'stacked', 'side-by-side'] as const;

/** A reading layout. */
export type Layout = (typeof layouts)[number];

/** Where the reader's choices are kept (localStorage keys). */
export const storageKeys = { layout: 'reader:layout', second: 'reader:second', progress: (slug: string) => `reader:progress:${slug}` };

/** The page that shows an article's `locale` edition in a layout, with `second` as the other edition of the two-edition layouts. */
export function layoutPath(layout: Layout, locale: Locale, slug: string, second: Locale): string {
  if (layout === 'stacked') return stackedPath(locale, slug, second);
  if (layout === 'side-by-side') return comparePath(locale, slug, second);
  return articlePath(locale, slug);
}

/** A stored layout, or undefined for anything else (storage is the reader's, and may hold anything). */
export function parseLayout(value: string | null | undefined): Layout | undefined {
  return (layouts as readonly string[]).includes(value ?? '') ? (value as Layout) : undefined;
}

/** What a page path shows as a reading layout: the edition, the article and the second edition; null for other pages. */
export function pageLayout(path: string): { layout: Layout; locale: Locale; slug: string; second?: Locale } | null {
  const page = parsePagePath(path);
  if (page?.kind === 'article') return { layout: 'single', locale: page.locale, slug: page.slug };
  if (page?.kind === 'stacked') return { layout: 'stacked', locale: page.locale, slug: page.slug, second: page.other };
  if (page?.kind === 'compare') return { layout: 'side-by-side', locale: page.locale, slug: page.slug, second: page.other };
  return null;
}

/**
 * The second edition to pair with the `locale` edition: the stored choice when the article has it and
 * it is another edition, else the first of `editions` that is not `locale` (undefined when none is).
 */
export function secondEdition(stored: string | null | undefined, locale: Locale, editions: readonly Locale[]): Locale | undefined {
  if (stored && isLocale(stored) && stored !== locale && editions.includes(stored)) return stored;
  return editions.find((code) => code !== locale);
}

/**
 * Where an article page opened fresh should go for a reader who chose a layout before: the pair page
 * of their layout and second edition, or undefined to stay (the single layout, no stored choice, or
 * no second edition). Only the `single` page moves, so that the pair pages' own links always hold.
 */
export function rememberedPath(
  path: string,
  stored: { layout: string | null; second: string | null },
  editions: readonly Locale[],
): string | undefined {
  const here = pageLayout(path);
  const layout = parseLayout(stored.layout);
  if (here?.layout !== 'single' || !layout || layout === 'single') return undefined;
  const second = secondEdition(stored.second, here.locale, editions);
  return second ? layoutPath(layout, here.locale, here.slug, second) : undefined;
}

/**
 * The locale a reader's preferred languages (`navigator.languages`, best first) suggest: the first
 * whose primary subtag is a locale's (`zh-TW` → the Chinese edition); undefined when none is.
 */
export function suggestedLocale(languages: readonly string[], codes: readonly Locale[]): Locale | undefined {
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  for (const language of languages) {
    const match = codes.find((code) => primary(localeInfo(code).htmlLang) === primary(language));
    if (match) return match;
  }
  return undefined;
}

/**
 * Whether to offer a return to the passage last read: when the page has it, the reader did not arrive
 * at a passage (`#id`), and it is past the page's opening passages (`skip` of them).
 */
export function offerReturn(saved: string | null | undefined, ids: readonly string[], hash: string, skip = 2): boolean {
  if (!saved || hash.replace(/^#/, '') !== '') return false;
  const index = ids.indexOf(saved);
  return index >= skip;
}
