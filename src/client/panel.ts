// The passage panel (loaded on the first ¶ click): a modal <dialog> showing the passage in the other
// editions, its glossary terms and its share link. The dialog's markup and strings come with the page
// (src/components/PassagePanel.astro); closing it returns focus to the passage's ¶ link.
import { parsePagePath } from '../lib/routes/paths';
import { format } from '../lib/text/format';
import { copyShareUrl } from './copy';
import { editionTexts } from './texts';

/** What the panel dispatches on itself (bubbling) when it opens: the citation actions fill `slot` (then unhide it). */
export interface PanelOpenDetail {
  id: string;
  passage: HTMLElement;
  slot: HTMLElement;
}

const element = <T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string) => root.querySelector<T>(selector)!;

/** One other edition: the passage's text once loaded, and a link to it in context. */
function editionBlock(dialog: HTMLDialogElement, hop: HTMLAnchorElement, id: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'panel-edition';
  const status = document.createElement('p');
  status.className = 'meta';
  status.textContent = dialog.dataset['loading'] ?? '';
  const link = document.createElement('a');
  link.href = hop.href;
  link.hreflang = hop.hreflang;
  const name = new Intl.DisplayNames([document.documentElement.lang], { type: 'language' }).of(hop.lang) ?? hop.lang;
  link.textContent = `${name} — ${dialog.dataset['context'] ?? ''}`;
  const caption = document.createElement('p');
  caption.append(link);
  block.append(status, caption);
  const page = parsePagePath(hop.href);
  if (page?.kind !== 'article') return block;
  editionTexts(page.locale, page.slug).then(
    (texts) => {
      const quote = document.createElement('blockquote');
      quote.lang = hop.lang;
      quote.textContent = texts.get(id) ?? '';
      status.replaceWith(quote);
    },
    () => {
      status.textContent = dialog.dataset['unavailable'] ?? '';
    },
  );
  return block;
}

/** The glossary terms a passage links, once each: name (to its page) and the definition it shows. */
function termList(passage: HTMLElement): HTMLElement[] {
  const lang = passage.closest<HTMLElement>('[lang]')?.lang ?? '';
  const seen = new Set<string>();
  return [...passage.querySelectorAll('.term')].flatMap((term) => {
    const link = term.querySelector<HTMLAnchorElement>('a[data-term]');
    const slug = link?.dataset['term'];
    if (!link || !slug || seen.has(slug)) return [];
    seen.add(slug);
    const dt = document.createElement('dt');
    const name = document.createElement('a');
    name.href = link.href;
    name.textContent = link.textContent;
    dt.append(name);
    const dd = document.createElement('dd');
    dd.textContent = term.querySelector('.term-tip')?.textContent ?? '';
    for (const el of [dt, dd]) el.lang = lang;
    return [dt, dd];
  });
}

/** Fills the panel for `passage` and opens it as a modal; closing focuses `opener` again. */
export function openPanel(dialog: HTMLDialogElement, passage: HTMLElement, opener: HTMLElement): void {
  const id = passage.dataset['passage'] ?? '';
  element(dialog, '#panel-title').textContent = format(dialog.dataset['title'] ?? '{id}', { id });
  const hops = [...passage.querySelectorAll<HTMLAnchorElement>('.passage-tools a.hop')];
  element(dialog, '[data-panel-editions]').replaceChildren(...hops.map((hop) => editionBlock(dialog, hop, id)));
  const terms = termList(passage);
  element(dialog, '[data-panel-terms]').replaceChildren(...terms);
  element(dialog, '[data-panel-terms-section]').hidden = terms.length === 0;
  const url = passage.querySelector<HTMLElement>('[data-share-url]')?.dataset['shareUrl'] ?? '';
  const share = element<HTMLAnchorElement>(dialog, '[data-panel-share]');
  share.href = url;
  share.textContent = url;
  element(dialog, '[data-panel-copy]').onclick = () => void copyShareUrl(url);
  const slot = element(dialog, '[data-cite-slot]');
  slot.replaceChildren();
  slot.hidden = true;
  dialog.dispatchEvent(new CustomEvent<PanelOpenDetail>('passage-panel-open', { bubbles: true, detail: { id, passage, slot } }));
  dialog.addEventListener('close', () => opener.focus(), { once: true });
  dialog.showModal();
}
