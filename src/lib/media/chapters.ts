/**
 * Chapters of a video and the page it belongs to. A chapter's cue identifier is the id of the
 * heading of the section it covers; the build refuses a chapter whose section is not on the page,
 * because its 「この部分を手話で見る」 button would have nowhere to go.
 */
import { cueText, type VttCue } from '../webvtt/index.ts';

export interface Chapter {
  /** The id of the section heading it covers. */
  readonly section: string;
  readonly title: string;
  /** Milliseconds, as the cue has it. */
  readonly start: number;
  readonly end: number;
}

export interface ChapterProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * The chapters of a chapters file, checked against the section ids of the page. Problems say
 * what is wrong and list the sections the page has, so that a typo is easy to see.
 */
export function chaptersFor(cues: readonly VttCue[], sectionIds: readonly string[], pageLabel: string): { chapters: Chapter[]; problems: ChapterProblem[] } {
  const known = new Set(sectionIds);
  const chapters: Chapter[] = [];
  const problems: ChapterProblem[] = [];
  const seen = new Set<string>();
  for (const cue of cues) {
    if (cue.id === undefined) {
      problems.push({ line: cue.line, message: 'チャプターにキューの識別子（見出しの id）がありません' });
      continue;
    }
    if (!known.has(cue.id)) {
      problems.push({
        line: cue.line,
        message: `「${cue.id}」という見出しは ${pageLabel} にありません（あるのは ${sectionIds.map((id) => `「${id}」`).join('')}）`,
      });
      continue;
    }
    if (seen.has(cue.id)) {
      problems.push({ line: cue.line, message: `「${cue.id}」のチャプターが 2 つあります` });
      continue;
    }
    seen.add(cue.id);
    chapters.push({ section: cue.id, title: cueText(cue.text).replace(/\s+/g, ' ').trim(), start: cue.start, end: cue.end });
  }
  return { chapters, problems };
}

/** Cues that end after the video does (by more than a second): a sign of the wrong file. */
export function cuesPastEnd(cues: readonly VttCue[], durationSeconds: number): VttCue[] {
  return cues.filter((cue) => cue.end > (durationSeconds + 1) * 1000);
}
