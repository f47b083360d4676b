import path from 'node:path';
import type { EditionFrontmatter } from '../../src/lib/content/schema';
import { resolveTerm } from '../../src/lib/glossary/glossary';
import type { Term } from '../../src/lib/glossary/schema';
import { isLocale, type Locale } from '../../src/lib/i18n/locales';
import type { Inline, Passage } from '../../src/lib/passages/model';
import { parsePassages } from '../../src/lib/passages/parse';
import { readEditionEntries, readTermEntries } from '../../src/lib/site/read';
import { root } from './build';

/** The real content folder. */
const content = path.join(root, 'content');

/** One edition of the real content, read and parsed as the build reads it. */
export interface ContentEdition {
  article: string;
  locale: Locale;
  data: EditionFrontmatter;
  passages: Passage[];
}

/** Every edition under content/articles/, its frontmatter validated and its passages parsed. */
export function contentEditions(): ContentEdition[] {
  return readEditionEntries(content).map((entry) => {
    const [article = '', locale = ''] = entry.id.split('/');
    if (!isLocale(locale)) throw new Error(`${entry.file}: "${locale}" is not a declared locale`);
    return { article, locale, data: entry.data, passages: parsePassages(entry.body, entry.file, entry.lineOffset) };
  });
}

/** Every glossary entry under content/glossary/, validated by the collection's schema. */
export function contentTerms(): Term[] {
  return readTermEntries(content).map((entry) => ({ slug: entry.slug, ...resolveTerm(entry.data).data }));
}

/** The explicit `<Term>` marks of some passages, as `<passage id>/<term slug>`. */
export function explicitMarks(passages: readonly Passage[]): Set<string> {
  const marks = new Set<string>();
  const walk = (id: string, nodes: Inline[]): void => {
    for (const node of nodes) {
      if (node.type === 'term' && node.explicit) marks.add(`${id}/${node.slug}`);
      if ('children' in node) walk(id, node.children);
    }
  };
  for (const passage of passages) walk(passage.id, passage.content);
  return marks;
}
