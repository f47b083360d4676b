// The search page: loads the reader's own Pagefind bundle and merges the other editions' (docs/search.md),
// runs ?q= and what the reader types, and renders results with DOM nodes (no HTML strings, no inline
// styles: the page runs under a strict CSP). The logic is in src/lib/search/, unit-tested.
import { isLocale, localeInfo, type Locale } from '../lib/i18n/locales';
import { bundlePlan } from '../lib/search/bundles';
import { excerptParts, fitLength } from '../lib/search/excerpt';
import { ranking, type PagefindModule } from '../lib/search/pagefind';
import { parsePreviews, previewsPath } from '../lib/search/previews';
import { normalizeQuery } from '../lib/search/query';
import { countByFilter, countLine, filterResults, parseFilter, rankResults, resultHref, sameInEdition, toResult, type EditionFilter, type SearchResult } from '../lib/search/results';
import type { SearchStrings } from '../lib/search/strings';

/** Results whose data is loaded (one fragment each); the site's whole index is a few dozen pages. */
const maxResults = 30;

const root = document.querySelector<HTMLElement>('[data-search]');
if (root && isLocale(root.dataset['locale'] ?? '')) start(root, root.dataset['locale'] as Locale, JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings);

function start(root: HTMLElement, reader: Locale, strings: SearchStrings): void {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = root.querySelector('[data-search-status]') as HTMLElement;
  const list = root.querySelector('[data-search-results]') as HTMLOListElement;
  const filterBox = root.querySelector('[data-search-filter]') as HTMLFieldSetElement;
  const unavailable = root.querySelector('[data-search-unavailable]') as HTMLElement;

  let pagefind: Promise<PagefindModule> | undefined;
  /** Article slug → its passage previews in the reader's edition (loaded once, when needed). */
  const previews = new Map<string, Map<string, string>>();
  const previewLoads = new Map<string, Promise<void>>();
  let results: SearchResult[] = [];
  let query = '';
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The reader's bundle as the primary, the other editions' merged with their own language. */
  const load = () =>
    (pagefind ??= (async () => {
      const plan = bundlePlan(reader);
      const module = (await import(/* @vite-ignore */ plan.primary)) as PagefindModule;
      // The index is small: searching on the main thread saves fetching the worker's copy of the code.
      await module.options({ ranking, noWorker: true });
      await Promise.all(plan.merged.map((bundle) => module.mergeIndex(bundle.path, { language: bundle.language, ranking })));
      return module;
    })());

  /** The reader's-edition previews of the articles with a hit in another edition, each file fetched once; without them the previews stay empty. */
  function loadPreviews(): void {
    for (const result of results) {
      const slug = result.slug;
      if (!slug || !sameInEdition(result, reader) || previewLoads.has(slug)) continue;
      const load = fetch(previewsPath(reader, slug))
        .then((response) => (response.ok ? response.json() : null))
        .then(parsePreviews, () => new Map<string, string>())
        .then((map) => {
          previews.set(slug, map);
          fillPreviews();
        });
      previewLoads.set(slug, load);
    }
  }

  /** Shows the same passage in the reader's edition under each hit from another edition, when its preview is in. */
  function fillPreviews(): void {
    for (const q of list.querySelectorAll<HTMLElement>('q[data-slug]')) {
      const text = previews.get(q.dataset['slug'] ?? '')?.get(q.dataset['id'] ?? '');
      if (text) q.textContent = text;
      q.hidden = !text;
    }
  }

  const filter = (): EditionFilter => parseFilter((filterBox.querySelector('input:checked') as HTMLInputElement | null)?.value ?? null);

  function setUrl(): void {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.delete('edition');
    if (query) url.searchParams.set('q', query);
    if (filter() !== 'all') url.searchParams.set('edition', filter());
    history.replaceState(history.state, '', url);
  }

  async function run(raw: string): Promise<void> {
    clearTimeout(timer);
    const q = normalizeQuery(raw);
    if (q === query && root.dataset['state'] === 'done') return;
    const mine = ++generation;
    query = q;
    setUrl();
    if (!q) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      filterBox.hidden = true;
      root.dataset['state'] = 'idle';
      return;
    }
    performance.mark('search:start');
    root.dataset['state'] = 'loading';
    status.textContent = strings.loading;
    try {
      const module = await load();
      const response = await module.search(q);
      const data = await Promise.all(response.results.slice(0, maxResults).map((result) => result.data()));
      if (mine !== generation) return;
      results = rankResults(data.flatMap((d, rank) => toResult(d, q, rank) ?? []), reader);
      unavailable.hidden = true;
      render();
      performance.mark('search:results');
      root.dataset['state'] = 'done';
      root.dataset['query'] = q;
      loadPreviews();
    } catch (error) {
      pagefind = undefined; // the next query tries to load Pagefind again
      if (mine !== generation) return;
      console.error('Search failed:', error);
      status.textContent = '';
      unavailable.hidden = false;
      root.dataset['state'] = 'error';
    }
  }

  function render(): void {
    const counts = countByFilter(results, reader);
    for (const span of filterBox.querySelectorAll<HTMLElement>('[data-count]')) span.textContent = `(${counts[span.dataset['count'] as EditionFilter] ?? 0})`;
    filterBox.hidden = results.length === 0;
    const shown = filterResults(results, filter(), reader);
    status.textContent = shown.length === 0 ? strings.noResults : countLine(strings.resultCount, shown.length);
    list.replaceChildren(...shown.map(item));
    fillPreviews();
  }

  function item(result: SearchResult): HTMLLIElement {
    const lang = localeInfo(result.edition).htmlLang;
    const li = el('li', 'search-result');
    li.dataset['edition'] = result.edition;
    if (result.passage) li.dataset['passage'] = result.passage.id;
    if (!result.complete) li.dataset['partial'] = '';
    const meta = el('p', 'search-result-meta', strings.editions[result.edition]);
    if (result.kind === 'glossary') meta.append(` · ${strings.glossary}`);
    const heading = el('h2');
    const link = el('a', 'search-result-link', result.title);
    link.href = resultHref(result.url, result.passage?.id ?? null, result.highlights);
    setLang(link, result.edition, lang);
    heading.append(link);
    const excerpt = el('p', 'search-excerpt');
    excerpt.lang = lang;
    excerpt.append(...marked(result.text, result.highlights, 180));
    li.append(meta, heading, excerpt);
    if (result.more.length > 0) {
      const more = el('p', 'search-more');
      more.append(el('span', 'search-more-label', `${strings.morePassages}: `));
      result.more.forEach((passage, i) => {
        const a = el('a');
        a.href = resultHref(result.url, passage.id, passage.highlights);
        setLang(a, result.edition, lang);
        a.append(...marked(passage.text, passage.highlights, 60));
        more.append(...(i > 0 ? [' · ', a] : [a]));
      });
      li.append(more);
    }
    const same = sameInEdition(result, reader);
    if (same && result.slug && result.passage) {
      const p = el('p', 'search-same');
      const a = el('a', undefined, strings.sameInYours);
      a.href = same;
      const q = el('q');
      q.dataset['slug'] = result.slug;
      q.dataset['id'] = result.passage.id;
      q.lang = localeInfo(reader).htmlLang;
      q.hidden = true;
      p.append(a, ' ', q);
      li.append(p);
    }
    return li;
  }

  function setLang(link: HTMLAnchorElement, edition: Locale, lang: string): void {
    link.lang = lang;
    if (edition !== reader) link.hreflang = lang;
  }

  function marked(text: string, words: readonly string[], length: number): Node[] {
    return excerptParts(text, words, fitLength(text, length)).map((part) => (part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text)));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), 200);
  });
  input.addEventListener('focus', () => void load().catch(() => undefined), { once: true });
  filterBox.addEventListener('change', () => {
    setUrl();
    render();
  });

  const params = new URLSearchParams(location.search);
  const edition = parseFilter(params.get('edition'));
  const radio = filterBox.querySelector<HTMLInputElement>(`input[value="${edition}"]`);
  if (radio) radio.checked = true;
  input.value = params.get('q') ?? '';
  if (input.value.trim()) void run(input.value);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
