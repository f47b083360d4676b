/**
 * The site's locales, declared once. Routing, Astro's i18n config, card fonts, search labels and
 * `<html lang>` all derive from this list: adding a language is one entry here plus its UI
 * strings file in `src/lib/i18n/ui/` (and, for cards, a font family in `src/lib/og/fonts.ts`).
 */
export const locales = [
  { code: 'ja', htmlLang: 'ja', ogLocale: 'ja_JP', name: '日本語', font: 'Noto Sans JP' },
  { code: 'en', htmlLang: 'en', ogLocale: 'en_US', name: 'English', font: 'Inter' },
  { code: 'zh', htmlLang: 'zh-Hans', ogLocale: 'zh_CN', name: '简体中文', font: 'Noto Sans SC' },
] as const;

/** A locale code: the first path segment of every page (`/ja/`, `/en/`, `/zh/`). */
export type Locale = (typeof locales)[number]['code'];

/** One locale's declaration. */
export type LocaleInfo = (typeof locales)[number];

/** The locale codes in declaration order. */
export const localeCodes = locales.map((l) => l.code) as [Locale, ...Locale[]];

/** The default locale: the first declared (the language of the site's originals). */
export const defaultLocale: Locale = localeCodes[0];

/** True when `value` is one of the declared locale codes. */
export function isLocale(value: string): value is Locale {
  return (localeCodes as readonly string[]).includes(value);
}

/** The declaration of `code`; throws on an unknown code. */
export function localeInfo(code: string): LocaleInfo {
  const info = locales.find((l) => l.code === code);
  if (!info) throw new Error(`Unknown locale "${code}" (declared: ${localeCodes.join(', ')})`);
  return info;
}

// One Intl object a locale for the whole build, as in date.ts (ICU memory the collector does not count).
const displayNames = new Map<Locale, Intl.DisplayNames>();

/** The name of `code`'s language as a reader of `inLocale` says it ("Japanese" in English, 日语 in Chinese), from the platform's CLDR data. */
export function languageName(code: Locale, inLocale: Locale): string {
  let names = displayNames.get(inLocale);
  if (!names) displayNames.set(inLocale, (names = new Intl.DisplayNames([localeInfo(inLocale).htmlLang], { type: 'language' })));
  return names.of(localeInfo(code).htmlLang) ?? localeInfo(code).name;
}
