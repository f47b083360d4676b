import type { Article, Edition } from '../site/articles';
import { editionLocales } from '../site/articles';
import { passagePath, sharePath } from '../routes/paths';
import type { Locale } from '../i18n/locales';
import { plainText } from '../passages/parse';

/** One entry of `/passages.json`: a passage of one edition with its absolute anchor and share URLs. */
export interface ManifestEntry {
  article: string;
  id: string;
  locale: Locale;
  url: string;
  share: string;
  text: string;
}

/** Every passage of every edition (translations only where they exist), in reading order. */
export function passageManifest(articles: readonly Article[], site: URL | string): ManifestEntry[] {
  return articles.flatMap((article) =>
    editionLocales(article).flatMap((locale) =>
      (article.editions[locale]?.passages ?? []).map((passage) => ({
        article: article.slug,
        id: passage.id,
        locale,
        url: new URL(passagePath(locale, article.slug, passage.id), site).href,
        share: new URL(sharePath(locale, article.slug, passage.id), site).href,
        text: plainText(passage.content),
      })),
    ),
  );
}

/**
 * The entries an editor's query names: those whose id equals the query, else those whose text
 * contains it (case-insensitive); restricted to one locale when given. Grouped by passage so
 * that every edition of a matching passage is listed together.
 */
export function findPassages(entries: readonly ManifestEntry[], query: string, locale?: Locale): ManifestEntry[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [];
  const byId = entries.filter((e) => e.id === needle);
  const matched = byId.length > 0 ? byId : entries.filter((e) => e.text.toLowerCase().includes(needle));
  const order = [...new Set(matched.map((e) => `${e.article}#${e.id}`))];
  const rank = (e: ManifestEntry) => order.indexOf(`${e.article}#${e.id}`);
  return entries.filter((e) => rank(e) >= 0 && (!locale || e.locale === locale)).sort((a, b) => rank(a) - rank(b));
}

/** An edition's passages as `{ [id]: plain text }`, in reading order: what the passage panel loads (`editionTextsPath`). */
export function editionTexts(edition: Edition): Record<string, string> {
  return Object.fromEntries(edition.passages.map((passage) => [passage.id, plainText(passage.content)]));
}
