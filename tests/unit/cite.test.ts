import { describe, expect, it } from 'vitest';
import { citation, citeSource } from '../../src/lib/cite/cite';
import { oembed } from '../../src/lib/cite/oembed';
import { carriedDestination, quoteHtml, quoteLinkUrl, quoteMarkdown, quoteShareUrl, wordBounds } from '../../src/lib/cite/quote';
import { localeCodes } from '../../src/lib/i18n/locales';
import { contentDir } from '../../src/lib/content/paths';
import { routes, routesOf } from '../../src/lib/routes/routes';
import { readSite } from '../../src/lib/site/read';

const site = new URL('https://press.example/');
const shares = routesOf(routes(readSite(contentDir()).site), 'share');

describe('citations of a passage', () => {
  it('name the edition, its author, the passage id and the share URL in every format, in every locale', () => {
    for (const locale of localeCodes) {
      const route = shares.find((r) => r.locale === locale)!;
      const c = citation(citeSource(route, site));
      const share = new URL(route.path, site).href;
      for (const text of [c.plain, c.chicago, c.apa, c.bibtex]) {
        expect(text).toContain(route.edition.data.author);
        expect(text).toContain(route.edition.data.title);
        expect(text).toContain(share);
        expect(text).toContain(route.passage.id);
      }
      expect(c.csl).toMatchObject({ URL: share, title: route.edition.data.title, author: [{ literal: route.edition.data.author }] });
    }
  });

  it('name the translator and the original of a translation, and neither for the original', () => {
    for (const route of localeCodes.map((l) => shares.find((r) => r.locale === l)!)) {
      const c = citation(citeSource(route, site));
      const original = route.article.editions[route.article.original]!;
      if (route.edition.locale === route.article.original) {
        expect(c.bibtex).not.toMatch(/translator|origtitle/);
        expect(c.csl).not.toHaveProperty('translator');
      } else {
        const translator = route.edition.data.translator!;
        for (const text of [c.plain, c.chicago, c.apa, c.bibtex]) {
          expect(text).toContain(translator);
          expect(text).toContain(original.data.title);
        }
        expect(c.csl).toMatchObject({ translator: [{ literal: translator }], 'original-title': original.data.title });
      }
    }
  });

  it('escape LaTeX’s special characters in BibTeX fields and keep the author one name', () => {
    const route = shares[0]!;
    const source = { ...citeSource(route, site), title: '50% & $5_000 #1 {x} ~^\\', author: 'A. N. Other' };
    const bib = citation(source).bibtex;
    expect(bib).toContain('title = {50\\% \\& \\$5\\_000 \\#1 \\{x\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}},');
    expect(bib).toContain('author = {{A. N. Other}},');
  });
});

describe('copied quotes', () => {
  const parts = { text: 'Fish & <chips> "today" *now*', attribution: 'A [B], “C”', url: 'https://press.example/en/articles/x/p/y/' };

  it('as HTML: an escaped blockquote whose attribution links to the share page', () => {
    expect(quoteHtml(parts)).toBe(
      '<blockquote cite="https://press.example/en/articles/x/p/y/"><p>Fish &amp; &lt;chips&gt; &quot;today&quot; *now*</p><p>— <a href="https://press.example/en/articles/x/p/y/">A [B], “C”</a></p></blockquote>',
    );
  });

  it('as Markdown: quoted lines with Markdown characters escaped, the attribution linked', () => {
    expect(quoteMarkdown(parts)).toBe(
      '> Fish & \\<chips\\> "today" \\*now\\*\n>\n> — [A \\[B\\], “C”](https://press.example/en/articles/x/p/y/)\n',
    );
  });
});

describe('quote links', () => {
  it('put the words after the passage id as a text fragment, with - , & percent-encoded', () => {
    expect(quoteLinkUrl('https://s.example/en/a/#old', 'p1', ' well-known,  a & b ')).toBe(
      'https://s.example/en/a/#p1:~:text=well%2Dknown%2C%20a%20%26%20b',
    );
  });

  it('name a long selection by its first and last words, and fall back to the passage alone', () => {
    const long = 'word '.repeat(30).trim();
    const url = quoteLinkUrl('https://s.example/a/', 'p', long);
    const [start, end] = url.split(':~:text=')[1]!.split(',').map(decodeURIComponent);
    expect(long.startsWith(start!)).toBe(true);
    expect(long.endsWith(end!)).toBe(true);
    expect(quoteLinkUrl('https://s.example/a/', 'p', '   ')).toBe('https://s.example/a/#p');
  });

  it('ride on a share page as ?text=, which the share page carries on to its destination as the same text fragment', () => {
    const share = quoteShareUrl('https://s.example/en/a/p/p1/', ' well-known,  a & b ');
    const direct = quoteLinkUrl('https://s.example/en/a/', 'p1', ' well-known,  a & b ');
    expect(share).toBe(`https://s.example/en/a/p/p1/?text=${direct.split(':~:text=')[1]}`);
    expect(carriedDestination('/en/a/#p1', new URL(share).search)).toBe(`/en/a/#p1:~:text=${direct.split(':~:text=')[1]}`);
    const long = quoteShareUrl('https://s.example/a/p/p/', 'word '.repeat(30));
    expect(carriedDestination('/a/#p', new URL(long).search)).toMatch(/^\/a\/#p:~:text=[^,]+,[^,]+$/);
  });

  it('are not carried when the share page’s ?text= is missing or holds anything but a directive', () => {
    expect(carriedDestination('/a/#p', '')).toBe('/a/#p');
    expect(carriedDestination('/a/#p', '?text=')).toBe('/a/#p');
    for (const bad of ['a b', 'a<b', 'x:~:text=y', 'a,,b', '"a"']) expect(carriedDestination('/a/#p', `?text=${bad}`), bad).toBe('/a/#p');
  });

  it('widen a selection to whole words, in Latin and in CJK text', () => {
    const text = "Stripe's position is shrewd";
    const [from, to] = wordBounds(text, 3, 14, 'en');
    expect(text.slice(from, to)).toBe("Stripe's position");
    const ja = '数日後、ベリーは保有株式を公表した。';
    const [jf, jt] = wordBounds(ja, 5, 6, 'ja');
    expect(ja.slice(jf, jt).length).toBeGreaterThanOrEqual(1);
    expect(ja.slice(jf, jt)).toContain(ja.slice(5, 6));
  });
});

describe('oEmbed responses', () => {
  it('are rich, script-free blockquotes of the passage linking the share page, with the card as thumbnail', () => {
    const route = shares[0]!;
    const response = oembed(route, site);
    expect(response).toMatchObject({ version: '1.0', type: 'rich', thumbnail_url: new URL(route.card, site).href });
    expect(String(response['html'])).toMatch(
      /^<blockquote cite="[^"]+\/p\/[^"]+\/" lang="[^"]+"><p>.+<\/p><footer>— <a href=".+">.+<\/a><\/footer><\/blockquote>$/,
    );
    expect(String(response['html'])).not.toMatch(/<script|<style|style=|on\w+=/i);
  });
});
