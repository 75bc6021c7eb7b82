/**
 * The audio guides still say what the pages say. Each guide page's narration is made again from
 * the built page (dist/, the same way `npm run media:audio` makes it) and its hash compared
 * with public/audio/manifest.json; every file the manifest lists must be in the build with the
 * size it records. A page whose text changed after its audio was made fails here, naming the
 * page and the command that fixes it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadReadingLayer } from '../../src/data/reading-layer.ts';
import { extractPageText } from '../../src/lib/page-text/index.ts';
import { guidePagePaths } from '../../src/data/content-files.ts';
import { auditAudio, MANIFEST_PATH, narrationScript, parseManifest } from '../../src/lib/speech/index.ts';
import { shown, words } from './words.ts';

const SITE_DIR = process.env['SITE_DIR'] ?? 'dist';

test('every guide page has audio made from its current text', async () => {
  test.setTimeout(120_000);
  const reader = await loadReadingLayer();
  const paths = guidePagePaths();
  expect(paths.length).toBeGreaterThan(0);
  const scripts = paths.map((path) => {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
    return narrationScript(extractPageText(html, path), (text) => reader.read(text));
  });
  const manifest = parseManifest(readFileSync(MANIFEST_PATH, 'utf8'));
  const problems = auditAudio(scripts, manifest, (url) => {
    const file = join(SITE_DIR, url);
    return existsSync(file) ? statSync(file).size : undefined;
  });
  expect(problems.map((problem) => problem.message), problems.map((problem) => problem.message).join('\n')).toEqual([]);
});

test('every guide page links its own audio files, and no other page has a player', async () => {
  const manifest = parseManifest(readFileSync(MANIFEST_PATH, 'utf8'));
  for (const path of guidePagePaths()) {
    const html = readFileSync(join(SITE_DIR, path, 'index.html'), 'utf8');
    const entry = manifest.pages[path]!;
    for (const file of [entry.files.opus, entry.files.mp3, entry.files.captions, entry.files.chapters]) {
      expect(html, `${path} links ${file.url}`).toContain(`src="${file.url}"`);
    }
  }
  for (const tool of ['search', 'settings', 'downloads', 'accessibility']) {
    const html = readFileSync(join(SITE_DIR, tool, 'index.html'), 'utf8');
    expect(html, `/${tool}/ has no audio guide`).not.toContain('<audio');
  }
});

test('the downloads page lists every audio file with its length and size', async ({ page }) => {
  const manifest = parseManifest(readFileSync(MANIFEST_PATH, 'utf8'));
  await page.goto('/downloads/');
  const section = page.locator('section[aria-labelledby="audio-downloads-heading"]');
  for (const entry of Object.values(manifest.pages)) {
    // Length as 分・秒 and size as file managers show it (1 KB = 1,000 bytes, one decimal: the
    // site's convention for every download), computed here from the manifest's own numbers.
    const seconds = Math.round(entry.durationMs / 1000);
    const length = seconds >= 60 ? `${Math.floor(seconds / 60)}分${seconds % 60}秒` : `${seconds}秒`;
    await expect(section.getByRole('heading', { name: words(`（${length}）`, { ending: true }) }).first()).toBeVisible();
    for (const kind of ['mp3', 'opus', 'captions'] as const) {
      const file = entry.files[kind];
      const size = file.bytes < 1000 ? `${file.bytes}バイト` : file.bytes < 1_000_000 ? `${(file.bytes / 1000).toFixed(1)}KB` : `${(file.bytes / 1_000_000).toFixed(1)}MB`;
      const link = section.locator(`a[href="${file.url}"]`);
      await expect(link).toHaveCount(1);
      await expect(link).toContainText(size, shown);
    }
  }
  await expect(section).toContainText('tohoku-f01', shown);
  await expect(section).toContainText('CC BY 4.0', shown);
});
