/**
 * `npm run check:content`: checks all content (frontmatter, passages, alignment, glossary, the
 * lock) without building pages, printing every error as `file:line:column: message` and exiting
 * with 1 when there is one. `npm run build` runs it before `astro build`.
 */
import { contentDir } from '../src/lib/content/paths';
import { checkContent, draftLines } from '../src/lib/site/check';

const started = performance.now();
const report = checkContent(contentDir());
for (const error of report.errors) console.error(error.message);
for (const warning of report.warnings) console.warn(warning);
for (const line of draftLines(report)) console.log(line);
if (report.errors.length > 0) {
  console.error(`\n${report.errors.length} content error${report.errors.length === 1 ? '' : 's'}: nothing was built.`);
  process.exit(1);
}
console.log(`content: ok (${Math.round(performance.now() - started)} ms)`);
