/** The token stream that furigana, braille and speech all read from. */

/** Where a token's reading came from, so that an author can see why a word is read as it is. */
export type ReadingSource =
  /** The morphological dictionary (kuromoji with IPADIC). */
  | 'dictionary'
  /** A row of content/lexicon/ or a place name from the municipality data. */
  | 'lexicon'
  /** This module's own rules: numbers, counters, Latin letters, merged numerals. */
  | 'rule'
  /** Read as written: kana, punctuation, spaces, Latin words. */
  | 'surface'
  /** Nothing knows this word: a kanji token in this state fails the build. */
  | 'none';

/** One stretch of a token's text for ruby: kanji with their reading, or anything else without. */
export interface RubyPart {
  readonly text: string;
  /** Hiragana; present only on parts that need a reading shown (kanji). */
  readonly reading?: string;
}

export interface ReadingToken {
  /** The text exactly as written; the surfaces of all tokens join to the input. */
  readonly surface: string;
  /** How the word is spelt in kana, in hiragana (東京 とうきょう, は は). Empty only when source is 'none'. */
  readonly reading: string;
  /**
   * How it is said, in katakana with ー for long vowels, particles as pronounced (は → ワ,
   * へ → エ): what a speech engine should be given.
   */
  readonly pronunciation: string;
  /**
   * The kana that braille writes, in katakana (点訳のてびき): long ウ/オ-row vowels as ー
   * only where the reading has ウ (トーキョー but オオサカ), ア/イ/エ-row kept (センセイ),
   * ヂ/ヅ kept, は/へ particles as ワ/エ, 言う as イウ, numbers as digits (3861, 1ケン)
   * unless they are native words (ツイタチ). Katakana words as written.
   */
  readonly braille: string;
  readonly source: ReadingSource;
  /** Part of speech as IPADIC names it (名詞, 助詞 …); 数 for numbers, 記号 for symbols. */
  readonly pos: string;
  /**
   * IPADIC's finer parts of speech (pos_detail_1..3 without the empty '*'): 非自立 for 形式名詞
   * and 補助動詞, 接尾, 固有名詞 + 人名 + 姓 … Braille word spacing needs them. Absent on
   * tokens the analyser did not make (numbers, lexicon rows).
   */
  readonly posDetail?: readonly string[];
  /** The dictionary form (いる for い in 見ている); absent on tokens the analyser did not make. */
  readonly basicForm?: string;
  /** Ruby stretches when they cannot be found from surface and reading alone (1日 → 日: ついたち). */
  readonly parts?: readonly RubyPart[];
  /**
   * A lexicon row's stretches between its | marks, with their hiragana readings: the words of a
   * set phrase (あっと|いう|間) or the meaning units of a compound, which braille writes apart.
   */
  readonly units?: readonly { readonly text: string; readonly reading: string }[];
}

/** The subset of a kuromoji (IPADIC) token the reading layer uses. */
export interface AnalyserToken {
  readonly surface_form: string;
  readonly pos: string;
  readonly pos_detail_1: string;
  readonly pos_detail_2?: string;
  readonly pos_detail_3?: string;
  readonly basic_form: string;
  readonly reading?: string | undefined;
  readonly pronunciation?: string | undefined;
  readonly word_type: string;
}

/** A morphological analyser: kuromoji in the build, a stub in some tests. */
export interface Analyser {
  tokenize(text: string): AnalyserToken[];
}
