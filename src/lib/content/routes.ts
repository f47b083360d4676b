import { localeCodes, type Locale } from '../i18n/locales';
import { articlePath } from '../i18n/paths';
import { editionLocales, type Article } from './articles';

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localeRoutes() {
  return localeCodes.map((locale) => ({ params: { locale } }));
}

/** The hreflang alternates of an article: only the editions that exist (an untranslated locale is not an edition). */
export function articleAlternates(article: Article): { locale: Locale; path: string }[] {
  return editionLocales(article).map((locale) => ({ locale, path: articlePath(locale, article.slug) }));
}

/** The language switcher's targets for an article: every locale (untranslated ones show the original with a notice). */
export function articleSwitcher(article: Article): { locale: Locale; path: string }[] {
  return localeCodes.map((locale) => ({ locale, path: articlePath(locale, article.slug) }));
}

/** A date as the locale writes it, in UTC so that the build does not depend on the machine's zone. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
