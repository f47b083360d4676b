import { editionLocales, type Article, type Edition } from '../site/articles';
import { localeInfo, type Locale } from '../i18n/locales';
import { plainText } from '../passages/parse';
import { articlePath, cardPath } from '../routes/paths';
import type { Route } from '../routes/routes';

/** A schema.org node (JSON-LD). */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | JsonLd | JsonLdValue[];

const person = (name: string): JsonLd => ({ '@type': 'Person', name });

/** A reference to an edition's article page, enough for a consumer to tell the editions apart. */
function editionRef(article: Article, edition: Edition, site: URL): JsonLd {
  const url = new URL(articlePath(edition.locale, article.slug), site).href;
  return {
    '@type': 'Article',
    '@id': `${url}#article`,
    url,
    headline: edition.data.title,
    inLanguage: localeInfo(edition.locale).htmlLang,
  };
}

/** An edition as a schema.org `Article`: its author, publisher, date and language, and how it relates to the other editions. */
export function articleJsonLd(article: Article, edition: Edition, site: URL): JsonLd {
  const { data } = edition;
  const isOriginal = edition.locale === article.original;
  const others = editionLocales(article).filter((code) => code !== article.original);
  const original = article.editions[article.original] as Edition;
  return {
    ...editionRef(article, edition, site),
    description: data.dek,
    author: person(data.author),
    publisher: { '@type': 'Organization', name: data.publisher },
    datePublished: data.published.toISOString().slice(0, 10),
    image: new URL(cardPath({ kind: 'article', locale: edition.locale, slug: article.slug }), site).href,
    ...(isOriginal
      ? others.length > 0
        ? { workTranslation: others.map((code: Locale) => editionRef(article, article.editions[code] as Edition, site)) }
        : {}
      : {
          translationOfWork: editionRef(article, original, site),
          ...(data.translator ? { translator: person(data.translator) } : {}),
        }),
  };
}

/**
 * The JSON-LD of a page, or undefined for pages that are no work: an article page describes its
 * edition as an `Article`; a share page describes its passage as a `Quotation` that `isPartOf`
 * that article.
 */
export function structuredData(route: Route, site: URL): JsonLd | undefined {
  const context = { '@context': 'https://schema.org' };
  if (route.kind === 'article') return { ...context, ...articleJsonLd(route.article, route.edition, site) };
  if (route.kind !== 'share') return undefined;
  const url = new URL(route.path, site).href;
  return {
    ...context,
    '@type': 'Quotation',
    '@id': url,
    url,
    identifier: route.id,
    text: plainText(route.passage.content),
    inLanguage: localeInfo(route.edition.locale).htmlLang,
    creator: person(route.edition.data.author),
    isPartOf: articleJsonLd(route.article, route.edition, site),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped as JSON `\u` escapes,
 * so that no text in it can close the script element.
 */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
