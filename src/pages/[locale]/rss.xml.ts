// An RSS feed per locale (one per home page of the route table): its articles, in the reader's edition where one exists.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { editionFor } from '../../lib/site/articles';
import { localeInfo } from '../../lib/i18n/locales';
import { ui } from '../../lib/i18n/ui';
import { getRoutes } from '../../lib/routes/load';
import { articlePath } from '../../lib/routes/paths';
import { staticPaths, type HomeRoute } from '../../lib/routes/routes';

export const getStaticPaths = async () => staticPaths(await getRoutes(), 'home');

export const GET: APIRoute<{ route: HomeRoute }> = async ({ props: { route }, site }) => {
  const { locale } = route;
  return rss({
    title: ui(locale).rssTitle,
    description: ui(locale).siteTagline,
    site: site as URL,
    customData: `<language>${localeInfo(locale).htmlLang}</language>`,
    items: route.articles.map((article) => {
      const edition = editionFor(article, locale);
      return {
        title: edition.data.title,
        description: edition.data.dek,
        link: articlePath(locale, article.slug),
        pubDate: edition.data.published,
        author: edition.data.author,
      };
    }),
  });
};
