/**
 * Latin letters in Japanese text. An abbreviation in capitals (IC, API, JR) is read letter by
 * letter with the names Japanese uses for them; any other Latin word (e-Tax, Web) needs a
 * lexicon row, and is otherwise passed on as written.
 */

/** Letter names as Japanese says them (JIS-style names, as in えーぴーあい for API). */
const LETTER_NAMES: Record<string, string> = {
  A: 'えー', B: 'びー', C: 'しー', D: 'でぃー', E: 'いー', F: 'えふ', G: 'じー', H: 'えいち', I: 'あい',
  J: 'じぇい', K: 'けー', L: 'える', M: 'えむ', N: 'えぬ', O: 'おー', P: 'ぴー', Q: 'きゅー', R: 'あーる',
  S: 'えす', T: 'てぃー', U: 'ゆー', V: 'ぶい', W: 'だぶりゅー', X: 'えっくす', Y: 'わい', Z: 'ぜっと',
};

/** Capitals only (full-width too), at most six letters: an abbreviation spelt out. */
export function isSpeltAbbreviation(text: string): boolean {
  return /^[A-ZＡ-Ｚ]{1,6}$/u.test(text);
}

export function spellLetters(text: string): string {
  return [...text.normalize('NFKC')].map((letter) => LETTER_NAMES[letter.toUpperCase()] ?? letter).join('');
}

export const isLatinWord = (text: string): boolean => /^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９'’.-]*$/u.test(text);
