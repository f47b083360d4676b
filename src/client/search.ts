// The search page: loads the site's Pagefind bundle, which holds every edition (docs/search.md),
// runs ?q= and what the reader types, and renders results with DOM nodes (no HTML strings, no inline
// styles: the page runs under a strict CSP). The logic is in src/lib/search/, unit-tested.
import { isLocale, localeInfo, type Locale } from '../lib/i18n/locales';
import { bundleModule, searchLanguage } from '../lib/search/bundles';
import { excerptParts, fitLength } from '../lib/search/excerpt';
import { ranking, type PagefindModule, type PagefindResult } from '../lib/search/pagefind';
import { parsePreviews, previewsPath } from '../lib/search/previews';
import { normalizeQuery, searchTerm } from '../lib/search/query';
import { format } from '../lib/text/format';
import {
  alignResults,
  parseFilter,
  rankResults,
  resultHref,
  sameInEdition,
  toResult,
  viewHasMore,
  viewSlice,
  viewTotal,
  type AlignedResult,
  type ArticleTitles,
  type EditionFilter,
  type SearchResult,
} from '../lib/search/results';
import type { SearchStrings } from '../lib/search/strings';

/** How many results of each list a view shows at first, and adds with "Show more" (each loads one fragment of about half a KB). */
const batch = 5;

/** A results view (all editions, or one): its Pagefind lists and how deep into each it shows. */
interface View {
  lists: PagefindResult[][];
  depth: number;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root && isLocale(root.dataset['locale'] ?? '')) {
  start(
    root,
    root.dataset['locale'] as Locale,
    JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings,
    JSON.parse(root.dataset['titles'] ?? '{}') as ArticleTitles,
  );
}

function start(root: HTMLElement, reader: Locale, strings: SearchStrings, titles: ArticleTitles): void {
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const status = root.querySelector('[data-search-status]') as HTMLElement;
  const list = root.querySelector('[data-search-results]') as HTMLOListElement;
  const filterBox = root.querySelector('[data-search-filter]') as HTMLFieldSetElement;
  const unavailable = root.querySelector('[data-search-unavailable]') as HTMLElement;
  const more = root.querySelector('[data-search-more]') as HTMLButtonElement;

  let pagefind: Promise<PagefindModule> | undefined;
  /** Article slug → its passage previews in the reader's edition (loaded once, when needed). */
  const previews = new Map<string, Map<string, string>>();
  const previewLoads = new Map<string, Promise<void>>();
  /** The current query's views (made when first shown), results by Pagefind id, and counts per filter. */
  let views = new Map<EditionFilter, View>();
  let loaded = new Map<string, SearchResult | null>();
  let counts: Partial<Record<EditionFilter, number>> = {};
  let term = '';
  let results: AlignedResult[] = [];
  let query = '';
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The bundle, loaded once, with its index metadata and WebAssembly (so that a reader who focuses the box waits only for the index chunks of the query). */
  const load = () =>
    (pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ bundleModule)) as PagefindModule;
      // The index is small: searching on the main thread saves fetching the worker's copy of the code.
      await module.options({ ranking, noWorker: true });
      await module.init();
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

  /** The view of a filter: one edition's results, made with a search filtered to it when first asked for. */
  async function viewOf(module: PagefindModule, shown: EditionFilter): Promise<View> {
    const known = views.get(shown);
    if (known) return known;
    const response = await module.search(term, { filters: { edition: shown } });
    const view = { lists: [response.results], depth: batch };
    views.set(shown, view);
    return view;
  }

  /** Loads the data of the results a view shows (each fragment once) and shows them, ranked. */
  async function show(mine: number): Promise<void> {
    const module = await load();
    const shown = filter();
    const view = await viewOf(module, shown);
    const slice = viewSlice(view.lists, view.depth);
    await Promise.all(
      slice.map(async ({ result, rank }) => {
        if (!loaded.has(result.id)) loaded.set(result.id, toResult(await result.data(), query, rank, titles));
      }),
    );
    if (mine !== generation || shown !== filter()) return;
    results = alignResults(
      rankResults(
        slice.flatMap(({ result }) => loaded.get(result.id) ?? []),
        reader,
      ),
    );
    render(view);
    loadPreviews();
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
      more.hidden = true;
      root.dataset['state'] = 'idle';
      return;
    }
    performance.mark('search:start');
    root.dataset['state'] = 'loading';
    status.textContent = strings.loading;
    try {
      const module = await load();
      term = searchTerm(q, searchLanguage());
      // "All editions" reads the reader's own edition and the other editions' articles as two lists
      // (other editions' glossary terms repeat the reader's: every term page lists all three names).
      // Both read the same index chunks, fetched once.
      const [own, articles] = await Promise.all([
        module.search(term, { filters: { edition: reader } }),
        module.search(term, { filters: { kind: 'article' } }),
      ]);
      if (mine !== generation) return;
      const ownIds = new Set(own.results.map((result) => result.id));
      const all = [own.results, articles.results.filter((result) => !ownIds.has(result.id))];
      views = new Map([
        ['all', { lists: all, depth: batch }],
        [reader, { lists: [own.results], depth: batch }],
      ]);
      loaded = new Map();
      counts = { ...own.totalFilters['edition'], all: viewTotal(all) };
      await show(mine);
      if (mine !== generation) return;
      unavailable.hidden = true;
      performance.mark('search:results');
      root.dataset['state'] = 'done';
      root.dataset['query'] = q;
    } catch (error) {
      pagefind = undefined; // the next query tries to load Pagefind again
      if (mine !== generation) return;
      console.error('Search failed:', error);
      status.textContent = '';
      unavailable.hidden = false;
      root.dataset['state'] = 'error';
    }
  }

  /** A view that could not be loaded after the first results: the page says so, as when Pagefind cannot load. */
  function failed(error: unknown): void {
    console.error('Search failed:', error);
    unavailable.hidden = false;
  }

  function render(view: View): void {
    for (const span of filterBox.querySelectorAll<HTMLElement>('[data-count]'))
      span.textContent = `(${counts[span.dataset['count'] as EditionFilter] ?? 0})`;
    filterBox.hidden = (counts.all ?? 0) === 0;
    const total = counts[filter()] ?? 0;
    status.textContent = total === 0 ? strings.noResults : format(strings.resultCount, { count: total });
    list.replaceChildren(...results.map(item));
    more.hidden = !viewHasMore(view.lists, view.depth);
    fillPreviews();
  }

  function item(result: AlignedResult): HTMLLIElement {
    const lang = localeInfo(result.edition).htmlLang;
    const li = el('li', 'search-result');
    li.dataset['edition'] = result.edition;
    if (result.passage) li.dataset['passage'] = result.passage;
    if (!result.complete) li.dataset['partial'] = '';
    const meta = el('p', 'search-result-meta', strings.editions[result.edition]);
    if (result.kind === 'glossary') meta.append(` · ${strings.glossary}`);
    const heading = el('h2');
    const link = el('a', 'search-result-link', result.title);
    link.href = resultHref(result.url, result.passage, result.highlights);
    setLang(link, result.edition, lang);
    heading.append(link);
    const excerpt = el('p', 'search-excerpt');
    excerpt.lang = lang;
    excerpt.append(...marked(result.text, result.highlights, 180));
    li.append(meta, heading, excerpt);
    if (result.alsoIn.length > 0) {
      const also = el('p', 'search-also', `${strings.alsoIn}: `);
      result.alsoIn.forEach((other, i) => {
        const a = el('a', undefined, strings.editions[other.edition]);
        a.href = resultHref(other.url, other.passage, other.highlights);
        a.dataset['edition'] = other.edition;
        // The label is in the reader's language; the page it opens is in the other edition's.
        a.hreflang = localeInfo(other.edition).htmlLang;
        also.append(...(i > 0 ? [' · ', a] : [a]));
      });
      li.append(also);
    }
    const same = sameInEdition(result, reader);
    if (same && result.slug && result.passage) {
      const p = el('p', 'search-same');
      const a = el('a', undefined, strings.sameInYours);
      a.href = same;
      const q = el('q');
      q.dataset['slug'] = result.slug;
      q.dataset['id'] = result.passage;
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
    return excerptParts(text, words, fitLength(text, length)).map((part) =>
      part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text),
    );
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
    if (query) show(generation).catch(failed);
  });
  more.addEventListener('click', () => {
    const view = views.get(filter());
    if (!view) return;
    view.depth += batch;
    show(generation).catch(failed);
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
