// Copying a share URL, announced to screen readers: shared by the passage tools and the passage panel.

/** Copies `url` to the clipboard and says so in the page's live region. */
export async function copyShareUrl(url: string): Promise<void> {
  await navigator.clipboard.writeText(url);
  const status = document.getElementById('copy-status');
  if (status) status.textContent = status.dataset['copied'] ?? '';
}
