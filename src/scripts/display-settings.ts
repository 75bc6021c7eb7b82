/**
 * <display-settings>: enhances the settings form on /settings/. Without JavaScript the form
 * stays hidden and the page explains the browser's own zoom and colour settings instead.
 * A change applies at once to this page (no change of context) and is stored for every page.
 */
import { parseStored, sanitize, SETTINGS, STORAGE_KEY, type DisplaySettings, type SettingName } from '../lib/display-settings/index.ts';

function apply(settings: DisplaySettings): void {
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = settings[name];
    if (value) document.documentElement.setAttribute(SETTINGS[name].attribute, value);
    else document.documentElement.removeAttribute(SETTINGS[name].attribute);
  }
}

function read(): DisplaySettings {
  try {
    return parseStored(localStorage.getItem(STORAGE_KEY));
  } catch {
    return {};
  }
}

function store(settings: DisplaySettings): boolean {
  try {
    if (Object.keys(settings).length === 0) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

class DisplaySettingsElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const status = this.querySelector<HTMLElement>('[data-status]');
    if (!form || !status) return;
    const sync = (settings: DisplaySettings) => {
      for (const name of Object.keys(SETTINGS) as SettingName[]) {
        const value = settings[name] ?? 'default';
        const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
        if (input) input.checked = true;
      }
    };
    sync(read());
    form.hidden = false;

    // A choice applies at once (it changes how the page looks, not where the reader is);
    // the submit button does the same for readers who expect to confirm a form.
    const save = () => {
      const settings = sanitize(Object.fromEntries(new FormData(form).entries()));
      apply(settings);
      status.textContent = store(settings)
        ? '設定を変えました。ほかのページにも使われます。'
        : '設定を変えました。このブラウザーでは保存できないため、このページだけに使われます。';
    };
    form.addEventListener('change', save);
    form.addEventListener('reset', () => {
      // Let the browser reset the radios first, then clear the stored settings.
      queueMicrotask(() => {
        apply({});
        store({});
        sync({});
        status.textContent = '設定を元に戻しました。';
      });
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      save();
    });
  }
}

customElements.define('display-settings', DisplaySettingsElement);
