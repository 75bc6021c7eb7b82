/**
 * Stage 1 of the braille translator: the reading layer's tokens → braille kana with
 * 分かち書き (word spaces) and 切れ続き (which parts of a compound stay together).
 *
 * Rules (shared/braille/NOTES.md §1.4, after 点訳のてびき 第3章):
 *  - every 自立語 starts a word; 助詞 and 助動詞 attach to the word before;
 *  - 形式名詞 (こと, ため, よう …) and 補助動詞 (いる, みる, ください …) are 自立語: blank before;
 *  - 形容詞「ない」 is separated, 助動詞「ない」 attached — and ない after a 形容詞 (良くない)
 *    or after で/では (静かでない) is written apart, because it is the 形容詞 there;
 *  - in a compound, a blank where two meaning units of 3 or more morae meet; units of 2 morae
 *    or fewer, 接頭語 and 接尾語 stay attached;
 *  - family and given names apart, and さん・様・氏 … after a name apart; place names by
 *    administrative level (each level is its own lexicon token here);
 *  - a particle after a Latin word or a foreign phrase is written apart (CD ヲ);
 *  - 連語 particles that contain a verb (について, として) are split after their first kana
 *    (ニ ツイテ, ト シテ);
 *  - numbers start a word; a counter attaches; after 万・億・兆 the next group starts a word.
 * Blanks after 。、・？！ are not written here: the cell stage adds them.
 */
import { toKatakana, type ReadingToken } from '../reading/index.ts';
import { longVowelSpelling } from '../reading/kana.ts';
import { FOREIGN_CLOSE, FOREIGN_OPEN } from './cells.ts';

/** Overrides of the braille spelling of whole tokens (site words the rules cannot derive). */
export type BrailleWords = ReadonlyMap<string, string>;

const OPENING = new Set([...'「『（(《【〔［｛〈“[{']);
const CLOSING = new Set([...'」』）)》】〕］｝〉”]}']);
const PARENTHESES = new Set([...'（(']);
/** Marks after which the cell stage writes its own blanks. */
const SPACED_MARKS = new Set([...'。、・？！?!，,．：:']);
/** Symbols that stay attached to the word before them (25%). */
const ATTACH_BEFORE = new Set([...'%％']);
/** Symbols that stay attached to the word after them (#50). */
const ATTACH_AFTER = new Set([...'#＃']);
/** Symbols that join the numbers on both sides (090-8000, 1〜3). */
const JOINING = new Set([...'-－‐〜～~']);

/** Honorifics written apart after a name (NOTES.md §1.4: 鈴木 サン). */
const NAME_SUFFIX = /^(?:さん|様|さま|君|くん|殿|氏|ちゃん)$/;
/** Suffixes written apart after an amount (500エン キョー). */
const AMOUNT_SUFFIX = /^(?:強|弱)$/;
/**
 * Counters of dates, times and addresses: each is a level, so the noun after them starts a new
 * word (10カ ゲンザイ, 1ジョー ニシ 2チョーメ).
 */
export const LEVEL_COUNTER = /^(?:年|月|日|時|分|秒|年度|条|丁目|番|番地|号)$/;
/** 補助動詞 tagged 非自立 that are contractions written as one word (見てる ミテル). */
const CONTRACTED_AUXILIARY = /^(?:てる|でる|とく|どく|ちゃう|じゃう|ちまう|てく|でく)$/;
/** 補助動詞 written apart wherever they follow a verb. */
const AUXILIARY_VERB = /^(?:くださる|下さる|いただく|頂く|いたす|致す|なさる|申し上げる|いる|ある|おく|しまう|みる|くる|いく|もらう|あげる|くれる|ござる)$/;
/** 連語 particles containing a verb: split after the first kana (NOTES.md §1.4). */
const SPLIT_COMPOUND_PARTICLE = /^([ニトヲ])(ツイテ|ツキ|トッテ|ヨッテ|ヨリ|ヨル|ヨレバ|オイテ|オケル|シテ|シテワ|シテモ|タイシテ|タイスル|カンシテ|カンスル|モッテ|ツウジテ|トオシテ|メグッテ|ムケテ|アタッテ|ミテ|イッテ|イッタ|イウ)$/;

/** ① to ⑳. */
const CIRCLED_NUMBER = /^[\u2460-\u2473]$/;

/** 万・億・兆 as the reading layer spells them. */
const NUMBER_UNIT = /^(?:マン|オク|チョー)$/;

const SMALL_KANA = new Set([...'ャュョァィゥェォヮ']);

/** Morae of braille kana: every kana but the small ones (ッ, ン and ー count). */
export function moraCount(kana: string): number {
  let count = 0;
  for (const char of kana) {
    if (/[0-9]/.test(char)) return Number.POSITIVE_INFINITY;
    if (/[\u30A1-\u30FC]/.test(char) && !SMALL_KANA.has(char)) count += 1;
    else if (/[A-Za-z]/.test(char)) count += 1;
  }
  return count;
}

type Kind =
  | 'space' // a space in the text
  | 'open' // opening bracket
  | 'close' // closing bracket
  | 'mark' // 。、・？！
  | 'symbol' // other symbols (% # & → …)
  | 'latin' // a Latin word or foreign phrase
  | 'number' // digits or a number unit (万)
  | 'counter' // a counter after a number (円, 年)
  | 'attached' // 助詞, 助動詞, 接尾語 …: never a blank before
  | 'independent' // 自立語 that is not a noun: always a blank before
  | 'noun' // a noun: compound rules decide
  | 'prefix'; // 接頭語: a blank before, none after

interface Piece {
  readonly kana: string;
  readonly kind: Kind;
  readonly token: ReadingToken | undefined;
}

const isAsciiText = (text: string) => /^[\x21-\x7e]+$/.test(text.normalize('NFKC'));
const hasLetter = (text: string) => /[A-Za-z]/.test(text.normalize('NFKC'));
const detail = (token: ReadingToken | undefined, name: string) => token?.posDetail?.includes(name) ?? false;
const isPlaceName = (token: ReadingToken | undefined) => token?.source === 'lexicon' && token.pos === '固有名詞' && /[都道府県市区町村郡]$/.test(token.surface);
/** A person's name (IPADIC 人名) or a proper noun of the lexicon (names of people, places, bodies). */
const isProperName = (token: ReadingToken | undefined) => detail(token, '人名') || (token?.source === 'lexicon' && token.pos === '固有名詞');

/** Classifies one token (its kana already chosen). */
function kindOf(token: ReadingToken, previous: ReadingToken | undefined): Kind {
  const surface = token.surface;
  if (/^\s+$/.test(surface)) return 'space';
  if (OPENING.has(surface)) return 'open';
  if (CLOSING.has(surface)) return 'close';
  if (SPACED_MARKS.has(surface)) return 'mark';
  if (token.pos === '数' || CIRCLED_NUMBER.test(surface)) return 'number';
  if (isAsciiText(surface) && hasLetter(surface)) return 'latin';
  if (token.source === 'rule' && previous?.pos === '数' && token.pos !== '記号') return 'counter';
  // 目 (3つめ, 2番目) after a number is a suffix of it, whatever the analyser calls it.
  if (previous?.pos === '数' && /^(?:め|目)$/.test(surface)) return 'counter';
  if (token.pos === '記号' || (ATTACH_BEFORE.has(surface) && previous?.pos === '数')) return 'symbol';
  switch (token.pos) {
    case '助詞':
    case '助動詞':
      return 'attached';
    case '接頭詞':
      return 'prefix';
    case '動詞':
      if (detail(token, '接尾')) return 'attached';
      // Honorific and other 補助動詞 stay apart even right after a 連用形 (オヨミ クダサイ,
      // オマチ イタシマス); any other verb right after a verb is one compound verb
      // (ヨミハジメル), and すぎる after an adjective stem attaches (タカスギル).
      if (AUXILIARY_VERB.test(token.basicForm ?? '')) return 'independent';
      if (previous?.pos === '動詞') return 'attached';
      if (previous?.pos === '形容詞' && detail(token, '非自立')) return 'attached';
      if (detail(token, '非自立') && CONTRACTED_AUXILIARY.test(surface)) return 'attached';
      return 'independent';
    case '形容詞':
      // 補助形容詞 after て (見て ほしい) is apart; やすい・にくい after a verb stem attach.
      if (detail(token, '非自立') && !/^[てで]$/.test(previous?.surface ?? '')) return 'attached';
      return 'independent';
    case '名詞':
    case '固有名詞':
      if (detail(token, '接尾')) {
        if (NAME_SUFFIX.test(surface) && (isProperName(previous) || /^[A-Za-zＡ-Ｚａ-ｚ]+$/.test(previous?.surface ?? ''))) return 'independent';
        if (AMOUNT_SUFFIX.test(surface) && previous?.source === 'rule') return 'independent';
        return 'attached';
      }
      if (detail(token, '代名詞')) return 'independent';
      if (detail(token, '非自立')) {
        // 形式名詞 are apart; の・ん (準体助詞) and そう・みたい (助動詞語幹) attach; よう is apart.
        if (/^[のん]$/.test(surface)) return 'attached';
        if (detail(token, '助動詞語幹') && token.basicForm !== 'よう') return 'attached';
        return 'independent';
      }
      return 'noun';
    default:
      return 'independent';
  }
}

/**
 * The units of a lexicon row written with | (日本|放送|協会 → ニッポン, ホーソー, キョーカイ;
 * あっと|いう|間 → アット, イウ, マ), when their spellings join to the row's braille;
 * otherwise undefined.
 */
function lexiconParts(token: ReadingToken, kana: string): { text: string; kana: string }[] | undefined {
  if (token.source !== 'lexicon' || !token.units || token.units.length < 2) return undefined;
  const spelt = token.units.map((unit) => ({ text: unit.text, kana: longVowelSpelling(toKatakana(unit.reading)) }));
  return spelt.map((unit) => unit.kana).join('') === kana ? spelt : undefined;
}

/**
 * How each unit of a lexicon row is spaced. A set phrase (連語) is written by its words: every
 * word after the first starts a new word (アット イウ マ), and the first attaches to a noun before
 * it when the phrase begins with a suffix (障害|者の|方 → ショーガイシャノ カタ). In a person's
 * name an honorific is apart (アズマ サン). Other units follow the compound rule.
 */
function unitKind(token: ReadingToken, unit: { text: string }, index: number, rowKind: Kind, previous: ReadingToken | undefined): Kind {
  if (token.pos === '連語') {
    if (index > 0) return 'independent';
    return previous && (previous.pos === '名詞' || previous.pos === '固有名詞') ? 'attached' : 'independent';
  }
  if (index > 0 && NAME_SUFFIX.test(unit.text)) return 'independent';
  return rowKind;
}

/** Digits → groups of four with 万・億・兆, empty groups left out: 123456789 → 1オク 2345マン 6789. */
export function inMyriadGroups(digits: string): string {
  const units = ['', 'マン', 'オク', 'チョー'];
  const groups: string[] = [];
  for (let end = digits.length, level = 0; end > 0; end -= 4, level += 1) {
    const group = digits.slice(Math.max(0, end - 4), end).replace(/^0+/, '');
    if (group) groups.unshift(group + units[level]!);
  }
  return groups.join(' ') || '0';
}

/**
 * Joins runs of tokens that together spell a word of the braille word list (アップ + ロード →
 * アップロード, one loanword, not two units): the list's spelling then applies to the whole run.
 */
export function mergeListedWords(tokens: readonly ReadingToken[], words: BrailleWords): ReadingToken[] {
  if (words.size === 0) return [...tokens];
  const longest = Math.max(...[...words.keys()].map((term) => term.length));
  const out: ReadingToken[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    let surface = '';
    let match = -1;
    for (let end = index; end < tokens.length && surface.length < longest; end += 1) {
      surface += tokens[end]!.surface;
      if (end > index && words.has(surface)) match = end;
    }
    if (match < 0) {
      out.push(tokens[index]!);
      continue;
    }
    const run = tokens.slice(index, match + 1);
    const joined = run.map((token) => token.surface).join('');
    out.push({ ...run[0]!, surface: joined, braille: words.get(joined)!, pos: '名詞', posDetail: ['一般'] });
    index = match;
  }
  return out;
}

/** The kana a token contributes, before spacing. */
function kanaOf(token: ReadingToken, previous: ReadingToken | undefined, words: BrailleWords): string {
  const override = words.get(token.surface);
  if (override !== undefined) return override;
  // A quantity of 10,000 or more printed with thousands commas is written in groups of four
  // digits with 万・億・兆 in kana (54,309 → 5マン 4309; NOTES.md §1.3).
  if (token.pos === '数' && /^\d{1,3}(?:,\d{3})+$/.test(token.braille) && Number(token.braille.replace(/,/g, '')) >= 10_000) {
    return inMyriadGroups(token.braille.replace(/,/g, ''));
  }
  // Circled numbers (①) are written as numbers in 第1カッコ: (1).
  // Inside parentheses already, the number alone: （④ 閲覧） → (4 エツラン).
  if (CIRCLED_NUMBER.test(token.surface)) return PARENTHESES.has(previous?.surface ?? '') ? token.surface.normalize('NFKC') : `(${token.surface.normalize('NFKC')})`;
  // A count written with digits keeps its digits (3つ 3ツ, not ミッツ): the reader sees a
  // number in print, and braille writes numbers with 数符.
  const counted = /^([0-9０-９]+)つ$/.exec(token.surface);
  if (counted && token.pos === '数') return `${counted[1]!.normalize('NFKC')}ツ`;
  // 々 repeats the kanji before it (昔々 ムカシ ムカシ).
  if (token.surface === '々' && previous) return previous.braille;
  // Katakana words follow modern spelling: ヂ・ヅ・ヰ・ヱ as ジ・ズ・イ・エ (ラヂオ ラジオ, ヱビス エビス).
  if (/^[\u30A1-\u30FC]+$/.test(token.surface)) return token.braille.replace(/ヂ/g, 'ジ').replace(/ヅ/g, 'ズ').replace(/ヰ/g, 'イ').replace(/ヱ/g, 'エ');
  if (token.braille) return token.braille.normalize('NFKC').replace(/[\uFF61-\uFF9F]/g, (char) => char.normalize('NFKC'));
  return token.surface.normalize('NFKC');
}

/**
 * Groups Latin words with the spaces, digits and apostrophes between them: a stretch with a
 * space or an apostrophe is a foreign phrase in 外国語引用符 (⠦World Health Organization⠴,
 * ⠦80's⠴); a single word stays a word (CD, Gift, cf.).
 */
function groupLatin(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    const startsLatin = piece.kind === 'latin' || (piece.kind === 'number' && pieces[index + 1]?.kana === "'" && pieces[index + 2]?.kind === 'latin');
    if (!startsLatin) {
      out.push(piece);
      continue;
    }
    let end = index + 1;
    const inStretch = (candidate: Piece | undefined) =>
      candidate !== undefined && (candidate.kind === 'latin' || candidate.kind === 'number' || /^(?:'|’|\.|-)$/.test(candidate.kana));
    while (end < pieces.length) {
      const candidate = pieces[end]!;
      if (inStretch(candidate)) end += 1;
      else if (candidate.kind === 'space' && pieces[end + 1]?.kind === 'latin') end += 1;
      else break;
    }
    const stretch = pieces.slice(index, end);
    const text = stretch.map((part) => (part.kind === 'space' ? ' ' : part.token?.surface.normalize('NFKC') ?? part.kana)).join('');
    const phrase = /[ '’]/.test(text);
    out.push({ kana: phrase ? `${FOREIGN_OPEN}${text}${FOREIGN_CLOSE}` : text, kind: 'latin', token: stretch[0]!.token });
    index = end - 1;
  }
  return out;
}

/** Whether a blank goes between two word pieces (brackets and marks are decided by the caller). */
function blankBetween(before: Piece, piece: Piece, runMorae: number): boolean {
  const kind = piece.kind;
  if (before.kind === 'latin') return kind !== 'counter' && !(kind === 'attached' && detail(piece.token, '接尾')) && kind !== 'symbol';
  switch (kind) {
    case 'attached':
    case 'counter':
      return false;
    case 'latin':
      // A single Latin letter after a noun names a variant of it and is part of the compound
      // (ビタミンC, プランA): no blank before the 外字符. An abbreviation of two or more letters
      // is a meaning unit of its own (オンセイ CD, ミライロ ID; NOTES.md §1.4 compound rule).
      if (before.kind === 'noun' && /^[A-Za-z]$/.test(piece.kana)) return false;
      return before.kind !== 'prefix';
    case 'independent':
    case 'prefix':
      return before.kind !== 'prefix';
    case 'number':
      // 万・億・兆 attach to their digits; the next group starts a word (3チョー 2400マン);
      // digits after a 接頭語 (ダイ1) attach.
      if (before.kind === 'number') return NUMBER_UNIT.test(before.kana) && !NUMBER_UNIT.test(piece.kana);
      return before.kind !== 'prefix' && before.kind !== 'symbol';
    case 'symbol':
      return false;
    case 'noun': {
      if (before.kind === 'prefix') return false;
      if (before.kind === 'counter') {
        // A number with its counter is one meaning unit; the compound rule applies after it: a
        // noun of 3 or more morae starts a new word (5ニン カゾク), a shorter one attaches
        // (3ニングミ). After a date or address level the next noun always starts a word.
        return LEVEL_COUNTER.test(before.token?.surface ?? '') || moraCount(piece.kana) >= 3;
      }
      if (before.kind !== 'noun') return true;
      const sameWord = before.token === piece.token; // parts of one lexicon row (日本|年金|機構)
      // Names: family and given name apart (ユカワ ヒデキ), also within one lexicon row of a
      // person's name (東|健 アズマ ケン); place names by level.
      if (isProperName(before.token) && isProperName(piece.token) && (!sameWord || detail(piece.token, '人名'))) return true;
      if (!sameWord && detail(before.token, '地域') && detail(piece.token, '地域')) return true;
      // After a place name of the municipality data, the next part of the address is its own
      // level (チューオーク キタ 1ジョー).
      if (!sameWord && isPlaceName(before.token)) return true;
      // Compounds: apart where the word so far and the next unit both have 3 morae or more
      // (NOTES.md §1.4): a unit of 2 morae or fewer stays with its neighbour (セミシグレ,
      // セイカツホゴ ジュキュー).
      return runMorae >= 3 && moraCount(piece.kana) >= 3;
    }
    default:
      return true;
  }
}

/** Whether a word right after a symbol starts with a blank. */
function blankAfterSymbol(symbol: string, piece: Piece): boolean {
  if (JOINING.has(symbol)) return false;
  // # and * are written with the 外字符-shaped cell ⠰ before them; a particle right after them
  // would be read as a Latin letter, so it takes a blank as after a Latin word (CD ヲ, NOTES.md
  // §1.4). A number or word after # is its operand and attaches (#50, k1163).
  if (ATTACH_AFTER.has(symbol)) return piece.kind === 'attached';
  // After 25%, suffixes and particles attach (25%ビキ, 25%ノ); a new word does not.
  if (ATTACH_BEFORE.has(symbol)) return piece.kind === 'independent' || piece.kind === 'prefix' || piece.kind === 'latin';
  // Free-standing symbols (Q & A) are words of their own; particles still attach.
  return piece.kind !== 'attached' && piece.kind !== 'counter';
}

/** Marks that end an interjection (あっ、 わあっ！). */
const INTERJECTION_END = /^[、。！？!?，]$/;
const isKanaOnly = (text: string) => /^[\u3041-\u309F\u30A1-\u30FC]+$/.test(text);

/**
 * An interjection closed by a small っ right before a mark (わあっ、 ちぇっ、) is one word,
 * however the analyser splits it (わ + あっ): kana tokens from the start of the sentence up to
 * the っ are joined into one 感動詞 (NOTES.md §1.4: the 文節 is the unit; an interjection is one).
 */
function mergeInterjections(tokens: readonly ReadingToken[]): ReadingToken[] {
  const out: ReadingToken[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (!token.surface.endsWith('っ') && !token.surface.endsWith('ッ')) {
      out.push(token);
      return;
    }
    if (!next || !INTERJECTION_END.test(next.surface)) {
      out.push(token);
      return;
    }
    let start = out.length;
    while (start > 0 && isKanaOnly(out[start - 1]!.surface) && out[start - 1]!.pos !== '記号') start -= 1;
    const before = out[start - 1];
    const sentenceStart = before === undefined || before.pos === '記号' || /^\s+$/.test(before.surface);
    if (!sentenceStart || start === out.length || !isKanaOnly(token.surface)) {
      out.push(token);
      return;
    }
    const run = [...out.splice(start), token];
    out.push({
      ...token,
      surface: run.map((part) => part.surface).join(''),
      braille: run.map((part) => part.braille).join(''),
      pos: '感動詞',
      posDetail: [],
    });
  });
  return out;
}

/**
 * Whether a closing bracket ends a sentence: the word before it is a sentence-final form (a
 * 終止形 verb, adjective or auxiliary, a 終助詞, an interjection) or a 。！？ inside the quote.
 */
export function endsSentence(token: ReadingToken | undefined): boolean {
  if (!token) return false;
  if (/^[。！？!?]$/.test(token.surface) || token.pos === '感動詞') return true;
  if (token.pos === '助詞') return detail(token, '終助詞');
  if (token.pos === '動詞' || token.pos === '形容詞' || token.pos === '助動詞') return token.surface === token.basicForm;
  return false;
}

/** Stands for the two blanks after a closing bracket that ends a sentence, until the end. */
const SENTENCE_GAP = '\u2003';

/**
 * Tokens → spaced braille kana. `words` maps a token's surface to its braille spelling where
 * the rules cannot derive it (三塁打 3ルイダ).
 */
export function spaceTokens(input: readonly ReadingToken[], words: BrailleWords = new Map()): string {
  const tokens = mergeInterjections(mergeListedWords(input, words));
  const raw: Piece[] = [];
  tokens.forEach((token, index) => {
    const previous = tokens[index - 1];
    const kana = kanaOf(token, previous, words);
    let kind = kindOf(token, previous);
    if (token.surface === '々') kind = 'noun';
    // ない after 形容詞 or で/では, and ある after で (である), are 補助用言: apart.
    // ござる is a 補助動詞 (アリガトー ゴザイマス, デ ゴザイマス).
    if (token.basicForm === 'ござる') kind = 'independent';
    // ない after a 形容詞-like く form (ヨク ナイ, イキタク ナイ), after で/では (シズカデ ナイ).
    // ない right after て/で (書いてない, 読んでない) is the 補助形容詞 of 〜て(い)ない: apart,
    // also where IPADIC reads the て as the contracted verb てる.
    if (kind === 'attached' && token.basicForm === 'ない' && token.pos === '助動詞' && previous && (previous.pos === '形容詞' || previous.pos === '助詞' || previous.basicForm === 'だ' || /^[てで]$/.test(previous.surface) || (previous.pos === '助動詞' && /ク$/.test(previous.braille)))) {
      kind = 'independent';
    }
    if (kind === 'attached' && token.basicForm === 'ある' && previous?.surface === 'で') kind = 'independent';
    const parts = lexiconParts(token, kana);
    if (parts && (kind === 'noun' || token.pos === '連語')) {
      parts.forEach((part, at) => raw.push({ kana: part.kana, kind: unitKind(token, part, at, kind, previous), token }));
      return;
    }
    // IPADIC reads どうして as one adverb (why). Before いい・よい it is どう + して, the verb する
    // asking how to act (どうしていいか: ドー シテ イイカ): the verb is a word of its own.
    const next = tokens[index + 1];
    if (token.pos === '副詞' && token.basicForm === 'どうして' && next?.pos === '形容詞' && /^(?:いい|よい|良い)$/.test(next.basicForm ?? '')) {
      raw.push({ kana: kana.slice(0, -2), kind, token });
      raw.push({ kana: kana.slice(-2), kind: 'independent', token });
      return;
    }
    const split = token.pos === '助詞' ? SPLIT_COMPOUND_PARTICLE.exec(kana) : null;
    if (split) {
      raw.push({ kana: split[1]!, kind: 'attached', token });
      raw.push({ kana: split[2]!, kind: 'independent', token });
      return;
    }
    raw.push({ kana, kind, token });
  });
  const pieces = groupLatin(raw);

  let out = '';
  /** The last word piece written, across brackets (for the compound and particle rules). */
  let lastWord: Piece | undefined;
  let previous: Piece | undefined;
  /** Morae written since the last blank: the compound rule weighs the word so far. */
  let runMorae = 0;
  /** The last closing bracket ended a sentence (「ハイ」): two blanks before a new word. */
  let closedSentence = false;
  /** The word token written last, to tell whether a closing bracket ends a sentence. */
  let lastToken: ReadingToken | undefined;
  for (const piece of pieces) {
    const write = (blank: boolean) => {
      if (blank && out !== '' && !out.endsWith(' ')) out += ' ';
      if (blank || out.endsWith(' ') || out === '') runMorae = 0;
      out += piece.kana;
      runMorae += moraCount(piece.kana);
    };
    switch (piece.kind) {
      case 'space':
        if (out !== '' && !out.endsWith(' ')) out += ' ';
        lastWord = undefined;
        runMorae = 0;
        break;
      case 'mark':
        out = out.trimEnd() + piece.kana;
        lastWord = undefined;
        runMorae = 0;
        break;
      case 'open':
        // 「 starts a word; （ attaches to the word before it (スグ(ニ)), but not to a bracket.
        write(!(previous?.kind === 'open') && (!PARENTHESES.has(piece.kana) || previous?.kind === 'close'));
        break;
      case 'close':
        closedSentence = piece.kana === '」' && endsSentence(lastToken);
        out = out.trimEnd() + piece.kana;
        break;
      case 'symbol': {
        const symbol = piece.kana;
        if (ATTACH_BEFORE.has(symbol) || JOINING.has(symbol)) write(false);
        else if (ATTACH_AFTER.has(symbol)) write(previous !== undefined && previous.kind !== 'open' && previous.kind !== 'space');
        else {
          // & → and other free-standing symbols are words of their own (Q & A); a particle after
          // them is apart too (* ワ), as after #.
          write(previous?.kind !== 'open');
          out += ' ';
        }
        lastWord = piece;
        break;
      }
      default: {
        let blank: boolean;
        if (previous === undefined || previous.kind === 'space' || previous.kind === 'mark' || previous.kind === 'open') blank = false;
        else if (previous.kind === 'close') {
          blank = piece.kind !== 'attached' && piece.kind !== 'counter';
          // After a 」 that ends a sentence without 。, two blanks, as after 。 (NOTES.md §1.1).
          // A 形式名詞 after it (「ホンニンデ アル」 コト) shows that the quote is a clause inside
          // the sentence, not its end.
          if (blank && closedSentence && !detail(piece.token, '非自立')) out += SENTENCE_GAP;
        }
        else if (previous.kind === 'symbol') blank = blankAfterSymbol(previous.kana, piece);
        else blank = lastWord ? blankBetween(lastWord, piece, runMorae) : false;
        write(blank);
        lastWord = piece;
      }
    }
    if (piece.token && piece.kind !== 'open' && piece.kind !== 'close') lastToken = piece.token;
    previous = piece;
  }
  return out
    .replace(/ +/g, ' ')
    .replace(new RegExp(` ?${SENTENCE_GAP} ?`, 'g'), '  ')
    .trim();
}
