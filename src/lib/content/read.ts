import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { EditionEntry } from './articles';
import { ContentError } from '../passages/parse';
import { editionSchema } from './schema';

/** Splits an MDX file into its YAML frontmatter and its body, counting the lines above the body. */
export function splitFrontmatter(source: string, file: string): { frontmatter: string; body: string; lineOffset: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) throw new ContentError(file, 'has no frontmatter (--- … ---) at the top');
  return { frontmatter: match[1] ?? '', body: source.slice(match[0].length), lineOffset: match[0].split('\n').length - 1 };
}

/**
 * Reads every edition file under `<contentDir>/articles/` without Astro, validating frontmatter
 * with the same schema as the content collection: for command-line tools (`npm run link`).
 */
export function readEditionEntries(contentDir: string): EditionEntry[] {
  const articlesDir = path.join(contentDir, 'articles');
  return fs
    .readdirSync(articlesDir)
    .sort()
    .flatMap((slug) => {
      const dir = path.join(articlesDir, slug);
      if (!fs.statSync(dir).isDirectory()) return [];
      return fs.readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((name) => {
        const file = path.relative(process.cwd(), path.join(dir, name));
        const { frontmatter, body, lineOffset } = splitFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'), file);
        const parsed = editionSchema.safeParse(parseYaml(frontmatter));
        if (!parsed.success) throw new ContentError(file, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
        return { id: `${slug}/${name.replace(/\.mdx$/, '')}`, file, data: parsed.data, body, lineOffset };
      });
    });
}
