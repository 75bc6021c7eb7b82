/**
 * Progressive enhancement of <site-search> on /search/ (src/pages/search.astro). Without this
 * script the page explains that search needs JavaScript and lists every page. With it:
 *   - the Pagefind engine, its index and the results code (site-search-results.ts) load on
 *     the first focus of the search box or the first query (a query in the address counts),
 *     never before;
 *   - results follow the typing; the count is said in a polite live region once typing
 *     pauses (at once after Enter);
 *   - the query is kept in the address (?q=, history.replaceState).
 * Query handling and ranking are src/lib/search, the code the unit tests check.
 */
// The modules themselves, not the index.ts that re-exports everything: whatever this file
// imports is loaded with the page, and the rest of src/lib/search waits for the first search.
import { normaliseQuery, type Query } from '../lib/search/query.ts';
import { addressWithQuery, queryFromSearch } from '../lib/search/address.ts';
import { ENGINE_ERROR_MESSAGE, LOADING_MESSAGE, resultMessage, TRUNCATED_MESSAGE } from '../lib/search/messages.ts';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_DELAY_MS = 800;
/** Where the build puts the engine (src/integrations/search-index.ts INDEX_FOLDER). */
const ENGINE_URL = '/pagefind/pagefind.js';

type Results = typeof import('./site-search-results.ts');
type Engine = import('./site-search-results.ts').Engine;
type Answer = import('./site-search-results.ts').Answer;

class SiteSearchElement extends HTMLElement {
  #loaded: Promise<{ engine: Engine; results: Results }> | undefined;
  #sequence = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.#part<HTMLFormElement>('form');
    const input = this.#part<HTMLInputElement>('input');
    for (const element of document.querySelectorAll<HTMLElement>('[data-search-nojs]')) element.hidden = true;
    this.#part('status').hidden = false;

    input.addEventListener('focus', () => void this.#load().catch(() => undefined), { once: true });
    input.addEventListener('input', () => void this.#run(input.value, 'later'));
    // Results already follow the typing; Enter (or the button) says the count at once
    // instead of reloading the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#run(input.value, 'now');
    });

    // A query in the address (from the header form of another page, a bookmark, a link) is
    // searched at once; the raw text is passed on so that a cut query is reported as cut.
    const raw = queryFromSearch(window.location.search);
    const initial = normaliseQuery(raw);
    if (initial.text !== '') {
      input.value = initial.text;
      void this.#run(raw, 'now');
    }
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
  }

  #part<T extends HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-search-${name}]`);
    if (!element) throw new Error(`site-search: data-search-${name} がありません`);
    return element;
  }

  #load(): Promise<{ engine: Engine; results: Results }> {
    this.#loaded ??= (async () => {
      const [engine, results] = await Promise.all([import(/* @vite-ignore */ ENGINE_URL) as Promise<Engine>, import('./site-search-results.ts')]);
      // pageLength 0.5 (Pagefind's default 0.75): a short page that repeats the query's words
      // (one prefecture's list) should not outrank the page that is about them (the whole list).
      // With the default, the two came within rounding of each other and swapped between builds.
      await engine.options({ excerptLength: 20, ranking: { pageLength: 0.5 } });
      await engine.init?.();
      return { engine, results };
    })();
    this.#loaded.catch(() => {
      this.#loaded = undefined; // a later query may try again
    });
    return this.#loaded;
  }

  async #run(raw: string, announce: 'now' | 'later'): Promise<void> {
    const sequence = ++this.#sequence;
    const query = normaliseQuery(raw);
    this.#keepInAddress(query.text);
    clearTimeout(this.#timer);
    if (query.terms.length === 0) {
      // Nothing to search (an empty box, or only emoji and marks): nothing is found.
      this.#show(query, { total: 0, shown: [] }, []);
      this.#say(resultMessage(query.text, 0));
      return;
    }
    let found: Answer;
    let items: HTMLLIElement[];
    try {
      if (!this.#loaded) this.#say(LOADING_MESSAGE);
      const { engine, results } = await this.#load();
      found = await results.answer(engine, query);
      items = results.resultItems(found);
    } catch {
      if (sequence === this.#sequence) this.#say(ENGINE_ERROR_MESSAGE);
      return;
    }
    if (sequence !== this.#sequence) return; // the reader has typed on
    this.#show(query, found, items);
    const say = () => this.#say(resultMessage(query.text, found.total));
    if (announce === 'now') say();
    else this.#timer = setTimeout(say, ANNOUNCE_DELAY_MS);
    this.dispatchEvent(new CustomEvent('site-search:shown', { detail: { query: query.text, total: found.total } }));
  }

  #show(query: Query, found: Answer, items: HTMLLIElement[]): void {
    this.#part<HTMLOListElement>('list').replaceChildren(...items);
    this.#part('results').hidden = items.length === 0;
    this.#part('more').hidden = found.total <= found.shown.length;
    this.#part('empty').hidden = !(query.text !== '' && found.total === 0);
    const truncated = this.#part('truncated');
    truncated.hidden = !query.truncated;
    truncated.textContent = query.truncated ? TRUNCATED_MESSAGE : '';
  }

  #say(message: string): void {
    const status = this.#part('status');
    if (status.textContent !== message) status.textContent = message;
  }

  #keepInAddress(query: string): void {
    const url = addressWithQuery(window.location, query);
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearchElement);
