/**
 * Progressive enhancement of <procedure-finder> (src/components/ProcedureFinder.astro): shows
 * the form, filters the table rows as the reader changes it, says how many procedures were
 * found in a polite live region once typing pauses, and keeps the conditions in the address
 * (history.replaceState, so Back still leaves the page). Without this script the full table is
 * shown. The filtering itself is src/lib/procedures, the same code the unit tests check.
 * Nothing from the address is shown back but the free text, without invisible characters: an
 * unknown document or office is explained by the component's own sentences.
 */
import {
  EMPTY_FILTER,
  filter,
  parseFilterState,
  resultMessage,
  serialiseFilterState,
  type FilterState,
  type FinderProcedure,
  type UnknownCondition,
} from '../lib/procedures/index.ts';

/** How long typing must pause before the count is announced. */
const ANNOUNCE_DELAY_MS = 800;

interface FinderData {
  procedures: FinderProcedure[];
  documentIds: string[];
  offices: string[];
}

class ProcedureFinderElement extends HTMLElement {
  #data: FinderData | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const source = this.querySelector<HTMLScriptElement>('script[data-finder-data]');
    const form = this.querySelector<HTMLFormElement>('form[data-finder-form]');
    if (!source || !form || this.#data) return;
    this.#data = JSON.parse(source.textContent ?? '{}') as FinderData;

    const parsed = parseFilterState(new URLSearchParams(window.location.search), this.#data);
    this.#writeForm(parsed.state);
    form.hidden = false;
    // An unknown condition is left out (the list and the address follow the rest), and the
    // page says which kind it was.
    this.#update({ announce: 'now' });
    if (!parsed.ok) this.#showUnknown(parsed.unknown);

    form.addEventListener('input', () => this.#update({ announce: 'later' }));
    form.addEventListener('change', () => this.#update({ announce: 'later' }));
    // The list already follows the form as it changes; the submit button (and Enter in the
    // text field) announces the count at once instead of reloading the page.
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update({ announce: 'now' });
    });
    this.querySelector('[data-finder-reset]')?.addEventListener('click', () => {
      this.#writeForm(EMPTY_FILTER);
      this.#update({ announce: 'now' });
    });
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
    if (!this.#data) return;
    const state = this.#readForm();
    const found = filter(this.#data.procedures, state);
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
    this.#keepInAddress(state);

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

  #keepInAddress(state: FilterState): void {
    // Only the finder's own parameters change; anything else in the address stays as it was.
    const params = new URLSearchParams(window.location.search);
    for (const key of ['doc', 'office', 'q']) params.delete(key);
    for (const [key, value] of serialiseFilterState(state)) params.set(key, value);
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
