// Clipboard writes and their spoken confirmation, shared by the passage actions.

/** Announces `message` in the page's polite live region. */
export function announce(message: string | undefined): void {
  const status = document.getElementById('copy-status');
  if (status && message) status.textContent = message;
}

/** A label from the live region's data attributes (the page's UI strings for the passage actions). */
export const label = (name: string): string | undefined => document.getElementById('copy-status')?.dataset[name];

/** Writes rich text and its plain-text form in one clipboard item (plain text only where ClipboardItem is missing). */
export async function writeRich(html: string, plain: string): Promise<void> {
  if (typeof ClipboardItem === 'undefined') return navigator.clipboard.writeText(plain);
  await navigator.clipboard.write([
    new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([plain], { type: 'text/plain' }) }),
  ]);
}
