/**
 * Author command: the audio guide of every guide page.
 *
 *   npm run media:audio                    build the site, then (re)make the audio of changed pages
 *   npm run media:audio -- --reuse-dist    use the dist/ of a build you just made
 *   npm run media:audio -- --voice path/to/voice.htsvoice   another HTS voice (credit: CREDIT.txt beside it)
 *   npm run media:audio -- --force         remake every page
 *
 * Narration = the built page's text (src/lib/page-text) → narration script with the reading
 * layer's speech kana (src/lib/speech) → one engine call per sentence → timeline → loudness-
 * normalised Opus and MP3 with chapters, WebVTT captions and chapters, a timing file for the
 * player, and public/audio/manifest.json with the hash of each page's narration. Only pages
 * whose narration (or voice) changed are made again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReadingLayer } from '../src/data/reading-layer.ts';
import { extractPageText } from '../src/lib/page-text/index.ts';
import { guidePagePaths, siteName } from '../src/data/content-files.ts';
import { LOCAL_PREVIEW_ENV } from '../src/lib/site-address/index.ts';
import { pageFileStem } from '../src/lib/site/index.ts';
import {
  AUDIO_URL_DIR,
  captionsVtt,
  chaptersVtt,
  layOut,
  MANIFEST_PATH,
  NarrationError,
  narrationHash,
  narrationScript,
  parseManifest,
  timeChapters,
  timingFile,
  type AudioManifest,
  type NarrationScript,
  type PageAudio,
  type SpeechEngine,
} from '../src/lib/speech/index.ts';
import { encodePage } from './media/encode.ts';
import { recordingEngine } from './media/engines.ts';
import { openJTalkEngine } from './media/open-jtalk.ts';
import { missingTools } from './media/tools.ts';
import { wavBytes } from './media/wav.ts';
import { mainTextNodes } from './media/page-dom-text.ts';
import { literalAnchors, mapText } from '../src/lib/speech/text-map.ts';

export const DEFAULT_VOICE = 'vendor/voices/tohoku-f01/tohoku-f01-neutral.htsvoice';
const PUBLIC_DIR = 'public';
const WORK_DIR = '.cache/audio/pages';
// The audio files' artist tag is the site's name (content/site.yaml).
const ARTIST = siteName();

const { values: args } = parseArgs({
  options: {
    voice: { type: 'string', default: process.env.AUDIO_VOICE ?? DEFAULT_VOICE },
    'reuse-dist': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});
const voice = args.voice;

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`media:audio: ${line}\n`);
  process.exit(1);
}

const missing = missingTools(voice);
if (missing.length > 0) fail(missing);
const creditFile = join(dirname(voice), 'CREDIT.txt');
if (!existsSync(creditFile)) fail([`${creditFile} がありません。音声モデルのライセンスが求めるクレジットを書いてください（ダウンロードのページに表示されます）。`]);
const engine = openJTalkEngine({ voice, credit: readFileSync(creditFile, 'utf8').trim() });

// 1. The built site. The build runs with AUDIO_GUIDE_AUTHORING=1, which lets pages without
//    audio build (without a player) instead of failing: they are what this command is about to make.
if (!args['reuse-dist'] || !existsSync('dist/index.html')) {
  process.stdout.write('media:audio: building the site (astro build)\n');
  // A build for this machine (LOCAL_PREVIEW=1): it is read here, never published.
  execFileSync('npx', ['astro', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...LOCAL_PREVIEW_ENV, AUDIO_GUIDE_AUTHORING: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
}

// 2. Narration scripts; every unreadable word of every page is reported at once.
const reader = await loadReadingLayer();
const scripts: NarrationScript[] = [];
const errors: string[] = [];
for (const path of guidePagePaths()) {
  const html = join('dist', path, 'index.html');
  if (!existsSync(html)) {
    errors.push(`${path}: ${html} がありません（ビルドに失敗していませんか）。`);
    continue;
  }
  try {
    const source = readFileSync(html, 'utf8');
    const script = narrationScript(extractPageText(source, path), (text) => reader.read(text));
    // Anchors as the page shows them, for the player's highlight and the e-book's overlays.
    const map = mapText(mainTextNodes(source));
    scripts.push({ ...script, sentences: script.sentences.map((sentence) => ({ ...sentence, anchors: literalAnchors(map, sentence.anchors) })) });
  } catch (error) {
    if (error instanceof NarrationError) errors.push(error.message);
    else throw error;
  }
}
if (errors.length > 0) fail(errors);

// 3. Audio for each page whose narration or voice changed.
const manifestFile = MANIFEST_PATH;
const previous: AudioManifest = existsSync(manifestFile) ? parseManifest(readFileSync(manifestFile, 'utf8')) : { format: 1, voiceCredits: {}, pages: {} };
const pages: Record<string, PageAudio> = {};
const credits: Record<string, string> = {};
mkdirSync(WORK_DIR, { recursive: true });
mkdirSync(join(PUBLIC_DIR, AUDIO_URL_DIR), { recursive: true });
const bytesOf = (url: string) => statSync(join(PUBLIC_DIR, url)).size;
const publicFile = (url: string) => join(PUBLIC_DIR, url);

async function makePage(script: NarrationScript, pageEngine: SpeechEngine): Promise<PageAudio> {
  const stem = pageFileStem(script.path);
  const spoken = [];
  for (const [index, sentence] of script.sentences.entries()) spoken.push(await pageEngine.speak(sentence, index));
  const sampleRate = spoken[0]!.audio.sampleRate;
  const mismatch = spoken.findIndex((item) => item.audio.sampleRate !== sampleRate);
  if (mismatch !== -1) throw new Error(`${script.path}: 文 ${mismatch + 1} のサンプリング周波数が他と違います`);
  const timeline = layOut(spoken.map((item, index) => ({
    duration: (item.audio.samples.length / sampleRate) * 1000,
    speechStart: item.speechStart,
    speechEnd: item.speechEnd,
    heading: script.sentences[index]!.heading,
  })));
  const samples = new Int16Array(Math.ceil((timeline.duration / 1000) * sampleRate));
  spoken.forEach((item, index) => samples.set(item.audio.samples, Math.round((timeline.offsets[index]! / 1000) * sampleRate)));
  const work = join(WORK_DIR, stem);
  writeFileSync(`${work}.wav`, wavBytes({ sampleRate, samples }));
  const chapters = timeChapters(script.chapters, timeline.offsets, timeline.duration);
  const urls = {
    opus: `${AUDIO_URL_DIR}${stem}.opus`,
    mp3: `${AUDIO_URL_DIR}${stem}.mp3`,
    captions: `${AUDIO_URL_DIR}${stem}.vtt`,
    chapters: `${AUDIO_URL_DIR}${stem}.chapters.vtt`,
    timing: `${AUDIO_URL_DIR}${stem}.json`,
  };
  await encodePage({ wav: `${work}.wav`, work, title: script.title, artist: ARTIST, chapters, opus: publicFile(urls.opus), mp3: publicFile(urls.mp3) });
  writeFileSync(publicFile(urls.captions), captionsVtt(script.sentences.map((sentence) => sentence.text), timeline.sentences));
  writeFileSync(publicFile(urls.chapters), chaptersVtt(chapters));
  writeFileSync(publicFile(urls.timing), `${JSON.stringify(timingFile(script, timeline.sentences))}\n`);
  const files = Object.fromEntries(Object.entries(urls).map(([kind, url]) => [kind, { url, bytes: bytesOf(url) }])) as PageAudio['files'];
  return { narrationHash: narrationHash(script), engine: pageEngine.id, durationMs: Math.round(timeline.duration), sentences: script.sentences.length, chapters, files };
}

let made = 0;
for (const script of scripts) {
  const pageEngine = recordingEngine(script, pageFileStem(script.path)) ?? engine;
  credits[pageEngine.id] = pageEngine.credit;
  const old = previous.pages[script.path];
  const fresh = old && !args.force && old.narrationHash === narrationHash(script) && old.engine === pageEngine.id
    && Object.values(old.files).every((file) => existsSync(publicFile(file.url)) && bytesOf(file.url) === file.bytes);
  if (fresh) {
    // The sound is unchanged; the timing file is written again, because how its anchors are
    // found in the page may have changed (its times are kept).
    const times = (JSON.parse(readFileSync(publicFile(old.files.timing.url), 'utf8')) as { sentences: { start: number; end: number }[] }).sentences;
    writeFileSync(publicFile(old.files.timing.url), `${JSON.stringify(timingFile(script, times))}\n`);
    pages[script.path] = { ...old, files: { ...old.files, timing: { url: old.files.timing.url, bytes: bytesOf(old.files.timing.url) } } };
    continue;
  }
  const started = Date.now();
  try {
    pages[script.path] = await makePage(script, pageEngine);
  } catch (error) {
    fail([`${script.path}: ${(error as Error).message}`]);
  }
  made += 1;
  const entry = pages[script.path]!;
  process.stdout.write(`media:audio: ${script.path} ${(entry.durationMs / 1000).toFixed(1)} s, ${entry.sentences} sentences (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

// Files of pages that no longer exist are removed with their manifest entries.
for (const [path, entry] of Object.entries(previous.pages)) {
  if (pages[path]) continue;
  for (const file of Object.values(entry.files)) rmSync(publicFile(file.url), { force: true });
}

const manifest: AudioManifest = { format: 1, voiceCredits: credits, pages };
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
const total = Object.values(pages).reduce((sum, entry) => sum + Object.values(entry.files).reduce((s, file) => s + file.bytes, 0), 0);
process.stdout.write(`media:audio: ${made} page(s) made, ${scripts.length - made} unchanged; all audio files together ${(total / 1024 / 1024).toFixed(1)} MB\n`);
