import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/build';
import { contentSecurityPolicy, headerContentSecurityPolicy } from '../../src/lib/head/csp';

/** The header rules of a Netlify / Cloudflare Pages `_headers` file: path pattern → header lines. */
function parseHeaders(text: string): Map<string, [string, string][]> {
  const rules = new Map<string, [string, string][]>();
  let current: [string, string][] | null = null;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = [];
      rules.set(line.trim(), current);
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`not a header line: ${line}`);
    current.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

describe('public/_headers', () => {
  const rules = parseHeaders(fs.readFileSync(path.join(root, 'public/_headers'), 'utf8'));

  it('sends every path the Content-Security-Policy that every page declares (src/lib/head/csp.ts), plus frame-ancestors', () => {
    const all = rules.get('/*') ?? [];
    const policies = all.filter(([name]) => name.toLowerCase() === 'content-security-policy').map(([, value]) => value);
    expect(policies).toEqual([headerContentSecurityPolicy]);
    expect(headerContentSecurityPolicy.startsWith(`${contentSecurityPolicy}; `)).toBe(true);
    expect(headerContentSecurityPolicy).toMatch(/frame-ancestors 'none'/);
  });

  it('sends nosniff and a referrer policy on every path', () => {
    const all = new Map((rules.get('/*') ?? []).map(([name, value]) => [name.toLowerCase(), value]));
    expect(all.get('x-content-type-options')).toBe('nosniff');
    expect(all.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('caches the hashed build assets under /_astro/ for a year as immutable, and nothing else', () => {
    const cached = [...rules].filter(([, headers]) => headers.some(([name]) => name.toLowerCase() === 'cache-control'));
    expect(cached.map(([pattern, headers]) => [pattern, headers.find(([n]) => n.toLowerCase() === 'cache-control')?.[1]])).toEqual([
      ['/_astro/*', 'public, max-age=31536000, immutable'],
    ]);
  });

  it('declares no other Content-Security-Policy for any other path', () => {
    const others = [...rules].filter(
      ([pattern, headers]) => pattern !== '/*' && headers.some(([name]) => name.toLowerCase().startsWith('content-security-policy')),
    );
    expect(others).toEqual([]);
  });

  it('keeps what the search needs in the policy: same-origin scripts and WebAssembly, no inline script or style, no eval', () => {
    const directives = new Map(
      contentSecurityPolicy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });
});
