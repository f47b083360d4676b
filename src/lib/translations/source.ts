import { createHash } from 'node:crypto';
import type { Inline } from '../passages/model';

/**
 * A passage's text as the record compares it: its inline markup written out as in the MDX source
 * (emphasis, strong, code, links with their URL, explicit `<Term>`s: a change to any of them is a
 * change a translator must see), glossary terms the site links by itself left out (they follow the
 * glossary, not the author), NFC-normalised with every run of whitespace collapsed to one space.
 */
export function passageSource(content: readonly Inline[]): string {
  return markup(content, (text) => text)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Inline content written back as MDX (what `xliff:import` puts in a passage): text escaped where MDX would read markup. */
export function passageMdx(content: readonly Inline[]): string {
  return markup(content, (text) => text.replace(/[\\`*_[\]<>{}]|&(?=#?\w+;)/g, '\\$&')).normalize('NFC');
}

function markup(content: readonly Inline[], text: (value: string) => string): string {
  return content
    .map((node) => {
      switch (node.type) {
        case 'text':
          return text(node.value);
        case 'code':
          return `\`${node.value}\``;
        case 'emphasis':
          return `*${markup(node.children, text)}*`;
        case 'strong':
          return `**${markup(node.children, text)}**`;
        case 'link':
          return `[${markup(node.children, text)}](${node.url})`;
        case 'term':
          return node.explicit ? `<Term slug="${node.slug}">${markup(node.children, text)}</Term>` : markup(node.children, text);
      }
    })
    .join('');
}

/** The record's hash of a normalised passage text: the first 16 hexadecimal digits of its SHA-256. */
export function sourceHash(source: string): string {
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}
