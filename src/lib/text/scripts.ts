/**
 * Character classes of the scripts the site's languages are written in, shared by the glossary
 * matcher, search and cards so that they agree on what a word and a lone kana are.
 */

/** Han, Hiragana, Katakana and Hangul (and the marks that belong to them): scripts written without spaces between words. */
export const cjkChar = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー々〆]/u;

/** One kana character alone: a particle or an inflection, too common to highlight or search on its own. */
export const loneKana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u;

/** Punctuation and symbols at either end of a word (a global pattern, for `replace`). */
export const edgePunctuation = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/** True when `text` holds a character of a script written without spaces. */
export function hasCjk(text: string): boolean {
  return cjkChar.test(text);
}
