// npm run xliff:export -- <slug> --to <locale> [--out <file>]
// Writes an XLIFF 2.0 file of one article's translation for a translator's tool (OmegaT, memoQ,
// Trados, Crowdin, Weblate): one unit per passage, with its state and, when outdated, what changed.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths';
import { isLocale } from '../src/lib/i18n/locales';
import { readSite, siteFreshness } from '../src/lib/site/read';
import { diffText, wordDiff } from '../src/lib/translations/diff';
import { editionFreshness } from '../src/lib/translations/freshness';
import { exportXliff } from '../src/lib/translations/xliff';
import { runCommand, UsageError } from './command';

await runCommand(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { to: { type: 'string' }, out: { type: 'string' } } });
  const [slug, ...rest] = positionals;
  const locale = values.to;
  if (!slug || rest.length > 0 || !locale) throw new UsageError('usage: npm run xliff:export -- <slug> --to <locale> [--out <file>]');
  const dir = contentDir();
  const { site } = readSite(dir);
  const article = site.articles.find((a) => a.slug === slug);
  if (!article) throw new UsageError(`no article "${slug}" (${site.articles.map((a) => a.slug).join(', ')})`);
  if (!isLocale(locale) || locale === article.original)
    throw new UsageError(`--to must be a declared locale other than the original (${article.original})`);
  const passages = editionFreshness(siteFreshness(site, dir), slug, locale)?.passages;
  const translation = new Map(article.editions[locale]?.passages.map((p) => [p.id, p.content]));
  const units = (article.editions[article.original]?.passages ?? []).map((p, i) => {
    const fresh = passages?.[i];
    const status = fresh?.status ?? 'missing';
    const note =
      fresh?.status === 'outdated'
        ? `The original changed since this translation: ${diffText(wordDiff(fresh.was ?? '', fresh.original, article.original))}`
        : undefined;
    return { id: p.id, source: p.content, target: translation.get(p.id), status, note };
  });
  const out = values.out ?? `${slug}.${locale}.xlf`;
  fs.writeFileSync(out, await exportXliff(slug, article.original, locale, units));
  const count = (s: string) => units.filter((u) => u.status === s).length;
  console.log(`${out}: ${units.length} units (${count('current')} translated, ${count('outdated')} outdated, ${count('missing')} new)`);
});
