import { localeInfo } from '../i18n/locales';
import type { Route } from './routes';

/** One hreflang alternate of a page: a BCP 47 tag (or `x-default`) and an absolute URL. */
export interface Hreflang {
  hreflang: string;
  href: string;
}

/**
 * A page's hreflang alternates, `x-default` last, as absolute URLs: the one source of both the
 * pages' `<link rel=alternate hreflang>` and the sitemap's `xhtml:link`s, so that the two agree.
 */
export function hreflangs(route: Route, site: URL): Hreflang[] {
  const absolute = (path: string) => new URL(path, site).href;
  return [
    ...route.alternates.map((a) => ({ hreflang: localeInfo(a.locale).htmlLang, href: absolute(a.path) })),
    ...(route.xDefault ? [{ hreflang: 'x-default', href: absolute(route.xDefault) }] : []),
  ];
}
