/**
 * The Content-Security-Policy of every page: scripts only from the site itself, plus
 * 'wasm-unsafe-eval' because Pagefind's search runs as WebAssembly. No inline script or style is
 * allowed anywhere, so the build emits every script and stylesheet as a file.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy the host sends as a header (public/_headers): the page policy plus `frame-ancestors`,
 * which browsers ignore in a `<meta>` policy. No page is meant to be framed (embeds quote the
 * passage as HTML, see the oEmbed responses), so none may be.
 */
export const headerContentSecurityPolicy = `${contentSecurityPolicy}; frame-ancestors 'none'`;
