/**
 * content/lexicon/*.tsv: the one place where the site says how a word is read, overriding the
 * morphological dictionary for furigana, braille and speech alike. One row per word, columns
 * separated by tabs, with a header row `term	reading	pos	note`. Lines starting with # are
 * comments. src/lib/reading/lexicon.ts reads the files and names file and line on any problem.
 */
import { z } from 'astro/zod';

/** Parts of speech a row may name; they change how braille spells the word (verbs keep ウ). */
export const LEXICON_POS = ['名詞', '固有名詞', '動詞', '形容詞', '副詞', '接尾辞', '連語'] as const;

export const lexiconEntrySchema = z.strictObject({
  /** The word as written on the site (令和, 日本年金機構, e-Tax). */
  term: z
    .string()
    .min(1, '語がありません')
    .refine((term) => !/\s/u.test(term), '語に空白やタブを入れないでください'),
  /**
   * Its reading in hiragana or katakana. A | splits the ruby where the term has a | at the
   * same place (日本|年金|機構 にっぽん|ねんきん|きこう), so that long words get a reading
   * over each part rather than one long reading over the whole.
   */
  reading: z
    .string()
    .min(1, '読みがありません')
    .regex(/^[\u3041-\u3096\u30a1-\u30f4ー|]+$/u, '読みは ひらがな・カタカナ だけで書いてください'),
  /** Optional part of speech, one of LEXICON_POS; nouns are assumed. */
  pos: z.enum(LEXICON_POS, { error: `品詞は ${LEXICON_POS.join('・')} のどれかにしてください（空でもかまいません）` }).optional(),
  /** Why the row is here or where the reading comes from: for the people who keep the list. */
  note: z.string().optional(),
});

export type LexiconRow = z.infer<typeof lexiconEntrySchema>;
