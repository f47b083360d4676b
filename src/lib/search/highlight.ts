/**
 * The ranges of `text` that match any of `words` (case-insensitive), merged and in order; for
 * highlighting search hits. Words shorter than one character are ignored.
 */
export function highlightRanges(text: string, words: readonly string[]): [number, number][] {
  const haystack = text.toLowerCase();
  const ranges: [number, number][] = [];
  for (const word of words) {
    const needle = word.trim().toLowerCase();
    if (needle.length === 0) continue;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
