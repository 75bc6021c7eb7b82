/**
 * Progressive enhancement of <municipality-finder> (src/components/MunicipalityFinder.astro).
 * This small part runs at page load: it shows the form and keeps the query in the address
 * (?q=, with history.replaceState, so that reloading or sharing shows the same answer). The
 * engine (municipality-finder-engine.ts) and the index of every local government
 * (finder-data.json, from this site) are fetched only when the reader starts to use the
 * search, or at once when the address already has a query. Answers are drawn as the reader
 * types and announced in the polite live region once typing pauses. All text is set with
 * textContent: nothing from the query or the address is ever parsed as HTML.
 */
import { withoutInvisible } from '../lib/invisible/index.ts';
import type { Answer, Finder } from './municipality-finder-engine.ts';

/** How long typing must pause before the answer is announced. */
const ANNOUNCE_DELAY_MS = 800;
/** Hits drawn at most; the rest are counted. */
const MAX_SHOWN = 50;

class MunicipalityFinderElement extends HTMLElement {
  #finder: Finder | undefined;
  #loading: Promise<void> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-finder-form]');
    const input = this.#input();
    if (!form || !input || !form.hidden) return;
    // Control and format characters (a bidi override too) are dropped from the address before
    // they reach the box, the status line or the address written back.
    input.value = withoutInvisible(new URLSearchParams(window.location.search).get('q') ?? '');
    // The address then says what the box says, as it does after every change.
    this.#keepInAddress();
    this.#element('[data-finder-nojs]').hidden = true;
    form.hidden = false;
    this.#element('[data-finder-status]').dataset['state'] = 'empty';
    const start = () => void this.#load();
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', () => {
      this.#keepInAddress();
      this.#update('later');
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update('now');
    });
    if (input.value.trim() !== '') start();
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
  }

  #load(): Promise<void> {
    this.#loading ??= (async () => {
      try {
        const [engine, response] = await Promise.all([
          import('./municipality-finder-engine.ts'),
          fetch(this.dataset['src'] ?? '', { credentials: 'same-origin' }),
        ]);
        if (!response.ok) throw new Error(String(response.status));
        this.#finder = engine.createFinder(await response.json());
        this.dataset['ready'] = '';
        this.#update('now');
      } catch {
        const status = this.#element('[data-finder-status]');
        status.dataset['state'] = 'error';
        status.textContent = '検索の準備ができませんでした。下の一覧か、都道府県ごとのページで確かめてください。';
      }
    })();
    return this.#loading;
  }

  #input(): HTMLInputElement | null {
    return this.querySelector<HTMLInputElement>('input[name="q"]');
  }

  #update(announce: 'now' | 'later'): void {
    if (!this.#finder) {
      void this.#load();
      return;
    }
    const answer = this.#finder(this.#input()?.value ?? '');
    this.#draw(answer);
    const status = this.#element('[data-finder-status]');
    status.dataset['state'] = answer.state;
    clearTimeout(this.#timer);
    const say = () => {
      if (status.textContent !== answer.status) status.textContent = answer.status;
    };
    if (announce === 'now') say();
    else this.#timer = setTimeout(say, ANNOUNCE_DELAY_MS);
  }

  #draw(answer: Answer): void {
    this.#element('[data-finder-answer]').hidden = answer.state === 'empty';
    this.#element('[data-finder-advice]').replaceChildren(...answer.advice.map((text) => element('p', text)));
    this.#element('[data-finder-hits]').replaceChildren(
      ...answer.hits.slice(0, MAX_SHOWN).map((hit) => {
        const item = element('li', '');
        item.dataset['code'] = hit.code;
        item.dataset['status'] = hit.status;
        const name = element('p', '');
        name.append(element('strong', hit.name), hit.detail);
        item.append(name, element('p', hit.statusText));
        if (hit.notes.length > 0) {
          const notes = element('ul', '');
          notes.append(...hit.notes.map((note) => element('li', note)));
          item.append(notes);
        }
        return item;
      }),
    );
    const more = this.#element('[data-finder-more]');
    const rest = answer.hits.length - MAX_SHOWN;
    more.hidden = rest <= 0;
    more.textContent = rest > 0 ? `ほかに${rest}件あります。もっとくわしく入力すると、しぼりこめます。` : '';
  }

  #keepInAddress(): void {
    const query = withoutInvisible(this.#input()?.value ?? '');
    const params = new URLSearchParams(window.location.search);
    if (query.trim() === '') params.delete('q');
    else params.set('q', query);
    const search = params.toString();
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }

  #element(selector: string): HTMLElement {
    const found = this.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`municipality-finder: ${selector} がありません`);
    return found;
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  created.textContent = text;
  return created;
}

if (!customElements.get('municipality-finder')) customElements.define('municipality-finder', MunicipalityFinderElement);
