/**
 * Hiragana → romaji (Hepburn consonants: shi, chi, tsu, fu, ji). Two-kana entries are the
 * contracted sounds (拗音) and are tried before single kana. Kept apart from the conversion
 * rules in romaji.ts, which decide long vowels, ん and っ. The plain kana are the site's one
 * Hepburn table (src/lib/japanese/latin.ts).
 */
import { HEPBURN_KANA } from '../japanese/latin.ts';

export const KANA_ROMAJI: Readonly<Record<string, string>> = {
  ...HEPBURN_KANA,
  // As they sound, which is how readers type names; small kana as large ones.
  ゐ: 'i', ゑ: 'e', を: 'o', ぢ: 'ji', づ: 'zu',
  ぁ: 'a', ぃ: 'i', ぅ: 'u', ぇ: 'e', ぉ: 'o', ゃ: 'ya', ゅ: 'yu', ょ: 'yo', ゎ: 'wa',
  きゃ: 'kya', きゅ: 'kyu', きょ: 'kyo',
  しゃ: 'sha', しゅ: 'shu', しょ: 'sho', しぇ: 'she',
  ちゃ: 'cha', ちゅ: 'chu', ちょ: 'cho', ちぇ: 'che',
  にゃ: 'nya', にゅ: 'nyu', にょ: 'nyo',
  ひゃ: 'hya', ひゅ: 'hyu', ひょ: 'hyo',
  みゃ: 'mya', みゅ: 'myu', みょ: 'myo',
  りゃ: 'rya', りゅ: 'ryu', りょ: 'ryo',
  ぎゃ: 'gya', ぎゅ: 'gyu', ぎょ: 'gyo',
  じゃ: 'ja', じゅ: 'ju', じょ: 'jo', じぇ: 'je',
  ぢゃ: 'ja', ぢゅ: 'ju', ぢょ: 'jo',
  びゃ: 'bya', びゅ: 'byu', びょ: 'byo',
  ぴゃ: 'pya', ぴゅ: 'pyu', ぴょ: 'pyo',
  ふぁ: 'fa', ふぃ: 'fi', ふぇ: 'fe', ふぉ: 'fo',
  てぃ: 'ti', でぃ: 'di', とぅ: 'tu', どぅ: 'du',
};

/** Vowels with a macron, for a long vowel in Hepburn. */
export const MACRON: Readonly<Record<string, string>> = { a: 'ā', i: 'ī', u: 'ū', e: 'ē', o: 'ō' };
