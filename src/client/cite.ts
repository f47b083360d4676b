// Cite this passage: a dialog with the passage's citation (fetched from its share page's cite.json
// when opened) in plain text, Chicago and APA, each copyable, and BibTeX and CSL-JSON downloads.
import type { Citation } from '../lib/cite/cite';

/** The citation of a passage, from its `cite.json`. */
export async function fetchCitation(url: string): Promise<Citation> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Citation;
}

/** Opens the cite dialog for the citation at `url` (a `…/p/<id>/cite.json`); returns the dialog. */
export async function openCiteDialog(url: string): Promise<HTMLDialogElement | undefined> {
  const template = document.getElementById('cite-dialog') as HTMLTemplateElement | null;
  if (!template) return undefined;
  const citation = await fetchCitation(url);
  document.querySelector('dialog.cite-dialog')?.remove();
  const dialog = (template.content.firstElementChild as HTMLDialogElement).cloneNode(true) as HTMLDialogElement;
  const status = dialog.querySelector('.cite-status');
  for (const section of dialog.querySelectorAll<HTMLElement>('[data-format]')) {
    const text = citation[section.dataset['format'] as 'plain' | 'chicago' | 'apa'];
    (section.querySelector('pre') as HTMLElement).textContent = text;
    section.querySelector('[data-copy]')?.addEventListener('click', async () => {
      await navigator.clipboard.writeText(text);
      if (status) status.textContent = dialog.dataset['copied'] ?? '';
    });
  }
  const files = {
    bibtex: new Blob([citation.bibtex], { type: 'application/x-bibtex' }),
    csl: new Blob([JSON.stringify([citation.csl], null, 2)], { type: 'application/vnd.citationstyles.csl+json' }),
  };
  for (const link of dialog.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
    link.href = URL.createObjectURL(files[link.dataset['download'] as keyof typeof files]);
  }
  dialog.addEventListener('close', () => {
    for (const link of dialog.querySelectorAll<HTMLAnchorElement>('a[data-download]')) URL.revokeObjectURL(link.href);
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
