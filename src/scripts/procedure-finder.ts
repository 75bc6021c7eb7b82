/**
 * Progressive enhancement of <procedure-finder> (src/components/ProcedureFinder.astro): shows
 * the form, filters the table rows as the reader changes it, says how many procedures were
 * found in a polite live region once typing pauses, and keeps the conditions in the address
 * (history.replaceState, so Back still leaves the page). Without this script the full table is
 * shown. The filtering itself is src/lib/procedures, the same code the unit tests check. The
 * procedures (finder-data.json, from this site) are fetched only when the reader first reaches
 * the form, or at once when the address holds a condition, so that the page loads only this
 * small script.
 * Nothing from the address is shown back but the free text, without invisible characters: an
 * unknown document or office is explained by the component's own sentences.
 */
import type { FilterState, FinderProcedure, UnknownCondition } from '../lib/procedures/index.ts';
import { resultMessage } from '../lib/procedures/messages.ts';

/** The filtering, loaded with the data when the reader first reaches the form. */
type Engine = typeof import('../lib/procedures/index.ts');

/** How long typing must pause before the count is announced. */
const ANNOUNCE_DELAY_MS = 800;

interface FinderData {
  procedures: FinderProcedure[];
  documentIds: string[];
  offices: string[];
}

class ProcedureFinderElement extends HTMLElement {
  #data: FinderData | undefined;
  #engine: Engine | undefined;
  #loading: Promise<void> | undefined;
  /** An update asked for before the data arrived, made once it has. */
  #waiting: 'now' | 'later' | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-finder-form]');
    if (!form || !form.hidden) return;
    form.hidden = false;
    // Until the data arrives every row is shown: the count is the table's own.
    this.#setText('[data-finder-status]', resultMessage(this.querySelectorAll('tr[data-procedure]').length));

    // The data (finder-data.json) is fetched when the reader first reaches the form, or at once
    // when the address already holds a condition.
    form.addEventListener('focusin', () => void this.#load(), { once: true });
    form.addEventListener('input', () => this.#update({ announce: 'later' }));
    form.addEventListener('change', () => this.#update({ announce: 'later' }));
    // The list already follows the form as it changes; the submit button (and Enter in the
    // text field) announces the count at once instead of reloading the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ announce: 'now' });
    });
    this.querySelector('[data-finder-reset]')?.addEventListener('click', () => {
      void this.#load().then(() => {
        if (!this.#engine) return;
        this.#writeForm(this.#engine.EMPTY_FILTER);
        this.#update({ announce: 'now' });
      });
    });
    const params = new URLSearchParams(window.location.search);
    if (['doc', 'office', 'q'].some((key) => params.has(key))) void this.#load({ fromAddress: params });
  }

  #load({ fromAddress }: { fromAddress?: URLSearchParams } = {}): Promise<void> {
    this.#loading ??= (async () => {
      try {
        const [engine, response] = await Promise.all([
          import('../lib/procedures/index.ts'),
          fetch(this.dataset['src'] ?? '', { credentials: 'same-origin' }),
        ]);
        if (!response.ok) throw new Error(String(response.status));
        this.#data = (await response.json()) as FinderData;
        this.#engine = engine;
      } catch {
        this.#setText('[data-finder-status]', '絞り込みの準備ができませんでした。下の表で、すべての手続きを確かめてください。');
        return;
      }
      this.dataset['ready'] = '';
      if (fromAddress) {
        const parsed = this.#engine.parseFilterState(fromAddress, this.#data);
        this.#writeForm(parsed.state);
        // An unknown condition is left out (the list and the address follow the rest), and the
        // page says which kind it was.
        this.#update({ announce: 'now' });
        if (!parsed.ok) this.#showUnknown(parsed.unknown);
      } else if (this.#waiting) {
        this.#update({ announce: this.#waiting });
      }
      this.#waiting = undefined;
    })();
    return this.#loading;
  }

  disconnectedCallback(): void {
    clearTimeout(this.#timer);
  }

  #field(name: 'doc' | 'office' | 'q'): HTMLInputElement | HTMLSelectElement | null {
    return this.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
  }

  #readForm(): FilterState {
    return {
      doc: this.#field('doc')?.value ?? '',
      office: this.#field('office')?.value ?? '',
      q: this.#field('q')?.value ?? '',
    };
  }

  #writeForm(state: FilterState): void {
    for (const name of ['doc', 'office', 'q'] as const) {
      const field = this.#field(name);
      if (field) field.value = state[name];
    }
  }

  #update({ announce }: { announce: 'now' | 'later' }): void {
    if (!this.#data || !this.#engine) {
      // Typing before the data has arrived: the update is made when it does.
      this.#waiting = this.#waiting === 'now' ? 'now' : announce;
      void this.#load();
      return;
    }
    const state = this.#readForm();
    const found = this.#engine.filter(this.#data.procedures, state);
    const shown = new Set(found.map((procedure) => procedure.id));
    for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-procedure]')) {
      row.hidden = !shown.has(row.dataset['procedure'] ?? '');
    }
    const total = this.#data.procedures.length;
    // Only the numbers change, so the words around them keep the readings the build gave them.
    this.#setText('[data-finder-total]', String(total));
    this.#setText('[data-finder-found]', String(found.length));
    this.#element('[data-finder-part]').hidden = found.length === total;
    this.#element('[data-finder-error]').hidden = true;
    // An empty table says nothing useful: the status line says that nothing was found.
    this.#element('[data-finder-results]').hidden = found.length === 0;
    this.#keepInAddress(state, this.#engine);

    clearTimeout(this.#timer);
    const say = () => this.#setText('[data-finder-status]', resultMessage(found.length));
    if (announce === 'now') say();
    else this.#timer = setTimeout(say, ANNOUNCE_DELAY_MS);
  }

  #showUnknown(unknown: readonly UnknownCondition[]): void {
    for (const line of this.querySelectorAll<HTMLElement>('[data-finder-unknown]')) {
      line.hidden = !unknown.includes(line.dataset['finderUnknown'] as UnknownCondition);
    }
    this.#element('[data-finder-error]').hidden = false;
  }

  #keepInAddress(state: FilterState, engine: Engine): void {
    // Only the finder's own parameters change; anything else in the address stays as it was.
    const params = new URLSearchParams(window.location.search);
    for (const key of ['doc', 'office', 'q']) params.delete(key);
    for (const [key, value] of engine.serialiseFilterState(state)) params.set(key, value);
    const query = params.toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
  }

  #element(selector: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`procedure-finder: ${selector} がありません`);
    return element;
  }

  #setText(selector: string, text: string): void {
    const element = this.#element(selector);
    if (element.textContent !== text) element.textContent = text;
  }
}

if (!customElements.get('procedure-finder')) customElements.define('procedure-finder', ProcedureFinderElement);
