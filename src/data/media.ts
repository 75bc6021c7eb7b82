/**
 * The videos: content/media/<id>.yaml entries with their files in public/media/<id>/. Read once
 * per build and checked all at once; any problem stops the build with the file and the field (or
 * the file and the line of a WebVTT file), so that a video without captions, without a transcript
 * or with a chapter for a section its page does not have can never be published.
 *
 * The test fixture (tests/e2e/sign-video.spec.ts) adds entries from the folder named by
 * MEDIA_FIXTURE_DIR; those belong to the fixture page only and are built into a separate folder
 * (src/integrations/media.ts), never into dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parse as parseYaml } from 'yaml';
import { mediaEntrySchema, type MediaEntryData } from '../schemas/media.ts';
import { FIXTURE_DIR_VARIABLE } from '../lib/media/fixture.ts';
import { contentFiles, type ContentText } from './content-files.ts';
import { chaptersFor, cuesPastEnd, parseDuration, transcriptParagraphs, type Chapter } from '../lib/media/index.ts';
import { parseVtt, type VttCue } from '../lib/webvtt/index.ts';

/** The page id of the test fixture page; only fixture entries may name it. */
export const FIXTURE_PAGE_ID = 'media-fixture';

export interface MediaEntry {
  readonly data: MediaEntryData;
  /** The entry file, as named in messages (content/media/card-jsl.yaml). */
  readonly file: string;
  /** The folder of its video, poster, captions, transcript and chapters files. */
  readonly folder: string;
  readonly durationSeconds: number;
  readonly captions: readonly VttCue[];
  readonly chapterCues: readonly VttCue[];
  readonly transcript: readonly string[];
  readonly fixture: boolean;
}

interface MediaRoot {
  /** The entry files, each with its text. */
  readonly entries: () => ContentText[];
  readonly files: (id: string) => string;
  readonly fixture: boolean;
}

function roots(): MediaRoot[] {
  const list: MediaRoot[] = [{ entries: () => contentFiles().mediaEntryFiles(), files: (id) => join('public/media', id), fixture: false }];
  const fixtureDir = process.env[FIXTURE_DIR_VARIABLE];
  // The test fixture's entries are outside content/, so they are read here.
  if (fixtureDir) list.push({ entries: () => fixtureEntries(fixtureDir), files: (id) => join(fixtureDir, id), fixture: true });
  return list;
}

function fixtureEntries(folder: string): ContentText[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((name) => ({ path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') }));
}

let cached: Promise<MediaEntry[]> | undefined;

/** Every video entry, checked. Throws one error listing every problem. */
export function loadMedia(): Promise<MediaEntry[]> {
  cached ??= load();
  return cached;
}

async function load(): Promise<MediaEntry[]> {
  const pageIds = new Set((await getCollection('pages')).map((page) => page.id));
  const problems: string[] = [];
  const entries: MediaEntry[] = [];
  for (const root of roots()) {
    for (const { path, text } of root.entries()) {
      const entry = readEntry(path, text, root, pageIds, problems);
      if (entry) entries.push(entry);
    }
  }
  const byId = new Map(entries.map((entry) => [entry.data.id, entry]));
  for (const entry of entries) {
    const track = entry.data.signLanguageTrack;
    if (track !== undefined && byId.get(track)?.data.kind !== 'sign-language') {
      problems.push(`${entry.file}: signLanguageTrack: 「${track}」という手話の動画はありません`);
    }
  }
  if (problems.length > 0) throw new Error(`動画（content/media/）に直すところがあります:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return entries;
}

function readEntry(file: string, text: string, root: MediaRoot, pageIds: ReadonlySet<string>, problems: string[]): MediaEntry | undefined {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    problems.push(`${file}: YAML として読めません: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  const parsed = mediaEntrySchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(全体)'}: ${issue.message}`);
    return undefined;
  }
  const data = parsed.data;
  const before = problems.length;
  const expectedName = `${data.id}.yaml`;
  if (!file.endsWith(`/${expectedName}`) && !file.endsWith(`/${data.id}.yml`)) {
    problems.push(`${file}: id: ファイル名と同じ id（${file.split('/').pop()!.replace(/\.ya?ml$/, '')}）にしてください`);
  }
  if (root.fixture !== (data.page === FIXTURE_PAGE_ID)) {
    problems.push(`${file}: page: 「${FIXTURE_PAGE_ID}」はテスト用のページです。テスト用の動画だけが使えます`);
  } else if (!root.fixture && !pageIds.has(data.page)) {
    problems.push(`${file}: page: 「${data.page}」というページはありません（content/pages/${data.page}.mdx）`);
  }
  const folder = root.files(data.id);
  const readFile = (field: string, name: string): string | undefined => {
    const path = join(folder, name);
    if (!existsSync(path)) {
      problems.push(`${file}: ${field}: ${path} がありません`);
      return undefined;
    }
    return readFileSync(path, 'utf8');
  };
  for (const [index, source] of data.sources.entries()) {
    if (!existsSync(join(folder, source))) problems.push(`${file}: sources.${index}: ${join(folder, source)} がありません`);
  }
  if (!existsSync(join(folder, data.poster))) problems.push(`${file}: poster: ${join(folder, data.poster)} がありません`);

  const durationSeconds = parseDuration(data.duration) ?? 0;
  const readVtt = (field: string, name: string): readonly VttCue[] => {
    const text = readFile(field, name);
    if (text === undefined) return [];
    const { cues, problems: vttProblems } = parseVtt(text);
    for (const problem of vttProblems) problems.push(`${join(folder, name)}:${problem.line}: ${field}: ${problem.message}`);
    for (const cue of cuesPastEnd(cues, durationSeconds)) {
      problems.push(`${join(folder, name)}:${cue.line}: ${field}: 動画の長さ（duration: ${data.duration}）より後のキューです`);
    }
    return cues;
  };
  const captions = readVtt('captions', data.captions);
  const chapterCues = data.chapters === undefined ? [] : readVtt('chapters', data.chapters);
  const transcriptText = readFile('transcript', data.transcript);
  const transcript = transcriptText === undefined ? [] : transcriptParagraphs(transcriptText);
  if (transcriptText !== undefined && transcript.length === 0) {
    problems.push(`${file}: transcript: ${join(folder, data.transcript)} に文字がありません`);
  }
  if (problems.length > before) return undefined;
  return { data, file, folder, durationSeconds, captions, chapterCues, transcript, fixture: root.fixture };
}

export interface PageVideo {
  readonly entry: MediaEntry;
  readonly chapters: readonly Chapter[];
  /** The sign-language entry kept in step with this video, for a video with speech. */
  readonly signTrack: MediaEntry | undefined;
}

/** Whether a page shows a video of its own (it then links the player's stylesheet). */
export async function pageHasVideo(pageId: string): Promise<boolean> {
  return (await loadMedia()).some((entry) => entry.data.page === pageId);
}

/**
 * The videos of one page, with their chapters checked against the ids of the page's section
 * headings. Called while the page is built, so a chapter naming a missing section stops the build.
 */
export async function videosOfPage(pageId: string, sectionIds: readonly string[], pageLabel: string): Promise<PageVideo[]> {
  const entries = await loadMedia();
  const byId = new Map(entries.map((entry) => [entry.data.id, entry]));
  const problems: string[] = [];
  const videos: PageVideo[] = [];
  // A sign-language entry attached to a video with speech is shown with that video, not alone.
  const attached = new Set(entries.map((entry) => entry.data.signLanguageTrack).filter((id) => id !== undefined));
  for (const entry of entries.filter((candidate) => candidate.data.page === pageId && !attached.has(candidate.data.id))) {
    const { chapters, problems: chapterProblems } = chaptersFor(entry.chapterCues, sectionIds, pageLabel);
    for (const problem of chapterProblems) problems.push(`${join(entry.folder, entry.data.chapters ?? '')}:${problem.line}: chapters（${entry.file}）: ${problem.message}`);
    const track = entry.data.signLanguageTrack;
    videos.push({ entry, chapters, signTrack: track === undefined ? undefined : byId.get(track) });
  }
  if (problems.length > 0) throw new Error(`動画のチャプターに直すところがあります:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  return videos;
}
