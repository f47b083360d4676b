import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRelevanceSet } from '../../scripts/bench/relevance';
import { distractorEdition, realArticle, writeScaleContent } from '../../scripts/bench/synthetic';
import { checkContent } from '../../src/lib/site/check';

const root = path.resolve(import.meta.dirname, '../..');
const withheld = readRelevanceSet(path.join(root, 'bench/relevance.json')).flatMap((q) => q.finds);
const target = fs.mkdtempSync(path.join(os.tmpdir(), 'scale-content-'));
afterAll(() => fs.rmSync(target, { recursive: true, force: true }));

const articleFiles = (slug: string) =>
  fs
    .readdirSync(path.join(target, 'articles', slug))
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => fs.readFileSync(path.join(target, 'articles', slug, file), 'utf8'));

describe("the scale run's content", () => {
  writeScaleContent(path.join(root, 'content'), target, 3, withheld);
  const articles = fs.readdirSync(path.join(target, 'articles')).sort();
  const distractors = articles.filter((slug) => slug !== realArticle);

  it('holds the real article as it is and one distractor fewer than the articles asked for', () => {
    expect(articles).toHaveLength(3);
    expect(articles).toContain(realArticle);
    for (const file of fs.readdirSync(path.join(root, 'content/articles', realArticle)))
      expect(fs.readFileSync(path.join(target, 'articles', realArticle, file), 'utf8')).toBe(
        fs.readFileSync(path.join(root, 'content/articles', realArticle, file), 'utf8'),
      );
  });

  it('passes the content check, so that every distractor builds as a publisher’s article would', () => {
    const report = checkContent(target);
    expect(report.errors.map((e) => e.message)).toEqual([]);
    expect(report.assembled?.site.articles.map((a) => a.slug).sort()).toEqual(articles);
  });

  it('leaves no word of the relevance set in a distractor’s text, title or dek', () => {
    for (const slug of distractors)
      for (const text of articleFiles(slug)) {
        const prose = text.replace(/<[^>]*>/g, ' ').toLowerCase();
        for (const word of withheld) expect(prose, `${slug}: ${word}`).not.toContain(word.toLowerCase());
      }
  });

  it('gives every distractor edition a body of its own, as a real archive’s articles have', () => {
    const bodies = distractors.flatMap((slug) => articleFiles(slug).map((text) => text.replace(/^---\n[\s\S]*?\n---\n/, '')));
    expect(new Set(bodies).size).toBe(bodies.length);
  });

  it('keeps every passage and tag of the real article in each distractor', () => {
    const tags = (texts: string[]) => texts.map((text) => text.match(/<[^>]*>/g)).flat();
    for (const slug of distractors) expect(tags(articleFiles(slug))).toEqual(tags(articleFiles(realArticle)));
  });
});

describe('a distractor edition', () => {
  const mdx =
    '---\ntitle: "The GPU bubble"\ndek: "Bubbles"\nseries: "GPU"\n---\n\n<P id="gpu">\nA <Term slug="gpu">GPU</Term> bubble.\n</P>\n';

  it('replaces the withheld words in title, dek and text, never in a tag or another field, and names its slug in the title', () => {
    expect(distractorEdition(mdx, 'distractor-002', ['GPU', 'bubble'])).toBe(
      '---\ntitle: "The · · (distractor-002)"\ndek: "·s"\nseries: "GPU"\n---\n\n<P id="gpu">\nA <Term slug="gpu">·</Term> ·.\n</P>\n\n{/* distractor-002 */}\n',
    );
  });
});
