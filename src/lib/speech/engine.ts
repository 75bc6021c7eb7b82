/**
 * The voice behind the audio guide. The authoring command asks an engine for one sentence at a
 * time; anything that can return a sentence's audio and where its speech lies can replace Open
 * JTalk: a better synthesiser, or a person's recording of the page (scripts/media/engines.ts
 * chooses per page, so a recorded page and synthesised pages can sit side by side).
 */
import type { Sentence } from './types.ts';

/** Mono 16-bit PCM. */
export interface Pcm {
  readonly sampleRate: number;
  readonly samples: Int16Array;
}

export interface SpokenSentence {
  readonly audio: Pcm;
  /** Where speech starts and ends in `audio`, in milliseconds (for the caption cue). */
  readonly speechStart: number;
  readonly speechEnd: number;
}

export interface SpeechEngine {
  /** Recorded in the manifest (open-jtalk:tohoku-f01-neutral); a change regenerates the audio. */
  readonly id: string;
  /** The credit the voice's licence asks for, shown on the downloads page and in the README. */
  readonly credit: string;
  speak(sentence: Sentence, index: number): Promise<SpokenSentence>;
}
