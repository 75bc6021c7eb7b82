/**
 * From an analyser token to the reading layer's token: reading, pronunciation and braille
 * spelling. IPADIC gives a reading (kana following the spelling) and a pronunciation (long
 * vowels collapsed to ー, particles as said); braille needs something between the two
 * (shared/braille/NOTES.md §5), built here by walking both side by side.
 */
import { hasKanji, isHiraganaText, isKatakanaText, longVowelSpelling, toHiragana, toKatakana, vowelOf } from './kana.ts';
import { isLatinWord, isSpeltAbbreviation, spellLetters } from './latin.ts';
import type { AnalyserToken, ReadingToken } from './types.ts';

/**
 * Braille kana from IPADIC's reading and pronunciation (both katakana, the same length in
 * IPADIC): take the reading, except that ー replaces a ウ the pronunciation lengthens
 * (トウキョウ/トーキョー → トーキョー), and は/へ said as ワ/エ are written so. Everything else
 * follows the reading: オオキイ (not オーキイ), ネエサン, ツヅク, and いう (not ユウ).
 */
export function brailleSpelling(reading: string, pronunciation: string | undefined): string {
  const readingChars = [...reading];
  const pronunciationChars = [...(pronunciation ?? '')];
  if (readingChars.length !== pronunciationChars.length) return reading;
  return readingChars
    .map((char, index) => {
      const said = pronunciationChars[index]!;
      if (said === 'ー' && char === 'ウ') return 'ー';
      if ((char === 'ハ' && said === 'ワ') || (char === 'ヘ' && said === 'エ')) return said;
      return char;
    })
    .join('');
}

const plain = (surface: string, pos: string): ReadingToken => ({
  surface,
  reading: surface,
  pronunciation: surface,
  braille: surface,
  source: 'surface',
  pos,
});

export function fromAnalyser(token: AnalyserToken): ReadingToken {
  const { posDetail, basicForm } = grammarOf(token);
  return { ...readingOf(token), ...(posDetail.length > 0 ? { posDetail } : {}), ...(basicForm ? { basicForm } : {}) };
}

/** The finer part of speech and dictionary form, for braille word spacing. */
function grammarOf(token: AnalyserToken): { posDetail: string[]; basicForm: string | undefined } {
  const posDetail = [token.pos_detail_1, token.pos_detail_2, token.pos_detail_3].filter((detail): detail is string => !!detail && detail !== '*');
  const basicForm = token.basic_form && token.basic_form !== '*' ? token.basic_form : undefined;
  return { posDetail, basicForm };
}

function readingOf(token: AnalyserToken): ReadingToken {
  const surface = token.surface_form;
  const pos = token.pos;
  const known = token.word_type === 'KNOWN';
  const ipadicReading = known && token.reading && token.reading !== '*' ? token.reading : undefined;
  const ipadicPronunciation = known && token.pronunciation && token.pronunciation !== '*' ? token.pronunciation : undefined;

  if (hasKanji(surface)) {
    if (!ipadicReading) return { surface, reading: '', pronunciation: '', braille: '', source: 'none', pos };
    // 言う is spelt いう in every form, also where IPADIC gives the colloquial ユウ (言うて).
    const reading = token.basic_form === '言う' ? ipadicReading.replace(/^ユウ/, 'イウ') : ipadicReading;
    return {
      surface,
      reading: toHiragana(reading),
      pronunciation: ipadicPronunciation ?? ipadicReading,
      braille: brailleSpelling(reading, ipadicPronunciation),
      source: 'dictionary',
      pos,
    };
  }
  if (isKatakanaText(surface)) {
    // Loanwords are spelt in braille as written (ヴァイオリン, not the dictionary's バイオリン).
    return {
      surface,
      reading: toHiragana(surface),
      pronunciation: ipadicPronunciation ?? surface,
      braille: surface,
      source: known ? 'dictionary' : 'surface',
      pos,
    };
  }
  if (isHiraganaText(surface)) {
    const katakana = toKatakana(surface);
    return {
      surface,
      reading: surface,
      pronunciation: ipadicPronunciation ?? katakana,
      braille: ipadicReading ? brailleSpelling(katakana, ipadicPronunciation) : katakana,
      source: known ? 'dictionary' : 'surface',
      pos,
    };
  }
  if (isSpeltAbbreviation(surface)) {
    const reading = spellLetters(surface);
    return { surface, reading, pronunciation: longVowelSpelling(toKatakana(reading)), braille: surface.normalize('NFKC'), source: 'rule', pos };
  }
  if (isLatinWord(surface)) return plain(surface, pos);
  return plain(surface, pos === '記号' ? pos : '記号');
}

/**
 * The auxiliary う after an オ-row kana lengthens it (行こう イコー, でしょう デショー): the う
 * token is spelt ー in braille and speech. Changes `tokens` in place.
 */
export function mergeAuxiliaryU(tokens: ReadingToken[]): void {
  for (let index = 1; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.surface !== 'う' || token.pos !== '助動詞') continue;
    const before = tokens[index - 1]!;
    const last = [...before.braille].pop();
    if (last && vowelOf(last) === 'o') tokens[index] = { ...token, pronunciation: 'ー', braille: 'ー' };
  }
}

/**
 * 何 is なん before の・だ・で・と (何のため, 何だ, 何で), where IPADIC says なに. Changes
 * `tokens` in place.
 */
export function readNan(tokens: ReadingToken[]): void {
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    const token = tokens[index]!;
    if (token.surface !== '何' || token.reading !== 'なに') continue;
    if (/^[のだでと]/.test(tokens[index + 1]!.reading)) {
      tokens[index] = { ...token, reading: 'なん', pronunciation: 'ナン', braille: 'ナン', source: 'rule' };
    }
  }
}
