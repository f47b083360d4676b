// Progressive enhancements of every page; each works only with JavaScript and the page works without.
import { passageAtTop, withFragment } from '../lib/passages/viewport';
import { highlightRanges } from '../lib/search/highlight';

const passages = () => [...document.querySelectorAll<HTMLElement>('[data-passage][id]')];

/** Language switcher: carry the passage the reader is at into the other edition. */
function keepPassageOnSwitch(): void {
  const header = document.querySelector('.site-header');
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-passage]')) {
    link.addEventListener('click', () => {
      if (passages().length === 0) return;
      const hash = decodeURIComponent(location.hash.slice(1));
      const targeted = hash && document.getElementById(hash)?.closest('[data-passage]')?.getAttribute('data-passage');
      const bottom = header?.getBoundingClientRect().bottom ?? 0;
      const id =
        targeted ||
        passageAtTop(
          passages().map((p) => ({ id: p.id, bottom: p.getBoundingClientRect().bottom })),
          bottom,
        );
      link.href = withFragment(link.href, id);
    });
  }
}

/** Copy buttons: shown only with JavaScript; copy the passage's share URL and announce it. */
function copyButtons(): void {
  const status = document.getElementById('copy-status');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-share-url]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(button.dataset['shareUrl'] ?? '');
      if (status) status.textContent = status.dataset['copied'] ?? '';
    });
  }
}

/**
 * The editor's passage actions, shown only with JavaScript; their code loads on first use, so that
 * an article's JavaScript before interaction stays small: copy quote, cite (where the page has the
 * cite dialog), and the quote-link button on a selection inside a passage.
 */
function passageActions(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-quote[data-share-url]')) {
    button.hidden = false;
    button.addEventListener('click', async () => {
      const passage = button.closest<HTMLElement>('[data-passage]');
      if (passage) await (await import('./quote')).copyQuote(passage, button.dataset['shareUrl'] ?? '');
    });
  }
  const dialog = document.getElementById('cite-dialog');
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.cite[data-cite]')) {
    if (!dialog) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await (await import('./cite')).openCiteDialog(button.dataset['cite'] ?? '');
    });
  }
  if (passages().length === 0) return;
  const start = () => {
    if (document.getSelection()?.isCollapsed !== false) return;
    document.removeEventListener('selectionchange', start);
    void import('./quote-link').then((module) => module.quoteLinks());
  };
  document.addEventListener('selectionchange', start);
}

/** Arrival at #id (also a moved id): mark the passage; search hits (?highlight=) are marked inside it. */
function highlightArrival(): void {
  for (const old of document.querySelectorAll('.is-highlighted')) old.classList.remove('is-highlighted');
  // A quote link's text directive (#id:~:text=…) stays in location.hash where browsers lack text fragments.
  const [hash = '', directive] = location.hash.slice(1).split(':~:');
  const id = decodeURIComponent(hash);
  const target = id ? document.getElementById(id)?.closest<HTMLElement>('[data-passage]') : null;
  if (!target) return;
  target.classList.add('is-highlighted');
  // The sticky header's height varies with the viewport: keep the passage clear of it.
  const header = document.querySelector<HTMLElement>('.site-header');
  if (header) document.documentElement.style.scrollPaddingTop = `${header.offsetHeight + 12}px`;
  // Where the browser went to a text fragment's words, it has scrolled there: leave it.
  if (!arrivedAtText() || directive !== undefined) target.scrollIntoView({ block: 'start' });
  const words = new URLSearchParams(location.search).getAll('highlight');
  if (words.length > 0) markWords(target, words);
}

/** True when this page was loaded through a URL with a text fragment the browser acted on. */
function arrivedAtText(): boolean {
  const navigation = performance.getEntriesByType('navigation')[0];
  return 'fragmentDirective' in document && !!navigation && navigation.name.includes(':~:text=');
}

function markWords(root: HTMLElement, words: string[]): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const ranges = highlightRanges(node.data, words);
    for (const [start, end] of ranges.reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}

keepPassageOnSwitch();
copyButtons();
passageActions();
highlightArrival();
addEventListener('hashchange', highlightArrival);
