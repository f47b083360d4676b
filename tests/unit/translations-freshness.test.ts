import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/lib/i18n/locales';
import type { Inline, Passage } from '../../src/lib/passages/model';
import { parsePassages } from '../../src/lib/passages/parse';
import { editionFreshness, freshness, type FreshnessArticle } from '../../src/lib/translations/freshness';
import { translationRecordSchema } from '../../src/lib/translations/record';
import { outdatedSummary, editionStatuses, statusText } from '../../src/lib/translations/report';
import { passageSource, sourceHash } from '../../src/lib/translations/source';

const [original, ...translations] = localeCodes as [Locale, ...Locale[]];
const translation = translations[0] as Locale;

/** An article whose original has `originalBody` and every translation `translationBody` (MDX bodies). */
function article(originalBody: string, translationBody: string): FreshnessArticle {
  const editions: FreshnessArticle['editions'] = { [original]: { passages: parsePassages(originalBody, 'original.mdx') } };
  for (const locale of translations) editions[locale] = { passages: parsePassages(translationBody, `${locale}.mdx`) };
  return { slug: 'a', original, editions };
}

const v1 = '<P id="one">First passage.</P>\n\n<P id="two">Second passage.</P>\n';
const t1 = '<P id="one">Premier passage.</P>\n\n<P id="two">Second passage traduit.</P>\n';

describe('passageSource', () => {
  const content = (mdx: string): Inline[] => (parsePassages(mdx, 'x.mdx')[0] as Passage).content;

  it('is the same for texts that differ only in whitespace or Unicode composition', () => {
    expect(passageSource(content('<P id="x">\n Caf\u0065\u0301   au\nlait \n</P>'))).toBe(
      passageSource(content('<P id="x">Caf\u00e9 au lait</P>')),
    );
  });

  it('changes with the markup a translator must carry over: emphasis, links and their URL, explicit terms', () => {
    const plain = passageSource(content('<P id="x">see the docs</P>'));
    for (const marked of ['see *the* docs', 'see [the](https://a.example/) docs', 'see <Term slug="agi">the</Term> docs'])
      expect(passageSource(content(`<P id="x">${marked}</P>`))).not.toBe(plain);
    expect(passageSource(content('<P id="x">see [the](https://a.example/) docs</P>'))).not.toBe(
      passageSource(content('<P id="x">see [the](https://b.example/) docs</P>')),
    );
  });

  it('ignores the glossary links the site adds by itself', () => {
    const linked: Inline[] = [{ type: 'term', slug: 'agi', explicit: false, children: [{ type: 'text', value: 'AGI' }] }];
    expect(passageSource(linked)).toBe(passageSource([{ type: 'text', value: 'AGI' }]));
  });

  it('hashes to 16 hexadecimal digits, differently for different texts', () => {
    expect(sourceHash('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(sourceHash('a')).not.toBe(sourceHash('b'));
  });
});

describe('freshness', () => {
  const first = freshness([article(v1, t1)], {}, '2026-01-01');

  it('records every passage of a first build as current, with a record the schema accepts', () => {
    for (const e of first.editions) expect(e.passages.map((p) => p.status)).toEqual(['current', 'current']);
    expect(translationRecordSchema.safeParse(first.next).success).toBe(true);
    expect(Object.keys(first.next['a']?.editions ?? {})).toEqual(translations);
    expect(freshness([article(v1, t1)], first.next, '2026-01-02').next).toEqual(first.next);
  });

  it('marks a passage outdated in every translation when its original changes, keeping the old text for the diff', () => {
    const revised = freshness([article(v1.replace('Second', 'Second revised'), t1)], first.next, '2026-01-02');
    for (const locale of translations) {
      const e = editionFreshness(revised, 'a', locale);
      expect(e?.outdated).toEqual(['two']);
      expect(e?.passages[1]).toMatchObject({ was: 'Second passage.', original: 'Second revised passage.' });
    }
    expect(revised.next).toEqual(first.next);
    expect(outdatedSummary(revised.editions)).toEqual(translations.map((l) => `a/${l}: 1 passage outdated: two`));
  });

  it('makes the passage current again when its translation changes, and dates the edition', () => {
    const revisedOriginal = v1.replace('Second', 'Second revised');
    const retranslated = freshness([article(revisedOriginal, t1.replace('traduit', 'traduit et revu'))], first.next, '2026-01-03');
    for (const e of retranslated.editions) expect(e).toMatchObject({ outdated: [], updated: '2026-01-03' });
    expect(freshness([article(revisedOriginal, t1)], retranslated.next, '2026-01-04').editions.flatMap((e) => e.outdated)).toEqual([]);
  });

  it('makes an accepted passage current in that edition only', () => {
    const revisedOriginal = v1.replace('Second', 'Second revised');
    const accepted = freshness([article(revisedOriginal, t1)], first.next, '2026-01-03', new Set([`a/${translation}/two`]));
    expect(editionFreshness(accepted, 'a', translation)).toMatchObject({ outdated: [], updated: '2026-01-03' });
    for (const locale of translations.slice(1)) expect(editionFreshness(accepted, 'a', locale)?.outdated).toEqual(['two']);
    const after = freshness([article(revisedOriginal, t1)], accepted.next, '2026-01-04');
    expect(editionFreshness(after, 'a', translation)?.outdated).toEqual([]);
  });

  it('keeps only the original texts that a record still refers to', () => {
    const revisedOriginal = v1.replace('Second', 'Second revised');
    const retranslated = freshness([article(revisedOriginal, t1.replace('traduit', 'revu'))], first.next, '2026-01-03');
    expect(Object.values(retranslated.next['a']?.originals ?? {}).sort()).toEqual(['First passage.', 'Second revised passage.']);
  });

  it('reports a passage the translation lacks as missing', () => {
    const partial = freshness([article(v1, '<P id="one">Premier passage.</P>\n')], {}, '2026-01-01');
    for (const e of partial.editions) expect(e.missing).toEqual(['two']);
    expect(statusText(editionStatuses(partial.editions))).toContain('1 translated, 0 outdated, 1 missing');
  });
});
