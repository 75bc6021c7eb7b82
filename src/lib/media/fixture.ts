/**
 * The video test fixture's names, shared by the build step that adds it
 * (src/integrations/media.ts), the video entries (src/data/media.ts) and astro.config.mjs.
 */

/** The environment variable that turns the fixture on: the folder of its entries. */
export const FIXTURE_DIR_VARIABLE = 'MEDIA_FIXTURE_DIR';

/** The route of the fixture page (src/fixtures/MediaFixturePage.astro). */
export const FIXTURE_ROUTE = '/media-fixture/';
