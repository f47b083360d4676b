// Reading layouts: a reader's layout and second edition, remembered (localStorage) from the layout
// links, and applied when they next open an article fresh. Without JavaScript the links stay links.
import { layoutPath, pageLayout, parseLayout, rememberedPath, secondEdition, storageKeys } from '../lib/reader/layout';
import { isLocale, type Locale } from '../lib/i18n/locales';

/** localStorage, or null where the browser refuses it (private modes, blocked storage). */
export function store(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** Remembers the layout (and second edition) of the layout link a reader follows. */
export function rememberLayoutChoices(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-layout]')) {
    link.addEventListener('click', () => {
      const storage = store();
      storage?.setItem(storageKeys.layout, link.dataset['layout'] ?? '');
      if (link.dataset['second']) storage?.setItem(storageKeys.second, link.dataset['second']);
    });
  }
}

/** The editions of the article besides this page's: those its layout links offer as second edition. */
function otherEditions(): Locale[] {
  const seconds = [...document.querySelectorAll<HTMLAnchorElement>('a[data-second]')].map((a) => a.dataset['second'] ?? '');
  return [...new Set(seconds)].filter((code): code is Locale => isLocale(code));
}

/**
 * On an article opened by following a link or typing its address (not by going back or reloading,
 * which must not trap the reader), moves on to the reader's remembered layout, keeping the #passage;
 * `replace` so that going back skips the article they never chose. Otherwise the header's layout
 * links take the remembered second edition.
 */
export function applyRememberedLayout(): void {
  const storage = store();
  const here = pageLayout(location.pathname);
  if (!storage || here?.layout !== 'single') return;
  const stored = { layout: storage.getItem(storageKeys.layout), second: storage.getItem(storageKeys.second) };
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const target = rememberedPath(location.pathname, stored, otherEditions());
  if (target && (!navigation || navigation.type === 'navigate')) {
    location.replace(`${target}${location.search}${location.hash}`);
    return;
  }
  const second = secondEdition(stored.second, here.locale, otherEditions());
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-quick]')) {
    const layout = parseLayout(link.dataset['layout']);
    if (!layout || !second) continue;
    link.href = layoutPath(layout, here.locale, here.slug, second);
    link.dataset['second'] = second;
  }
}
