import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStored, sanitize, SETTINGS } from './index.ts';

describe('sanitize', () => {
  it('keeps known values and drops unknown names and values', () => {
    expect(sanitize({ theme: 'yellow', textSize: 'huge', evil: '<script>' })).toEqual({ theme: 'yellow' });
  });
  it('keeps the captions choice (字幕を出さない) and refuses values the setting does not offer', () => {
    expect(sanitize({ captions: 'off' })).toEqual({ captions: 'off' });
    expect(sanitize({ captions: 'on' })).toEqual({});
  });
  it('treats "default" as not set', () => {
    expect(sanitize({ theme: 'default' })).toEqual({});
  });
});

describe('parseStored', () => {
  it('survives text that is not JSON', () => {
    expect(parseStored('{oops')).toEqual({});
    expect(parseStored(null)).toEqual({});
  });
});

// The boot script runs before first paint and cannot import this module; it must allow
// exactly the same values, or a stored choice would show on one page load and not another.
describe('boot script agrees with the settings table', () => {
  const boot = readFileSync(new URL('../../scripts/display-settings-boot.js', import.meta.url), 'utf8');
  it.each(Object.entries(SETTINGS))('%s', (name, setting) => {
    const values = setting.options.map((option) => option.value).filter((value) => value !== 'default');
    const line = new RegExp(`${name}: \\[([^\\]]*)\\]`).exec(boot);
    expect(line, `boot script lists ${name}`).not.toBeNull();
    const bootValues = [...line![1]!.matchAll(/'([^']+)'/g)].map((match) => match[1]);
    expect(bootValues).toEqual(values);
    expect(boot).toContain(`${name}: '${setting.attribute}'`);
  });
  it('uses the same storage key', () => {
    expect(boot).toContain("'mynumber-guide:display'");
  });
});
