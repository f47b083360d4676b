// The search page's element, <site-search>: it makes a SearchSession (src/lib/search/session.ts:
// the query, the views, the results and the counts, unit-tested) over the site's Pagefind bundle,
// feeds it the form, the edition filter and "Show more", and renders each state it publishes with
// DOM nodes (no HTML strings, no inline styles: the page runs under a strict CSP). docs/search.md.
import { isLocale, localeInfo, type Locale } from '../lib/i18n/locales';
import { bundleModule, searchLanguage } from '../lib/search/bundles';
import type { SearchConcept } from '../lib/search/concepts';
import { excerptParts, fitLength } from '../lib/search/excerpt';
import { arrowTarget } from '../lib/search/keys';
import { ranking, type PagefindModule } from '../lib/search/pagefind';
import { parsePreviews, previewsPath } from '../lib/search/previews';
import { parseFilter, resultHref, sameInEdition, type AlignedResult, type ArticleTitles } from '../lib/search/results';
import { SearchSession, type SessionState } from '../lib/search/session';
import { countText, statusText, type SearchStrings } from '../lib/search/strings';
import { format } from '../lib/text/format';

/** Pagefind's module with its index metadata and WebAssembly loaded (so that a reader who focuses the box waits only for the index chunks of the query). */
async function loadPagefind(): Promise<PagefindModule> {
  const module = (await import(/* @vite-ignore */ bundleModule)) as PagefindModule;
  // The index is small: searching on the main thread saves fetching the worker's copy of the code.
  await module.options({ ranking, noWorker: true });
  await module.init();
  return module;
}

/** A previews file of the reader's edition; none when it is missing or unreadable. */
async function loadPreviews(reader: Locale, slug: string): Promise<Map<string, string>> {
  const response = await fetch(previewsPath(reader, slug));
  return parsePreviews(response.ok ? await response.json() : null);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The URL parameter that turns concept search off (`?concepts=off`). */
const conceptsParam = 'concepts';

/** `<site-search data-locale data-strings data-titles data-concepts>` around the search page's form, filter, status, concept note, list and "Show more" button. */
class SiteSearch extends HTMLElement {
  #reader!: Locale;
  #strings!: SearchStrings;
  #session!: SearchSession;
  #form!: HTMLFormElement;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #filterBox!: HTMLFieldSetElement;
  #unavailable!: HTMLElement;
  #more!: HTMLButtonElement;
  #concepts!: HTMLElement;
  /** The state last rendered. */
  #shown: SessionState | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const reader = this.dataset['locale'] ?? '';
    if (this.#session || !isLocale(reader)) return;
    this.#reader = reader;
    this.#strings = JSON.parse(this.dataset['strings'] ?? '{}') as SearchStrings;
    this.#form = this.querySelector('form') as HTMLFormElement;
    this.#input = this.#form.elements.namedItem('q') as HTMLInputElement;
    this.#status = this.querySelector('[data-search-status]') as HTMLElement;
    this.#list = this.querySelector('[data-search-results]') as HTMLOListElement;
    this.#filterBox = this.querySelector('[data-search-filter]') as HTMLFieldSetElement;
    this.#unavailable = this.querySelector('[data-search-unavailable]') as HTMLElement;
    this.#more = this.querySelector('[data-search-more]') as HTMLButtonElement;
    this.#concepts = this.querySelector('[data-search-concepts]') as HTMLElement;
    this.#session = new SearchSession({
      reader,
      titles: JSON.parse(this.dataset['titles'] ?? '{}') as ArticleTitles,
      concepts: JSON.parse(this.dataset['concepts'] ?? '[]') as SearchConcept[],
      language: searchLanguage(),
      load: loadPagefind,
      loadPreviews: (slug) => loadPreviews(reader, slug),
    });
    this.#session.subscribe((state) => this.#render(state));
    this.#listen();

    const params = new URLSearchParams(location.search);
    const edition = parseFilter(params.get('edition'));
    const radio = this.#filterBox.querySelector<HTMLInputElement>(`input[value="${edition}"]`);
    if (radio) radio.checked = true;
    void this.#session.setFilter(edition);
    void this.#session.setExpand(params.get(conceptsParam) !== 'off');
    this.#input.value = params.get('q') ?? '';
    if (this.#input.value.trim()) this.#run();
  }

  #listen(): void {
    this.#form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#run();
    });
    this.#input.addEventListener('input', (event) => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#run(), 200);
      // Not while an input method composes: its text is not the query yet.
      if (!(event as InputEvent).isComposing) this.#session.prefetch(this.#input.value);
    });
    this.#input.addEventListener('focus', () => this.#session.preload(), { once: true });
    this.#filterBox.addEventListener('change', () => {
      this.#setUrl(this.#session.state.query);
      void this.#session.setFilter(this.#filter());
    });
    this.#more.addEventListener('click', () => void this.#session.more());
    this.#concepts.querySelector('button')?.addEventListener('click', () => void this.#session.setExpand(!this.#session.state.expand));
    // Arrow keys move between the search box and the results (arrowTarget); Enter opens a result.
    this.addEventListener('keydown', (event) => {
      const links = [...this.#list.querySelectorAll<HTMLAnchorElement>('a.search-result-link')];
      const current = event.target === this.#input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
      if (current === -1 && event.target !== this.#input) return;
      const target = arrowTarget(event.key, current, links.length);
      if (target === undefined) return;
      event.preventDefault();
      (target < 0 ? this.#input : links[target])?.focus();
    });
  }

  #run(): void {
    clearTimeout(this.#timer);
    void this.#session.search(this.#input.value);
  }

  /** The filter the reader chose. */
  #filter() {
    return parseFilter(this.#filterBox.querySelector<HTMLInputElement>('input:checked')?.value ?? null);
  }

  /** Keeps the query (?q=), the chosen filter (?edition=) and concept search turned off (?concepts=off) in the page's URL. */
  #setUrl(query: string): void {
    const url = new URL(location.href);
    for (const name of ['q', 'edition', conceptsParam]) url.searchParams.delete(name);
    if (query) url.searchParams.set('q', query);
    if (this.#filter() !== 'all') url.searchParams.set('edition', this.#filter());
    if (!this.#session.state.expand) url.searchParams.set(conceptsParam, 'off');
    history.replaceState(history.state, '', url);
  }

  #render(state: SessionState): void {
    const before = this.#shown;
    this.#shown = state;
    const started = state.status === 'loading' && (before?.status !== 'loading' || before.query !== state.query);
    if (started) performance.mark('search:start');
    if (state.query !== before?.query || state.expand !== before?.expand || started) this.#setUrl(state.query);
    this.#showConcepts(state);
    // `adding`: the query's own results are shown, the names a concept search adds are being searched.
    this.dataset['state'] = state.status === 'done' && state.adding ? 'adding' : state.status;
    switch (state.status) {
      case 'idle':
        this.#status.textContent = '';
        this.#list.replaceChildren();
        this.#filterBox.hidden = true;
        this.#more.hidden = true;
        return;
      case 'loading':
        this.#status.textContent = this.#strings.loading;
        return;
      case 'error':
        if (before?.status !== 'error') console.error('Search failed:', state.error);
        this.#status.textContent = '';
        this.#list.replaceChildren();
        this.#filterBox.hidden = true;
        this.#more.hidden = true;
        this.#unavailable.hidden = false;
        return;
      case 'done':
        if (state.results !== before?.results) this.#showResults(state);
        this.#fillPreviews(state);
        if (before?.status === 'loading') performance.mark('search:results');
        if (!state.adding && (before?.status === 'loading' || before?.adding)) performance.mark('search:complete');
        this.dataset['query'] = state.query;
    }
  }

  #showResults(state: SessionState): void {
    const { counts, filter } = state;
    for (const span of this.#filterBox.querySelectorAll<HTMLElement>('[data-count]'))
      span.textContent = `(${countText(counts[parseFilter(span.dataset['count'] ?? null)])})`;
    this.#filterBox.hidden = (counts.all?.count ?? 0) === 0;
    this.#status.textContent = statusText(this.#strings, counts[filter]);
    // A result the reader moved to stays focused when the list is redrawn (the added names' results, "Show more").
    const focused = this.#list.contains(document.activeElement) ? document.activeElement?.getAttribute('href') : null;
    this.#list.replaceChildren(...state.results.map((result) => this.#item(result)));
    if (focused) [...this.#list.querySelectorAll('a')].find((a) => a.getAttribute('href') === focused)?.focus();
    this.#more.hidden = !state.hasMore;
    this.#unavailable.hidden = true;
  }

  /** Says what a concept search added to the query, or that it is off, with the button that switches it. */
  #showConcepts(state: SessionState): void {
    const { concepts, expand, query } = state;
    this.#concepts.hidden = concepts.length === 0 || state.status === 'idle' || state.status === 'error';
    if (this.#concepts.hidden) return;
    const terms = concepts.join(' · ');
    const [note, button] = [this.#concepts.querySelector('span'), this.#concepts.querySelector('button')] as [HTMLElement, HTMLElement];
    const added = state.adding || state.status === 'loading' ? this.#strings.alsoSearching : this.#strings.alsoSearched;
    note.textContent = expand ? format(added, { terms }) : format(this.#strings.onlyDone, { query });
    button.textContent = expand ? format(this.#strings.onlyQuery, { query }) : format(this.#strings.alsoSearch, { terms });
  }

  /** Shows the same passage in the reader's edition under each hit from another edition, when its preview is in. */
  #fillPreviews(state: SessionState): void {
    for (const q of this.#list.querySelectorAll<HTMLElement>('q[data-slug]')) {
      const text = state.previews.get(q.dataset['slug'] ?? '')?.get(q.dataset['id'] ?? '');
      if (text) q.textContent = text;
      q.hidden = !text;
    }
  }

  #item(result: AlignedResult): HTMLLIElement {
    const strings = this.#strings;
    const lang = localeInfo(result.edition).htmlLang;
    const li = el('li', 'search-result');
    li.dataset['edition'] = result.edition;
    if (result.passage) li.dataset['passage'] = result.passage;
    if (!result.complete) li.dataset['partial'] = '';
    if (result.via) li.dataset['via'] = result.via;
    const meta = el('p', 'search-result-meta', strings.editions[result.edition]);
    if (result.kind === 'glossary') meta.append(` · ${strings.glossary}`);
    const heading = el('h2');
    const link = el('a', 'search-result-link', result.title);
    link.href = resultHref(result.url, result.passage, result.highlights);
    link.lang = lang;
    if (result.edition !== this.#reader) link.hreflang = lang;
    heading.append(link);
    const excerpt = el('p', 'search-excerpt');
    excerpt.lang = lang;
    excerpt.append(
      ...excerptParts(result.text, result.highlights, fitLength(result.text, 180)).map((part) =>
        part.mark ? el('mark', undefined, part.text) : document.createTextNode(part.text),
      ),
    );
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
    const same = sameInEdition(result, this.#reader);
    if (same && result.slug && result.passage) {
      const p = el('p', 'search-same');
      const a = el('a', undefined, strings.sameInYours);
      a.href = same;
      const q = el('q');
      q.dataset['slug'] = result.slug;
      q.dataset['id'] = result.passage;
      q.lang = localeInfo(this.#reader).htmlLang;
      q.hidden = true;
      p.append(a, ' ', q);
      li.append(p);
    }
    return li;
  }
}

customElements.define('site-search', SiteSearch);
