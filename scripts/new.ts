/**
 * `npm run new -- <slug> --from <file> [--locale <code>] [--headings "A|B"]`: imports a plain-text
 * or Markdown file as a new article's original edition (src/lib/authoring/commands.ts).
 */
import { parseArgs } from 'node:util';
import { createArticle } from '../src/lib/authoring/commands';
import { contentDir } from '../src/lib/content/paths';
import { runCommand } from './command';

runCommand(() => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { from: { type: 'string' }, locale: { type: 'string' }, headings: { type: 'string' } },
  });
  const [slug] = positionals;
  if (!slug || !values.from || positionals.length > 1)
    return 'usage: npm run new -- <slug> --from <file.txt|file.md> [--locale <code>] [--headings "Heading one|Heading two"]';
  const written = createArticle(contentDir(), slug, values.from, {
    locale: values.locale,
    headings: values.headings?.split('|'),
    today: new Date().toISOString().slice(0, 10),
  });
  return `wrote ${written}: fill in the [[…]] fields, check the ids, then npm run check:content`;
});
