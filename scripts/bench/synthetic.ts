import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a content folder with `count` synthetic articles for the scale run: each a copy of the
 * real article's editions (about 80 passages in three languages, with their glossary terms) under
 * its own slug and title, plus the real glossary.
 */
export function writeSyntheticContent(realContent: string, target: string, count: number): void {
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(realContent, 'glossary'), path.join(target, 'glossary'), { recursive: true });
  const source = path.join(realContent, 'articles', 'ai-bubble');
  const editions = fs.readdirSync(source).filter((f) => f.endsWith('.mdx'));
  for (let i = 1; i <= count; i += 1) {
    const slug = `synthetic-${String(i).padStart(2, '0')}`;
    fs.mkdirSync(path.join(target, 'articles', slug), { recursive: true });
    for (const file of editions) {
      const text = fs.readFileSync(path.join(source, file), 'utf8').replace(/^title: "(.*)"$/m, `title: "$1 (${slug})"`);
      fs.writeFileSync(path.join(target, 'articles', slug, file), text);
    }
  }
}

/**
 * Edits one passage of one synthetic article as a publisher would: a word appended to the first
 * paragraph of its original edition (the edition named by its `originalLanguage`).
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
