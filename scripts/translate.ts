/**
 * `npm run translate -- <slug> --to <locale>`: writes a draft translation skeleton of the article's
 * original edition (src/lib/authoring/commands.ts).
 */
import { parseArgs } from 'node:util';
import { createTranslation } from '../src/lib/authoring/commands';
import { contentDir } from '../src/lib/content/paths';
import { runCommand } from './command';

runCommand(() => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' } } });
  const [slug] = positionals;
  if (!slug || !values.to || positionals.length > 1) return 'usage: npm run translate -- <slug> --to <locale>';
  return `wrote ${createTranslation(contentDir(), slug, values.to)} (draft: true): replace every [[translate]], then remove draft: true`;
});
