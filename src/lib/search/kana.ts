/**
 * Kana forms of a query word, and the reading key: a spelling of a kana reading in Latin
 * letters that neither the indexer's Japanese segmenter (Lindera) nor the browser's
 * (Intl.Segmenter) will cut into pieces. Both cut kana runs at different places (Pagefind
 * issue #1237), so a reading indexed as kana could never be matched reliably; Latin words are
 * split only at spaces by both, and the same function spells the index and the query.
 *
 * Every key starts with KEY_START and ends with KEY_END, letters the spelling never uses.
 * Pagefind matches a query word against every indexed word that starts with it, and when there
 * is none it falls back to the longest indexed word that the query starts with (so "mirairo"
 * would match "mi"). With the end mark, one key is never the start of another, so a key
 * matches only itself; with the start mark, nothing a reader types in Latin letters ("a",
 * "e-Tax") matches a key.
 */

import { hasKanji, HIRAGANA_LETTERS, isHiraganaText, isKanaText } from '../japanese/classes.ts';
import { HEPBURN_KANA } from '../japanese/latin.ts';
import { toHiragana, toKatakana } from '../reading/kana.ts';
import { isSpeltAbbreviation, spellLetters } from '../reading/latin.ts';

/** The first letters and the last letter of every reading key; the spelling never uses q. */
export const KEY_START = 'qx';
export const KEY_END = 'q';

/** Reading keys as they may show up in an excerpt next to a match (they are removed there). */
export const READING_KEY_PATTERN = /\bqx[a-pr-z]+q\b/gu;

export { hasKanji, isHiraganaText, isKanaText, toHiragana, toKatakana };

/**
 * Whether a word needs a reading key in the index: it is written with something other than
 * hiragana (kanji, katakana, capitals). A reader types such a word in kana, and Pagefind's
 * own matching of kana is unreliable; words in hiragana are found as written.
 */
const NOT_HIRAGANA = new RegExp(`[^${HIRAGANA_LETTERS}ー\\s\\p{P}]`, 'u');
export const needsReadingKey = (surface: string): boolean => NOT_HIRAGANA.test(surface);

/**
 * The reading key of a query word, when the browser can tell its reading without a
 * dictionary: kana, and capitals spelt letter by letter as the reading layer reads them
 * (ミライロID → みらいろあいでぃー, ICチップ → あいしーちっぷ). Undefined for anything else.
 */
export function queryReadingKey(word: string): string | undefined {
  const runs = word.match(/[A-Z]+|[^A-Z]+/gu) ?? [];
  let reading = '';
  for (const run of runs) {
    if (/^[A-Z]/u.test(run)) {
      if (!isSpeltAbbreviation(run)) return undefined;
      reading += spellLetters(run);
    } else {
      if (!isKanaText(run)) return undefined;
      reading += run;
    }
  }
  return readingKey(reading);
}

// One Latin spelling per kana. Only consistency matters (index and query use this one table),
// but a Hepburn-like spelling keeps the index readable when debugging. The plain kana are the
// site's one Hepburn table (src/lib/japanese/latin.ts); ぢ づ ゐ ゑ を ん and the small kana
// keep spellings of their own here (di, wo, nn, xa …), unlike the municipality finder's.
const MORA: Record<string, string> = {
  ...HEPBURN_KANA,
  ぢ: 'di', づ: 'du', ゐ: 'wi', ゑ: 'we', を: 'wo', ん: 'nn',
  ぁ: 'xa', ぃ: 'xi', ぅ: 'xu', ぇ: 'xe', ぉ: 'xo', ゃ: 'xya', ゅ: 'xyu', ょ: 'xyo', ゎ: 'xwa',
  ゕ: 'xka', ゖ: 'xke',
};
// A consonant kana followed by a small kana is one sound: きゃ → kya, ふぁ → fa, てぃ → ti.
const DIGRAPH: Record<string, string> = {
  ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o',
};

/**
 * The reading key of a kana word (in hiragana or katakana): かぜいしょうめいしょ and
 * カゼイショウメイショ both give "kazeishoumeisho". ー repeats the vowel before it (カード →
 * kaado), so that a word written with ー and one written with a vowel kana meet. The key is
 * framed by KEY_START and KEY_END ("qxkazeishoumeishoq"). Returns undefined for text that is
 * not entirely kana.
 */
export function readingKey(kana: string): string | undefined {
  if (!isKanaText(kana)) return undefined;
  const chars = [...toHiragana(kana)];
  let key = '';
  let doubleNext = false;
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!;
    if (char === 'っ') {
      doubleNext = true;
      continue;
    }
    if (char === 'ー') {
      const vowel = /[aiueo](?=[^aiueo]*$)/.exec(key)?.[0] ?? '';
      key += vowel;
      continue;
    }
    if (char === 'ゝ' || char === 'ゞ') {
      key += key.slice(-2);
      continue;
    }
    let sound = MORA[char] ?? '';
    const next = chars[index + 1];
    if (next !== undefined && DIGRAPH[next] !== undefined && /^[^aiueox]+[aiueo]$/.test(sound)) {
      // A consonant sound and a small kana make one sound: き + ゃ → kya, し + ゃ → sha,
      // ち + ゅ → chu, じ + ょ → jo, ふ + ぁ → fa, て + ぃ → ti.
      const consonant = sound.slice(0, -1);
      const glide = DIGRAPH[next];
      sound = consonant + (/(sh|ch|j|f)$/.test(consonant) ? glide.replace(/^y/, '') : glide);
      index += 1;
    }
    if (doubleNext) {
      key += sound.charAt(0) === 'x' ? 'xtsu' : sound.charAt(0);
      doubleNext = false;
    }
    key += sound;
  }
  if (doubleNext) key += 'xtsu';
  return key === '' ? undefined : `${KEY_START}${key}${KEY_END}`;
}
