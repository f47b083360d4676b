import { localeCodes, type Locale } from '../i18n/locales';
import { articlePath, comparePath } from '../i18n/paths';
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

/**
 * The language switcher of a side-by-side page (`locale` beside `other`): each locale keeps the
 * other column where it can; the `other` locale gets the mirrored pair.
 */
export function compareSwitcher(article: Article, locale: Locale, other: Locale): { locale: Locale; path: string }[] {
  return editionLocales(article).map((code) => ({
    locale: code,
    path: comparePath(code, article.slug, code === other ? locale : other),
  }));
}

/** Every side-by-side page of an article: each ordered pair of distinct editions. */
export function comparePairs(article: Article): [Locale, Locale][] {
  const codes = editionLocales(article);
  return codes.flatMap((left) => codes.filter((right) => right !== left).map((right): [Locale, Locale] => [left, right]));
}

/** One share page: `/<locale>/articles/<slug>/p/<id>/`, leading to the passage `target` (itself, or where a moved id went). */
export interface SharePage {
  locale: Locale;
  slug: string;
  id: string;
  target: string;
}

/** Every share page: each passage of the edition shown in each locale, plus every moved id. */
export function sharePages(articles: readonly Article[], moves: ReadonlyMap<string, ReadonlyMap<string, string>>): SharePage[] {
  return articles.flatMap((article) =>
    localeCodes.flatMap((locale) => {
      const ids = (article.editions[locale] ?? article.editions[article.original])?.passages.map((p) => p.id) ?? [];
      const moved = [...(moves.get(article.slug) ?? [])].map(([id, target]) => ({ locale, slug: article.slug, id, target }));
      return [...ids.map((id) => ({ locale, slug: article.slug, id, target: id })), ...moved];
    }),
  );
}
