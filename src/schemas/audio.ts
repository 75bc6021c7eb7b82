/**
 * The audio guide's files, made by `npm run media:audio` (scripts/media-audio.ts) into
 * public/audio/ and read back by the build (the player, the EPUB and DAISY overlays) and the
 * tests: the manifest and one timing file per page. They are written by code, not by hand, but
 * a stale or hand-edited file must still stop the build at the field that is wrong rather than
 * be cast and trusted. src/lib/speech/manifest.ts and timing-file.ts parse with these.
 */
import { z } from 'astro/zod';

const milliseconds = z.number().int().nonnegative();
const audioFileSchema = z.strictObject({
  /** Site path (/audio/card.opus). */
  url: z.string().startsWith('/', 'サイトのパス（/audio/… ）で書いてください'),
  bytes: z.number().int().nonnegative(),
});

export const timedChapterSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  level: z.number().int().min(1).max(6),
  start: milliseconds,
  end: milliseconds,
});

/** One page's entry in public/audio/manifest.json. */
export const pageAudioSchema = z.strictObject({
  /** sha256 of the narration (src/lib/speech/manifest.ts narrationHash). */
  narrationHash: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 の16進文字列ではありません'),
  /** Which engine and voice made the audio (open-jtalk:tohoku-f01-neutral, or a recording). */
  engine: z.string().min(1),
  durationMs: milliseconds,
  sentences: z.number().int().nonnegative(),
  chapters: z.array(timedChapterSchema),
  files: z.strictObject({
    opus: audioFileSchema,
    mp3: audioFileSchema,
    captions: audioFileSchema,
    chapters: audioFileSchema,
    timing: audioFileSchema,
  }),
});

/** public/audio/manifest.json. */
export const audioManifestSchema = z.strictObject({
  format: z.literal(1),
  /** Credit for each voice, shown on the downloads page (its licence requires it). */
  voiceCredits: z.record(z.string(), z.string()),
  /** Keyed by the page's site path (/card/security/). */
  pages: z.record(z.string(), pageAudioSchema),
});

/**
 * public/audio/<page>.json: every sentence with its times, the page text it reads (to find and
 * highlight), the text the voice was given, and the index of its chapter.
 */
export const timingFileSchema = z.strictObject({
  path: z.string().startsWith('/'),
  sentences: z.array(
    z.strictObject({
      start: milliseconds,
      end: milliseconds,
      text: z.string(),
      speech: z.string(),
      anchors: z.array(z.string()),
      chapter: z.number().int().nonnegative(),
    }),
  ),
});

export type AudioManifestData = z.infer<typeof audioManifestSchema>;
export type TimingFileData = z.infer<typeof timingFileSchema>;
