import { describe, expect, it } from 'vitest';
import { createDownloadRegistry } from './registry.ts';

describe('createDownloadRegistry', () => {
  it('hands over what every generator recorded once all have finished', () => {
    const registry = createDownloadRegistry();
    const braille = registry.recorder('braille-downloads');
    const print = registry.recorder('print-downloads');
    braille.record('/downloads/braille/card.txt', { pages: 3, preview: '⠁' });
    braille.finish();
    print.record('/downloads/large-print/card.pdf', { pages: 2 });
    print.finish();
    expect([...registry.facts('download-info')]).toEqual([
      ['/downloads/braille/card.txt', { pages: 3, preview: '⠁' }],
      ['/downloads/large-print/card.pdf', { pages: 2 }],
    ]);
  });

  it('refuses to hand anything over while a generator has not finished, naming both steps', () => {
    const registry = createDownloadRegistry();
    registry.recorder('braille-downloads').finish();
    registry.recorder('print-downloads');
    expect(() => registry.facts('download-info')).toThrow(/^download-info needs the downloads of print-downloads, .*astro\.config\.mjs/);
  });

  it('has nothing to wait for when no generator takes part', () => {
    expect(createDownloadRegistry().facts('download-info').size).toBe(0);
  });

  it('refuses a second recorder of the same name and a record after finishing', () => {
    const registry = createDownloadRegistry();
    const braille = registry.recorder('braille-downloads');
    expect(() => registry.recorder('braille-downloads')).toThrow(/already has a recorder/);
    braille.finish();
    expect(() => braille.record('/downloads/braille/card.brf', { pages: 1 })).toThrow(/after it had finished/);
  });
});
