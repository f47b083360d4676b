/** One form of a term to look for in a text. */
export interface Pattern {
  text: string;
  slug: string;
}

/** A match of a term in a text: [start, end) in UTF-16 units. */
export interface Match {
  start: number;
  end: number;
  slug: string;
}

/** Letters of the scripts that separate words with spaces. */
const letter = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
/** Decimal digits, of any script. */
const digit = /\p{Nd}/u;

/**
 * Orders patterns for matching: longest first, so that 設備投資 wins over 投資 and "capital
 * expenditure" over "capital". Patterns are matched case-sensitively, as written.
 */
export function compilePatterns(patterns: readonly Pattern[]): Pattern[] {
  return [...patterns].filter((p) => p.text.length > 0).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/**
 * Finds terms in `text`, scanning left to right and taking the longest pattern at each position;
 * matches do not overlap. Where a pattern's first or last character is a letter of a spaced
 * script (Latin, Greek, Cyrillic) or a digit, the match may not begin or end inside a word.
 * A word runs on from a letter to a letter (no "GPU" inside "GPUs" unless "GPUs" is itself a
 * pattern), from a digit to a digit, and from a digit to a letter ("3D", "19th", "A100s": the
 * letters after a number belong to it). It ends everywhere else: at a space, punctuation, kana or
 * Han, and at a letter followed by a digit, since Japanese and Chinese write a figure straight
 * after an abbreviation (「英偉達のPER60倍」 is PER, then 60). Japanese and Chinese patterns,
 * written without spaces, match anywhere.
 */
export function findTerms(text: string, patterns: readonly Pattern[]): Match[] {
  const byFirst = firstUnitIndex(patterns);
  const matches: Match[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = byFirst.get(text.charAt(i))?.find((p) => text.startsWith(p.text, i) && atBoundary(text, i, i + p.text.length, p.text));
    if (hit) {
      matches.push({ start: i, end: i + hit.text.length, slug: hit.slug });
      i += hit.text.length;
    } else {
      i += 1;
    }
  }
  return matches;
}

/** Each patterns list's index (see `firstUnitIndex`), made once per list: a site's lists are made once per locale and searched for every text node. */
const indexes = new WeakMap<readonly Pattern[], Map<string, Pattern[]>>();

/**
 * The patterns by their first UTF-16 unit, each bucket in the list's order (so longest first stays
 * longest first): at each position of a text only the patterns that can start there are tried,
 * instead of every form of every term (a glossary of 19 terms has about 100 forms; an archive's has
 * many more).
 */
function firstUnitIndex(patterns: readonly Pattern[]): Map<string, Pattern[]> {
  let index = indexes.get(patterns);
  if (!index) {
    index = new Map();
    for (const pattern of patterns) {
      const first = pattern.text.charAt(0);
      if (first === '') continue;
      const bucket = index.get(first);
      if (bucket) bucket.push(pattern);
      else index.set(first, [pattern]);
    }
    indexes.set(patterns, index);
  }
  return index;
}

/** True when a word of a spaced script runs on from `before` into `after` (see findTerms). */
function joins(before: string, after: string): boolean {
  if (letter.test(before)) return letter.test(after);
  if (digit.test(before)) return letter.test(after) || digit.test(after);
  return false;
}

function atBoundary(text: string, start: number, end: number, pattern: string): boolean {
  if (start > 0 && joins(text.charAt(start - 1), pattern.charAt(0))) return false;
  if (end < text.length && joins(pattern.charAt(pattern.length - 1), text.charAt(end))) return false;
  return true;
}
