/**
 * The audio guide's pure logic: page text → narration script (chapters and sentences with the
 * reading layer's speech kana) → timeline, WebVTT captions and chapters, chapter markers for
 * MP3 and Opus, and the manifest with a hash of each page's narration. No I/O except hashing;
 * the synthesis and encoding live in scripts/media/ (npm run media:audio).
 */
export type { Chapter, NarrationScript, Sentence, TimedChapter, TimedSentence } from './types.ts';
export { splitSentences } from './sentences.ts';
export { NarrationError, narrationScript, speechOf, type ReadText } from './script.ts';
export { parseOpenJTalkTrace, type Phoneme, type SentenceTiming } from './open-jtalk-trace.ts';
export { GAP_AFTER_HEADING_MS, GAP_AFTER_SENTENCE_MS, layOut, timeChapters, type RenderedSentence, type Timeline } from './timeline.ts';
export { captionsVtt, chaptersVtt } from './webvtt.ts';
export { ffmetadata, opusChapterComments } from './chapter-marks.ts';
export {
  AUDIO_URL_DIR,
  auditAudio,
  MANIFEST_PATH,
  narrationHash,
  parseManifest,
  REGENERATE_COMMAND,
  type AudioFile,
  type AudioFileKind,
  type AudioManifest,
  type AudioProblem,
  type PageAudio,
} from './manifest.ts';
export { parseTimingFile, timingFile, type TimingFile } from './timing-file.ts';
export type { Pcm, SpeechEngine, SpokenSentence } from './engine.ts';
export { lengthLabel } from './labels.ts';
