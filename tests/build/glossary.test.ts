import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/lib/i18n/locales';
import { articlePath, termPath } from '../../src/lib/routes/paths';
import { buildContent, copyOfContent, dist } from '../helpers/build';
import { contentEditions, explicitMarks } from '../helpers/content';
import { loadPage } from '../helpers/html';

const locales = ['ja', 'en', 'zh'] as const;
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
          expect(href).toMatch(new RegExp(`^/${locale}/articles/ai-bubble/#`));
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

describe('bad glossary input stops the build naming the entry', () => {
  const broken = (slug: string, edit: (t: string) => string) => {
    const content = copyOfContent();
    const file = path.join(content, 'glossary', `${slug}.yaml`);
    fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
    return buildContent(content);
  };
  it('when a language’s definition is missing', () => {
    const result = broken('agi', (t) => t.replace(/^definition:\n  ja: .*\n/m, 'definition:\n'));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/glossary → agi/);
    expect(result.output).toMatch(/definition\.ja/);
  });
  it('when an alias belongs to two entries', () => {
    const result = broken('gpu', (t) => t.replace(/^  en: \[/m, '  en: [capex, '));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/glossary entry "gpu": "capex" \(en\) is already a name or alias of "capex"/);
  });
  it('when a related term does not exist', () => {
    const result = broken('agi', (t) => t.replace(/^related: \[/m, 'related: [no-such-term, '));
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/glossary entry "agi": related term "no-such-term" does not exist/);
  });
  it('when an explicit term mark names an unknown term, naming the file', () => {
    const content = copyOfContent();
    const file = path.join(content, 'articles/ai-bubble/en.mdx');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace('<P id="stripe">\n', '<P id="stripe">\n<Term slug="unicorn">Unicorns</Term> '),
    );
    const result = buildContent(content);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/ai-bubble\/en\.mdx: <Term slug="unicorn"> names no glossary entry/);
  });
});
