// npm run xliff:import -- <file>
// Writes the targets of an XLIFF file (from xliff:export, edited in a translator's tool) back into
// the translation's MDX, passage by passage; refuses a file whose units are not the article's passages.
import fs from 'node:fs';
import { contentDir } from '../src/lib/content/paths';
import { isLocale } from '../src/lib/i18n/locales';
import { splitFrontmatter } from '../src/lib/content/frontmatter';
import { readSite } from '../src/lib/site/read';
import { writePassages } from '../src/lib/translations/mdx';
import { importXliff, importedChanges, XliffError } from '../src/lib/translations/xliff';
import { runCommand, UsageError } from './command';

await runCommand(async () => {
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new UsageError('usage: npm run xliff:import -- <file>');
  // Every problem of the file is said with its name first.
  const named = (error: unknown) => (error instanceof XliffError ? new XliffError(`${file}: ${error.message}`) : error);
  const doc = await importXliff(fs.readFileSync(file, 'utf8')).catch((error: unknown) => {
    throw named(error);
  });
  const { site } = readSite(contentDir());
  const article = site.articles.find((a) => a.slug === doc.slug);
  if (!article) throw new UsageError(`${file}: no article "${doc.slug}" (its <file id>)`);
  const edition = isLocale(doc.target) ? article.editions[doc.target] : undefined;
  if (doc.source !== article.original || !edition || doc.target === article.original)
    throw new UsageError(
      `${file}: ${doc.source} → ${doc.target} is not a translation of "${doc.slug}" that exists (its original is ${article.original})`,
    );
  let changes;
  try {
    changes = importedChanges(doc, edition.passages);
  } catch (error) {
    throw named(error);
  }
  if (changes.size === 0) {
    console.log(`${edition.file}: no target changed, nothing written`);
    return;
  }
  const source = fs.readFileSync(edition.file, 'utf8');
  const { body } = splitFrontmatter(source, edition.file);
  fs.writeFileSync(edition.file, source.slice(0, source.length - body.length) + writePassages(body, edition.file, changes));
  console.log(`${edition.file}: ${changes.size} passage${changes.size === 1 ? '' : 's'} updated: ${[...changes.keys()].join(', ')}`);
});
