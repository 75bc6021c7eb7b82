/**
 * The accessibility checks the end-to-end suite runs on every page. Each returns a list of
 * problems (empty = pass) so that tests/e2e/harness.spec.ts can prove, on deliberately broken
 * fixtures, that every check can fail.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contrastRatio, parseOpaqueColour, type Rgb } from '../wcag-contrast.ts';

const WHITE: Rgb = [255, 255, 255];

export const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';

/** Every page path listed in the built sitemap: the harness visits all of them. */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(SITE_DIR, 'sitemap-0.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  if (paths.length === 0) throw new Error(`${SITE_DIR}/sitemap-0.xml lists no pages`);
  return paths;
}

/** The colour schemes of the display settings, applied the way a reader's stored choice is. */
export const THEMES = ['light', 'dark', 'yellow', 'blue'] as const;
export type Theme = (typeof THEMES)[number];

/** Where the site keeps the reader's display settings (src/scripts/display-settings-boot.js). */
const DISPLAY_SETTINGS_KEY = 'mynumber-guide:display';

export async function useStoredSettings(page: Page, settings: Record<string, string>): Promise<void> {
  await page.addInitScript(({ key, value }) => {
    localStorage.setItem(key, value);
  }, { key: DISPLAY_SETTINGS_KEY, value: JSON.stringify(settings) });
}

/**
 * axe-core with every WCAG level including AAA, the 2.2 rules and best practices. Selecting
 * the wcag2aaa tag turns on the AAA rules that axe leaves off by default
 * (color-contrast-enhanced, identical-links-same-purpose, meta-refresh-no-exceptions).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'wcag2aaa', 'best-practice'];

/**
 * The axe-core that package.json declares, injected as is. @axe-core/playwright carried its
 * own nested copy (an older axe, which missed label-content-name-mismatch on our buttons) and
 * ran every page through runPartial plus finishRun in a second blank page: 6–8 s a run on a
 * guide page, where axe.run in the page takes under 2 s with the same rules.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_VERSION: string = (createRequire(import.meta.url)('axe-core/package.json') as { version: string }).version;

/** The rules a colour scheme can change, by axe-core's own category tag (cat.color). */
export const SCHEME_RULES: readonly string[] = (createRequire(import.meta.url)('axe-core') as typeof import('axe-core'))
  .getRules(AXE_TAGS)
  .filter((rule) => rule.tags.includes('cat.color'))
  .map((rule) => rule.ruleId);

/**
 * Runs axe-core on the page as it is now; `rules` limits the run to those rules (for the
 * repeated runs after a colour-scheme switch), otherwise every rule of AXE_TAGS runs.
 */
export async function axeProblems(page: Page, rules?: readonly string[]): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: AXE_TAGS };
  const violations = await page.evaluate(async (only) => {
    type Result = { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Result[] }> } }).axe;
    const results = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), summary: node.failureSummary ?? '' })),
    }));
  }, runOnly);
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.summary.split('\n')[1]?.trim() ?? violation.help}`),
  );
}

/**
 * Changes display settings in place, the way a stored choice is applied: the store gets the
 * values and the page's own boot script (src/scripts/display-settings-boot.js) runs again. It
 * only sets attributes on <html>, which the site's CSS follows: cheaper than a new page load.
 * Fails when a value was not applied (the boot script accepts only known values).
 */
const BOOT_SCRIPT = readFileSync('src/scripts/display-settings-boot.js', 'utf8');
const SETTING_ATTRIBUTES: Record<string, string> = { theme: 'data-theme', textSize: 'data-text-size', lineSpacing: 'data-line-spacing', furigana: 'data-furigana', captions: 'data-captions' };
function settingAttribute(setting: string): string {
  const attribute = SETTING_ATTRIBUTES[setting];
  if (!attribute) throw new Error(`unknown display setting ${setting}`);
  return attribute;
}

export async function switchSettings(page: Page, settings: Record<string, string>): Promise<void> {
  await page.evaluate(({ key, chosen }) => {
    const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
    localStorage.setItem(key, JSON.stringify({ ...stored, ...chosen }));
  }, { key: DISPLAY_SETTINGS_KEY, chosen: settings });
  await page.evaluate(BOOT_SCRIPT);
  for (const [setting, value] of Object.entries(settings)) {
    const attribute = settingAttribute(setting);
    const applied = await page.evaluate((name) => document.documentElement.getAttribute(name), attribute);
    if (applied !== value) throw new Error(`${setting} ${value} was not applied (${attribute} is ${applied})`);
  }
}

/** Switches the page to another colour scheme in place (switchSettings). */
export async function switchScheme(page: Page, theme: Theme): Promise<void> {
  await switchSettings(page, { theme });
}

/**
 * WCAG 1.4.10 with readings: the page must be no wider with ふりがな on everywhere than with
 * them off (call at 320 CSS px). Both are switched in place; afterwards the setting is back to
 * the default.
 */
export async function readingsWidenPage(page: Page): Promise<string[]> {
  const width = async (furigana: string) => {
    await switchSettings(page, { furigana });
    return page.evaluate(() => document.documentElement.scrollWidth);
  };
  const [off, on] = [await width('off'), await width('on')];
  await clearSettings(page, ['furigana']);
  return on > off ? [`the page is ${off}px wide with ふりがな off and ${on}px with them on`] : [];
}

/**
 * Takes display settings back to the default in place: the stored choice is forgotten and its
 * attribute removed, which is how a page loads when nothing is stored (the boot script only ever
 * adds attributes).
 */
export async function clearSettings(page: Page, settings: readonly string[]): Promise<void> {
  const attributes = settings.map(settingAttribute);
  await page.evaluate(
    ({ key, names, keys }) => {
      const stored = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, string>;
      for (const name of keys) delete stored[name];
      localStorage.setItem(key, JSON.stringify(stored));
      for (const name of names) document.documentElement.removeAttribute(name);
    },
    { key: DISPLAY_SETTINGS_KEY, names: attributes, keys: [...settings] },
  );
}

/**
 * WCAG 2.5.5 (AAA): pointer targets at least 44×44 CSS px. Exceptions taken from the rule:
 * a link inside a sentence or block of text (its block has other text), and controls drawn
 * by the browser (radio buttons and checkboxes whose label is the larger target).
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])');
    for (const element of targets) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.display === 'none' || element.closest('[hidden]')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      if (element.matches('input[type=radio], input[type=checkbox]')) {
        const label = element.closest('label');
        if (label) {
          const box = label.getBoundingClientRect();
          if (box.height >= 44 && box.width >= 44) continue;
        }
      }
      if (element.tagName === 'A') {
        const block = element.parentElement?.closest('p, li, td, dd, figcaption, caption, blockquote');
        const ownText = (element.textContent ?? '').trim();
        const blockText = (block?.textContent ?? '').trim();
        if (block && blockText.length > ownText.length) continue; // inline in a sentence
      }
      if (element.classList.contains('skip-link') && rect.bottom < 0) continue; // shown on focus
      if (rect.width < 44 || rect.height < 44) {
        problems.push(`${element.tagName.toLowerCase()} 「${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}」 is ${Math.round(rect.width)}×${Math.round(rect.height)}px`);
      }
    }
    return problems;
  });
}

/**
 * WCAG 1.4.8 (AAA): no line longer than 40 full-width characters. Measured as the width of
 * each text block's content box in units of its own font size, which is how many full-width
 * glyphs fit on one line.
 */
export async function longLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('p, li, dd, dt, td, th, figcaption, caption, blockquote, h1, h2, h3')) {
      if (!element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      const width = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const fontSize = parseFloat(style.fontSize);
      const letterSpacing = parseFloat(style.letterSpacing) || 0;
      const glyphs = width / (fontSize + letterSpacing);
      if (glyphs > 40.5) problems.push(`${element.tagName.toLowerCase()} 「${element.textContent.trim().slice(0, 20)}…」 fits ${glyphs.toFixed(1)} characters per line`);
      if (style.textAlign === 'justify') problems.push(`${element.tagName.toLowerCase()} is justified`);
      const lineHeight = parseFloat(style.lineHeight) / fontSize;
      if (element.matches('p, li, dd') && lineHeight < 1.5) problems.push(`${element.tagName.toLowerCase()} line-height ${lineHeight.toFixed(2)} < 1.5`);
    }
    return problems;
  });
}

/** WCAG 1.4.10: no horizontal scrolling (call at 320 CSS px width). */
export async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth + 1) return [];
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 3)
      .map((element) => element.tagName.toLowerCase() + (element.className ? `.${String(element.className).split(' ')[0]}` : ''));
    return [`page is ${root.scrollWidth}px wide in a ${root.clientWidth}px viewport (${wide.join(', ')})`];
  });
}

/** One h1, a main landmark, breadcrumbs below the top page (2.4.8), skip link first and working. */
export async function structureProblems(page: Page, isTopPage: boolean): Promise<string[]> {
  const problems = await page.evaluate((top) => {
    const found: string[] = [];
    const h1s = document.querySelectorAll('h1');
    if (h1s.length !== 1) found.push(`${h1s.length} h1 elements`);
    if (document.querySelectorAll('main').length !== 1) found.push('not exactly one main');
    if (!top && !document.querySelector('nav[aria-label="現在位置"] ol li[aria-current="page"]')) found.push('no breadcrumbs');
    if (document.documentElement.lang !== 'ja') found.push('html lang is not ja');
    const first = document.querySelector('a[href], button, input, select, textarea');
    if (!first?.classList.contains('skip-link')) found.push('skip link is not the first focusable element');
    // 2.4.10: every section in main starts with a heading.
    for (const section of document.querySelectorAll('main section')) {
      if (!section.querySelector(':scope > h2, :scope > h3, :scope > h4')) found.push('a section has no heading');
    }
    return found;
  }, isTopPage);
  // The first Tab is pressed from the start of the page, wherever an earlier check left focus.
  await focusStartOfPage(page);
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.className ?? '');
  if (!focused.includes('skip-link')) {
    problems.push('first Tab does not reach the skip link');
  } else {
    await page.keyboard.press('Enter');
    const target = await page.evaluate(() => document.activeElement?.id ?? '');
    if (target !== 'main') problems.push('skip link does not move focus to main');
  }
  return problems;
}

/**
 * Puts focus at the start of the page, as on a fresh load: Tab continues from the focused
 * element, so this focuses a marker (outside the tab order) placed first in <body>.
 */
async function focusStartOfPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let marker = document.querySelector<HTMLElement>('[data-focus-walk-start]');
    if (!marker) {
      marker = document.createElement('span');
      marker.tabIndex = -1;
      marker.dataset['focusWalkStart'] = '';
      document.body.prepend(marker);
    }
    marker.focus();
  });
}

/**
 * A keyboard walk with Tab through every focusable element, checking at each stop:
 * - 2.4.7 / 2.4.13: a focus indicator of at least 3 CSS px (outline or box-shadow ring), in view;
 * - 2.4.3: focus moves forward in document order (which is the reading order here) and no
 *   element reorders it with a positive tabindex;
 * - 3.2.1: receiving focus changes neither the address nor the number of open pages;
 * - 1.4.6: the text of the focused element keeps 7:1 against what is behind it, while focused
 *   and while the pointer hovers over it (the states axe never sees).
 */
export async function focusProblems(page: Page): Promise<string[]> {
  const count = await page.evaluate(
    // Each media element with native controls adds up to six stops inside it.
    () => document.querySelectorAll('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex="0"]').length + 6 * document.querySelectorAll('audio[controls], video[controls]').length,
  );
  const problems: string[] = [];
  for (const element of await page.locator('[tabindex]').evaluateAll((all) => all.filter((e) => Number(e.getAttribute('tabindex')) > 0).map((e) => e.outerHTML.slice(0, 60)))) {
    problems.push(`2.4.3: positive tabindex reorders focus: ${element}`);
  }
  const seen = new Set<string>();
  let address = page.url();
  const startPages = page.context().pages().length;
  let previousOrder = -1;
  let firstPath: string | undefined;
  let lastPath: string | undefined;
  // Smooth scrolling would still be moving when the position is measured; a reader who asks
  // for reduced motion gets an instant jump, which is what this check needs.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // Start the walk at the top of the page, whatever an earlier check focused.
  await focusStartOfPage(page);
  // An earlier check may have followed the skip link, and that scroll can land late on a busy
  // machine: go back to the top until the page stays there for two frames.
  await page.evaluate(async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (let attempt = 0; attempt < 20; attempt += 1) {
      window.scrollTo(0, 0);
      await frames();
      if (window.scrollY === 0) return;
    }
  });
  for (let step = 0; step < count + 1; step += 1) {
    await page.keyboard.press('Tab');
    let report = await page.evaluate(focusedElementReport);
    if (!report) continue;
    // The browser scrolls a newly focused element into view; on a busy machine the first
    // measurement can come before that scroll has been painted, so look once more.
    if (!report.inView) {
      await page.waitForTimeout(200);
      report = (await page.evaluate(focusedElementReport)) ?? report;
    }
    // A media element with native controls (<audio controls>) holds several tab stops inside
    // it (play, timeline, volume, menu), which all report the element itself: one stop.
    if (report.path === lastPath) continue;
    lastPath = report.path;
    if (seen.has(report.path)) {
      // Coming round to the first stop again is the end of the walk; any other return is focus sent back.
      if (report.path !== firstPath) problems.push(`2.4.3: ${report.path} is reached after an element that follows it`);
      break;
    }
    firstPath ??= report.path;
    seen.add(report.path);
    if (report.ring < 3) problems.push(`${report.path}: focus ring ${report.ring}px`);
    if (!report.inView) problems.push(`${report.path}: focused element is out of view (scrolled to ${report.scrollY}px)`);
    if (report.order < previousOrder) problems.push(`2.4.3: ${report.path} is reached after an element that follows it`);
    previousOrder = Math.max(previousOrder, report.order);
    if (page.url() !== address || page.context().pages().length !== startPages) {
      problems.push(`3.2.1: focusing ${report.path} changed the page (${page.url()})`);
      address = page.url();
    }
    problems.push(...textContrastProblems(report, 'focused'));
    if (report.box) {
      await page.mouse.move(report.box.x, report.box.y);
      const hovered = await page.evaluate(focusedElementReport);
      if (hovered) problems.push(...textContrastProblems(hovered, 'focused and hovered'));
    }
  }
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.querySelector('[data-focus-walk-start]')?.remove());
  return problems;
}

interface FocusReport {
  path: string;
  ring: number;
  inView: boolean;
  scrollY: number;
  order: number;
  /** The centre of the element in the viewport, for the pointer. */
  box: { x: number; y: number } | null;
  hasText: boolean;
  colour: string;
  /** The first opaque background behind the text, from the element outwards. */
  background: string;
}

/** Runs in the page (self-contained): what the focused element looks like now. */
function focusedElementReport(): FocusReport | null {
  const element = document.activeElement as HTMLElement | null;
  if (!element || element === document.body) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' ? parseFloat(style.outlineWidth) : 0;
  const shadow = [...style.boxShadow.matchAll(/(-?[\d.]+)px/g)].map((m) => Number(m[1]));
  const spread = shadow.length >= 4 ? shadow[3]! : 0;
  // Counted within <body>: a script may add to <head> during the walk (the module preloads of a
  // tool's code loaded on first use), which must not change an element's place.
  const order = [...document.body.querySelectorAll('*')].indexOf(element);
  const path = `${element.tagName.toLowerCase()}「${(element.textContent ?? '').trim().slice(0, 20)}」@${order}`;
  const rect = element.getBoundingClientRect();
  let background = 'rgb(255, 255, 255)';
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour)) {
      background = colour;
      break;
    }
  }
  const visible = rect.width > 0 && rect.height > 0;
  return {
    path,
    ring: Math.max(outline, spread),
    inView: rect.bottom > 0,
    scrollY: Math.round(window.scrollY),
    order,
    box: visible ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null,
    hasText: (element.innerText ?? '').trim().length > 0 && !['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName),
    colour: style.color,
    background,
  };
}

function textContrastProblems(report: FocusReport, state: string): string[] {
  if (!report.hasText) return [];
  const [text, behind] = [parseOpaqueColour(report.colour), parseOpaqueColour(report.background)];
  if (!text || !behind) return [`1.4.6: ${report.path} ${state}: colour ${report.colour} on ${report.background} cannot be measured`];
  const ratio = contrastRatio(text, behind);
  return ratio < 7 ? [`1.4.6: ${report.path} ${state}: contrast ${ratio.toFixed(2)}:1`] : [];
}

/**
 * WCAG 1.4.6 for diagram text, which axe leaves undecided ("needs review": SVG text over
 * shapes). For each SVG <text>, the painted fill is compared with what is painted behind its
 * centre (the first filled SVG shape there, else the nearest opaque CSS background), using the
 * WCAG 2.2 contrast formula; every pair must reach 7:1.
 */
export async function svgTextContrastProblems(page: Page): Promise<string[]> {
  const pairs = await page.evaluate(() => {
    const opaque = (value: string) => value !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(value) && value !== 'none';
    const found: { label: string; fill: string; background: string }[] = [];
    for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
      if (text.getBoundingClientRect().width === 0) continue;
      text.scrollIntoView({ block: 'center' });
      const box = text.getBoundingClientRect();
      const stack = document.elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      let background: string | undefined;
      for (const element of stack) {
        if (element === text || text.contains(element)) continue;
        const style = getComputedStyle(element);
        const colour = element instanceof SVGGeometryElement ? style.fill : style.backgroundColor;
        if (opaque(colour)) {
          background = colour;
          break;
        }
      }
      found.push({
        label: `svg text 「${text.textContent}」`,
        fill: getComputedStyle(text).fill,
        background: background ?? getComputedStyle(document.documentElement).backgroundColor,
      });
    }
    return found;
  });
  return pairs.flatMap(({ label, fill, background }) => {
    const [foreground, behind] = [parseOpaqueColour(fill), parseOpaqueColour(background) ?? WHITE];
    if (!foreground) return [`${label} has no solid fill`];
    const ratio = contrastRatio(foreground, behind);
    return ratio < 7 ? [`${label} contrast ${ratio.toFixed(2)}:1`] : [];
  });
}

/**
 * WCAG 1.4.12 Text Spacing: with the spacing the criterion names (line height 1.5, paragraph
 * spacing 2em, letter spacing 0.12em, word spacing 0.16em) forced on every element, no content
 * may be cut off or overlap into horizontal scrolling. Clipping is found as any box that hides
 * its overflow while its content is larger than the box.
 */
export async function textSpacingProblems(page: Page): Promise<string[]> {
  // A constructed stylesheet (CSSOM) rather than a <style> element, so that the check also
  // runs on pages served with the site's Content-Security-Policy, which forbids inline styles.
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
      p { margin-bottom: 2em !important; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    (window as unknown as { textSpacingSheet: CSSStyleSheet }).textSpacingSheet = sheet;
  });
  const clipped = await page.evaluate(() => {
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (element.closest('.visually-hidden, .skip-link, svg, [hidden]')) continue;
      const style = getComputedStyle(element);
      const hides = [style.overflowX, style.overflowY].some((value) => value === 'hidden' || value === 'clip');
      if (!hides) continue;
      // A 1px box is the screen-reader-only pattern: hidden from sight on purpose.
      if (element.clientWidth <= 1 && element.clientHeight <= 1) continue;
      if (element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${element.tagName.toLowerCase()} 「${(element.textContent ?? '').trim().slice(0, 20)}」 cuts off its text`);
      }
    }
    return problems;
  });
  const overflow = await horizontalOverflow(page);
  // The page as it was, for the checks that follow in the same page.
  await page.evaluate(() => {
    const { textSpacingSheet } = window as unknown as { textSpacingSheet: CSSStyleSheet };
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== textSpacingSheet);
  });
  return [...clipped, ...overflow];
}

/**
 * Page content rules that axe does not test:
 * - 3.3.5 / 3.3.2: every visible form control has help text (its own aria-describedby, or its
 *   fieldset's) besides its label;
 * - 2.2.2 / 2.3.x: nothing moves by itself (no running CSS animation or transition);
 * - 1.4.5 / 1.4.9: no raster images that could hold text (diagrams are SVG with real text);
 * - 2.4.9: one link text never leads to two different places on the same page;
 * - 3.2.5: no link opens a new window by itself.
 */
export async function contentRuleProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const textOf = (ids: string | null) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => (id ? document.getElementById(id)?.textContent?.trim() ?? '' : ''))
        .join('');
    for (const control of document.querySelectorAll<HTMLElement>('input:not([type=hidden]), select, textarea')) {
      if (control.closest('[hidden]') || getComputedStyle(control).display === 'none') continue;
      if (control.matches('input[type=radio], input[type=checkbox]') && textOf(control.closest('fieldset')?.getAttribute('aria-describedby') ?? null)) continue;
      if (!textOf(control.getAttribute('aria-describedby'))) problems.push(`3.3.5: ${control.tagName.toLowerCase()}#${control.id || '?'} has no help text`);
    }
    const moving = document.getAnimations().filter((animation) => animation.playState === 'running');
    if (moving.length > 0) problems.push(`2.2.2: ${moving.length} animation(s) running by themselves`);
    for (const image of document.querySelectorAll('img, input[type=image]')) {
      const source = image.getAttribute('src') ?? '';
      if (!/\.svg(?:$|\?)/.test(source)) problems.push(`1.4.9: raster image ${source}`);
    }
    const destinations = new Map<string, Set<string>>();
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      // The link's words without furigana (rt/rp are hidden from assistive technology).
      const copy = link.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('rt, rp').forEach((node) => node.remove());
      const name = (link.getAttribute('aria-label') ?? copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      const href = new URL(link.href, location.href);
      href.hash = href.pathname === location.pathname ? href.hash : '';
      const set = destinations.get(name) ?? new Set<string>();
      set.add(href.toString());
      destinations.set(name, set);
      if (link.target && link.target !== '_self') problems.push(`3.2.5: link 「${name}」 opens a new window`);
    }
    for (const [name, places] of destinations) {
      if (places.size > 1) problems.push(`2.4.9: link text 「${name}」 leads to ${places.size} places`);
    }
    return problems;
  });
}

/**
 * WCAG 3.1.6 (AAA): a reading is available for every kanji word. Every run of kanji in the text
 * of the page must sit inside a <ruby> whose <rt> holds a kana reading (shown or not, by the
 * ふりがな setting). Left out: readings themselves, code, diagrams (their text version is checked
 * as page text), <option> (which cannot hold ruby: every option's words are also page text), and
 * what an author marks data-furigana-skip with a reason in the code.
 */
export async function kanjiWithoutReading(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kanji = /[\p{Script=Han}々〆ヶ]+/gu;
    const kana = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+$/u;
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('rt, rp, script, style, template, noscript, option, svg, code, [data-furigana-skip]')) continue;
      const ruby = parent.closest('ruby');
      const reading = ruby?.querySelector('rt')?.textContent?.trim() ?? '';
      for (const match of (node.textContent ?? '').matchAll(kanji)) {
        if (!ruby || !kana.test(reading)) {
          const context = (parent.textContent ?? '').trim().slice(0, 30);
          found.push(`「${match[0]}」 in <${parent.tagName.toLowerCase()}> 「${context}」 has no reading`);
        }
      }
    }
    return [...new Set(found)];
  });
}

/**
 * WCAG 2.4.5 (a second way to every page): the pages in `paths` that the site index at
 * `indexPath` does not link to from its main content.
 */
export async function pagesMissingFromIndex(page: Page, indexPath: string, paths: readonly string[]): Promise<string[]> {
  await page.goto(indexPath);
  const listed = new Set(await page.locator('main a[href^="/"]').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))));
  return paths.filter((path) => path !== indexPath && !listed.has(path));
}

/**
 * WCAG 3.2.3 / 3.2.4: the header navigation (link texts, targets and order) of each page in
 * `paths`, compared with the first; one problem per page whose navigation differs.
 */
export async function navigationDifferences(page: Page, paths: readonly string[]): Promise<string[]> {
  const navigations: [string, string][] = [];
  for (const path of paths) {
    await page.goto(path);
    navigations.push([path, await headerNavigation(page)]);
  }
  return navigationDifferencesOf(navigations);
}

/**
 * The header navigation of the loaded page: each link's text and address, as JSON. Read with
 * the page's own querySelectorAll, not a locator: a page's first locator sets up Playwright's
 * selector engine in it, about 80 ms on each page of site.spec's walk, and no page here has a
 * shadow root for that engine to reach into.
 */
export async function headerNavigation(page: Page): Promise<string> {
  return JSON.stringify(await page.evaluate(() => [...document.querySelectorAll('header nav a')].map((anchor) => [anchor.textContent?.trim(), anchor.getAttribute('href')])));
}

/** Pages ([path, headerNavigation]) whose header navigation is missing or differs from the first page's. */
export function navigationDifferencesOf(navigations: readonly (readonly [string, string])[]): string[] {
  const problems: string[] = [];
  let first: string | undefined;
  for (const [path, nav] of navigations) {
    if (nav === '[]') problems.push(`${path}: no header navigation`);
    else if (first === undefined) first = nav;
    else if (nav !== first) problems.push(`${path}: header navigation differs from ${navigations[0]![0]}: ${nav}`);
  }
  return problems;
}

/** Where a page's first things start, in CSS px from the top of the page (issue 17). */
export interface FirstScreen {
  h1: number | undefined;
  /** The page's first own words: the first item of the やさしい日本語 summary, else the first
   *  paragraph of main that is not inside the format bar or a tool. */
  words: number | undefined;
  /** The bottom of the tool's first input (`inputSelector`), so that all of it is on screen. */
  inputBottom: number | undefined;
}

export async function firstScreen(page: Page, inputSelector?: string): Promise<FirstScreen> {
  return page.evaluate((selector) => {
    const pageTop = (element: Element | null | undefined, edge: 'top' | 'bottom' = 'top') =>
      element ? Math.round(element.getBoundingClientRect()[edge] + window.scrollY) : undefined;
    const main = document.querySelector('main');
    const paragraphs = [...(main?.querySelectorAll('p, li') ?? [])].filter(
      (element) => !element.closest('.formats, nav, form, [hidden], .visually-hidden') && element.getBoundingClientRect().height > 0,
    );
    const words = main?.querySelector('.summary-box li') ?? paragraphs.find((element) => element.tagName === 'P');
    return {
      h1: pageTop(document.querySelector('h1')),
      words: pageTop(words),
      inputBottom: selector ? pageTop(document.querySelector(selector), 'bottom') : undefined,
    };
  }, inputSelector);
}

/** The limits that `firstScreen` broke, one line each; a missing element is a problem too. */
export function firstScreenProblems(found: FirstScreen, limits: { h1?: number | undefined; words?: number | undefined; inputBottom?: number | undefined }): string[] {
  const problems: string[] = [];
  for (const key of ['h1', 'words', 'inputBottom'] as const) {
    const limit = limits[key];
    if (limit === undefined) continue;
    const value = found[key];
    if (value === undefined) problems.push(`${key}: not found`);
    else if (value > limit) problems.push(`${key}: ${value}px from the top (at most ${limit}px)`);
  }
  return problems;
}

/**
 * The page's play controls that a screen reader is given now: the browser's own <audio
 * controls> and buttons named 再生 or 一時停止, counted only where rendered (a closed <details>
 * or display: none takes them out of the tree).
 */
export async function playControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // checkVisibility is false inside a closed <details> (content-visibility: hidden), under
    // display: none and with visibility: hidden: the cases where no screen reader gets it.
    const rendered = (element: Element) => element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    const found: string[] = [];
    for (const audio of document.querySelectorAll('audio[controls]')) if (rendered(audio)) found.push('audio[controls]');
    for (const button of document.querySelectorAll('button')) {
      const name = (button.getAttribute('aria-label') ?? (button as HTMLElement).innerText).replace(/\s+/g, '');
      if (rendered(button) && /^(再生|一時停止)$/.test(name)) found.push(`button 「${name}」`);
    }
    return found;
  });
}

/**
 * Opens every <details> on the page (the format bar's panels, the phone menu, chapter lists),
 * so that the checks that follow also see what a reader sees after opening them: a closed
 * panel's contents are outside the accessibility tree and the tab order, where no check
 * would reach them.
 */
export async function openDisclosures(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const details of document.querySelectorAll('details')) details.open = true;
  });
  // The toggle events (the audio guide adds its 「この見出しから聞く」 buttons) run in a task.
  await page.waitForTimeout(50);
}

/**
 * Issue 18 B: a plan from a dated source whose date has passed must not read as still ahead.
 * Every <Plan> (data-plan) whose date has come must carry the past wording; and no other text
 * block may pair a date that has passed (<time datetime>) with words that put it in the future.
 * The future words are the ones the issue found on the site.
 */
const FUTURE_WORDING = /予定です|予定とされています|ようになります|加わります|始まります|広がります|動く予定/;

export async function pastPlansWordedAsFuture(page: Page, today: string): Promise<string[]> {
  return page.evaluate(({ today, future }) => {
    const dayOf = (value: string) => (value.length === 7 ? `${value}-01` : value);
    const shown = (element: Element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('rt, rp').forEach((hidden) => hidden.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const problems: string[] = [];
    const main = document.querySelector('main');
    if (!main) return ['no <main>'];
    for (const plan of main.querySelectorAll('[data-plan]')) {
      const date = plan.getAttribute('data-plan') ?? '';
      if (dayOf(date) > today) continue;
      const text = shown(plan);
      if (plan.getAttribute('data-plan-tense') !== 'past' || !/予定でした。$/.test(text)) problems.push(`plan ${date}: 「${text}」`);
    }
    for (const block of main.querySelectorAll('p, li, td, th, dd, caption, figcaption')) {
      if (block.querySelector('p, li, td, th, dd')) continue; // the innermost blocks only
      const clone = block.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-plan]').forEach((plan) => plan.remove());
      const passed = [...clone.querySelectorAll('time[datetime]')].map((time) => time.getAttribute('datetime')!).filter((date) => dayOf(date) <= today);
      const text = shown(clone);
      if (passed.length > 0 && new RegExp(future).test(text)) problems.push(`${passed.join(', ')}: 「${text.slice(0, 100)}」`);
    }
    return problems;
  }, { today, future: FUTURE_WORDING.source });
}

/**
 * Issue 18 A: the ways to take the guide that the build makes, and the words that name them.
 * A sentence that calls one of them 準備中 or not there yet is a problem wherever it appears.
 */
export const FORMAT_WORDS: Readonly<Record<string, RegExp>> = {
  audio: /音声で聞|音声の?版|音声ガイド|音声のダウンロード/,
  braille: /点字(?:の)?データ|点字のデータ/,
  'large-print': /大活字版/,
  epub: /電子書籍|EPUB/,
  daisy: /デイジー|DAISY/,
};

export async function formatsCalledMissing(page: Page): Promise<string[]> {
  // Each sentence that says something is not there yet, with the list right after its block
  // (「次のものは、まだ準備中です。」 followed by the items).
  const claims = await page.evaluate(() => {
    const shown = (element: Element) => {
      const clone = element.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('rt, rp').forEach((hidden) => hidden.remove());
      return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    const found: string[] = [];
    for (const block of document.querySelectorAll('main p, main li, main td, main dd')) {
      if (block.querySelector('p, li, td, dd')) continue;
      for (const sentence of shown(block).split('。')) {
        if (!/準備中|まだありません|まだ使えません/.test(sentence)) continue;
        const next = block.nextElementSibling;
        const list = next && /^(UL|OL)$/.test(next.tagName) ? [...next.querySelectorAll('li')].map(shown) : [];
        found.push([sentence, ...list].join(' / '));
      }
    }
    return found;
  });
  const problems: string[] = [];
  for (const claim of claims) {
    for (const [format, words] of Object.entries(FORMAT_WORDS)) {
      if (words.test(claim)) problems.push(`${format}: 「${claim}」`);
    }
  }
  return problems;
}
