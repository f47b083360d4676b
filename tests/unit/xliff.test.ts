import fs from 'node:fs';
import path from 'node:path';
import { xml2js, type Element } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import type { Passage } from '../../src/lib/passages/model';
import { splitFrontmatter } from '../../src/lib/content/frontmatter';
import { readSite } from '../../src/lib/site/read';
import type { Edition } from '../../src/lib/site/articles';
import { writePassages } from '../../src/lib/translations/mdx';
import { passageSource } from '../../src/lib/translations/source';
import { exportXliff, importedChanges, importXliff, XliffError, type XliffUnit } from '../../src/lib/translations/xliff';

const content = path.resolve(import.meta.dirname, '../../content');
const { site } = readSite(content);
const article = site.articles[0]!;
const original = article.editions[article.original] as Edition;
const translations = localeCodes.filter((code) => code !== article.original && article.editions[code]);

/** The units of a translation with every passage current, except `outdated` ids. */
function units(locale: Locale, outdated: string[] = []): XliffUnit[] {
  const target = new Map((article.editions[locale] as Edition).passages.map((p) => [p.id, p.content]));
  return original.passages.map((p) => ({
    id: p.id,
    source: p.content,
    target: target.get(p.id),
    status: outdated.includes(p.id) ? 'outdated' : 'current',
    note: outdated.includes(p.id) ? 'The original changed.' : undefined,
  }));
}

/** A passage with inline markup in the translation (emphasis, link or explicit term), to test codes on. */
function markedPassage(edition: Edition): Passage {
  const marked = edition.passages.find((p) => p.content.some((n) => n.type !== 'text' && !(n.type === 'term' && !n.explicit)));
  if (!marked) throw new Error(`${edition.file} has no passage with inline markup`);
  return marked;
}

describe('XLIFF export', () => {
  it('writes one XLIFF 2.0 unit per passage, in order, with the passage id, the state and a note on outdated units', async () => {
    for (const locale of translations) {
      const outdated = [original.passages[1]!.id];
      const xml = await exportXliff(article.slug, article.original, locale, units(locale, outdated));
      const root = (xml2js(xml) as Element).elements?.find((e) => e.name === 'xliff') as Element;
      expect(root.attributes).toMatchObject({
        xmlns: 'urn:oasis:names:tc:xliff:document:2.0',
        version: '2.0',
        srcLang: article.original,
        trgLang: locale,
      });
      const unitElements = (root.elements?.find((e) => e.name === 'file')?.elements ?? []).filter((e) => e.name === 'unit');
      expect(unitElements.map((u) => u.attributes?.['id'])).toEqual(original.passages.map((p) => p.id));
      const segment = (u: Element) => u.elements?.find((e) => e.name === 'segment')?.attributes;
      expect(segment(unitElements[1]!)).toEqual({ state: 'initial', subState: 'pp:outdated' });
      expect(segment(unitElements[0]!)).toEqual({ state: 'translated' });
      expect(JSON.stringify(unitElements[1])).toContain('The original changed.');
    }
  });

  it('writes inline markup as <pc> codes whose MDX is in the unit original data', async () => {
    for (const locale of translations) {
      const marked = markedPassage(article.editions[locale] as Edition);
      const xml = await exportXliff(article.slug, article.original, locale, units(locale));
      const unit = new RegExp(`<unit id="${marked.id}">[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? '';
      const code = /<target>[^<]*.*<pc id="[^"]+" type="(?:fmt|link|other)" subType="[^"]+" dataRefStart="(d\d+)" dataRefEnd="(d\d+)"/.exec(
        unit,
      );
      expect(code, unit).not.toBeNull();
      for (const ref of [code?.[1], code?.[2]]) expect(unit).toMatch(new RegExp(`<originalData>[\\s\\S]*<data id="${ref}">[^<]+</data>`));
    }
  });
});

describe('XLIFF import', () => {
  it('changes nothing for a file exported and imported unedited, so the MDX stays byte for byte', async () => {
    for (const locale of translations) {
      const edition = article.editions[locale] as Edition;
      const doc = await importXliff(await exportXliff(article.slug, article.original, locale, units(locale)));
      expect(doc).toMatchObject({ slug: article.slug, source: article.original, target: locale });
      expect(importedChanges(doc, edition.passages).size).toBe(0);
      for (const unit of doc.units) {
        const passage = edition.passages.find((p) => p.id === unit.id);
        expect(passageSource(unit.target ?? []), unit.id).toBe(passageSource(passage?.content ?? []));
      }
      const { body } = splitFrontmatter(fs.readFileSync(edition.file, 'utf8'), edition.file);
      expect(writePassages(body, edition.file, new Map())).toBe(body);
    }
  });

  it('writes an edited target into its passage only, keeping its markup', async () => {
    for (const locale of translations) {
      const edition = article.editions[locale] as Edition;
      const marked = markedPassage(edition);
      const xml = await exportXliff(article.slug, article.original, locale, units(locale));
      const edited = xml.replace(new RegExp(`(<unit id="${marked.id}">[\\s\\S]*?<target>)`), '$1EDITED ');
      const changes = importedChanges(await importXliff(edited), edition.passages);
      expect([...changes.keys()]).toEqual([marked.id]);
      const source = fs.readFileSync(edition.file, 'utf8');
      const { body } = splitFrontmatter(source, edition.file);
      const written = writePassages(body, edition.file, changes);
      const before = body.split('\n');
      const after = written.split('\n');
      expect(after.length).toBe(before.length);
      const changed = after.filter((line, i) => line !== before[i]);
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatch(/^EDITED /);
      const expected = passageSource(marked.content);
      expect(passageSource(changes.get(marked.id) ?? [])).toBe(`EDITED ${expected}`);
      expect(expected).toMatch(/\*|\[|<Term/);
    }
  });

  it('refuses a target whose codes are broken, naming the unit', async () => {
    const locale = translations[0] as Locale;
    const marked = markedPassage(article.editions[locale] as Edition);
    const xml = await exportXliff(article.slug, article.original, locale, units(locale));
    const unit = new RegExp(`<unit id="${marked.id}">[\\s\\S]*?</unit>`).exec(xml)?.[0] ?? '';
    const broken = xml.replace(unit, unit.replace(/(<target>[\s\S]*?)<\/pc>/, '$1'));
    await expect(importXliff(broken)).rejects.toThrow(new RegExp(`unit "${marked.id}"`));
    const unknown = xml.replace(unit, unit.replace(/(<target>[\s\S]*?<pc id="[^"]+") type="[^"]+"/, '$1 type="ui"'));
    await expect(importXliff(unknown)).rejects.toThrow(new RegExp(`unit "${marked.id}".*code this site does not know`));
  });

  it('refuses a file whose units are not the article passages', async () => {
    const locale = translations[0] as Locale;
    const [first, second, ...rest] = units(locale);
    const doc = await importXliff(await exportXliff(article.slug, article.original, locale, [second!, first!, ...rest]));
    expect(() => importedChanges(doc, (article.editions[locale] as Edition).passages)).toThrow(XliffError);
  });

  it('refuses a target that cannot be written back as the passage MDX, naming the passage', () => {
    const edition = article.editions[translations[0] as Locale] as Edition;
    const { body } = splitFrontmatter(fs.readFileSync(edition.file, 'utf8'), edition.file);
    const id = edition.passages[1]!.id;
    expect(() => writePassages(body, edition.file, new Map([[id, [{ type: 'text', value: 'a\n\n- list item' }]]]))).toThrow(
      new RegExp(`unit "${id}"`),
    );
    const escaped = writePassages(body, edition.file, new Map([[id, [{ type: 'text', value: 'a <b> {c} *d* &amp; e' }]]]));
    expect(escaped).toContain('a \\<b\\> \\{c\\} \\*d\\* \\&amp; e');
  });
});
