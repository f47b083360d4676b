import { z } from 'zod';

/**
 * Every UI string the site shows. Each locale has one file in `ui/` with exactly these keys;
 * `{name}` placeholders are filled by `format()`. A missing or empty string fails type-checking
 * (`satisfies UiStrings`) and, at load time, this schema: a build error, never an empty label.
 */
export const uiSchema = z.strictObject({
  siteName: z.string().min(1),
  siteTagline: z.string().min(1),
  skipToContent: z.string().min(1),
  chooseLanguage: z.string().min(1),
  home: z.string().min(1),
  homeIntro: z.string().min(1),
  articles: z.string().min(1),
  byline: z.string().includes('{author}'),
  publishedOnSite: z.string().includes('{date}'),
  translationNotice: z.string().includes('{original}'),
  translatedBy: z.string().includes('{translator}'),
  readOriginal: z.string().min(1),
  notTranslated: z.string().includes('{language}'),
  editionLanguage: z.string().includes('{language}'),
  otherEditions: z.string().min(1),
  sideBySide: z.string().min(1),
  sideBySideTitle: z.string().includes('{left}').and(z.string().includes('{right}')),
  sideBySideIntro: z.string().min(1),
  figure: z.string().min(1),
  figureNotReproduced: z.string().min(1),
  glossary: z.string().min(1),
  glossaryIntro: z.string().min(1),
  termNames: z.string().min(1),
  termExplanation: z.string().min(1),
  termFigures: z.string().min(1),
  termRelated: z.string().min(1),
  termPassages: z.string().min(1),
  termNoPassages: z.string().min(1),
  search: z.string().min(1),
  searchLabel: z.string().min(1),
  searchPlaceholder: z.string().min(1),
  searchNeedsJs: z.string().min(1),
  searchAllEditions: z.string().min(1),
  searchNoResults: z.string().min(1),
  searchSameInYours: z.string().includes('{language}'),
  searchAlsoIn: z.string().min(1),
  searchResultCount: z.string().includes('{count}'),
  searchShowMore: z.string().min(1),
  searchLoading: z.string().min(1),
  searchUnavailable: z.string().min(1),
  searchFilterLabel: z.string().min(1),
  passageLink: z.string().min(1),
  copyLink: z.string().min(1),
  linkCopied: z.string().min(1),
  passageInOtherEditions: z.string().min(1),
  readInContext: z.string().min(1),
  sharedPassage: z.string().min(1),
  redirecting: z.string().min(1),
  notFoundTitle: z.string().min(1),
  notFoundBody: z.string().min(1),
  rssTitle: z.string().min(1),
  cardSite: z.string().min(1),
});

/** The shape every locale's UI strings file must satisfy. */
export type UiStrings = z.infer<typeof uiSchema>;
