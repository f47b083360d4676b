import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostileDist } from '../helpers/build';
import { htmlFiles, loadPage } from '../helpers/html';

/**
 * A fixture whose titles, passages and glossary carry <script>, event handlers, javascript: and
 * data: links, quotes and unbalanced markup, as text: all of it must come out inert. Built once by
 * tests/setup/builds.ts (the search tests in Chromium read the same build).
 */
const build = { outDir: hostileDist };

describe('hostile content', () => {
  it('renders inert on every page: no inline script, no handler attribute, no script URL, no injected element', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(build.outDir)) {
      const $ = loadPage(file, build.outDir);
      $('script').each((_, el) => {
        const src = $(el).attr('src');
        // A JSON-LD data block is not executed; it must parse as JSON, all of it inside the one element.
        if ($(el).attr('type') === 'application/ld+json') {
          try {
            JSON.parse($(el).text());
          } catch {
            problems.push(`${file}: JSON-LD that does not parse`);
          }
        } else if (!src?.startsWith('/')) problems.push(`${file}: inline or foreign <script ${src ?? ''}>`);
      });
      $('*').each((_, el) => {
        for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
          if (name.startsWith('on')) problems.push(`${file}: <${(el as { tagName: string }).tagName} ${name}>`);
          if (/^\s*(javascript|data):/i.test(value) && ['href', 'src', 'action', 'formaction'].includes(name))
            problems.push(`${file}: ${name}="${value}"`);
        }
      });
      if ($('main img, main svg, main iframe, body > b, main b').length > 0) problems.push(`${file}: an element from the content`);
    }
    expect(problems).toEqual([]);
  });

  it('shows the hostile text literally, as the author wrote it', () => {
    const $ = loadPage('/en/articles/hostile/', build.outDir);
    expect($('h1').text()).toBe(`<img src=x onerror=alert('title')> "Hostile" headline`);
    expect($('#script-text').text()).toContain(`<script>alert('p')</script>`);
    expect($('#quotes').text()).toContain(`</p></div> closing tags, <b>an unclosed bold, &amp; an entity.`);
    expect($('title').text()).toContain(`<img src=x onerror=alert('title')>`);
    expect($('meta[name="description"]').attr('content')).toBe(`</title><script>alert('dek')</script> & 'quotes'`);
  });

  it('keeps the text of unsafe links but drops their targets; safe links keep theirs', () => {
    const $ = loadPage('/ja/articles/hostile/', build.outDir);
    expect($('#js-link').text()).toContain('危険なリンク');
    expect(
      $('#js-link a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .filter((h) => !h.startsWith('#') && !h.startsWith('/')),
    ).toEqual(['https://example.org/?a=1&b="2"']);
  });

  it('keeps passages.json valid JSON with the text as plain strings', () => {
    const entries = JSON.parse(fs.readFileSync(path.join(build.outDir, 'passages.json'), 'utf8')) as {
      id: string;
      locale: string;
      text: string;
    }[];
    const scriptText = entries.find((e) => e.id === 'script-text' && e.locale === 'en');
    expect(scriptText?.text).toBe(`A paragraph about capex that says <script>alert('p')</script> in its text.`);
  });

  it('draws cards for hostile titles and passages (the text drawn as text, the build not broken)', () => {
    for (const card of ['og/en/articles/hostile.png', 'og/ja/articles/hostile/p/script-text.png', 'og/en/glossary/capex.png']) {
      const png = fs.readFileSync(path.join(build.outDir, card));
      expect(png.subarray(1, 4).toString(), card).toBe('PNG');
      expect(png.readUInt32BE(16), card).toBe(1200);
    }
  });
});
