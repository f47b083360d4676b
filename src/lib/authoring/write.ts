import type { EditionFrontmatter } from '../content/schema';
import type { Locale } from '../i18n/locales';
import { passageKinds, type Passage, type PassageKind } from '../passages/model';
import { plainText } from '../passages/parse';
import type { Block } from './import';

/** The placeholder a translation skeleton puts in every passage (and a field to fill in holds). */
export const translatePlaceholder = '[[translate]]';

const tagOf = Object.fromEntries(Object.entries(passageKinds).map(([tag, kind]) => [kind, tag])) as Record<PassageKind, string>;

/** A YAML string, double-quoted (JSON strings are valid YAML). */
const yamlString = (value: string) => JSON.stringify(value);

/** Text safe inside an MDX comment or a YAML comment: no `*\/` that would close it, one line. */
const commentText = (text: string) => text.replace(/\*\//g, '* /').replace(/\s*\n\s*/g, ' ');

/** One passage component: `<H id>` on one line, the others with their text on lines of its own. */
function component(kind: PassageKind, id: string, lines: string[]): string {
  const tag = tagOf[kind];
  if (lines.length === 0) return `<${tag} id="${id}" />`;
  if (kind === 'heading' && lines.length === 1) return `<${tag} id="${id}">${lines[0]}</${tag}>`;
  return `<${tag} id="${id}">\n${lines.join('\n')}\n</${tag}>`;
}

/** The frontmatter a new original edition starts with: every field, each documented, placeholders where the text does not say. */
export function originalFrontmatter(locale: Locale, title: string, today: string): string {
  return [
    '---',
    "# The article's title in this language.",
    `title: ${yamlString(title)}`,
    '# The standfirst: one or two sentences shown under the title, in lists and on cards.',
    'dek: "[[dek]]"',
    "# The publisher's series or section label, in this language.",
    'series: "[[series]]"',
    '# The author as the original credits them (a name: not translated).',
    'author: "[[author]]"',
    '# The publisher of the original.',
    'publisher: "[[publisher]]"',
    "# The language the article was written in: this file's locale. Translations inherit it and the fields below.",
    `originalLanguage: ${locale}`,
    '# The date this site publishes the article, YYYY-MM-DD.',
    `published: ${today}`,
    '# Where and when the original first appeared (optional; remove the # to use).',
    '# originalUrl: https://example.org/original-article',
    '# originalPublished: 2026-01-12',
    '# The rights or licence under which the site republishes the text (optional).',
    '# rights: "© The publisher; republished with permission"',
    '# Topic tags, lowercase words joined by hyphens (optional).',
    '# tags: [ai, markets]',
    "# This edition's last revision, YYYY-MM-DD (optional; add it when you revise the text).",
    '# updated: 2026-02-01',
    '---',
  ].join('\n');
}

/** A new original edition file: the frontmatter, then every block as a passage under its id. */
export function newEditionFile(locale: Locale, blocks: readonly Block[], ids: readonly string[], today: string): string {
  // The first block is the title in the texts publishers send (a plain-text file's first line, a Markdown file's # heading).
  const title = blocks[0]?.text ?? '[[title]]';
  const passages = blocks.map((block, i) => component(block.kind, ids[i] as string, block.mdx.split('\n')));
  return `${originalFrontmatter(locale, title, today)}\n\n${passages.join('\n\n')}\n`;
}

/**
 * A translation skeleton of an original edition: `draft: true`, the fields a translation states
 * (title, dek, series, translator) as placeholders with the original's text in a comment above,
 * and every passage, in order, holding the placeholder with the original's text in an MDX comment.
 */
export function translationSkeleton(from: {
  locale: Locale;
  file: string;
  data: EditionFrontmatter;
  passages: readonly Passage[];
}): string {
  const field = (name: 'title' | 'dek' | 'series') => [
    `# ${from.locale}: ${commentText(from.data[name])}`,
    `${name}: "${translatePlaceholder}"`,
  ];
  const frontmatter = [
    '---',
    `# A translation of ${from.file}. Translate every field and passage, then remove draft: true to publish it.`,
    "# Author, publisher, dates, rights and tags are the original's: do not repeat them here.",
    ...field('title'),
    ...field('dek'),
    ...field('series'),
    '# Who made this translation.',
    'translator: "[[translator]]"',
    '# A draft is checked but not published: its locale shows the original with a notice.',
    'draft: true',
    '---',
  ];
  const passages = from.passages.map((p) => {
    const text = plainText(p.content);
    return component(p.kind, p.id, text === '' ? [] : [`{/* ${from.locale}: ${commentText(text)} */}`, translatePlaceholder]);
  });
  return `${frontmatter.join('\n')}\n\n${passages.join('\n\n')}\n`;
}
