import { truncate } from '../text/truncate';

/** The longest `<title>` we emit: what search results show (and html-validate's long-title rule). */
export const maxTitleLength = 70;

/**
 * A page's `<title>`: the page's own title, then " | site name" when that still fits, else the
 * title alone, cut with an ellipsis only if the title itself is too long.
 */
export function documentTitle(title: string, siteName: string): string {
  const withSite = `${title} | ${siteName}`;
  if (title === siteName || withSite.length > maxTitleLength) {
    return truncate(title, maxTitleLength);
  }
  return withSite;
}
