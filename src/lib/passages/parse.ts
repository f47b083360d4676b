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

type Positioned = { position?: { start: { line: number; column: number } } | undefined };

/** An MDX comment (an expression in braces holding only a JS block comment): translation skeletons keep the original beside each placeholder in one. */
function isComment(node: RootContent | PhrasingContent): boolean {
  return (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/**
 * Parses an edition's MDX body into its passages. The body is a sequence of passage components,
 * each with an explicit `id`: `<H>`, `<P>`, `<Quote>`, `<Figure>` (optional caption) and `<Footer>`.
 * Inside them: text, *emphasis*, **strong**, `code`, [links](url) and `<Term slug="…">` marks.
 * MDX comments are ignored. Throws a ContentError at `file:line:column` naming the
 * passage on anything else, or on a missing, malformed or duplicate id. `lineOffset` is the
 * number of lines above the body (the frontmatter), so that lines are the file's own.
 */
export function parsePassages(body: string, file: string, lineOffset = 0): Passage[] {
  const at = (node: Positioned | { line: number; column: number }) => {
    const start = 'line' in node ? node : node.position?.start;
    return start ? { file, line: start.line + lineOffset, column: start.column } : { file };
  };
  let tree;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const place = (error as { place?: { line: number; column: number } | { start: { line: number; column: number } } }).place;
    const start = place && 'start' in place ? place.start : place;
    throw new ContentError(
      start ? at(start) : file,
      `is not valid MDX: ${(error as { reason?: string }).reason ?? (error as Error).message}`,
    );
  }
  const passages: Passage[] = [];
  const seen = new Set<string>();
  let section = '';
  for (const node of tree.children) {
    if (isComment(node)) continue;
    const element = passageElement(node);
    if (!element) {
      throw new ContentError(at(node), 'text outside a passage component: wrap it in <P id="…"> … </P>');
    }
    const kind = passageKinds[element.name as keyof typeof passageKinds] as PassageKind | undefined;
    if (!kind) {
      throw new ContentError(
        at(element),
        `unknown component <${element.name ?? ''}>: passages are ${Object.keys(passageKinds)
          .map((k) => `<${k}>`)
          .join(', ')}`,
      );
    }
    const id = attribute(element, 'id');
    if (id === undefined) throw new ContentError(at(element), `<${element.name}> without an id: every passage needs id="…"`);
    if (!passageIdPattern.test(id)) throw new ContentError(at(element), `passage id "${id}" must be lowercase words joined by hyphens`);
    if (seen.has(id)) throw new ContentError(at(element), `duplicate passage id "${id}": give one of them another id`);
    seen.add(id);
    if (kind === 'heading') section = id;
    const content = trimInline(flowToInline(element.children, at, id));
    if (kind !== 'figure' && plainText(content) === '')
      throw new ContentError(at(element), `passage "${id}" is empty: write its text or remove it`);
    const line = at(element).line;
    passages.push(line === undefined ? { id, kind, section, content } : { id, kind, section, content, line });
  }
  return passages;
}

type At = (node: Positioned) => { file: string; line?: number; column?: number };

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

function flowToInline(children: (RootContent | PhrasingContent)[], at: At, id: string): Inline[] {
  const result: Inline[] = [];
  children
    .filter((child) => !isComment(child))
    .forEach((child, index) => {
      if (child.type === 'paragraph') {
        if (index > 0) result.push({ type: 'text', value: '\n' });
        result.push(...phrasing(child.children, at, id));
      } else {
        result.push(...phrasing([child as PhrasingContent], at, id));
      }
    });
  return result;
}

function phrasing(nodes: PhrasingContent[], at: At, id: string): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (isComment(node)) return [];
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'code', value: node.value }];
      case 'break':
        return [{ type: 'text', value: '\n' }];
      case 'emphasis':
        return [{ type: 'emphasis', children: phrasing(node.children, at, id) }];
      case 'strong':
        return [{ type: 'strong', children: phrasing(node.children, at, id) }];
      case 'link':
        return [{ type: 'link', url: node.url, children: phrasing(node.children, at, id) }];
      case 'mdxJsxTextElement': {
        if (node.name !== 'Term') {
          throw new ContentError(
            at(node),
            `passage "${id}": unknown inline component <${node.name ?? ''}>: only <Term slug="…"> is allowed`,
          );
        }
        const slug = attribute(node, 'slug');
        if (!slug) throw new ContentError(at(node), `passage "${id}": <Term> needs a slug="…"`);
        return [{ type: 'term', slug, explicit: true, children: phrasing(node.children as PhrasingContent[], at, id) }];
      }
      default:
        throw new ContentError(at(node), `passage "${id}": ${node.type} is not allowed inside a passage`);
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
