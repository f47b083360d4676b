import { findTerms, type Pattern } from '../glossary/match';
import type { PassageKind } from '../passages/model';
import { passageIdPattern } from '../passages/parse';

/** A block to be given an id: its kind and its plain text. */
export interface IdSource {
  kind: PassageKind;
  text: string;
}

/** Words that say nothing about a passage: an id made of them would be no better than its position. */
const stopWords = new Set(
  'the and for are but not you all any can had her was one our out has his how its may new now see two way who did get let say she too use that with have this will your from they been were said each which their there what about would into than them then some could other more very when also only just like over such after most made even well back much many both those these where while because through'.split(
    ' ',
  ),
);

/** Most words an id is made of. */
const maxWords = 3;

/** The Latin-script words of a text worth naming a passage by, ASCII-folded and lowercased (`Bürry's` → `burry`), URLs left out. */
export function latinWords(text: string): string[] {
  return (
    text
      .replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .match(/[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?|\d+[A-Za-z]+/g) ?? []
  )
    .map((word) => word.toLowerCase().replace(/['’][a-z]+$/, ''))
    .filter((word) => word.length >= 3 && !stopWords.has(word));
}

/**
 * Gives every block a readable id, unique in the article (docs/authoring.md, "Passage ids"):
 * 1. up to three Latin-script words of the block (names such as NVIDIA or Palantir), skipping
 *    words of under three letters and common English words;
 * 2. else the slugs of up to two glossary terms the block mentions (`patterns`: the glossary's
 *    names and aliases in the block's language);
 * 3. else the section and the position: `<heading id>-<n>` (`intro-<n>` before the first heading,
 *    `section-<n>` for a heading), n counting blocks from 1 within the section.
 * An id already taken gets `-2`, `-3`…; ids listed in `taken` (those already written) are never reused.
 */
export function passageIds(blocks: readonly IdSource[], patterns: readonly Pattern[], taken: Iterable<string> = []): string[] {
  const used = new Set(taken);
  const ids: string[] = [];
  let section = 'intro';
  let inSection = 0;
  let headings = 0;
  for (const block of blocks) {
    inSection += 1;
    const fallback = block.kind === 'heading' ? `section-${headings + 1}` : `${section}-${inSection}`;
    const base = readableId(block.text, patterns) ?? fallback;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    ids.push(id);
    if (block.kind === 'heading') {
      headings += 1;
      section = id;
      inSection = 0;
    }
  }
  return ids;
}

function readableId(text: string, patterns: readonly Pattern[]): string | undefined {
  const words = [...new Set(latinWords(text))].slice(0, maxWords);
  if (words.length > 0) return valid(words.join('-'));
  const terms = [...new Set(findTerms(text, patterns).map((m) => m.slug))].slice(0, 2);
  if (terms.length > 0) return valid(terms.join('-'));
  return undefined;
}

function valid(id: string): string | undefined {
  const cleaned = id
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return passageIdPattern.test(cleaned) ? cleaned : undefined;
}
