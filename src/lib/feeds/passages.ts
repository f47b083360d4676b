import type { Edition } from '../site/articles';
import { passagePath } from '../routes/paths';
import { routesOf, type Route } from '../routes/routes';
import type { Locale } from '../i18n/locales';
import { plainText } from '../passages/parse';

/**
 * One entry of `/passages.json`: a passage of one edition with its absolute anchor and share URLs,
 * and for a translation the bilingual share page (the passage beside the original's).
 */
export interface ManifestEntry {
  article: string;
  id: string;
  locale: Locale;
  url: string;
  share: string;
  bilingual?: string;
  text: string;
}

/** Every passage of every edition (translations only where they exist), in reading order: the share pages of the route table. */
export function passageManifest(all: readonly Route[], site: URL | string): ManifestEntry[] {
  return routesOf(all, 'share')
    .filter((route) => !route.beside && route.edition.locale === route.locale && route.id === route.passage.id)
    .map((route) => ({
      article: route.article.slug,
      id: route.id,
      locale: route.locale,
      url: new URL(passagePath(route.locale, route.article.slug, route.id), site).href,
      share: new URL(route.path, site).href,
      ...(route.bilingual ? { bilingual: new URL(route.bilingual, site).href } : {}),
      text: plainText(route.passage.content),
    }));
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
