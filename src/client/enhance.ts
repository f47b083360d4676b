// Progressive enhancements of every page; each works only with JavaScript and the page works without.
import { passageAtTop, withFragment } from '../lib/passages/viewport';
import { highlightRanges } from '../lib/search/highlight';
import { copyShareUrl } from './copy';
import { applyRememberedLayout, rememberLayoutChoices } from './layout';
import { continueReading } from './progress';

/** The elements that carry passage ids: the passages of an article, the rows of a two-edition page. */
const passages = () => [...document.querySelectorAll<HTMLElement>('[data-passage][id], [data-row][id]')];
const passageSelector = '[data-passage], [data-row]';

/** The passage at the top of the viewport, below the sticky header. */
function currentPassage(): string | undefined {
  const bottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  return passageAtTop(
    passages().map((p) => ({ id: p.id, bottom: p.getBoundingClientRect().bottom })),
    bottom,
  );
}

/** Language switcher: carry the passage the reader is at into the other edition. */
function keepPassageOnSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-keep-passage]')) {
    link.addEventListener('click', () => {
      if (passages().length === 0) return;
      const hash = decodeURIComponent(location.hash.slice(1));
      const targeted = hash && document.getElementById(hash)?.closest<HTMLElement>(passageSelector);
      // Unscrolled, the reader is at the page's head: the other page opens at its head too.
      const at = (targeted && (targeted.dataset['passage'] ?? targeted.id)) || (scrollY > 0 ? currentPassage() : undefined);
      link.href = withFragment(link.href, at);
    });
  }
}

/** Copy buttons: shown only with JavaScript; copy the passage's share URL and announce it. */
function copyButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-link[data-share-url]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copyShareUrl(button.dataset['shareUrl'] ?? ''));
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
  // The passage panel (src/client/panel.ts) offers the same actions as the passage it shows.
  document.addEventListener('passage-panel-open', (event) => {
    const { passage, slot } = (event as CustomEvent<{ passage: HTMLElement; slot: HTMLElement }>).detail;
    const actions = [...passage.querySelectorAll<HTMLButtonElement>('.passage-tools :is(button.copy-quote, button.cite):not([hidden])')];
    slot.replaceChildren(
      ...actions.map((action) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = action.textContent;
        button.addEventListener('click', () => action.click());
        return button;
      }),
    );
    slot.hidden = actions.length === 0;
  });
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
  const target = id ? document.getElementById(id)?.closest<HTMLElement>(passageSelector) : null;
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

/** The ¶ tool opens the passage panel where the page has one (its code loaded on the first click); a modified click stays a link. */
function passagePanel(): void {
  const dialog = document.querySelector<HTMLDialogElement>('dialog#passage-panel');
  if (!dialog) return;
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.permalink');
    const passage = link?.closest<HTMLElement>('[data-passage]');
    if (!link || !passage || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void import('./panel').then(({ openPanel }) => openPanel(dialog, passage, link));
  });
}

applyRememberedLayout();
keepPassageOnSwitch();
rememberLayoutChoices();
copyButtons();
passageActions();
passagePanel();
continueReading(() => passages().map((p) => p.id), currentPassage);
highlightArrival();
addEventListener('hashchange', highlightArrival);
