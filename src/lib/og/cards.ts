import type { Term } from '../glossary/schema';
import { defaultLocale, languageName, localeCodes, localeInfo, locales, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import type { Passage } from '../passages/model';
import { plainText } from '../passages/parse';
import type { ArticleRoute, CompareRoute, Route, ShareRoute, StackedRoute } from '../routes/routes';
import { editionFor, type Article, type Edition } from '../site/articles';
import { format } from '../text/format';
import type { CardSpec } from './layout';
import type { Text } from './text';

/** The spec of every card of the site: one per route of the route table, each with everything its card shows. */
export function cardSpecs(all: readonly Route[]): CardSpec[] {
  return all.map(cardSpec);
}

const text = (value: string, lang: Locale): Text => ({ text: value, lang });
const frame = (route: Route) => ({ page: route.path, card: route.card, site: text(ui(route.locale).cardSite, route.locale) });

/** The card of one route. */
export function cardSpec(route: Route): CardSpec {
  switch (route.kind) {
    case 'chooser':
    case 'not-found':
      return siteCard(route);
    case 'home':
    case 'glossary':
    case 'search':
      return sectionCard(route);
    case 'article':
      return articleCard(route);
    case 'share':
      return passageCard(route);
    case 'compare':
    case 'stacked':
      return compareCard(route);
    case 'term':
      return termCard(route.term, route);
  }
}

function siteCard(route: Route): CardSpec {
  return {
    ...frame(route),
    type: 'site',
    kicker: locales.filter((l) => l.code !== defaultLocale).map((l) => text(ui(l.code).cardSite, l.code)),
    columns: locales.map((l) => ({ label: text(l.name, l.code), title: text(ui(l.code).siteTagline, l.code) })),
    footer: locales.map((l) => text(ui(l.code).chooseLanguage, l.code)),
  };
}

function sectionCard(route: Route & { kind: 'home' | 'glossary' | 'search' }): CardSpec {
  const { locale } = route;
  const t = ui(locale);
  const base = { ...frame(route), kicker: [text(localeInfo(locale).name, locale)] };
  switch (route.kind) {
    case 'home':
      return {
        ...base,
        type: 'home',
        title: text(t.siteTagline, locale),
        lead: text(t.homeIntro, locale),
        footer: locales.map((l) => text(l.name, l.code)),
      };
    case 'glossary':
      return {
        ...base,
        type: 'glossary',
        title: text(t.glossary, locale),
        lead: text(t.glossaryIntro, locale),
        footer: [text(t.siteTagline, locale)],
      };
    case 'search':
      return {
        ...base,
        type: 'search',
        title: text(t.search, locale),
        lead: text(t.searchLabel, locale),
        footer: [text(t.siteTagline, locale)],
      };
  }
}

/** What the article's own card and its passage cards share in `locale`: the edition's title, byline and language. */
function editionTexts(edition: Edition, locale: Locale) {
  const t = ui(locale);
  return {
    title: text(edition.data.title, edition.locale),
    byline: text(format(t.byline, { author: edition.data.author }), locale),
    editionLanguage: text(format(t.editionLanguage, { language: languageName(edition.locale, locale) }), locale),
  };
}

function articleCard(route: ArticleRoute): CardSpec {
  const { edition, locale } = route;
  const { title, byline, editionLanguage } = editionTexts(edition, locale);
  return {
    ...frame(route),
    type: 'article',
    kicker: [text(edition.data.series, edition.locale)],
    title,
    lead: text(edition.data.dek, edition.locale),
    ...(route.translated ? {} : { note: text(format(ui(locale).notTranslated, { language: localeInfo(locale).name }), locale) }),
    footer: [byline, text(edition.data.publisher, edition.locale), editionLanguage],
  };
}

/**
 * The card of a share page: the passage it leads to (for a moved id, the passage it moved to) as a
 * quotation; on a bilingual share page, with the original's passage under it.
 */
function passageCard(route: ShareRoute): CardSpec {
  const { edition, locale, beside } = route;
  const t = ui(locale);
  const { title, byline, editionLanguage } = editionTexts(edition, locale);
  const withOriginal = beside && text(format(t.withOriginal, { language: languageName(beside.edition.locale, locale) }), locale);
  return {
    ...frame(route),
    type: 'passage',
    kicker: [text(t.sharedPassage, locale), ...(withOriginal ? [withOriginal] : [])],
    quote: passageText(route.passage, edition, locale),
    ...(beside ? { original: passageText(beside.passage, beside.edition, locale) } : {}),
    source: title,
    footer: [editionLanguage, byline],
  };
}

/** What a passage card quotes: the passage's plain text, or for a figure without caption the locale's placeholder. */
function passageText(passage: Passage, edition: Edition, locale: Locale): Text {
  const plain = plainText(passage.content).trim();
  return plain === '' ? text(ui(locale).figureNotReproduced, locale) : text(plain, edition.locale);
}

/** The card of a two-edition page: the side-by-side design, its kicker naming the layout (side by side or stacked). */
function compareCard(route: CompareRoute | StackedRoute): CardSpec {
  const { article, locale, other } = route;
  const t = ui(locale);
  const column = (code: Locale) => ({
    label: text(localeInfo(code).name, code),
    title: text(editionFor(article as Article, code).data.title, code),
  });
  const edition = editionFor(article, locale);
  return {
    ...frame(route),
    type: 'compare',
    kicker: [
      text(
        format(route.kind === 'stacked' ? t.stackedTitle : t.sideBySideTitle, {
          left: languageName(locale, locale),
          right: languageName(other, locale),
        }),
        locale,
      ),
    ],
    columns: [column(locale), column(other)],
    footer: [text(format(t.byline, { author: edition.data.author }), locale), text(edition.data.publisher, locale)],
  };
}

function termCard(term: Term, route: Route): CardSpec {
  const { locale } = route;
  const t = ui(locale);
  return {
    ...frame(route),
    type: 'term',
    kicker: [text(t.glossary, locale)],
    name: text(term.names[locale], locale),
    names: localeCodes.filter((code) => code !== locale).map((code) => text(term.names[code], code)),
    definition: text(term.definition[locale], locale),
    footer: [text(t.glossaryIntro, locale)],
  };
}
