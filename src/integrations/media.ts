/**
 * The video test fixture, kept out of the published site. When MEDIA_FIXTURE_DIR names a folder
 * of fixture entries (made by tests/e2e/media-fixture.ts with ffmpeg), this adds the page
 * /media-fixture/ that shows them and copies their files into the build. It refuses to build
 * into dist/, so the fixture can only ever land in a separate folder (.cache/media-fixture-site).
 *
 * Real videos need nothing from here: their files are in public/media/<id>/ and are copied by
 * Astro like any static file; their entries are read by src/data/media.ts.
 */
import { cp, readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FIXTURE_DIR_VARIABLE, FIXTURE_ROUTE } from '../lib/media/fixture.ts';


export function mediaFixture(): AstroIntegration {
  const fixtureDir = process.env[FIXTURE_DIR_VARIABLE];
  return {
    name: 'media-fixture',
    hooks: {
      'astro:config:setup': ({ config, command, injectRoute }) => {
        if (!fixtureDir) return;
        const outDir = resolve(fileURLToPath(config.outDir));
        if (command === 'build' && outDir === resolve(fileURLToPath(new URL('dist/', config.root)))) {
          throw new Error(`${FIXTURE_DIR_VARIABLE} is set: build the video fixture into its own folder (astro build --outDir .cache/media-fixture-site), never into dist/`);
        }
        injectRoute({ pattern: FIXTURE_ROUTE, entrypoint: './src/fixtures/MediaFixturePage.astro', prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!fixtureDir) return;
        const target = fileURLToPath(dir);
        let copied = 0;
        for (const name of await readdir(fixtureDir)) {
          const folder = join(fixtureDir, name);
          if (!(await stat(folder)).isDirectory()) continue;
          await cp(folder, join(target, 'media', name), { recursive: true });
          copied += 1;
        }
        logger.info(`video fixture: ${FIXTURE_ROUTE} and ${copied} fixture folder(s) copied into ${target}`);
      },
    },
  };
}
