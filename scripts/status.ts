// npm run status [-- --json] [-- --strict] [-- --accept <slug> <locale> <id>]
// Per article and translation: passages translated, outdated and missing, with a word diff of each
// outdated passage's original. --strict exits 1 when anything is outdated or missing (for CI);
// --accept records an outdated passage as current when the original's change did not affect it.
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content/paths';
import { isLocale } from '../src/lib/i18n/locales';
import { readSite, siteFreshness, translationRecordFile, relativeFile, writeTranslationRecord } from '../src/lib/site/read';
import { editionFreshness } from '../src/lib/translations/freshness';
import { editionStatuses, statusText } from '../src/lib/translations/report';
import { runCommand, UsageError } from './command';

const usage = 'usage: npm run status [-- --json | --strict | --accept <slug> <locale> <id>]';

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, accept: { type: 'boolean' } },
  });
  const dir = contentDir();
  const { site } = readSite(dir);
  if (values.accept) {
    const [slug, locale, id, ...rest] = positionals;
    if (!slug || !locale || !id || rest.length > 0) throw new UsageError(usage);
    const passage = isLocale(locale)
      ? editionFreshness(siteFreshness(site, dir), slug, locale)?.passages.find((p) => p.id === id)
      : undefined;
    if (!passage) throw new UsageError(`no translated passage "${id}" in ${slug}/${locale}`);
    if (passage.status !== 'outdated')
      throw new UsageError(`${slug}/${locale} passage "${id}" is ${passage.status}, not outdated: nothing to accept`);
    writeTranslationRecord(dir, siteFreshness(site, dir, new Set([`${slug}/${locale}/${id}`])).next);
    console.log(`${slug}/${locale} passage "${id}" is current again (${relativeFile(translationRecordFile(dir))}: commit it)`);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(usage);
  const statuses = editionStatuses(siteFreshness(site, dir).editions);
  console.log(values.json ? JSON.stringify(statuses, null, 2) : statusText(statuses));
  const stale = statuses.some((s) => s.outdated.length > 0 || s.missing.length > 0);
  return values.strict && stale ? 1 : 0;
}

await runCommand(main);
