/**
 * Romaji from a hiragana reading, in the three spellings readers type:
 *
 *   hepburn   modified Hepburn without marks, as road signs and ISO 3166-2 write names:
 *             とうきょう → tokyo, ぐんま → gunma (ん stays n before b, m, p), ぎょうだし → gyodashi
 *   macron    the same with long vowels marked: とうきょう → tōkyō, くじゅうくり → kujūkuri
 *   wapuro    kana by kana, as typed into a word processor: とうきょう → toukyou, ぎょうだし →
 *             gyoudashi, おおさか → oosaka, まっち → macchi
 *
 * Long vowels are o + う/お → ō and u + う → ū, read across kana without knowing word
 * boundaries (a name like 大生 おおう would also be shortened; the search compares shortened
 * forms on both sides, so that does not lose a match).
 */
import { KANA_ROMAJI, MACRON } from './romaji-table.ts';

interface Syllable {
  /** Romaji of the kana, Hepburn consonants. */
  readonly romaji: string;
  /** The kana themselves. */
  readonly kana: string;
}

function syllables(reading: string): Syllable[] {
  const out: Syllable[] = [];
  const chars = [...reading];
  for (let index = 0; index < chars.length; index += 1) {
    const pair = chars[index]! + (chars[index + 1] ?? '');
    if (KANA_ROMAJI[pair] !== undefined && pair.length === 2) {
      out.push({ romaji: KANA_ROMAJI[pair], kana: pair });
      index += 1;
    } else {
      const char = chars[index]!;
      out.push({ romaji: KANA_ROMAJI[char] ?? char, kana: char });
    }
  }
  return out;
}

const VOWEL_START = /^[aiueoy]/;

type Style = 'hepburn' | 'macron' | 'wapuro';

function convert(reading: string, style: Style): string {
  const parts = syllables(reading);
  let out = '';
  for (let index = 0; index < parts.length; index += 1) {
    const { kana, romaji } = parts[index]!;
    const next = parts[index + 1];
    if (kana === 'っ') {
      // A doubled consonant; Hepburn writes っち as tchi, a word processor as cchi.
      const consonant = next?.romaji[0] ?? '';
      out += consonant === 'c' && style !== 'wapuro' ? 't' : /[a-z]/.test(consonant) && !VOWEL_START.test(consonant) ? consonant : '';
      continue;
    }
    if (kana === 'ん') {
      // Before a vowel or y, n' keeps ん apart from な-row and にゃ-row sounds.
      out += next && VOWEL_START.test(next.romaji) ? "n'" : 'n';
      continue;
    }
    if (style !== 'wapuro' && next) {
      const vowel = romaji.slice(-1);
      const lengthens = (vowel === 'o' && (next.kana === 'う' || next.kana === 'お')) || (vowel === 'u' && next.kana === 'う');
      if (lengthens) {
        out += style === 'macron' ? romaji.slice(0, -1) + MACRON[vowel]! : romaji;
        index += 1;
        continue;
      }
    }
    out += romaji;
  }
  return out;
}

/** Modified Hepburn without long-vowel marks: tokyo, osaka, gyodashi. */
export function toHepburn(reading: string): string {
  return convert(reading, 'hepburn');
}

/** Modified Hepburn with long vowels marked: tōkyō, ōsaka, gyōdashi. */
export function toHepburnWithMacrons(reading: string): string {
  return convert(reading, 'macron');
}

/** Word-processor spelling, every kana written out: toukyou, oosaka, gyoudashi. */
export function toWapuro(reading: string): string {
  return convert(reading, 'wapuro');
}
