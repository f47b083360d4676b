import fs from 'node:fs';
import path from 'node:path';
import { dist } from './build';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';

/** The kinds of page the site builds, each found in the build itself (search only when built). */
export type PageKind = 'chooser' | 'not-found' | 'home' | 'article' | 'side-by-side' | 'glossary' | 'term' | 'share' | 'search';

export interface SamplePage {
  kind: PageKind;
  /** The page's UI locale; null for the language chooser and the not-found page. */
  locale: Locale | null;
  /** The site path to load, e.g. `/ja/articles/ai-bubble/`. */
  path: string;
}

const isPage = (dir: string) => fs.existsSync(path.join(dist, dir, 'index.html'));
/** The sub-folders of a built folder that are pages, sorted. */
const pagesIn = (dir: string) =>
  fs.existsSync(path.join(dist, dir))
    ? fs
        .readdirSync(path.join(dist, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory() && isPage(path.join(dir, e.name)))
        .map((e) => e.name)
        .sort()
    : [];

/** The first article slug built for a locale (the articles are the same in every locale). */
export function articleSlug(locale: Locale): string {
  const slug = pagesIn(`${locale}/articles`)[0];
  if (!slug) throw new Error(`no article built under ${dist}/${locale}/articles`);
  return slug;
}

/** One page of every kind in every locale, plus `/` and the 404 page, as they exist in the build. */
export function samplePages(): SamplePage[] {
  const pages: SamplePage[] = [
    { kind: 'chooser', locale: null, path: '/' },
    { kind: 'not-found', locale: null, path: '/404.html' },
  ];
  for (const locale of localeCodes) {
    const slug = articleSlug(locale);
    const article = `/${locale}/articles/${slug}/`;
    const compare = pagesIn(`${article}compare`)[0];
    const share = pagesIn(`${article}p`)[0];
    const term = pagesIn(`${locale}/glossary`)[0];
    pages.push({ kind: 'home', locale, path: `/${locale}/` }, { kind: 'article', locale, path: article });
    if (compare) pages.push({ kind: 'side-by-side', locale, path: `${article}compare/${compare}/` });
    pages.push({ kind: 'glossary', locale, path: `/${locale}/glossary/` });
    if (term) pages.push({ kind: 'term', locale, path: `/${locale}/glossary/${term}/` });
    if (share) pages.push({ kind: 'share', locale, path: `${article}p/${share}/` });
    if (isPage(`${locale}/search`)) pages.push({ kind: 'search', locale, path: `/${locale}/search/` });
  }
  return pages;
}
