/**
 * content/lexicon/*.tsv: the one place where the site says how a word is read, overriding the
 * morphological dictionary for furigana, braille and speech alike. One row per word, columns
 * separated by tabs, with a header row `term	reading	pos	note`. Lines starting with # are
 * comments. src/lib/reading/lexicon.ts reads the files and names file and line on any problem.
 */
import { z } from 'astro/zod';

/** Parts of speech a row may name; they change how braille spells the word (verbs keep ウ). */
/**
 * 人名 marks a person's name: braille writes family name, given name and an honorific after
 * them as separate words (東|さん あずま|さん → アズマ サン).
 */
export const LEXICON_POS = ['名詞', '固有名詞', '人名', '動詞', '形容詞', '副詞', '接尾辞', '連語'] as const;

export const lexiconEntrySchema = z.strictObject({
  /** The word as written on the site (令和, 新発田, e-Tax). */
  term: z
    .string()
    .min(1, '語がありません')
    .refine((term) => !/\s/u.test(term), '語に空白やタブを入れないでください'),
  /**
   * Its reading in hiragana or katakana. A | splits the ruby where the term has a | at the
   * same place (顔|写真 かお|じゃしん), so that long words get a reading
   * over each part rather than one long reading over the whole.
   */
  reading: z
    .string()
    .min(1, '読みがありません')
    .regex(/^[\u3041-\u3096\u30a1-\u30f4ー|]+$/u, '読みは ひらがな・カタカナ だけで書いてください'),
  /** Optional part of speech, one of LEXICON_POS; nouns are assumed. */
  pos: z.enum(LEXICON_POS, { error: `品詞は ${LEXICON_POS.join('・')} のどれかにしてください（空でもかまいません）` }).optional(),
  /**
   * Why the row is here or where the reading comes from: for the people who keep the list.
   * A note that calls the reading official (正式・公式) must say where that is written, a URL or
   * 「出典：」 and the document's name (issue 18: a row claimed 日本年金機構 にっぽん as its
   * official reading with nothing to check it against, and every reader heard it).
   */
  note: z
    .string()
    .optional()
    .refine(
      (note) => note === undefined || !claimsOfficialReading(note) || namesSource(note),
      '「正式」「公式」の読みと書くときは、出典を書いてください（URL か「出典：」のあとに資料の名前）',
    ),
});

/** The note says the reading is the official one (正式な読み, 公式の読み方). */
export function claimsOfficialReading(note: string): boolean {
  return /正式|公式/u.test(note);
}

/** The note names where the reading is written: a URL, or 出典： followed by a document's name. */
export function namesSource(note: string): boolean {
  return /https?:\/\/[^\s]+/u.test(note) || /出典[：:]\s*[^\s、。）)]/u.test(note);
}

export type LexiconRow = z.infer<typeof lexiconEntrySchema>;
