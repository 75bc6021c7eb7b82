// textlint settings for the words readers get (issue #20-F).
//
// `npm run lint:prose` runs them on the MDX pages (this file, through the textlint CLI) and on
// the reader-facing strings of the YAML data and the page front matter
// (scripts/lint-prose-data.ts, which loads this same file through textlint's Node API).
// The やさしい日本語 summaries get one stricter limit on top of this file: see
// src/lib/prose/profiles.ts.
//
// Every rule below reports an error; zero errors is the pass. A rule that fires on good text is
// fixed here with a reason, never turned off silently.

/** Longest body sentence, in characters. */
const BODY_SENTENCE_MAX = 60;

module.exports = {
  plugins: {
    // The pages are MDX: the plain Markdown parser would read every <Fig /> and <table> as
    // raw HTML and skip the words inside the JSX elements (table cells, list items).
    mdx: true,
  },
  rules: {
    // 「公用文作成の考え方」（文化審議会建議, 2022）: a sentence nearing 50–60 characters should
    // be checked for readability, and public explanations are written for readers with no
    // special knowledge. This site writes for everyone, so 60 is the hard upper bound.
    // Characters are counted as code points, so that a rare kanji outside the BMP counts once.
    // <Fig /> prints a number and its date; the rule sees only the words around it, so a
    // sentence with a figure is a little longer for the reader than counted here.
    'sentence-length': {
      max: BODY_SENTENCE_MAX,
      countBy: 'codepoints',
    },

    // The same particle twice close together (「日本に住む人全体の3割にあたります」) makes a
    // reader stop and work out which word each one belongs to. Not strict: the rule then lets
    // through the repeats that are normal Japanese (連体の「の」, 「を」, 接続の「て」,
    // 「〜たり〜たり」, 「〜かどうか」), which rewriting would only make longer.
    'no-doubled-joshi': {
      strict: false,
    },

    // ら抜き言葉 (見れる, 来れる) is spoken style; written public text uses the standard form
    // (見られる, 来られる), and so does the site.
    'no-dropping-the-ra': true,

    // やさしい日本語 guidance: say it positively. A double negative (「ないわけではない」)
    // has to be untangled before it means anything, and is easily misread when heard.
    'no-double-negative-ja': true,

    // Every page is written in です・ます. Fixing the style (instead of "whichever comes first")
    // means a page written wholly in である is reported too, not only a mixed one. Only the ends
    // of sentences count (strict: false): a である inside a quoted title is not the page's style.
    'no-mix-dearu-desumasu': {
      preferInHeader: 'ですます',
      preferInBody: 'ですます',
      preferInList: 'ですます',
      strict: false,
    },

    // Decomposed kana (か + ゛ as two code points, as macOS file names and some PDFs give)
    // look right but break search, furigana, braille and speech, which all compare text.
    'no-nfd': true,

    // Half-width kana (ﾏｲﾅﾝﾊﾞｰ) come from old systems. Written Japanese uses full-width kana,
    // and the reading layer's dictionary and the braille tables are written in them.
    'no-hankaku-kana': true,

    // A space between two full-width characters (「情報照会のうち 市町村」) is read as a pause
    // or a word break, and it breaks search for the phrase. Use 「、」 or rewrite.
    'ja-no-space-between-full-width': true,

    // One word for one thing: content/terms/prh.yml holds the site's word choices, each with
    // its reason. Link text, emphasis and headings are reader text too, so they are checked;
    // a block quotation reproduces someone else's words exactly, so it is not.
    prh: {
      rulePaths: ['content/terms/prh.yml'],
      checkLink: true,
      checkEmphasis: true,
      checkHeader: true,
      checkBlockQuote: false,
    },
  },
};
