import fs from 'node:fs';
import path from 'node:path';

/** The real article that every scale row holds as it is, and that the distractors are made from. */
export const realArticle = 'ai-bubble';

/** What stands in a distractor where a withheld word was: a mark that no query of the relevance set finds. */
const withheldMark = '·';

/**
 * Writes a content folder with `count` articles for the scale run: the real article as it is, then
 * `count − 1` distractors, each a copy of its editions (about 80 passages in three languages, the same
 * markup and glossary terms) under its own slug and title, with every one of `withheld` (the words
 * the relevance set's queries look for) replaced in its text. So the distractors weigh on the build
 * and the index as real articles do, and compete in search on every other word and on partial
 * matches (`投資` of `設備投資`, `crisis` of `subprime crisis`), but hold none of the answers: the
 * relevance figures at every scale judge the same relevant passages. Plus the real glossary.
 * Each distractor's body ends in a comment naming it (the site ignores comments), so that no two
 * bodies are the same: a cache keyed by a body (src/lib/passages/cache.ts) then does the work a
 * real archive's distinct articles would ask of it, and not one parse for all.
 */
export function writeScaleContent(realContent: string, target: string, count: number, withheld: readonly string[]): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(realContent, 'glossary'), path.join(target, 'glossary'), { recursive: true });
  const source = path.join(realContent, 'articles', realArticle);
  const editions = fs.readdirSync(source).filter((f) => f.endsWith('.mdx'));
  fs.cpSync(source, path.join(target, 'articles', realArticle), { recursive: true });
  for (let i = 2; i <= count; i += 1) {
    const slug = `distractor-${String(i).padStart(3, '0')}`;
    fs.mkdirSync(path.join(target, 'articles', slug), { recursive: true });
    for (const file of editions) {
      const text = fs.readFileSync(path.join(source, file), 'utf8');
      fs.writeFileSync(path.join(target, 'articles', slug, file), distractorEdition(text, slug, withheld));
    }
  }
}

/**
 * An edition's MDX with `withheld` words replaced (case-insensitively) in its title, dek and text,
 * never inside a tag (`<Term slug="capex">`), and the slug added to its title and, in a comment, to
 * the end of its body.
 */
export function distractorEdition(mdx: string, slug: string, withheld: readonly string[]): string {
  const words = [...new Set(withheld)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(words.join('|'), 'giu');
  const withhold = (text: string) => (words.length === 0 ? text : text.replace(pattern, withheldMark));
  const [, frontmatter = '', body = ''] = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(mdx) ?? [];
  const head = frontmatter.replace(
    /^(title|dek): "(.*)"$/gm,
    (_, field: string, value: string) => `${field}: "${withhold(value)}${field === 'title' ? ` (${slug})` : ''}"`,
  );
  return (
    head +
    body
      .split(/(<[^>]*>)/)
      .map((piece, i) => (i % 2 === 1 ? piece : withhold(piece)))
      .join('') +
    `\n{/* ${slug} */}\n`
  );
}

/**
 * Edits one passage of one article as a publisher would: a word appended to the first paragraph
 * of its original edition (the edition named by its `originalLanguage`).
 */
export function editOnePassage(content: string, slug: string): void {
  const folder = path.join(content, 'articles', slug);
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
    const text = fs.readFileSync(path.join(folder, file), 'utf8');
    if (/^originalLanguage: (\S+)$/m.exec(text)?.[1] !== path.basename(file, '.mdx')) continue;
    const edited = text.replace(/(<P id="[^"]+">\n)(.+)\n/, '$1$2 edited\n');
    if (edited === text) throw new Error(`${path.join(folder, file)}: no <P> passage to edit`);
    fs.writeFileSync(path.join(folder, file), edited);
    return;
  }
  throw new Error(`${folder}: no original edition`);
}
