import { localeInfo } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { cardSize } from '../og/size';
import { feedPath } from '../routes/paths';
import type { Route } from '../routes/routes';
import { contentSecurityPolicy } from './csp';
import { documentTitle } from './title';

/** What a page says about itself in its head, beyond what its route says. */
export interface PageMeta {
  title: string;
  description: string;
  cardAlt: string;
  ogType?: 'website' | 'article';
  /** The whole `<title>` when it is not "title | site name" (the language chooser names every site name). */
  documentTitle?: string;
}

/** One element of the head: a `<meta>` or a `<link>` with its attributes, in order. */
export interface HeadTag {
  tag: 'meta' | 'link';
  attrs: Record<string, string>;
}

/** A page's `<title>` and the elements after it. */
export interface Head {
  title: string;
  /** Before the title: charset, CSP, viewport and a share page's refresh. */
  before: HeadTag[];
  after: HeadTag[];
}

const meta = (attrs: Record<string, string>): HeadTag => ({ tag: 'meta', attrs });
const link = (attrs: Record<string, string>): HeadTag => ({ tag: 'link', attrs });

/**
 * The head of a page as data, from its route (canonical, alternates, card, locale) and what the
 * page says (title, description, card alt): the one head of every page, rendered by `Head.astro`.
 */
export function pageHead(route: Route, page: PageMeta, site: URL): Head {
  const info = localeInfo(route.locale);
  const t = ui(route.locale);
  const absolute = (path: string) => new URL(path, site).href;
  const chooser = route.kind === 'chooser';
  const refresh = route.kind === 'share' ? [meta({ 'http-equiv': 'refresh', content: `0; url=${route.destination}` })] : [];
  return {
    title: page.documentTitle ?? documentTitle(page.title, t.siteName),
    before: [
      meta({ charset: 'utf-8' }),
      meta({ 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }),
      meta({ name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      ...refresh,
    ],
    after: [
      meta({ name: 'description', content: page.description }),
      link({ rel: 'canonical', href: absolute(route.canonical) }),
      ...route.alternates.map((a) => link({ rel: 'alternate', hreflang: localeInfo(a.locale).htmlLang, href: absolute(a.path) })),
      ...(route.xDefault ? [link({ rel: 'alternate', hreflang: 'x-default', href: absolute(route.xDefault) })] : []),
      ...(chooser ? [] : [link({ rel: 'alternate', type: 'application/rss+xml', title: t.rssTitle, href: feedPath(route.locale) })]),
      link({ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }),
      meta({ property: 'og:site_name', content: t.siteName }),
      meta({ property: 'og:type', content: page.ogType ?? 'website' }),
      meta({ property: 'og:title', content: page.title }),
      meta({ property: 'og:description', content: page.description }),
      meta({ property: 'og:url', content: absolute(route.canonical) }),
      meta({ property: 'og:locale', content: info.ogLocale }),
      ...route.alternates
        .filter((a) => a.locale !== route.locale)
        .map((a) => meta({ property: 'og:locale:alternate', content: localeInfo(a.locale).ogLocale })),
      meta({ property: 'og:image', content: absolute(route.card) }),
      meta({ property: 'og:image:type', content: 'image/png' }),
      meta({ property: 'og:image:width', content: String(cardSize.width) }),
      meta({ property: 'og:image:height', content: String(cardSize.height) }),
      meta({ property: 'og:image:alt', content: page.cardAlt }),
      meta({ name: 'twitter:card', content: 'summary_large_image' }),
    ],
  };
}
