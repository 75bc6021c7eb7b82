/**
 * The control for the build-error tests (build-errors, reading-, media- and
 * braille-build-errors.test.ts): the same site they break, unbroken and built the same way,
 * gets through every check they expect to stop it. So each of their messages comes from the one
 * thing its case broke, not from the fixture.
 *
 * The latest step any of those cases stops in is the braille downloads (an emoji on a page);
 * schemas, cross-file ids, glossary links, readings and videos all stop the build earlier, while
 * the content is loaded and the pages are rendered. This build is therefore stopped once the
 * braille step reports its files: the steps after it (large-print PDFs in Chromium, EPUB, search
 * index, headers, link check) cost more than all the rest and are no case's subject; the build
 * suite of `npm test` runs them on the real site.
 *
 * It is built, like every case, for this machine (SITE_URL on 127.0.0.1 with LOCAL_PREVIEW=1,
 * support/fixture-site.ts), so the cases of build-errors.test.ts that take the address away
 * stop for that reason alone.
 */
import { describe, expect, it } from 'vitest';
import { build, copySite } from './support/fixture-site.ts';

const BRAILLE_DONE = /\[braille-downloads\] \d+ braille documents/;

describe('the build-error fixture', { timeout: 240_000 }, () => {
  it('unbroken, builds past every step the broken cases stop in', async () => {
    const run = await build(copySite('control'), BRAILLE_DONE);
    expect(run.stoppedAtMarker, `the build should reach the braille downloads (exit ${run.status}):\n${run.output.slice(-3000)}`).toBe(true);
    // Every page was rendered and given its readings before the braille step.
    expect(run.output).toMatch(/\[page-readings\] readings added to \d+ text run\(s\) on \d+ page\(s\)/);
    expect(run.output).not.toMatch(/error/i);
    expect(run.output).toContain('[site-address] LOCAL_PREVIEW=1: this build is for this machine only (http://127.0.0.1:4321)');
  });
});
