// Link a quote: when a reader selects words inside one passage, offer a button that copies a link
// to exactly those words (a text fragment after the passage id, see quoteLinkUrl).
import { quoteLinkUrl, wordBounds } from '../lib/cite/quote';
import { announce, label } from './clipboard';

/** The passage a selection lies in, when it lies in exactly one (and not in its tools). */
export function selectedPassage(selection: Selection | null): HTMLElement | undefined {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const element = (node: Node) => (node instanceof Element ? node : node.parentElement);
  const start = element(range.startContainer)?.closest<HTMLElement>('[data-passage][id]');
  const end = element(range.endContainer)?.closest<HTMLElement>('[data-passage][id]');
  if (!start || start !== end || element(range.commonAncestorContainer)?.closest('.passage-tools')) return undefined;
  return start;
}

/** The link to the words selected in a passage, the selection widened to whole words. */
export function selectionLink(passage: HTMLElement, selection: Selection): string {
  const range = selection.getRangeAt(0).cloneRange();
  const lang = passage.closest('[lang]')?.getAttribute('lang') ?? 'en';
  const { startContainer: first, endContainer: last } = range;
  if (first instanceof Text) range.setStart(first, wordBounds(first.data, range.startOffset, range.startOffset, lang)[0]);
  if (last instanceof Text) range.setEnd(last, wordBounds(last.data, range.endOffset, range.endOffset, lang)[1]);
  return quoteLinkUrl(location.href, passage.id, range.toString());
}

/** Shows the quote-link button under a selection inside a passage (the current one too), and hides it otherwise. */
export function quoteLinks(): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'quote-link';
  button.textContent = label('quoteLink') ?? '';
  button.hidden = true;
  document.body.append(button);
  let link = '';
  // The button takes the press before the selection collapses.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(link);
    announce(label('quoteLinkCopied'));
    button.hidden = true;
  });
  const update = () => {
    const selection = document.getSelection();
    const passage = selectedPassage(selection);
    if (!passage || !selection) {
      button.hidden = true;
      return;
    }
    link = selectionLink(passage, selection);
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    button.style.top = `${rect.bottom + scrollY + 6}px`;
    button.style.left = `${Math.max(8, rect.left + scrollX)}px`;
    button.hidden = false;
  };
  document.addEventListener('selectionchange', update);
  // The selection that loaded this module is already there.
  update();
}
