/**
 * Kana → Latin letters. Pure.
 */

/**
 * The Hepburn spelling (内閣告示「ローマ字のつづり方」第2表, as passports and signs use it) of
 * each hiragana whose spelling every kana-to-Latin table on the site agrees on: the plain,
 * voiced and half-voiced kana and ゔ. The rest differ on purpose and each table adds its own:
 * the municipality finder spells ぢ づ を ゐ ゑ as they sound (ji, zu, o, i, e) and small kana
 * as large ones, because readers type names that way (src/lib/municipalities/romaji-table.ts);
 * the search's reading key spells them kana by kana (di, du, wo, wi, we, nn, xa …), as a
 * word processor does (src/lib/search/kana.ts). ん and っ depend on what follows and are
 * left to each converter.
 */
export const HEPBURN_KANA: Readonly<Record<string, string>> = {
  あ: 'a', い: 'i', う: 'u', え: 'e', お: 'o',
  か: 'ka', き: 'ki', く: 'ku', け: 'ke', こ: 'ko', が: 'ga', ぎ: 'gi', ぐ: 'gu', げ: 'ge', ご: 'go',
  さ: 'sa', し: 'shi', す: 'su', せ: 'se', そ: 'so', ざ: 'za', じ: 'ji', ず: 'zu', ぜ: 'ze', ぞ: 'zo',
  た: 'ta', ち: 'chi', つ: 'tsu', て: 'te', と: 'to', だ: 'da', で: 'de', ど: 'do',
  な: 'na', に: 'ni', ぬ: 'nu', ね: 'ne', の: 'no',
  は: 'ha', ひ: 'hi', ふ: 'fu', へ: 'he', ほ: 'ho', ば: 'ba', び: 'bi', ぶ: 'bu', べ: 'be', ぼ: 'bo',
  ぱ: 'pa', ぴ: 'pi', ぷ: 'pu', ぺ: 'pe', ぽ: 'po',
  ま: 'ma', み: 'mi', む: 'mu', め: 'me', も: 'mo', や: 'ya', ゆ: 'yu', よ: 'yo',
  ら: 'ra', り: 'ri', る: 'ru', れ: 're', ろ: 'ro', わ: 'wa',
  ゔ: 'vu',
};
