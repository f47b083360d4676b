// Continue reading: an article remembers the passage the reader was at (localStorage, one entry per
// article, shared by its editions and layouts since passage ids are), and offers to return to it.
import { offerReturn, pageLayout, storageKeys } from '../lib/reader/layout';
import { store } from './layout';

/**
 * Saves the passage at the top (`current()`) as the reader scrolls, and, when they open the article
 * again without a #passage, shows the page's `[data-continue]` link to where they were.
 */
export function continueReading(ids: () => string[], current: () => string | undefined): void {
  const storage = store();
  const here = pageLayout(location.pathname);
  if (!storage || !here) return;
  const key = storageKeys.progress(here.slug);
  const offer = document.querySelector<HTMLElement>('[data-continue]');
  const saved = storage.getItem(key);
  if (offer && saved && offerReturn(saved, ids(), location.hash)) {
    offer.querySelector('a')?.setAttribute('href', `#${saved}`);
    offer.hidden = false;
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  addEventListener(
    'scroll',
    () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const id = current();
        if (id) storage.setItem(key, id);
      }, 400);
    },
    { passive: true },
  );
}
