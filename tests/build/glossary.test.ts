import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { articlePath, parsePagePath, termPath } from '../../src/lib/routes/paths';
import { dist } from '../helpers/build';
import { contentEditions, explicitMarks } from '../helpers/content';
import { loadPage } from '../helpers/html';

// Every declared locale has an edition of the one article.
const locales = localeCodes;
const termSlugs = fs
  .readdirSync(path.join(dist, 'ja/glossary'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe('the glossary', () => {
  it('has at least 12 terms in every locale, AGI and capex among them', () => {
    expect(termSlugs.length).toBeGreaterThanOrEqual(12);
    expect(termSlugs).toEqual(expect.arrayContaining(['agi', 'capex']));
    for (const locale of locales) {
      const $ = loadPage(`/${locale}/glossary/`);
      expect($('.term-list a').length, locale).toBe(termSlugs.length);
    }
  });

  it('lists Japanese terms by reading, Chinese by pinyin and English alphabetically', () => {
    const names = (locale: string) => {
      const $ = loadPage(`/${locale}/glossary/`);
      return $('.term-list strong')
        .map((_, el) => $(el).text())
        .get();
    };
    const en = names('en');
    expect(en).toEqual([...en].sort((a, b) => a.localeCompare(b, 'en')));
    const ja = names('ja');
    expect(ja.indexOf('汎用人工知能')).toBeGreaterThan(ja.indexOf('設備投資')); // はんよう after せつび
    const zh = names('zh');
    expect(zh.indexOf('资本支出')).toBeGreaterThan(zh.indexOf('市盈率')); // zi… after shi…
  });

  it('links at least 8 distinct terms from every edition, with a definition that needs no JavaScript', () => {
    for (const locale of locales) {
      const $ = loadPage(`/${locale}/articles/ai-bubble/`);
      const linked = new Set(
        $('article .term > a')
          .map((_, el) => $(el).attr('data-term'))
          .get(),
      );
      expect(linked.size, locale).toBeGreaterThanOrEqual(8);
      $('article .term > a').each((_, el) => {
        const tip = $(`#${$(el).attr('aria-describedby')}`);
        expect(tip.attr('role')).toBe('tooltip');
        expect(tip.text().length).toBeGreaterThan(5);
      });
    }
  });

  it('never links inside a heading or another link', () => {
    for (const locale of locales) {
      const $ = loadPage(`/${locale}/articles/ai-bubble/`);
      expect($('h1 .term, h2 .term, a .term').length, locale).toBe(0);
    }
  });

  it('links a term by itself once per section at most (an explicit <Term> mark links where the editor put it)', () => {
    const $ = loadPage('/ja/articles/ai-bubble/');
    const marked = explicitMarks(contentEditions().find((e) => e.article === 'ai-bubble' && e.locale === 'ja')?.passages ?? []);
    let section = '';
    const seen = new Set<string>();
    $('article [data-passage]').each((_, el) => {
      if (el.tagName === 'h2') section = $(el).attr('id') ?? '';
      $(el)
        .find('.term > a')
        .each((__, a) => {
          if (marked.has(`${$(el).attr('id')}/${$(a).attr('data-term')}`)) return;
          const key = `${section}/${$(a).attr('data-term')}`;
          expect(seen.has(key), key).toBe(false);
          seen.add(key);
        });
    });
  });

  it('lists on every term page the passages that use it, each linked to its passage', () => {
    for (const locale of locales) {
      const article = loadPage(`/${locale}/articles/ai-bubble/`);
      for (const slug of ['agi', 'capex', 'short-selling']) {
        const $ = loadPage(`/${locale}/glossary/${slug}/`);
        const links = $('.term-list a')
          .map((_, el) => $(el).attr('href'))
          .get();
        expect(links.length, `${locale}/${slug}`).toBeGreaterThan(0);
        for (const href of links) {
          expect(parsePagePath(href)).toEqual({ kind: 'article', locale, slug: 'ai-bubble' });
          expect(article(`[id="${href.split('#')[1]}"]`).length).toBe(1);
        }
      }
    }
  });

  it('links each mention the bilingual review found unlinked (issue 17) in that very passage, in every edition', () => {
    // Passage id → the term it mentions. Not the first mention in its section in every edition,
    // so an alias alone would not link it there: these are the cases the rule must not hide.
    const mentions: [string, string][] = [
      ['short-the-game', 'short-selling'],
      ['nvidia-pe', 'pe-ratio'],
      ['self-reinforcing-system', 'closed-loop-financing'],
      ['training-costs', 'compute'],
      ['stripe', 'valuation'],
      ['all-roads', 'cloud-computing'],
    ];
    const unlinked: string[] = [];
    for (const locale of localeCodes) {
      const $ = loadPage(articlePath(locale, 'ai-bubble'));
      for (const [id, term] of mentions) {
        if ($(`[id="${id}"][data-passage] .term > a[href="${termPath(locale, term)}"]`).length === 0)
          unlinked.push(`${locale}#${id} → ${term}`);
      }
    }
    expect(unlinked).toEqual([]);
  });

  it('shows a term’s names and aliases in all three languages on its page', () => {
    const $ = loadPage('/en/glossary/capex/');
    const names = $('.term-names dd').text();
    for (const form of ['設備投資', 'capex', '资本支出']) expect(names).toContain(form);
  });
});
