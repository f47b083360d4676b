import { localeInfo } from '../i18n/locales';
import { ui } from '../i18n/ui';
import { plainText } from '../passages/parse';
import { cardSize } from '../og/size';
import type { ShareRoute } from '../routes/routes';
import { escapeXml } from '../text/escape';
import { citation, citeSource } from './cite';

/** The width a rich embed asks for (oEmbed requires one; the blockquote reflows to any width). */
const embedWidth = 550;

/** Where a share page's oEmbed response is: beside it, `…/p/<id>/oembed.json`. */
export const oembedPath = (route: ShareRoute) => `${route.path}oembed.json`;

/**
 * A share page's oEmbed response (type `rich`): a small, script-free and style-free blockquote of
 * the passage with its attribution and a link to the share page, and the passage card as the
 * thumbnail for consumers that show a link preview instead.
 */
export function oembed(route: ShareRoute, site: URL): Record<string, string | number> {
  const source = citeSource(route, site);
  const t = ui(route.locale);
  const text = plainText(route.passage.content) || t.figureNotReproduced;
  const lang = localeInfo(route.edition.locale).htmlLang;
  const html =
    `<blockquote cite="${escapeXml(source.shareUrl)}" lang="${lang}">` +
    `<p>${escapeXml(text)}</p>` +
    `<footer>— <a href="${escapeXml(source.shareUrl)}">${escapeXml(citation(source).attribution)}</a></footer>` +
    `</blockquote>`;
  return {
    version: '1.0',
    type: 'rich',
    title: `${route.edition.data.title} — ${t.sharedPassage}`,
    author_name: route.edition.data.author,
    provider_name: t.siteName,
    provider_url: new URL('/', site).href,
    html,
    width: embedWidth,
    // Unknown until the consumer lays the text out; a blockquote needs no fixed height.
    height: 0,
    thumbnail_url: new URL(route.card, site).href,
    thumbnail_width: cardSize.width,
    thumbnail_height: cardSize.height,
    cache_age: 86400,
  };
}
