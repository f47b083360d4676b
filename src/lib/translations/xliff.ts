import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { js2xml, xml2js, type Element } from 'xml-js';
import type { Locale } from '../i18n/locales';
import { alignmentProblems, describeProblem } from '../passages/align';
import type { Inline, Passage } from '../passages/model';
import type { PassageStatus } from './freshness';
import { passageSource } from './source';

/** An XLIFF inline code in the xliff package's JS form: `<pc>` (a span with content) with its attributes. */
export interface XliffCode {
  [element: string]: { id: string; contents?: XliffValue; [attribute: string]: unknown };
}

/** A source or target in the xliff package's JS form: text, or text and inline codes. */
export type XliffValue = string | (string | XliffCode)[];

/** The xliff package's JS form of a document (one file per article, one unit per passage). */
export interface XliffDocument {
  sourceLanguage: string;
  targetLanguage: string;
  resources: Record<string, Record<string, { source: XliffValue; target?: XliffValue; note?: string }>>;
}

/** One passage as exported: its id, the original's content, the translation's (if any) and their state. */
export interface XliffUnit {
  id: string;
  source: readonly Inline[];
  target?: readonly Inline[] | undefined;
  status: PassageStatus;
  /** For an outdated passage: what changed in the original, for the translator. */
  note?: string | undefined;
}

/** An XLIFF file that cannot be imported: the message names the unit (passage id) when there is one. */
export class XliffError extends Error {
  override name = 'XliffError';
}

/** Our namespace, for the attributes that carry what the MDX needs back (a link's URL, a term's slug). */
const ns = 'urn:parallel-press:xliff';

/** The inline kinds as XLIFF 2.0 `<pc>` codes: type and subType (`xlf:` values are the standard's). */
const codes = {
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  strong: { type: 'fmt', subType: 'xlf:b' },
  code: { type: 'other', subType: 'pp:code' },
  link: { type: 'link', subType: 'pp:link' },
  term: { type: 'other', subType: 'pp:term' },
} as const;

type CodeKind = keyof typeof codes;

/** A code's identity for matching the target's codes to the source's: kind plus URL or slug. */
const signature = (node: Inline) => `${node.type}|${node.type === 'link' ? node.url : node.type === 'term' ? node.slug : ''}`;

/** Inline content as an XLIFF value; codes are numbered, and `ids` (signature → free source ids) lets a target reuse its source's. */
function toValue(content: readonly Inline[], next: () => string, ids?: Map<string, string[]>): (string | XliffCode)[] {
  return content.flatMap((node): (string | XliffCode)[] => {
    if (node.type === 'text') return [node.value];
    if (node.type === 'term' && !node.explicit) return toValue(node.children, next, ids);
    const id = ids?.get(signature(node))?.shift() ?? next();
    const attributes = {
      id,
      ...codes[node.type],
      ...(node.type === 'link' && { 'pp:href': node.url }),
      ...(node.type === 'term' && { 'pp:slug': node.slug }),
    };
    const contents = node.type === 'code' ? [node.value] : toValue(node.children, next, ids);
    return [{ Span: { ...attributes, contents } }];
  });
}

/** Every code of inline content, in order (with their signatures), for numbering a target after its source. */
function codeSignatures(content: readonly Inline[]): string[] {
  return content.flatMap((node) =>
    node.type === 'text'
      ? []
      : node.type === 'term' && !node.explicit
        ? codeSignatures(node.children)
        : [signature(node), ...(node.type === 'code' ? [] : codeSignatures(node.children))],
  );
}

/** The XLIFF 2.0 state of a passage: new and outdated ones are `initial` (outdated with our subState), translated ones `translated`. */
const states: Record<PassageStatus, Record<string, string>> = {
  current: { state: 'translated' },
  outdated: { state: 'initial', subState: 'pp:outdated' },
  missing: { state: 'initial' },
};

/**
 * The XLIFF 2.0 document of one article's translation into `target`: one `<file id="<slug>">`,
 * one `<unit id="<passage id>">` per passage in order, its source and current target with inline
 * markup as `<pc>` codes, the segment's state, and a note on each outdated unit.
 */
export async function exportXliff(slug: string, source: Locale, target: Locale, units: readonly XliffUnit[]): Promise<string> {
  const resources: XliffDocument['resources'][string] = {};
  for (const unit of units) {
    let n = 0;
    const sourceIds = new Map<string, string[]>();
    const sourceValue = toValue(unit.source, () => String(++n));
    codeSignatures(unit.source).forEach((sig, i) => sourceIds.set(sig, [...(sourceIds.get(sig) ?? []), String(i + 1)]));
    let t = 0;
    resources[unit.id] = {
      source: sourceValue,
      ...(unit.target && { target: toValue(unit.target, () => `t${++t}`, sourceIds) }),
      ...(unit.note && { note: unit.note }),
    };
  }
  // No indentation from the package: xml-js would indent inside mixed content (a target's text and codes).
  const xml = await js2xliff({ sourceLanguage: source, targetLanguage: target, resources: { [slug]: resources } }, { indent: '' });
  // The xliff package writes no segment state: added on its XML tree, with our namespace on the root.
  const tree = xml2js(xml, { compact: false }) as Element;
  const root = tree.elements?.find((e) => e.name === 'xliff') as Element;
  root.attributes = { ...root.attributes, 'xmlns:pp': ns };
  const file = root.elements?.find((e) => e.name === 'file');
  for (const unitElement of file?.elements ?? []) {
    const unit = units.find((u) => u.id === unitElement.attributes?.['id']);
    const segment = unitElement.elements?.find((e) => e.name === 'segment');
    if (unit && segment) segment.attributes = states[unit.status];
  }
  indent(root, 0);
  return `${js2xml(tree, { spaces: 0 })}\n`;
}

/** The elements that hold only elements, indented for people reading the file; sources, targets and notes keep their text exactly. */
const structural = new Set(['xliff', 'file', 'unit', 'segment', 'notes']);

function indent(element: Element, depth: number): void {
  if (!structural.has(element.name ?? '') || !element.elements) return;
  const pad = (n: number): Element => ({ type: 'text', text: `\n${'  '.repeat(n)}` });
  element.elements = [...element.elements.flatMap((child) => [pad(depth + 1), child]), pad(depth)];
  for (const child of element.elements) indent(child, depth + 1);
}

/** An imported XLIFF file: the article, the locales and each unit's target content, in the file's order. */
export interface ImportedXliff {
  slug: string;
  source: string;
  target: string;
  units: { id: string; target: Inline[] | undefined }[];
}

/**
 * Reads an XLIFF 2.0 file written by `exportXliff` (and edited by a translator's tool) back into
 * inline content. Throws an XliffError naming the unit on a code this site does not know or that
 * lacks what the MDX needs, and the unit around the line of an XML error (a broken code).
 */
export async function importXliff(xml: string): Promise<ImportedXliff> {
  let doc: XliffDocument;
  try {
    doc = await xliff2js(xml);
  } catch (error) {
    const line = /Line: (\d+)/.exec((error as Error).message)?.[1];
    const before = line ? xml.split('\n').slice(0, Number(line)).join('\n') : '';
    const unit = [...before.matchAll(/<unit id="([^"]*)"/g)].pop()?.[1];
    throw new XliffError(`${unit ? `unit "${unit}": ` : ''}the XML is broken (${(error as Error).message.split('\n').join(', ')})`);
  }
  const files = Object.entries(doc.resources ?? {});
  const [first] = files;
  if (files.length !== 1 || !first) throw new XliffError(`expected one <file> (the article), found ${files.length}`);
  const [slug, resources] = first;
  return {
    slug,
    source: doc.sourceLanguage,
    target: doc.targetLanguage,
    units: Object.entries(resources).map(([id, unit]) => ({
      id,
      target: unit.target === undefined ? undefined : fromValue(unit.target, id),
    })),
  };
}

function fromValue(value: XliffValue, unit: string): Inline[] {
  return (typeof value === 'string' ? [value] : value).map((part): Inline => {
    if (typeof part === 'string') return { type: 'text', value: part };
    const [element, attributes] = Object.entries(part)[0] ?? [];
    const kind = (Object.keys(codes) as CodeKind[]).find(
      (k) => codes[k].type === attributes?.['type'] && codes[k].subType === attributes?.['subType'],
    );
    if (element !== 'Span' || !attributes || !kind)
      throw new XliffError(`unit "${unit}": an inline code this site does not know (${JSON.stringify(part)}); keep the source's codes`);
    const children = attributes.contents === undefined ? [] : fromValue(attributes.contents, unit);
    const text = (name: string) => {
      const v = attributes[name];
      if (typeof v !== 'string' || v === '') throw new XliffError(`unit "${unit}": code ${attributes.id} has no ${name}`);
      return v;
    };
    switch (kind) {
      case 'code':
        return { type: 'code', value: children.map((c) => (c.type === 'text' ? c.value : '')).join('') };
      case 'link':
        return { type: 'link', url: text('pp:href'), children };
      case 'term':
        return { type: 'term', slug: text('pp:slug'), explicit: true, children };
      default:
        return { type: kind, children };
    }
  });
}

/**
 * The passages an imported file changes (id → new content), in order: the units must be exactly the
 * edition's passages in order (else an XliffError lists the differences); a target whose text is
 * the passage's own (or a unit without target) changes nothing, so an unedited file writes nothing.
 */
export function importedChanges(doc: ImportedXliff, passages: readonly Passage[]): Map<string, Inline[]> {
  const problems = alignmentProblems(
    passages.map((p) => p.id),
    doc.units.map((u) => u.id),
  );
  if (problems.length > 0) throw new XliffError(`its units are not the article's passages: ${problems.map(describeProblem).join('; ')}`);
  const current = new Map(passages.map((p) => [p.id, passageSource(p.content)]));
  return new Map(
    doc.units.flatMap((unit) =>
      unit.target && passageSource(unit.target) !== current.get(unit.id) ? [[unit.id, unit.target] as const] : [],
    ),
  );
}
