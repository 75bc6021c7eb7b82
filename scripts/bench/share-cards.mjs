// Share cards and icons (issue 23): the size of every card (budget 60 KB each) and icon (20 KB
// each) in the build, and the time to make all the cards from the built pages: cold (an empty
// cache, every card drawn by sharp) and warm (the cache of the cold run: only copies), against
// their budgets. The timed runs write into a scratch copy of the pages, never into dist/.
// Called by scripts/bench.mjs with { dist }; prints nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeShareCards } from '../../src/integrations/share-cards.ts';
import { ICON_FILES, SHARE_CARD_DIR } from '../../src/lib/share-card/index.ts';

const KB = 1024;
const CARD_BUDGET_KB = 60;
const ICON_BUDGET_KB = 20;
// Two shared cores: about 70 cards drawn two at a time, and the same cards only copied.
const COLD_BUDGET_MS = 30_000;
const WARM_BUDGET_MS = 1_000;

const filesUnder = (folder) =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

export async function run({ dist = 'dist' } = {}) {
  const cardDir = join(dist, SHARE_CARD_DIR);
  if (!existsSync(cardDir)) return [{ label: `${cardDir} missing (build the site first)`, value: 1, unit: 'folder', budget: 0 }];
  const cards = filesUnder(cardDir)
    .filter((file) => file.endsWith('.png'))
    .map((file) => ({ file, bytes: statSync(file).size }))
    .sort((a, b) => b.bytes - a.bytes);
  const kb = (bytes) => Math.round((bytes / KB) * 10) / 10;
  const results = [
    { label: `share cards in the build`, value: cards.length, unit: 'cards' },
    { label: `largest card (${cards[0].file})`, value: kb(cards[0].bytes), unit: 'KB', budget: CARD_BUDGET_KB },
    { label: `smallest card (${cards.at(-1).file})`, value: kb(cards.at(-1).bytes), unit: 'KB', budget: CARD_BUDGET_KB },
    ...ICON_FILES.map((icon) => ({ label: `icon ${icon.path}`, value: kb(statSync(join(dist, icon.path)).size), unit: 'KB', budget: ICON_BUDGET_KB })),
  ];

  // The pages alone, so that the timed runs read what the build step reads.
  const scratch = mkdtempSync(join(tmpdir(), 'share-cards-bench-'));
  try {
    const site = join(scratch, 'site');
    cpSync(dist, site, { recursive: true, filter: (source) => statSync(source).isDirectory() || source.endsWith('.html') });
    const cacheDir = join(scratch, 'cache');
    const cold = await writeShareCards(site, { root: process.cwd(), cacheDir });
    const warm = await writeShareCards(site, { root: process.cwd(), cacheDir });
    results.push(
      { label: `all ${cold.cards} cards, cold cache (${cold.rendered} drawn)`, value: Math.round(cold.cardMilliseconds), unit: 'ms', budget: COLD_BUDGET_MS },
      { label: `all ${warm.cards} cards, warm cache (${warm.rendered} drawn)`, value: Math.round(warm.cardMilliseconds), unit: 'ms', budget: WARM_BUDGET_MS },
    );
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}
