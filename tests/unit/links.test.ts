import { describe, expect, it } from 'vitest';
import { extractUrls, fileFor, fragmentResolves, parseSrcset, resolveUrl } from '../helpers/links';

const origin = 'https://site.example';
const page = '/ja/articles/a/';

describe('link resolution (the helper behind tests/build/links.test.ts)', () => {
  it('resolves relative, root-relative and same-origin absolute URLs to site paths', () => {
    expect(resolveUrl('../b/', page, origin)).toEqual({ kind: 'internal', path: '/ja/articles/b/', fragment: null });
    expect(resolveUrl('compare/en/', page, origin)).toEqual({ kind: 'internal', path: '/ja/articles/a/compare/en/', fragment: null });
    expect(resolveUrl('https://site.example/og/ja.png', page, origin)).toEqual({ kind: 'internal', path: '/og/ja.png', fragment: null });
  });

  it('skips other origins (also protocol-relative ones) and non-http schemes', () => {
    for (const url of [
      'https://t.me/x',
      '//cdn.example/x.js',
      'http://site.example/x',
      'mailto:a@b.c',
      'tel:+81',
      'data:image/png;base64,AA',
    ]) {
      expect(resolveUrl(url, page, origin), url).toEqual({ kind: 'external' });
    }
  });

  it('separates the fragment, drops the query and decodes percent-encoding', () => {
    expect(resolveUrl('#p-1', page, origin)).toEqual({ kind: 'internal', path: page, fragment: 'p-1' });
    expect(resolveUrl('/zh/x/?highlight=a#%E6%B3%A1', page, origin)).toEqual({ kind: 'internal', path: '/zh/x/', fragment: '泡' });
    expect(resolveUrl('/og/%E6%B3%A1.png', page, origin)).toEqual({ kind: 'internal', path: '/og/泡.png', fragment: null });
    expect(resolveUrl('#', page, origin)).toEqual({ kind: 'internal', path: page, fragment: '' });
  });

  it('maps directories to index.html and files to themselves, and finds nothing for a missing file', () => {
    const files = new Set(['index.html', 'ja/index.html', 'og/ja.png', '404.html']);
    expect(fileFor('/', files)).toBe('index.html');
    expect(fileFor('/ja/', files)).toBe('ja/index.html');
    expect(fileFor('/ja', files)).toBe('ja/index.html');
    expect(fileFor('/og/ja.png', files)).toBe('og/ja.png');
    expect(fileFor('/404.html', files)).toBe('404.html');
    expect(fileFor('/og/en.png', files)).toBeNull();
    expect(fileFor('/404/', files)).toBeNull();
  });

  it('accepts a fragment only for an existing id, or the top of the page', () => {
    const ids = new Set(['main', 'burry-short']);
    expect(fragmentResolves('burry-short', ids)).toBe(true);
    expect(fragmentResolves('', ids)).toBe(true);
    expect(fragmentResolves('top', ids)).toBe(true);
    expect(fragmentResolves('Burry-short', ids)).toBe(false);
    expect(fragmentResolves('nowhere', ids)).toBe(false);
  });

  it('parses srcset candidates with descriptors, commas inside URLs and no spaces after commas', () => {
    expect(parseSrcset('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
    expect(parseSrcset('/a,b.png 640w,/c.png 1280w')).toEqual(['/a,b.png', '/c.png']);
    expect(parseSrcset('/a.png,, /b.png')).toEqual(['/a.png', '/b.png']);
    expect(parseSrcset('  /only.png  ')).toEqual(['/only.png']);
  });

  it('extracts href, src, srcset, form actions, URL meta tags and the refresh target, and nothing else', () => {
    const found = extractUrls(`<!doctype html><html><head>
      <link rel="canonical" href="https://site.example/x/"><link rel="alternate" hreflang="en" href="/en/x/">
      <meta property="og:image" content="https://site.example/og/x.png"><meta property="og:title" content="/not-a-url/">
      <meta name="twitter:image" content="/og/t.png"><meta http-equiv="refresh" content="0; url=/x/#p"></head>
      <body><a href="#main">s</a><img src="/i.png" srcset="/i.png 1x, /i2.png 2x" alt=""><script src="/s.js"></script>
      <form action="/ja/search/"></form><div data-href="/no/"></div></body></html>`);
    expect(found.map((f) => f.url)).toEqual([
      'https://site.example/x/',
      '/en/x/',
      '#main',
      '/i.png',
      '/s.js',
      '/i.png',
      '/i2.png',
      '/ja/search/',
      'https://site.example/og/x.png',
      '/og/t.png',
      '/x/#p',
    ]);
    expect(found.find((f) => f.url === '/en/x/')?.source).toBe('link[rel="alternate" hreflang="en"][href]');
  });
});
