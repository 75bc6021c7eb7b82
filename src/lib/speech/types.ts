/** The narration script of one guide page: what the audio guide says, in order. */

/** A section of the page: the page title (level 1) or one of its headings. */
export interface Chapter {
  /** The heading's id in the page (the target of 「この見出しから聞く」); '' for the page title. */
  readonly id: string;
  readonly level: number;
  /** The heading text as shown on the page. */
  readonly title: string;
  /** Index of the chapter's first sentence (its heading, read aloud). */
  readonly firstSentence: number;
}

/** One utterance: a sentence of a paragraph, a list item, a table row, a definition. */
export interface Sentence {
  /** What the captions show: the sentence as written (a table row with its headers). */
  readonly text: string;
  /**
   * What the voice engine is given: the written words where the engine's dictionary reads them
   * as the reading layer does, the reading layer's pronunciation (katakana) everywhere else.
   */
  readonly speech: string;
  /** The whole sentence in katakana, as the reading layer says it (what the furigana say). */
  readonly kana: string;
  /**
   * The pieces of page text this sentence reads, in page order, so the player can find and
   * highlight them (a table row: its cells; a definition: its term and its text).
   */
  readonly anchors: readonly string[];
  readonly chapter: number;
  /** A heading, read with a longer pause after it. */
  readonly heading: boolean;
}

export interface NarrationScript {
  /** The page's site path (/card/). */
  readonly path: string;
  readonly title: string;
  readonly chapters: readonly Chapter[];
  readonly sentences: readonly Sentence[];
}

/** A sentence placed on the audio timeline (milliseconds from the start of the file). */
export interface TimedSentence {
  readonly start: number;
  readonly end: number;
}

/** A chapter placed on the timeline: from its heading to the next chapter. */
export interface TimedChapter {
  readonly id: string;
  readonly title: string;
  readonly level: number;
  readonly start: number;
  readonly end: number;
}
