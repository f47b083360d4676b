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

/** Letters and digits of scripts that separate words with spaces: a match may not start or end inside such a word. */
const wordChar = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Nd}]/u;

/**
 * Orders patterns for matching: longest first, so that 設備投資 wins over 投資 and "capital
 * expenditure" over "capital". Patterns are matched case-sensitively, as written.
 */
export function compilePatterns(patterns: readonly Pattern[]): Pattern[] {
  return [...patterns].filter((p) => p.text.length > 0).sort((a, b) => b.text.length - a.text.length || a.text.localeCompare(b.text));
}

/**
 * Finds terms in `text`, scanning left to right and taking the longest pattern at each position;
 * matches do not overlap. A pattern whose edge is a Latin letter or digit must sit at a word
 * boundary there (no "GPU" inside "GPUs" unless "GPUs" is itself a pattern); Japanese and
 * Chinese, written without spaces, match anywhere.
 */
export function findTerms(text: string, patterns: readonly Pattern[]): Match[] {
  const matches: Match[] = [];
  let i = 0;
  while (i < text.length) {
    const hit = patterns.find((p) => text.startsWith(p.text, i) && atBoundary(text, i, i + p.text.length, p.text));
    if (hit) {
      matches.push({ start: i, end: i + hit.text.length, slug: hit.slug });
      i += hit.text.length;
    } else {
      i += 1;
    }
  }
  return matches;
}

function atBoundary(text: string, start: number, end: number, pattern: string): boolean {
  const startsWord = wordChar.test(pattern.charAt(0));
  const endsWord = wordChar.test(pattern.charAt(pattern.length - 1));
  if (startsWord && start > 0 && wordChar.test(text.charAt(start - 1))) return false;
  if (endsWord && end < text.length && wordChar.test(text.charAt(end))) return false;
  return true;
}
