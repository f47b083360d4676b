// The one source of the passage panel's other-edition texts: change the URL here, nowhere else.
import type { Locale } from '../lib/i18n/locales';
import { editionTextsPath } from '../lib/routes/paths';
import { parsePreviews } from '../lib/search/previews';

const loaded = new Map<string, Promise<Map<string, string>>>();

/**
 * An edition's passage texts by id, fetched once per page from the file the build writes for it
 * (`/<locale>/articles/<slug>/passages.json`); rejects when it cannot be loaded.
 */
export function editionTexts(locale: Locale, slug: string): Promise<Map<string, string>> {
  const url = editionTextsPath(locale, slug);
  let texts = loaded.get(url);
  if (!texts) {
    texts = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      // The same shape as the search previews ({ [id]: text }), read by the same tolerant parser.
      return parsePreviews(await response.json());
    });
    texts.catch(() => loaded.delete(url));
    loaded.set(url, texts);
  }
  return texts;
}
