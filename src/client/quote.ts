// Copy quote: the passage with its attribution and share link, as rich text and as Markdown.
import { quoteHtml, quoteMarkdown, type QuoteParts } from '../lib/cite/quote';
import { announce, label, writeRich } from './clipboard';

/** The text a reader sees in a passage: without its tools and the glossary's definitions. */
export function passageText(passage: HTMLElement): string {
  const clone = passage.cloneNode(true) as HTMLElement;
  for (const hidden of clone.querySelectorAll('[data-pagefind-ignore], .figure-placeholder')) hidden.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The parts of a passage's quote: its text, its article's attribution and the share URL. */
export function quoteParts(passage: HTMLElement, shareUrl: string): QuoteParts {
  const attribution = passage.closest<HTMLElement>('[data-attribution]')?.dataset['attribution'] ?? document.title;
  return { text: passageText(passage), attribution, url: shareUrl };
}

/** Copies a passage's quote (text/html and text/plain Markdown) and announces it. */
export async function copyQuote(passage: HTMLElement, shareUrl: string): Promise<void> {
  const parts = quoteParts(passage, shareUrl);
  await writeRich(quoteHtml(parts), quoteMarkdown(parts));
  announce(label('quoteCopied'));
}
