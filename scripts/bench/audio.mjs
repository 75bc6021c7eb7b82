// Audio guide (issue 8): the size of all committed audio (budget 60 MB), each page's length
// and file sizes, the player code loaded on first use, and that no page would fetch audio
// before play (every <audio> has preload="none"; tests/e2e/audio-guide.spec.ts watches the
// requests). Called by scripts/bench.mjs with { dist }; prints nothing.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const AUDIO_DIR = 'public/audio';
const MANIFEST = join(AUDIO_DIR, 'manifest.json');
const TOTAL_BUDGET_MB = 60;

const mb = (bytes) => Math.round(bytes / 10_000) / 100;

export async function run({ dist = 'dist' } = {}) {
  if (!existsSync(MANIFEST)) return [{ label: 'audio guide: no public/audio/manifest.json (npm run media:audio)', value: 1, unit: 'missing', budget: 0 }];
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  const total = readdirSync(AUDIO_DIR).reduce((sum, name) => sum + statSync(join(AUDIO_DIR, name)).size, 0);
  const rows = [{ label: 'all committed audio files together (public/audio)', value: mb(total), unit: 'MB', budget: TOTAL_BUDGET_MB }];
  let seconds = 0;
  for (const [path, entry] of Object.entries(manifest.pages)) {
    seconds += entry.durationMs / 1000;
    rows.push({
      label: `${path} audio length (Opus ${mb(entry.files.opus.bytes)} MB, MP3 ${mb(entry.files.mp3.bytes)} MB)`,
      value: Math.round(entry.durationMs / 100) / 10,
      unit: 's',
    });
  }
  rows.push({ label: 'all audio guides together', value: Math.round(seconds / 6) / 10, unit: 'min' });
  // The player's second half (loaded on first use), gzipped.
  const astro = join(dist, '_astro');
  if (existsSync(astro)) {
    const reader = readdirSync(astro).filter((name) => name.startsWith('audio-guide-reader') && name.endsWith('.js'));
    const bytes = reader.reduce((sum, name) => sum + gzipSync(readFileSync(join(astro, name))).length, 0);
    rows.push({ label: 'player code loaded on first use (audio-guide-reader, gzip)', value: Math.round(bytes / 102.4) / 10, unit: 'KB' });
  }
  let eager = 0;
  for (const path of Object.keys(manifest.pages)) {
    const file = join(dist, path, 'index.html');
    if (!existsSync(file)) continue;
    const tags = readFileSync(file, "utf8").match(/<audio[\s>][^>]*>/g) ?? [];
    eager += tags.filter((tag) => !/preload="none"/.test(tag)).length;
  }
  rows.push({ label: 'pages whose audio could load before play (no preload="none")', value: eager, unit: 'pages', budget: 0 });
  return rows;
}
