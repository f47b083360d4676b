import { findTerms, type Pattern } from './match';

/**
 * A short quotation of `text` around the first occurrence of any of `patterns`: at most `max`
 * characters, cut at both ends with an ellipsis where text was left out. The whole text when
 * short enough or when nothing matches within reach.
 */
export function excerptAround(text: string, patterns: readonly Pattern[], max = 90): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const hit = findTerms(text, patterns)[0];
  const hitStart = hit ? [...text.slice(0, hit.start)].length : 0;
  const hitLength = hit ? [...text.slice(hit.start, hit.end)].length : 0;
  const start = Math.max(0, Math.min(hitStart - Math.floor((max - hitLength) / 3), chars.length - max));
  const end = Math.min(chars.length, start + max);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
