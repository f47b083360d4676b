import { localeCodes, localeInfo, type Locale } from '../i18n/locales';

/**
 * One Pagefind bundle per locale, at `/pagefind/<locale>/`, each indexed with its own language
 * (docs/search.md). A search page loads its own locale's bundle as the primary and merges the
 * others, so that one query reaches every edition and each bundle's query is segmented in the
 * bundle's language.
 */

/** The folder under the site root that holds every bundle. */
export const bundleRoot = 'pagefind';

/** The URL of a locale's Pagefind bundle folder: `/pagefind/<locale>/`. */
export function bundlePath(locale: Locale): string {
  return `/${bundleRoot}/${locale}/`;
}

/** The URL of a bundle's search module, loaded with a dynamic `import()`. */
export function bundleModule(locale: Locale): string {
  return `${bundlePath(locale)}pagefind.js`;
}

/**
 * The language a locale's bundle is indexed and searched in: the primary subtag of its `<html lang>`
 * (Pagefind expects ISO 639-1; `zh-Hans` → `zh`, which turns on Chinese segmentation).
 */
export function indexLanguage(locale: Locale): string {
  return (localeInfo(locale).htmlLang.split('-')[0] as string).toLowerCase();
}

/** A bundle merged into the primary one, with the language its queries are segmented in. */
export interface MergedBundle {
  locale: Locale;
  path: string;
  language: string;
}

/** The bundles a search page of `locale` loads: its own as the primary, every other locale's merged. */
export function bundlePlan(locale: Locale): { primary: string; merged: MergedBundle[] } {
  return {
    primary: bundleModule(locale),
    merged: localeCodes.filter((code) => code !== locale).map((code) => ({ locale: code, path: bundlePath(code), language: indexLanguage(code) })),
  };
}
