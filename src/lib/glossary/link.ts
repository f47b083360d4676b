import type { Inline, Passage } from '../passages/model';
import { findTerms, type Pattern } from './match';

/** An edition's passages with glossary links added, and where each term is mentioned. */
export interface LinkedPassages {
  passages: Passage[];
  /** Term slug → ids of the passages that mention it (every mention, linked or not), in order. */
  mentions: Map<string, string[]>;
}

/**
 * Links glossary terms in an edition: the first occurrence of each term per section becomes a
 * `term` node (headings are never linked, nor text inside a link or an explicit `<Term>`, which
 * itself counts as that section's link). Every occurrence is recorded as a mention.
 */
export function linkTerms(passages: readonly Passage[], patterns: readonly Pattern[]): LinkedPassages {
  const mentions = new Map<string, string[]>();
  const mention = (slug: string, id: string) => {
    const ids = mentions.get(slug) ?? [];
    if (ids[ids.length - 1] !== id) ids.push(id);
    mentions.set(slug, ids);
  };
  const linkedInSection = new Map<string, Set<string>>();
  const linked = passages.map((passage): Passage => {
    const seen = linkedInSection.get(passage.section) ?? new Set<string>();
    linkedInSection.set(passage.section, seen);
    const walk = (nodes: Inline[], inert: boolean): Inline[] =>
      nodes.flatMap((node): Inline[] => {
        if (node.type === 'term') {
          mention(node.slug, passage.id);
          seen.add(node.slug);
          return [node];
        }
        if (node.type === 'code') return [node];
        if (node.type === 'link') return [{ ...node, children: walk(node.children, true) }];
        if (node.type !== 'text') return [{ ...node, children: walk(node.children, inert) }];
        const matches = findTerms(node.value, patterns);
        const out: Inline[] = [];
        let at = 0;
        for (const match of matches) {
          mention(match.slug, passage.id);
          if (inert || passage.kind === 'heading' || seen.has(match.slug)) continue;
          seen.add(match.slug);
          if (match.start > at) out.push({ type: 'text', value: node.value.slice(at, match.start) });
          out.push({
            type: 'term',
            slug: match.slug,
            explicit: false,
            children: [{ type: 'text', value: node.value.slice(match.start, match.end) }],
          });
          at = match.end;
        }
        if (at < node.value.length) out.push({ type: 'text', value: node.value.slice(at) });
        return out;
      });
    return { ...passage, content: walk(passage.content, false) };
  });
  return { passages: linked, mentions };
}
