// npm run link -- <text or passage id> [--locale en]
// Prints the share and anchor URLs of the matching passages in every edition (or one), so that a
// newsletter editor can paste a passage link without opening the site.
import { parseArgs } from 'node:util';
import config from '../astro.config.mjs';
import { buildArticles } from '../src/lib/content/articles';
import { contentDir } from '../src/lib/content/paths';
import { readEditionEntries } from '../src/lib/content/read';
import { isLocale } from '../src/lib/i18n/locales';
import { findPassages, passageManifest } from '../src/lib/passages/manifest';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { locale: { type: 'string' } } });
const query = positionals.join(' ');
if (!query || (values.locale !== undefined && !isLocale(values.locale))) {
  console.error('usage: npm run link -- <text or passage id> [--locale ja|en|zh]');
  process.exit(2);
}
const entries = passageManifest(buildArticles(readEditionEntries(contentDir())), config.site as string);
const found = findPassages(entries, query, values.locale && isLocale(values.locale) ? values.locale : undefined);
if (found.length === 0) {
  console.error(`No passage matches "${query}".`);
  process.exit(1);
}
for (const entry of found) {
  const quote = entry.text.length > 70 ? `${entry.text.slice(0, 69)}…` : entry.text;
  console.log(`${entry.article}#${entry.id} [${entry.locale}] ${quote}\n  share:  ${entry.share}\n  anchor: ${entry.url}`);
}
