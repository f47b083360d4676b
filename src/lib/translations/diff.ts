import { diffWords } from 'diff';
import { localeInfo, type Locale } from '../i18n/locales';

/** One piece of a word diff: unchanged, removed from the old text, or added in the new one. */
export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * The word-level difference between two versions of an original passage in `locale`. Words are
 * cut by `Intl.Segmenter`, since Japanese and Chinese have no spaces for jsdiff's own splitter.
 */
export function wordDiff(before: string, after: string, locale: Locale): DiffPart[] {
  const intlSegmenter = new Intl.Segmenter(localeInfo(locale).htmlLang, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** A word diff as one line of text, in git's `--word-diff` notation: `[-removed-]{+added+}`. */
export function diffText(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'removed' ? `[-${p.text}-]` : p.kind === 'added' ? `{+${p.text}+}` : p.text)).join('');
}
