import { afterEach, describe, expect, it, vi } from 'vitest';
import { processWide } from './process-wide.ts';

const key = `process-wide-test-${process.pid}`;

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for(`mynumber-guide.${key}`)];
  vi.resetModules();
});

describe('processWide', () => {
  it('creates the value once and returns it every time after', () => {
    const create = vi.fn(() => ({ loaded: true }));
    const first = processWide(key, create);
    expect(processWide(key, create)).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('gives a second copy of the module the value the first one made', async () => {
    const value = processWide(key, () => 'first copy');
    vi.resetModules();
    const copy = await import('./process-wide.ts');
    expect(copy.processWide).not.toBe(processWide);
    expect(copy.processWide(key, () => 'second copy')).toBe(value);
  });
});
