import { editionFor, editionLocales, type Article, type Edition } from '../content/articles';
import type { Site } from '../content/site';
import type { Term } from '../glossary/schema';
import { defaultLocale, languageName, localeCodes, localeInfo, locales, type Locale } from '../i18n/locales';
import { articlePath, comparePath, glossaryPath, homePath, searchPath, sharePath, termPath } from '../i18n/paths';
import { format, ui } from '../i18n/ui';
import type { Passage } from '../passages/model';
import { plainText } from '../passages/parse';
import type { CardSpec } from './layout';
import type { Text } from './text';

/** The site's content that cards are made of. */
export type CardContent = Pick<Site, 'articles' | 'terms' | 'moves'>;

/** The pages outside every locale: the language chooser and the not-found page. */
const sitePages = ['/', '/404.html'];

/**
 * The spec of every card of the site: one per HTML page, enumerated from the content with the path
 * helpers (the same pages the routes generate), each with everything its card shows.
 */
export function cardSpecs(content: CardContent): CardSpec[] {
  return [
    ...sitePages.map(siteCard),
    ...localeCodes.flatMap((locale) => [
      ...sectionCards(locale),
      ...content.articles.flatMap((article) => articleCards(article, locale, content.moves.get(article.slug))),
      ...content.terms.map((term) => termCard(term, locale)),
    ]),
  ];
}

const text = (value: string, lang: Locale): Text => ({ text: value, lang });
const frame = (page: string, locale: Locale) => ({ page, site: text(ui(locale).cardSite, locale) });

function siteCard(page: string): CardSpec {
  return {
    ...frame(page, defaultLocale),
    type: 'site',
    kicker: locales.filter((l) => l.code !== defaultLocale).map((l) => text(ui(l.code).cardSite, l.code)),
    columns: locales.map((l) => ({ label: text(l.name, l.code), title: text(ui(l.code).siteTagline, l.code) })),
    footer: locales.map((l) => text(ui(l.code).chooseLanguage, l.code)),
  };
}

function sectionCards(locale: Locale): CardSpec[] {
  const t = ui(locale);
  const base = { kicker: [text(localeInfo(locale).name, locale)] };
  const languages = locales.map((l) => text(l.name, l.code));
  return [
    { ...frame(homePath(locale), locale), ...base, type: 'home', title: text(t.siteTagline, locale), lead: text(t.homeIntro, locale), footer: languages },
    { ...frame(glossaryPath(locale), locale), ...base, type: 'glossary', title: text(t.glossary, locale), lead: text(t.glossaryIntro, locale), footer: [text(t.siteTagline, locale)] },
    { ...frame(searchPath(locale), locale), ...base, type: 'search', title: text(t.search, locale), lead: text(t.searchLabel, locale), footer: [text(t.siteTagline, locale)] },
  ];
}

/** The article's card, a card per passage share page (moved ids included) and the side-by-side cards of `locale`. */
function articleCards(article: Article, locale: Locale, moves: ReadonlyMap<string, string> = new Map()): CardSpec[] {
  const t = ui(locale);
  const edition = editionFor(article, locale);
  const title = text(edition.data.title, edition.locale);
  const byline = text(format(t.byline, { author: edition.data.author }), locale);
  const editionLanguage = text(format(t.editionLanguage, { language: languageName(edition.locale, locale) }), locale);
  const articleCard: CardSpec = {
    ...frame(articlePath(locale, article.slug), locale),
    type: 'article',
    kicker: [text(edition.data.series, edition.locale)],
    title,
    lead: text(edition.data.dek, edition.locale),
    ...(edition.locale === locale ? {} : { note: text(format(t.notTranslated, { language: localeInfo(locale).name }), locale) }),
    footer: [byline, text(edition.data.publisher, edition.locale), editionLanguage],
  };
  const passageCard = (id: string, passage: Passage): CardSpec => ({
    ...frame(sharePath(locale, article.slug, id), locale),
    type: 'passage',
    kicker: [text(t.sharedPassage, locale)],
    quote: passageText(passage, edition, locale),
    source: title,
    footer: [editionLanguage, byline],
  });
  const passages = new Map(edition.passages.map((p) => [p.id, p]));
  const moved = [...moves].flatMap(([old, current]) => {
    const passage = passages.get(current);
    return passage ? [passageCard(old, passage)] : [];
  });
  const editions = editionLocales(article);
  const compared = editions.includes(locale) ? editions.filter((other) => other !== locale) : [];
  return [
    articleCard,
    ...edition.passages.map((passage) => passageCard(passage.id, passage)),
    ...moved,
    ...compared.map((other) => compareCard(article, locale, other)),
  ];
}

/** What a passage card quotes: the passage's plain text, or for a figure without caption the locale's placeholder. */
function passageText(passage: Passage, edition: Edition, locale: Locale): Text {
  const plain = plainText(passage.content).trim();
  return plain === '' ? text(ui(locale).figureNotReproduced, locale) : text(plain, edition.locale);
}

function compareCard(article: Article, locale: Locale, other: Locale): CardSpec {
  const t = ui(locale);
  const column = (code: Locale) => ({ label: text(localeInfo(code).name, code), title: text(editionFor(article, code).data.title, code) });
  const edition = editionFor(article, locale);
  return {
    ...frame(comparePath(locale, article.slug, other), locale),
    type: 'compare',
    kicker: [text(format(t.sideBySideTitle, { left: languageName(locale, locale), right: languageName(other, locale) }), locale)],
    columns: [column(locale), column(other)],
    footer: [text(format(t.byline, { author: edition.data.author }), locale), text(edition.data.publisher, locale)],
  };
}

function termCard(term: Term, locale: Locale): CardSpec {
  const t = ui(locale);
  return {
    ...frame(termPath(locale, term.slug), locale),
    type: 'term',
    kicker: [text(t.glossary, locale)],
    name: text(term.names[locale], locale),
    names: localeCodes.filter((code) => code !== locale).map((code) => text(term.names[code], code)),
    definition: text(term.definition[locale], locale),
    footer: [text(t.glossaryIntro, locale)],
  };
}
