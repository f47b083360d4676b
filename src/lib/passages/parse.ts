import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import type { RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ContentError } from '../content/errors';
import { passageKinds, type Inline, type Passage, type PassageKind } from './model';

/** The form of a passage id: lowercase ASCII words joined by hyphens, safe in URLs and HTML ids. */
export const passageIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(element: JsxElement, name: string): string | undefined {
  for (const attr of element.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') return attr.value;
  }
  return undefined;
}

function lineOf(node: { position?: { start: { line: number } } | undefined }): string {
  return node.position ? ` (line ${node.position.start.line})` : '';
}

/**
 * Parses an edition's MDX body into its passages. The body is a sequence of passage components,
 * each with an explicit `id`: `<H>`, `<P>`, `<Quote>`, `<Figure>` (optional caption) and `<Footer>`.
 * Inside them: text, *emphasis*, **strong**, `code`, [links](url) and `<Term slug="…">` marks.
 * Throws a ContentError naming `file` and the passage on anything else, or on a missing,
 * malformed or duplicate id. `lineOffset` is the number of frontmatter lines above the body.
 */
export function parsePassages(body: string, file: string, lineOffset = 0): Passage[] {
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    throw new ContentError(file, `is not valid MDX: ${(error as Error).message}`);
  }
  const where = (node: { position?: { start: { line: number } } | undefined }) =>
    node.position ? ` (line ${node.position.start.line + lineOffset})` : '';
  const passages: Passage[] = [];
  const seen = new Set<string>();
  let section = '';
  for (const node of tree.children) {
    const element = passageElement(node);
    if (!element) {
      throw new ContentError(file, `text outside a passage component${where(node)}: wrap it in <P id="…">`);
    }
    const kind = passageKinds[element.name as keyof typeof passageKinds] as PassageKind | undefined;
    if (!kind) {
      throw new ContentError(
        file,
        `unknown component <${element.name ?? ''}>${where(element)}; passages are ${Object.keys(passageKinds)
          .map((k) => `<${k}>`)
          .join(', ')}`,
      );
    }
    const id = attribute(element, 'id');
    if (id === undefined) throw new ContentError(file, `<${element.name}> without an id${where(element)}: every passage needs id="…"`);
    if (!passageIdPattern.test(id))
      throw new ContentError(file, `passage id "${id}"${where(element)} must be lowercase words joined by hyphens`);
    if (seen.has(id)) throw new ContentError(file, `duplicate passage id "${id}"${where(element)}`);
    seen.add(id);
    if (kind === 'heading') section = id;
    const content = trimInline(flowToInline(element.children, file, id));
    if (kind !== 'figure' && plainText(content) === '') throw new ContentError(file, `passage "${id}" is empty`);
    passages.push({ id, kind, section, content });
  }
  return passages;
}

/** The passage component a top-level node stands for: a JSX flow element, or a paragraph holding only one. */
function passageElement(node: RootContent): JsxElement | undefined {
  if (node.type === 'mdxJsxFlowElement') return node;
  if (node.type === 'paragraph') {
    const meaningful = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    const only = meaningful[0];
    if (meaningful.length === 1 && only?.type === 'mdxJsxTextElement') return only;
  }
  return undefined;
}

function flowToInline(children: (RootContent | PhrasingContent)[], file: string, id: string): Inline[] {
  const result: Inline[] = [];
  children.forEach((child, index) => {
    if (child.type === 'paragraph') {
      if (index > 0) result.push({ type: 'text', value: '\n' });
      result.push(...phrasing(child.children, file, id));
    } else {
      result.push(...phrasing([child as PhrasingContent], file, id));
    }
  });
  return result;
}

function phrasing(nodes: PhrasingContent[], file: string, id: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'text', value: '\n' }];
      case 'emphasis':
        return [{ type: 'emphasis', children: phrasing(node.children, file, id) }];
      case 'strong':
        return [{ type: 'strong', children: phrasing(node.children, file, id) }];
      case 'link':
        return [{ type: 'link', url: node.url, children: phrasing(node.children, file, id) }];
      case 'mdxJsxTextElement': {
        if (node.name !== 'Term') {
          throw new ContentError(
            file,
            `passage "${id}": unknown inline component <${node.name ?? ''}>${lineOf(node)}; only <Term slug="…"> is allowed`,
          );
        }
        const slug = attribute(node, 'slug');
        if (!slug) throw new ContentError(file, `passage "${id}": <Term> needs a slug="…"`);
        return [{ type: 'term', slug, explicit: true, children: phrasing(node.children as PhrasingContent[], file, id) }];
      }
      default:
        throw new ContentError(file, `passage "${id}": ${node.type} is not allowed inside a passage${lineOf(node)}`);
    }
  });
}

function trimInline(content: Inline[]): Inline[] {
  const first = content[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = content[content.length - 1];
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
  return content.filter((node) => node.type !== 'text' || node.value !== '');
}

/** The plain text of inline content, as a reader sees it (no markup). */
export function plainText(content: Inline[]): string {
  return content.map((node) => ('value' in node ? node.value : plainText(node.children))).join('');
}
