/**
 * The rules of .textlintrc.cjs, adjusted for each kind of field (fields.ts, Profile).
 *
 * .textlintrc.cjs holds the rules for body text, and the textlint CLI reads it for the MDX
 * pages. The two other kinds of field take those rules and change one thing each, here, so
 * that a rule added to .textlintrc.cjs applies to every field at once.
 */
import type { Profile } from './fields.ts';

/**
 * Longest sentence of a やさしい日本語 summary, in characters.
 *
 * The やさしい日本語 guidance keeps a sentence to about 24 characters and never over 30 (as the
 * University of Tokyo's checklist for plain documents, わかりやすい資料にするためのチェックリスト,
 * sums it up); 在留支援のためのやさしい日本語ガイドライン (出入国在留管理庁・文化庁, 2020) asks
 * for short sentences (一文を短くする). The summaries carry kanji with furigana
 * instead of spaced kana, so they are shorter in characters than the same sentence in kana: 30
 * is the guidance's upper bound, not a target.
 */
export const SUMMARY_SENTENCE_MAX = 30;

/** The part of a textlint rule entry this module reads and changes. */
export interface RuleEntry {
  readonly ruleId: string;
  readonly options?: unknown;
}

/**
 * The rules for one profile. `prose` keeps them as they are; `summary` lowers the
 * sentence-length limit to SUMMARY_SENTENCE_MAX; `term` drops prh, because a glossary entry
 * names words (the law's 個人番号カード, 地方公共団体) in order to explain them.
 * Throws when a rule the profile changes is missing, so that a renamed rule cannot quietly
 * take the stricter limit away.
 */
export function rulesForProfile<R extends RuleEntry>(rules: readonly R[], profile: Profile): R[] {
  switch (profile) {
    case 'prose':
      return [...rules];
    case 'summary': {
      if (!rules.some((rule) => rule.ruleId === 'sentence-length')) {
        throw new Error('.textlintrc.cjs に sentence-length がありません。要約の文の長さを確かめられません');
      }
      return rules.map((rule) =>
        rule.ruleId === 'sentence-length'
          ? { ...rule, options: { ...(isObject(rule.options) ? rule.options : {}), max: SUMMARY_SENTENCE_MAX } }
          : rule,
      );
    }
    case 'term': {
      if (!rules.some((rule) => rule.ruleId === 'prh')) {
        throw new Error('.textlintrc.cjs に prh がありません');
      }
      return rules.filter((rule) => rule.ruleId !== 'prh');
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
