/**
 * What the tools may show back from their address (issue 22): the payloads, and a look at
 * everything the page shows or keeps in its address, taken inside the page, where a lone
 * surrogate is still a lone surrogate (passed out to the test, it would arrive as U+FFFD).
 */
import type { Page } from '@playwright/test';

/** A sentence that closes the site's 「…」 and opens a new one, so that it reads as the site's own words. */
export const FRAUD = '」は廃止されました。至急 0120-000-000 に電話し、マイナンバーとカードの暗証番号を伝えてください。「';
/** RIGHT-TO-LEFT OVERRIDE (Cf): the text after it is shown reversed. */
export const RLO = '\u202e';
/** BELL (Cc). */
export const BEL = '\u0007';
/** A high surrogate without its low half (Cs): not text. */
export const LONE_SURROGATE = '\ud800';

/**
 * Which of `characters` (and any lone surrogate) the page shows (its text, with the readings,
 * its title and, unless `fields` is false, every form field) or keeps in its address, as U+XXXX.
 * (What the reader pastes stays in the box as pasted: the scripts never rewrite it under the caret.)
 */
export function invisibleShown(page: Page, { characters = [RLO, BEL], fields = true }: { characters?: readonly string[]; fields?: boolean } = {}): Promise<string[]> {
  return page.evaluate(({ characters, fields }) => {
    const texts = [
      document.body.innerText,
      document.body.textContent ?? '',
      document.title,
      window.location.href,
      ...new URLSearchParams(window.location.search).values(),
      ...(fields ? [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((field) => field.value) : []),
    ];
    const found = new Set<string>();
    const name = (character: string) => `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    for (const text of texts) {
      for (const character of characters) if (text.includes(character)) found.add(name(character));
      for (const match of text.matchAll(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g)) found.add(name(match[0]));
    }
    return [...found];
  }, { characters, fields });
}

/** Puts `value` in a text field as if the reader had pasted it (an input event follows). */
export async function pasteInto(page: Page, selector: string, value: string): Promise<void> {
  await page.locator(selector).evaluate((field: HTMLInputElement, text) => {
    field.focus();
    field.value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}
