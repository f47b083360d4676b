/** Schemes a link in a passage may use; anything else (javascript:, data:, …) is rendered as plain text. */
const safeSchemes = new Set(['http:', 'https:', 'mailto:']);

/** The link target if it is safe to put in an href (http, https, mailto, or a relative/fragment URL), else undefined. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  // Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:").
  const collapsed = trimmed.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(collapsed);
  if (scheme) return safeSchemes.has(`${scheme[1]?.toLowerCase()}:`) ? trimmed : undefined;
  return trimmed.startsWith('//') ? undefined : trimmed;
}
