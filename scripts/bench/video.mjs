// Sign-language video (issue 9), measured in the system Chromium:
//   - the bytes of every published video file and poster (dist/media/<id>/), and of the fixture
//     clips the tests make;
//   - on a page with a video (the fixture page, built into .cache/media-fixture-site by the
//     tests; built here if missing), the video and poster bytes loaded before play (budget 0),
//     then after the reader presses play;
//   - the player's JavaScript (gzipped), loaded only on pages that have a video.
// Called by scripts/bench.mjs with { dist }; prints nothing.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { freePort } from '../free-port.mjs';
import { words } from '../../tests/e2e/words.ts';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../src/build/chromium.ts';
import { buildMediaFixture, FIXTURE_SITE } from '../../tests/e2e/media-fixture.ts';

const PLAYER_JS_BUDGET = 5 * 1024;


/** One row per video and poster file under <site>/media/. */
function fileRows(site, prefix) {
  const media = join(site, 'media');
  if (!existsSync(media)) return [];
  const rows = [];
  for (const id of readdirSync(media).sort()) {
    const folder = join(media, id);
    if (!statSync(folder).isDirectory()) continue;
    for (const name of readdirSync(folder).filter((file) => /\.(webm|mp4|jpe?g|png|webp)$/.test(file)).sort()) {
      rows.push({ label: `${prefix}${id}/${name}`, value: statSync(join(folder, name)).size, unit: 'bytes' });
    }
  }
  return rows;
}

async function loadedBeforeAndAfterPlay() {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', FIXTURE_SITE, String(port)], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((resolve) => server.stdout.once('data', resolve));
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (!/\/media\/.+\.(webm|mp4|jpe?g|png|webp)$/.test(new URL(response.url()).pathname)) return;
      bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.goto(`http://127.0.0.1:${port}/media-fixture/`);
    await page.waitForLoadState('networkidle');
    const before = bytes;
    // As a reader gets there (tests/e2e/sign-video.spec.ts): the format bar's 手話 panel opens
    // the player, whose frame then sits beside the text, outside <sign-video>.
    await page.locator('.formats details[data-format="sign"] > summary').click();
    await page.locator('[data-player]').first().getByRole('button', { name: words('手話の動画を再生する', { exact: false }) }).click();
    await page.waitForTimeout(3000);
    await page.waitForLoadState('networkidle');
    const script = await page.evaluate(() => [...document.querySelectorAll('script[type="module"][src]')].map((element) => element.getAttribute('src')));
    const playerJs = script
      .filter((src) => src && src.includes('SignVideo'))
      .reduce((sum, src) => sum + gzipSync(readFileSync(join(FIXTURE_SITE, src)), { level: 9 }).length, 0);
    return { before, after: bytes, playerJs };
  } finally {
    await browser.close();
    server.kill();
  }
}

export async function run({ dist }) {
  const published = fileRows(dist, 'published: ');
  const rows = published.length > 0 ? published : [{ label: 'published video and poster files (none yet; pages link to the official videos)', value: 0, unit: 'files' }];
  if (!existsSync(join(FIXTURE_SITE, 'media-fixture'))) buildMediaFixture();
  rows.push(...fileRows(FIXTURE_SITE, 'test fixture: '));
  const { before, after, playerJs } = await loadedBeforeAndAfterPlay();
  rows.push(
    { label: 'page with a video: video and poster bytes loaded before play', value: before, unit: 'bytes', budget: 0 },
    { label: 'the same page, 3 s after pressing play', value: after, unit: 'bytes' },
    { label: 'player JavaScript (gzipped, pages with a video only)', value: playerJs, unit: 'bytes', budget: PLAYER_JS_BUDGET },
  );
  return rows;
}
