/**
 * Page text → narration script. Headings become chapters (and are read aloud); paragraphs and
 * list items become sentences; a table is read row by row with its headers (手続き：児童手当の
 * 申請。申請先：市町村。); a definition is read as 「term：text」. Diagrams reach this module as
 * their text alternatives, which the page-text extractor gives as ordinary blocks.
 *
 * Every sentence is read by the reading layer, so the voice says what the furigana show:
 * figures (3,861万枚 → サンゼンハッピャクロクジューイチマンマイ), dates and abbreviations
 * (API → エーピーアイ) come from the same tokens. A word nothing can read stops the script with
 * the page and the word: the audio guide never skips a word silently.
 */
import type { PageText, TextBlock } from '../page-text/index.ts';
import type { ReadingToken } from '../reading/index.ts';
import { splitSentences } from './sentences.ts';
import type { Chapter, NarrationScript, Sentence } from './types.ts';

export type ReadText = (text: string) => readonly ReadingToken[];

/** A word the voice cannot be given: no reading, or characters no voice reads. */
export class NarrationError extends Error {
  readonly path: string;
  readonly token: string;
  readonly sentence: string;
  constructor(path: string, token: string, sentence: string, reason: string) {
    super(`${path}: 「${token}」${reason}（文: ${sentence}）`);
    this.name = 'NarrationError';
    this.path = path;
    this.token = token;
    this.sentence = sentence;
  }
}

/** Punctuation and symbols a Japanese voice reads (or pauses at) as they are written. */
const SPOKEN_AS_WRITTEN = /^[\p{Script=Hiragana}\p{Script=Katakana}ー・、。，．！？「」『』（）()〈〉《》【】〔〕％%〜～\s]*$/u;
/**
 * Symbols the site writes that a voice would skip or misread, with how they are said: circled
 * numbers mark steps in a diagram (① いち), ○○ stands for any name (まるまる銀行).
 */
const CIRCLED_NUMBERS = ['イチ', 'ニ', 'サン', 'ヨン', 'ゴ', 'ロク', 'ナナ', 'ハチ', 'キュー', 'ジュー'];
const SYMBOL_READINGS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(CIRCLED_NUMBERS.map((reading, index) => [String.fromCodePoint(0x2460 + index), reading])),
  '○': 'マル',
};
const SYMBOLS = new RegExp(`[${Object.keys(SYMBOL_READINGS).join('')}]`, 'gu');
const saySymbols = (text: string): string => text.replace(SYMBOLS, (symbol) => SYMBOL_READINGS[symbol]!);

/** The table separator and the colon are spoken as a pause. */
const PAUSE_MARKS = /[：:]/g;

interface Draft {
  text: string;
  anchors: string[];
  heading: boolean;
}

export function narrationScript(page: PageText, read: ReadText): NarrationScript {
  const chapters: Chapter[] = [{ id: '', level: 1, title: page.title, firstSentence: 0 }];
  const sentences: Sentence[] = [];
  const add = (draft: Draft): void => {
    const { speech, kana } = speechOf(draft.text, read, page.path);
    sentences.push({ ...draft, speech, kana, chapter: chapters.length - 1 });
  };
  add({ text: page.title, anchors: [page.title], heading: true });
  for (const block of page.blocks) {
    if (block.kind === 'heading') {
      // The page title is already the first chapter.
      if (block.level === 1 && block.text === page.title) continue;
      chapters.push({ id: block.id ?? '', level: block.level, title: block.text, firstSentence: sentences.length });
    }
    for (const draft of draftsOf(block)) add(draft);
  }
  return { path: page.path, title: page.title, chapters, sentences };
}

function draftsOf(block: TextBlock): Draft[] {
  switch (block.kind) {
    case 'heading':
      return [{ text: block.text, anchors: [block.text], heading: true }];
    case 'paragraph':
    case 'list-item':
      return splitSentences(block.text).map((text) => ({ text, anchors: [text], heading: false }));
    case 'table': {
      const drafts: Draft[] = [];
      if (block.caption.trim()) drafts.push({ text: block.caption.trim(), anchors: [block.caption.trim()], heading: false });
      for (const row of block.rows) {
        // An empty cell has nothing to say; its header alone would be misleading.
        const cells = row.cells.filter((cell) => cell.text.trim());
        if (cells.length === 0) continue;
        const text = cells.map((cell) => withStop(cell.header.trim() ? `${cell.header.trim()}：${cell.text.trim()}` : cell.text.trim())).join('');
        drafts.push({ text, anchors: cells.map((cell) => cell.text.trim()), heading: false });
      }
      return drafts;
    }
    case 'definition': {
      const [first, ...rest] = splitSentences(block.text);
      const term = block.term.trim();
      if (first === undefined) return [{ text: withStop(term), anchors: [term], heading: false }];
      return [
        { text: `${term}：${first}`, anchors: [term, first], heading: false },
        ...rest.map((text) => ({ text, anchors: [text], heading: false })),
      ];
    }
  }
}

/** A table cell read as its own sentence ends with a full stop, so the voice pauses. */
function withStop(text: string): string {
  return /[。！？!?]$/.test(text) ? text : `${text}。`;
}

/**
 * The engine input and the katakana of one sentence. Words the morphological dictionary read
 * are given as written, so the engine's own dictionary can place the accent; words the
 * reading layer decided (numbers, counters, Latin letters, lexicon rows such as place names)
 * are given as their pronunciation, because there the engine's dictionary reads differently.
 */
export function speechOf(text: string, read: ReadText, path: string): { speech: string; kana: string } {
  let speech = '';
  let kana = '';
  for (const token of read(text)) {
    if (token.source === 'none' || (!token.pronunciation && token.surface.trim())) {
      throw new NarrationError(path, token.surface, text, 'には読みがありません。content/lexicon/words.tsv に行を足してください。');
    }
    const given = token.source === 'dictionary' ? token.surface : saySymbols(token.pronunciation);
    if (token.source !== 'dictionary' && !SPOKEN_AS_WRITTEN.test(given.replace(PAUSE_MARKS, ''))) {
      throw new NarrationError(path, token.surface, text, 'は音声で読めない文字を含みます。読みを content/lexicon/words.tsv に足すか、文を書き換えてください。');
    }
    speech += given.replace(PAUSE_MARKS, '、');
    kana += saySymbols(token.pronunciation).replace(PAUSE_MARKS, '、');
  }
  return { speech, kana };
}
