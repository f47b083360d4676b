import { ContentError } from '../content/errors';
import type { Inline } from '../passages/model';
import { parsePassages } from '../passages/parse';
import { passageMdx, passageSource } from './source';
import { XliffError } from './xliff';

/**
 * Writes new passage contents into an edition's MDX body, touching nothing but the changed
 * passages' text (their tags, ids, order and the layout around them stay byte for byte). Throws an
 * XliffError naming the passage when the result would not parse back to the same text (markup the
 * site cannot write, such as a list).
 */
export function writePassages(body: string, file: string, changes: ReadonlyMap<string, readonly Inline[]>): string {
  let next = body;
  for (const [id, content] of changes) {
    const element = new RegExp(`(<(H|P|Quote|Figure|Footer) id="${id}"[^>]*?)(\\s*/>|>([\\s\\S]*?)</\\2>)`).exec(next);
    if (!element) throw new XliffError(`unit "${id}": no passage with this id in ${file}`);
    const [whole, open = '', tag = '', , inner] = element;
    const text = passageMdx(content);
    const replaced =
      inner === undefined
        ? `${open}>\n${text}\n</${tag}>`
        : `${open}>${/^\s*/.exec(inner)?.[0] ?? ''}${text}${/\s*$/.exec(inner)?.[0] ?? ''}</${tag}>`;
    next = next.slice(0, element.index) + replaced + next.slice(element.index + whole.length);
  }
  let parsed;
  try {
    parsed = parsePassages(next, file);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const id = [...changes.keys()].find((key) => error.message.includes(`"${key}"`));
    throw new XliffError(`${id ? `unit "${id}": ` : ''}the target does not make valid MDX (${error.message})`);
  }
  for (const [id, content] of changes) {
    if (passageSource(parsed.find((p) => p.id === id)?.content ?? []) !== passageSource(content))
      throw new XliffError(`unit "${id}": the target cannot be written as this passage's MDX without changing its text`);
  }
  return next;
}
