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
  resources: Record<string, Record<string, { source: XliffValue; target?: XliffValue; note?: string; additionalElements?: Element[] }>>;
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

/** The inline kinds as XLIFF 2.0 `<pc>` codes: type and subType (`xlf:` values are the standard's, `pp:` ours). */
const codes = {
  emphasis: { type: 'fmt', subType: 'xlf:i' },
  strong: { type: 'fmt', subType: 'xlf:b' },
  code: { type: 'other', subType: 'pp:code' },
  link: { type: 'link', subType: 'pp:link' },
  term: { type: 'other', subType: 'pp:term' },
} as const;

type CodeKind = keyof typeof codes;

/** The MDX a code stands for, before and after its content: kept in the unit's `<originalData>`, as XLIFF 2.0 intends. */
function originalData(node: Exclude<Inline, { type: 'text' }>): [string, string] {
  switch (node.type) {
    case 'emphasis':
      return ['*', '*'];
    case 'strong':
      return ['**', '**'];
    case 'code':
      return ['`', '`'];
    case 'link':
      return ['[', `](${node.url})`];
    case 'term':
      return [`<Term slug="${node.slug}">`, '</Term>'];
  }
}

/** One unit's `<originalData>` being written: MDX fragment → data id. */
type DataIds = Map<string, string>;

const dataId = (data: DataIds, text: string) => {
  if (!data.has(text)) data.set(text, `d${data.size + 1}`);
  return data.get(text) as string;
};

/** A code's identity for matching the target's codes to the source's: its original data. */
const signature = (node: Exclude<Inline, { type: 'text' }>) => originalData(node).join('');

/** Inline content as an XLIFF value; codes are numbered, and `ids` (signature → free source ids) lets a target reuse its source's. */
function toValue(content: readonly Inline[], data: DataIds, next: () => string, ids?: Map<string, string[]>): (string | XliffCode)[] {
  return content.flatMap((node): (string | XliffCode)[] => {
    if (node.type === 'text') return [node.value];
    if (node.type === 'term' && !node.explicit) return toValue(node.children, data, next, ids);
    const id = ids?.get(signature(node))?.shift() ?? next();
    const [start, end] = originalData(node);
    const attributes = { id, ...codes[node.type], dataRefStart: dataId(data, start), dataRefEnd: dataId(data, end) };
    const contents = node.type === 'code' ? [node.value] : toValue(node.children, data, next, ids);
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
  const unitData = new Map<string, DataIds>();
  for (const unit of units) {
    let n = 0;
    const data: DataIds = new Map();
    unitData.set(unit.id, data);
    const sourceIds = new Map<string, string[]>();
    const sourceValue = toValue(unit.source, data, () => String(++n));
    codeSignatures(unit.source).forEach((sig, i) => sourceIds.set(sig, [...(sourceIds.get(sig) ?? []), String(i + 1)]));
    let t = 0;
    resources[unit.id] = {
      source: sourceValue,
      ...(unit.target && { target: toValue(unit.target, data, () => `t${++t}`, sourceIds) }),
      ...(unit.note && { note: unit.note }),
    };
  }
  // No indentation from the package: xml-js would indent inside mixed content (a target's text and codes).
  const xml = await js2xliff({ sourceLanguage: source, targetLanguage: target, resources: { [slug]: resources } }, { indent: '' });
  // The xliff package writes neither segment states nor original data: added on its XML tree.
  const tree = xml2js(xml, { compact: false }) as Element;
  const root = tree.elements?.find((e) => e.name === 'xliff') as Element;
  const file = root.elements?.find((e) => e.name === 'file');
  for (const unitElement of file?.elements ?? []) {
    const id = String(unitElement.attributes?.['id']);
    const unit = units.find((u) => u.id === id);
    const segment = unitElement.elements?.find((e) => e.name === 'segment');
    if (!unit || !segment || !unitElement.elements) continue;
    segment.attributes = states[unit.status];
    const data = [...(unitData.get(id) ?? [])].map(([text, dataId]): Element => ({
      type: 'element',
      name: 'data',
      attributes: { id: dataId },
      elements: [{ type: 'text', text }],
    }));
    if (data.length > 0)
      unitElement.elements.splice(unitElement.elements.indexOf(segment), 0, { type: 'element', name: 'originalData', elements: data });
  }
  indent(root, 0);
  return `${js2xml(tree, { spaces: 0 })}\n`;
}

/** The elements that hold only elements, indented for people reading the file; sources, targets and notes keep their text exactly. */
const structural = new Set(['xliff', 'file', 'unit', 'segment', 'notes', 'originalData']);

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
    units: Object.entries(resources).map(([id, unit]) => {
      const data = unit.additionalElements?.find((e) => e.name === 'originalData')?.elements ?? [];
      const texts = new Map(data.map((d) => [String(d.attributes?.['id']), (d.elements ?? []).map((t) => String(t.text ?? '')).join('')]));
      return { id, target: unit.target === undefined ? undefined : fromValue(unit.target, id, texts) };
    }),
  };
}

function fromValue(value: XliffValue, unit: string, data: ReadonlyMap<string, string>): Inline[] {
  return (typeof value === 'string' ? [value] : value).map((part): Inline => {
    if (typeof part === 'string') return { type: 'text', value: part };
    const [element, attributes] = Object.entries(part)[0] ?? [];
    const kind = (Object.keys(codes) as CodeKind[]).find(
      (k) => codes[k].type === attributes?.['type'] && codes[k].subType === attributes?.['subType'],
    );
    if (element !== 'Span' || !attributes || !kind)
      throw new XliffError(`unit "${unit}": an inline code this site does not know (${JSON.stringify(part)}); keep the source's codes`);
    const children = attributes.contents === undefined ? [] : fromValue(attributes.contents, unit, data);
    // A link's URL and a term's slug are in the code's original data (`](url)`, `<Term slug="…">`).
    const from = (ref: 'dataRefStart' | 'dataRefEnd', pattern: RegExp) => {
      const match = pattern.exec(data.get(String(attributes[ref])) ?? '');
      if (!match?.[1])
        throw new XliffError(`unit "${unit}": code ${attributes.id} lost its original data (${ref}); keep the source's codes`);
      return match[1];
    };
    switch (kind) {
      case 'code':
        return { type: 'code', value: children.map((c) => (c.type === 'text' ? c.value : '')).join('') };
      case 'link':
        return { type: 'link', url: from('dataRefEnd', /^\]\((.+)\)$/), children };
      case 'term':
        return { type: 'term', slug: from('dataRefStart', /^<Term slug="([^"]+)">$/), explicit: true, children };
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
