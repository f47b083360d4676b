// npm run link -- <text or passage id> [--locale en]
// Prints the share and anchor URLs of the matching passages in every edition (or one), the
// bilingual share page of a translation, and for a text query a share link that goes on to those
// words, so that a newsletter editor can paste a passage link without opening the site.
import { parseArgs } from 'node:util';
import { quoteShareUrl } from '../src/lib/cite/quote';
import { contentDir } from '../src/lib/content/paths';
import { findPassages, passageManifest } from '../src/lib/feeds/passages';
import { isLocale } from '../src/lib/i18n/locales';
import { siteOrigin } from '../src/lib/site/origin';
import { readSite } from '../src/lib/site/read';
import { routes } from '../src/lib/routes/routes';
import { truncate } from '../src/lib/text/truncate';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { locale: { type: 'string' } } });
const query = positionals.join(' ');
if (!query || (values.locale !== undefined && !isLocale(values.locale))) {
  console.error('usage: npm run link -- <text or passage id> [--locale ja|en|zh]');
  process.exit(2);
}
const entries = passageManifest(routes(readSite(contentDir()).site), siteOrigin);
const found = findPassages(entries, query, values.locale && isLocale(values.locale) ? values.locale : undefined);
if (found.length === 0) {
  console.error(`No passage matches "${query}".`);
  process.exit(1);
}
for (const entry of found) {
  // Found by its words: a share link that also goes on to those words (a text fragment).
  const at = entry.text.toLowerCase().indexOf(query.toLowerCase());
  const quote = at >= 0 ? `\n  quote:  ${quoteShareUrl(entry.share, entry.text.slice(at, at + query.length))}` : '';
  console.log(
    `${entry.article}#${entry.id} [${entry.locale}] ${truncate(entry.text, 70)}\n  share:  ${entry.share}\n  anchor: ${entry.url}${
      entry.bilingual ? `\n  with the original: ${entry.bilingual}` : ''
    }${quote}`,
  );
}
