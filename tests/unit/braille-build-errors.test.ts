/**
 * A character with no braille rule stops the real build, naming the page, the character and its
 * code point: nothing is dropped silently from a braille download. Same method as
 * build-errors.test.ts: a copy of the site (tests/unit/support/fixture-site.ts), one thing
 * broken, `astro build`, read the output.
 */
import { describe, expect, it } from 'vitest';
import { copySite, failingBuild } from './support/fixture-site.ts';

describe('braille downloads fail the build on a character with no rule', { timeout: 240_000 }, () => {
  it('an emoji on a guide page names the page, the character and its code point', async () => {
    const site = copySite('braille');
    site.append('content/pages/mynumber.mdx', '\n\nマイナンバーは大切です😀。\n');
    const output = await failingBuild(site);
    expect(output).toContain('/mynumber/: 点字にできない文字「😀」（U+1F600）があります');
  });
});
