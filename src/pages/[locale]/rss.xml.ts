// An RSS feed per locale: its articles, in the reader's edition where one exists.
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content/site';
import { editionFor } from '../../lib/content/articles';
import { localeRoutes } from '../../lib/content/routes';
import { localeInfo, type Locale } from '../../lib/i18n/locales';
import { articlePath } from '../../lib/i18n/paths';
import { ui } from '../../lib/i18n/ui';

export const getStaticPaths = localeRoutes;

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params['locale'] as Locale;
  const { articles } = await getSite();
  return rss({
    title: ui(locale).rssTitle,
    description: ui(locale).siteTagline,
    site: site as URL,
    customData: `<language>${localeInfo(locale).htmlLang}</language>`,
    items: articles.map((article) => {
      const edition = editionFor(article, locale);
      return { title: edition.data.title, description: edition.data.dek, link: articlePath(locale, article.slug), pubDate: edition.data.published, author: edition.data.author };
    }),
  });
};
