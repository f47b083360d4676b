import { formatDate } from '../i18n/date';
import { languageName, localeInfo, type Locale } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { articlePath, sharePath } from '../routes/paths';
import type { ShareRoute } from '../routes/routes';
import type { Edition } from '../site/articles';
import { format } from '../text/format';

/** Everything a citation of a passage names, already resolved to strings and absolute URLs. */
export interface CiteSource {
  /** The UI locale the plain-text citation is written in. */
  locale: Locale;
  author: string;
  title: string;
  publisher: string;
  published: Date;
  /** The edition's language (its locale). */
  language: Locale;
  articleUrl: string;
  passageId: string;
  shareUrl: string;
  /** For a translation: its translator and the original edition. */
  translation?: { translator: string | undefined; originalTitle: string; originalLanguage: Locale; originalUrl: string };
}

/** The formats an editor can copy or download. */
export interface Citation {
  /** In the reader's language. */
  plain: string;
  /** Chicago (17th ed., notes and bibliography: bibliography entry for a web page). */
  chicago: string;
  /** APA (7th ed.: a web page). */
  apa: string;
  /** biblatex (`@online`, with `translator`, `origtitle`, `origlanguage`). */
  bibtex: string;
  /** CSL-JSON: one item, as Zotero, Mendeley and citeproc read it. */
  csl: Record<string, unknown>;
  /** The one-line attribution a copied quote carries. */
  attribution: string;
}

/** What a share page's passage is cited from: its edition, the original if it is a translation, and its URLs. */
export function citeSource(route: ShareRoute, site: URL): CiteSource {
  const { article, edition, locale } = route;
  const original = article.editions[article.original] as Edition;
  const absolute = (path: string) => new URL(path, site).href;
  return {
    locale,
    author: edition.data.author,
    title: edition.data.title,
    publisher: edition.data.publisher,
    published: edition.data.published,
    language: edition.locale,
    articleUrl: absolute(articlePath(edition.locale, article.slug)),
    passageId: route.passage.id,
    shareUrl: absolute(sharePath(locale, article.slug, route.id)),
    ...(edition.locale === article.original
      ? {}
      : {
          translation: {
            translator: edition.data.translator,
            originalTitle: original.data.title,
            originalLanguage: article.original,
            originalUrl: absolute(articlePath(article.original, article.slug)),
          },
        }),
  };
}

const englishDate = (date: Date) => formatDate(date, 'en' as Locale);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
// Made once, as in i18n/date.ts: a citation endpoint runs once a passage and locale, and an Intl
// object made each time held 3.1 GB after 40,000 citations (ICU memory the collector does not count).
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
const englishMonth = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
/** The language's English name (the styles below are English-language styles). */
const englishLanguage = (code: Locale) => englishNames.of(localeInfo(code).htmlLang) ?? localeInfo(code).name;
/** A title ends the sentence it closes unless it already ends with a question or exclamation mark. */
const closed = (title: string) => (/[?!？！]$/.test(title) ? title : `${title}.`);

/** The one-line attribution of a quotation: "author, “title” (translated by …)", in the reader's language. */
export function attribution(source: { locale: Locale; author: string; title: string; translator: string | undefined }): string {
  const byline = `${source.author}, “${source.title}”`;
  return source.translator ? `${byline} (${format(ui(source.locale).translatedBy, { translator: source.translator })})` : byline;
}

/** The attribution of a cited passage. */
const sourceAttribution = (source: CiteSource) => attribution({ ...source, translator: source.translation?.translator });

/** The passage's citation in every format, from its source. */
export function citation(source: CiteSource): Citation {
  return { ...formatted(source), attribution: sourceAttribution(source) };
}

function formatted(source: CiteSource): Omit<Citation, 'attribution'> {
  const t = ui(source.locale);
  const tr = source.translation;
  const passage = format(t.citePassage, { id: source.passageId });
  const original = tr
    ? format(t.citeOriginal, { language: languageName(tr.originalLanguage, source.locale), title: tr.originalTitle, url: tr.originalUrl })
    : '';
  const plain = [
    `${sourceAttribution(source)}. ${source.publisher}, ${formatDate(source.published, source.locale)}.`,
    ...(original ? [original] : []),
    `${passage}: ${source.shareUrl}`,
  ].join(' ');
  const chicagoTranslated = tr
    ? ` ${tr.translator ? `Translated by ${tr.translator}. ` : ''}Originally published in ${englishLanguage(tr.originalLanguage)} as “${closed(tr.originalTitle)}”`
    : '';
  const chicago = `${source.author}. “${closed(source.title)}”${chicagoTranslated} ${source.publisher}, ${englishDate(source.published)}. Passage “${source.passageId}.” ${source.shareUrl}.`;
  const apaBracket = [tr?.translator ? `${tr.translator}, Trans.` : '', `passage ${source.passageId}`].filter(Boolean).join('; ');
  const [year, month, day] = isoDate(source.published).split('-');
  const apaDate = `${year}, ${englishMonth.format(source.published)} ${Number(day)}`;
  const apaOriginal = tr ? ` (Original work published in ${englishLanguage(tr.originalLanguage)} as ${tr.originalTitle})` : '';
  const apa = `${source.author}. (${apaDate}). ${source.title} [${apaBracket}]. ${source.publisher}. ${source.shareUrl}${apaOriginal}`;
  const key = `${source.author.replace(/[^A-Za-z0-9]/g, '') || 'anon'}${year}-${source.language}-${source.passageId}`;
  const bib: [string, string | undefined][] = [
    ['author', source.author],
    ['title', source.title],
    ['translator', tr?.translator],
    ['origtitle', tr?.originalTitle],
    ['origlanguage', tr ? englishLanguage(tr.originalLanguage).toLowerCase() : undefined],
    ['language', englishLanguage(source.language).toLowerCase()],
    ['organization', source.publisher],
    ['date', isoDate(source.published)],
    ['url', source.shareUrl],
    ['note', `Passage ${source.passageId}`],
  ];
  const bibtex = `@online{${key},\n${bib
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    // The author in double braces: one name as written, never split into first and last names.
    .map(([field, value]) => `  ${field} = {${field === 'url' ? value : field === 'author' ? `{${bibEscape(value)}}` : bibEscape(value)}},`)
    .join('\n')}\n}\n`;
  const csl = {
    id: key,
    type: 'webpage',
    title: source.title,
    author: [{ literal: source.author }],
    ...(tr?.translator ? { translator: [{ literal: tr.translator }] } : {}),
    ...(tr ? { 'original-title': tr.originalTitle } : {}),
    publisher: source.publisher,
    'container-title': source.publisher,
    issued: { 'date-parts': [[Number(year), Number(month), Number(day)]] },
    language: localeInfo(source.language).htmlLang,
    URL: source.shareUrl,
    note: `Passage ${source.passageId}; article ${source.articleUrl}${tr ? `; original ${tr.originalUrl}` : ''}`,
  };
  return { plain, chicago, apa, bibtex, csl };
}

const bibSpecial: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a biblatex field: LaTeX's special characters escaped. */
function bibEscape(value: string): string {
  return value.replace(/[\\{}%&$#_~^]/g, (c) => bibSpecial[c] as string);
}
