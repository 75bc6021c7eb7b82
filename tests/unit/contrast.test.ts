/**
 * Recomputes every text/background pair of every colour scheme in src/styles/tokens.css with
 * the WCAG 2.2 formulas (relative luminance and contrast ratio, as defined in the WCAG 2.2
 * glossary), so a token change that breaks 7:1 (1.4.6) or 3:1 for UI boundaries (1.4.11)
 * fails here, before any browser runs. axe checks the rendered pages as well.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseOpaqueColour } from '../wcag-contrast.ts';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');

function contrast(a: string, b: string): number {
  const [first, second] = [parseOpaqueColour(a), parseOpaqueColour(b)];
  if (!first || !second) throw new Error(`not an opaque #rrggbb colour: ${a} or ${b}`);
  return contrastRatio(first, second);
}

/** Custom properties declared in one rule block (the first block whose selector matches). */
function block(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start === -1) throw new Error(`tokens.css has no block ${selector}`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m): [string, string] => [m[1]!, m[2]!.trim()]));
}

const root = block(':root');
function resolve(value: string, scope: Record<string, string>): string {
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (!ref) return value;
  const next = scope[ref[1]!] ?? root[ref[1]!];
  if (next === undefined) throw new Error(`unresolved ${value}`);
  return resolve(next, scope);
}

const schemes: Record<string, Record<string, string>> = {
  '白地に黒 (default)': root,
  '黒地に白': { ...root, ...block(":root[data-theme='dark']") },
  '黒地に黄': { ...root, ...block(":root[data-theme='yellow']") },
  '青地に白': { ...root, ...block(":root[data-theme='blue']") },
  '黒地に白 (OS dark mode)': { ...root, ...block(':root:not([data-theme])') },
};

const TEXT_ON = [
  ['--color-text', '--color-bg'],
  ['--color-text', '--color-surface'],
  ['--color-text-muted', '--color-bg'],
  ['--color-text-muted', '--color-surface'],
  ['--color-link', '--color-bg'],
  ['--color-link', '--color-surface'],
  ['--color-link-visited', '--color-bg'],
  ['--color-link-visited', '--color-surface'],
  ['--color-mark-text', '--color-mark-bg'],
  // The sentence the audio guide is reading: all its text, links included, is drawn in these
  // (global.css ::highlight(audio-guide)).
  ['--color-reading-text', '--color-reading-bg'],
  // A focused link is drawn in the focus colours (global.css a:focus-visible).
  ['--color-focus-outer', '--color-focus-inner'],
] as const;
const UI_ON = [
  ['--color-border', '--color-bg'],
  ['--color-border', '--color-surface'],
  ['--color-focus-outer', '--color-bg'],
  ['--color-accent', '--color-bg'],
] as const;

describe.each(Object.entries(schemes))('%s', (_name, scope) => {
  const value = (name: string) => resolve(scope[name]!, scope);
  it.each(TEXT_ON)('text %s on %s is at least 7:1', (fg, bg) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(7);
  });
  it.each(UI_ON)('boundary %s on %s is at least 3:1', (fg, bg) => {
    expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('the formula itself', () => {
  // Reference values from the WCAG definition: black on white is 21:1, a colour on itself 1:1.
  it('gives 21 for black on white and 1 for equal colours', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#767676')).toBe(1);
  });
  // #767676 on white is the well-known smallest grey that passes 4.5:1 (4.54:1).
  it('gives 4.54 for #767676 on white', () => {
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
