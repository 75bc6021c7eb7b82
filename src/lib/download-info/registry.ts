/**
 * What the download generators know of the files they write (page counts, a preview), handed
 * to the step that fills the pages' download slots. astro.config.mjs makes one registry and
 * passes it to every integration that writes downloads (each takes a recorder under its name)
 * and to the one that fills the slots, which reads the facts only when every recorder has
 * finished: a step put before a generator it depends on fails, naming both, instead of
 * filling the pages with what it happens to have. No module state: one registry per build.
 */
import type { DownloadFacts } from './index.ts';

/** What a generator records of one file; the size is read from the file itself. */
export type RecordedFacts = Omit<DownloadFacts, 'bytes'>;

export interface DownloadRecorder {
  /** The facts of one file, by its site path (e.g. /downloads/braille/card.brf). */
  record(path: string, facts: RecordedFacts): void;
  /** Every file of this generator is recorded. */
  finish(): void;
}

export interface DownloadRegistry {
  /** The recorder of one generator; its facts are awaited from now on. */
  recorder(generator: string): DownloadRecorder;
  /** Every recorded file's facts, for `reader`; throws when a generator has not finished. */
  facts(reader: string): ReadonlyMap<string, RecordedFacts>;
}

export function createDownloadRegistry(): DownloadRegistry {
  const recorded = new Map<string, RecordedFacts>();
  const finished = new Map<string, boolean>();
  return {
    recorder(generator) {
      if (finished.has(generator)) throw new Error(`download registry: ${generator} already has a recorder`);
      finished.set(generator, false);
      return {
        record(path, facts) {
          if (finished.get(generator)) throw new Error(`download registry: ${generator} recorded ${path} after it had finished`);
          recorded.set(path, facts);
        },
        finish() {
          finished.set(generator, true);
        },
      };
    },
    facts(reader) {
      const waiting = [...finished].filter(([, done]) => !done).map(([generator]) => generator);
      if (waiting.length > 0) {
        throw new Error(
          `${reader} needs the downloads of ${waiting.join(', ')}, which have not been written yet: ` +
            `in astro.config.mjs, ${reader} must come after every integration that writes downloads`,
        );
      }
      return recorded;
    },
  };
}
