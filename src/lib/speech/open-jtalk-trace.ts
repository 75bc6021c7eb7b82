/**
 * Open JTalk's trace (`-ot`): after "[Output label]" one line per phoneme, "start end label",
 * with times in units of 100 ns and the phoneme between "-" and "+" in the full-context label.
 * The synthesised sentence starts and ends with silence (sil); the speech itself lies between
 * the end of the first silence and the start of the last, which is what a caption cue should
 * cover.
 */
export interface Phoneme {
  readonly phoneme: string;
  /** Milliseconds from the start of the synthesised sentence. */
  readonly start: number;
  readonly end: number;
}

export interface SentenceTiming {
  readonly phonemes: readonly Phoneme[];
  /** Where speech starts and ends, in milliseconds, and the length of the whole output. */
  readonly speechStart: number;
  readonly speechEnd: number;
  readonly duration: number;
}

const LABEL_LINE = /^(\d+) (\d+) \S*?-([^+]+)\+/;
const SILENCES = new Set(['sil', 'pau']);

export function parseOpenJTalkTrace(trace: string): SentenceTiming {
  const start = trace.indexOf('[Output label]');
  if (start === -1) throw new Error('Open JTalk trace has no [Output label] section (was it run with -ot?)');
  const phonemes: Phoneme[] = [];
  for (const line of trace.slice(start).split('\n').slice(1)) {
    const match = LABEL_LINE.exec(line.trim());
    if (!match) {
      if (phonemes.length > 0) break;
      continue;
    }
    phonemes.push({ phoneme: match[3]!, start: Number(match[1]) / 10_000, end: Number(match[2]) / 10_000 });
  }
  if (phonemes.length === 0) throw new Error('Open JTalk trace has no phoneme labels');
  const spoken = phonemes.filter((phoneme) => !SILENCES.has(phoneme.phoneme));
  const duration = phonemes[phonemes.length - 1]!.end;
  if (spoken.length === 0) return { phonemes, speechStart: 0, speechEnd: 0, duration };
  return { phonemes, speechStart: spoken[0]!.start, speechEnd: spoken[spoken.length - 1]!.end, duration };
}
