import { editionFor, type Article, type Edition } from '../content/articles';
import { comparePairs, sharePages, type SharePage } from '../content/routes';
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
 * The spec of every card of the site: one per HTML page, enumerated with the same functions as the
 * routes (`sharePages`, `comparePairs`), each with everything its card shows.
 */
export function cardSpecs(content: CardContent): CardSpec[] {
  const bySlug = new Map(content.articles.map((article) => [article.slug, article]));
  return [
    ...sitePages.map(siteCard),
    ...localeCodes.flatMap((locale) => [
      ...sectionCards(locale),
      ...content.articles.map((article) => articleCard(article, locale)),
      ...content.terms.map((term) => termCard(term, locale)),
    ]),
    ...sharePages(content.articles, content.moves).map((page) => passageCard(bySlug.get(page.slug) as Article, page)),
    ...content.articles.flatMap((article) => comparePairs(article).map(([locale, other]) => compareCard(article, locale, other))),
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

/** What the article's own card and its passage cards share in `locale`: the edition shown, its title, byline and language. */
function editionTexts(article: Article, locale: Locale) {
  const t = ui(locale);
  const edition = editionFor(article, locale);
  return {
    edition,
    title: text(edition.data.title, edition.locale),
    byline: text(format(t.byline, { author: edition.data.author }), locale),
    editionLanguage: text(format(t.editionLanguage, { language: languageName(edition.locale, locale) }), locale),
  };
}

function articleCard(article: Article, locale: Locale): CardSpec {
  const { edition, title, byline, editionLanguage } = editionTexts(article, locale);
  return {
    ...frame(articlePath(locale, article.slug), locale),
    type: 'article',
    kicker: [text(edition.data.series, edition.locale)],
    title,
    lead: text(edition.data.dek, edition.locale),
    ...(edition.locale === locale ? {} : { note: text(format(ui(locale).notTranslated, { language: localeInfo(locale).name }), locale) }),
    footer: [byline, text(edition.data.publisher, edition.locale), editionLanguage],
  };
}

/** The card of a share page: the passage it leads to (for a moved id, the passage it moved to) as a quotation. */
function passageCard(article: Article, page: SharePage): CardSpec {
  const { edition, title, byline, editionLanguage } = editionTexts(article, page.locale);
  const passage = edition.passages.find((p) => p.id === page.target) as Passage;
  return {
    ...frame(sharePath(page.locale, page.slug, page.id), page.locale),
    type: 'passage',
    kicker: [text(ui(page.locale).sharedPassage, page.locale)],
    quote: passageText(passage, edition, page.locale),
    source: title,
    footer: [editionLanguage, byline],
  };
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
