import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import { ContentError } from '../content/errors';
import type { PassageKind } from '../passages/model';

/** One block of an imported text: the passage it becomes, its MDX inline text and its plain text. */
export interface Block {
  kind: PassageKind;
  /** The content as MDX inline text, escaped so that it reads back character for character. */
  mdx: string;
  /** What a reader sees (for ids). */
  text: string;
}

/** Longest line (in characters) the plain-text heading rule takes for a heading. */
export const maxHeadingLength = 40;

/** Characters that close a sentence, a clause or a quotation: a line ending in one is not a heading. */
const closingPunctuation = /[.。!?！？…:：;；,，、」』"”’)）\]】》〉]$/u;

/** True when a line looks like a heading by itself: short, no closing punctuation, no URL. */
function headingLike(line: string): boolean {
  return [...line].length <= maxHeadingLength && !closingPunctuation.test(line) && !/https?:\/\//.test(line);
}

/**
 * Cuts a plain-text file (one paragraph a line) into blocks. A line is a heading when it is in
 * `headings` (exact text), or, when `headings` is not given, by the rule of docs/authoring.md: a
 * line of at most 40 characters without closing punctuation or URL, between two lines that are not
 * heading-like themselves (never the first or the last line). Blank lines only separate.
 */
export function importPlainText(source: string, headings?: readonly string[]): Block[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const explicit = headings ? new Set(headings.map((h) => h.trim())) : undefined;
  return lines.map((line, i) => {
    const heading = explicit
      ? explicit.has(line)
      : i > 0 && i < lines.length - 1 && headingLike(line) && !headingLike(lines[i - 1] as string) && !headingLike(lines[i + 1] as string);
    return { kind: heading ? 'heading' : 'paragraph', mdx: escapeMdx(line), text: line };
  });
}

/**
 * Cuts a Markdown file into blocks: `#` headings (any level), paragraphs and block quotes, with
 * emphasis, strong, code and links kept. Anything a passage cannot hold (a list, an image, HTML, a
 * code block) is an error at its line.
 */
export function importMarkdown(source: string, file: string): Block[] {
  const tree = fromMarkdown(source.replace(/^\uFEFF/, ''));
  return tree.children.flatMap((node): Block[] => {
    const at = { file, line: node.position?.start.line, column: node.position?.start.column };
    switch (node.type) {
      case 'heading':
        return [{ kind: 'heading', mdx: inline(node.children, file), text: plain(node.children) }];
      case 'paragraph':
        return [{ kind: 'paragraph', mdx: inline(node.children, file), text: plain(node.children) }];
      case 'blockquote': {
        const paragraphs = node.children.map((child) => {
          if (child.type !== 'paragraph')
            throw new ContentError(
              { file, line: child.position?.start.line },
              `a ${child.type} inside a block quote cannot be a passage: make it a paragraph`,
            );
          return child.children;
        });
        return [{ kind: 'quote', mdx: paragraphs.map((p) => inline(p, file)).join('\n\n'), text: paragraphs.map(plain).join('\n') }];
      }
      case 'definition':
        return [];
      default:
        throw new ContentError(at, `a ${node.type} cannot be a passage: passages are headings, paragraphs and block quotes`);
    }
  });
}

function plain(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return nodes
    .map((node) => ('value' in node && node.type !== 'html' ? node.value : 'children' in node ? plain(node.children) : ''))
    .join('');
}

function inline(nodes: readonly PhrasingContent[], file: string): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return escapeMdx(node.value);
        case 'emphasis':
          return `*${inline(node.children, file)}*`;
        case 'strong':
          return `**${inline(node.children, file)}**`;
        case 'inlineCode':
          return node.value.includes('`') ? `\`\` ${node.value} \`\`` : `\`${node.value}\``;
        case 'link':
          return `[${inline(node.children, file)}](${node.url.replace(/[()\s]/g, encodeURIComponent)})`;
        case 'break':
          return '\\\n';
        default:
          throw new ContentError(
            { file, line: node.position?.start.line },
            `${node.type} cannot be kept in a passage: remove it or write it as text`,
          );
      }
    })
    .join('');
}

/**
 * Escapes text for an MDX passage so that it parses back to exactly this text: the characters
 * MDX or Markdown would read as markup (`\ * _ \` [ ] { } < >`, an entity-like `&…;`), and at the
 * start of a line the ones that would open a block (`#`, `-`, `+`, `=`, `~`, `|`, `1.`).
 */
export function escapeMdx(text: string): string {
  return text
    .replace(/[\\*_`[\]{}<>]/g, '\\$&')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    .replace(/^([#+\-=~|])/gm, '\\$1')
    .replace(/^(\d+)([.)])/gm, '$1\\$2');
}
