// An RSS feed per locale (one per home page of the route table): its articles, in the reader's edition where one exists.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionFor } from '../../lib/site/articles';
import { localeInfo } from '../../lib/i18n/locales';
import { ui } from '../../lib/i18n/ui';
import { getRoutes } from '../../lib/routes/load';
import { articlePath, feedPath, homePath } from '../../lib/routes/paths';
import { staticPaths, type HomeRoute } from '../../lib/routes/routes';
import { escapeXml } from '../../lib/text/escape';

export const getStaticPaths = async () => staticPaths(await getRoutes(), 'home');

export const GET: APIRoute<{ route: HomeRoute }> = async ({ props: { route }, site }) => {
  const { locale } = route;
  const absolute = (path: string) => new URL(path, site).href;
  return rss({
    title: ui(locale).rssTitle,
    description: ui(locale).siteTagline,
    // The channel's link is the locale's home, the page the feed mirrors.
    site: absolute(homePath(locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData:
      `<language>${localeInfo(locale).htmlLang}</language>` +
      `<atom:link href="${escapeXml(absolute(feedPath(locale)))}" rel="self" type="application/rss+xml"/>`,
    items: route.articles.map((article) => {
      const edition = editionFor(article, locale);
      return {
        title: edition.data.title,
        description: edition.data.dek,
        link: absolute(articlePath(locale, article.slug)),
        pubDate: edition.data.published,
        // RSS 2.0's <author> is an e-mail address; a name goes in Dublin Core's creator.
        customData: `<dc:creator>${escapeXml(edition.data.author)}</dc:creator>`,
      };
    }),
  });
};
