import { localeInfo, type Locale } from '../i18n/locales';
import type { Article } from '../site/articles';
import { editionFreshness, type Freshness } from '../translations/freshness';
import { passagePath } from './paths';

/** What a page marks on an outdated translated passage: the link to its original passage. */
export interface OutdatedMark {
  href: string;
  hreflang: string;
}

/** The outdated passages of `article`'s edition in `locale` (none for the original), each with its original passage's link. */
export function outdatedMarks(result: Freshness, article: Article, locale: Locale): Map<string, OutdatedMark> {
  const ids = editionFreshness(result, article.slug, locale)?.outdated ?? [];
  const hreflang = localeInfo(article.original).htmlLang;
  return new Map(ids.map((id) => [id, { href: passagePath(article.original, article.slug, id), hreflang }]));
}
