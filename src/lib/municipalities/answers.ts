/**
 * What the finder and the pages say, in plain polite Japanese (です・ます). Every answer says the
 * date of the list and where to check the current state, because acceptance has grown since.
 */
import { formatBoth, parsePlainDate, formatAsOf } from '../dates/index.ts';
import type { Acceptance } from './acceptance.ts';
import { HANDBOOK_NAMES } from './names.ts';
import type { LocalGov } from './local-governments.ts';
import { MAX_QUERY_LENGTH } from '../japanese/query.ts';
import type { Hit, SearchResult } from './search.ts';

/** 令和3年（2021年）5月10日 */
export function dateText(iso: string): string {
  return formatBoth(parsePlainDate(iso));
}

/** 「令和3年（2021年）5月10日現在の一覧」, or a range when rows come from sources of different dates. */
export function listLabel(dates: { oldest: string; newest: string }): string {
  return dates.oldest === dates.newest
    ? `${dateText(dates.newest)}現在の一覧`
    : `${dateText(dates.oldest)}から${dateText(dates.newest)}までの資料による一覧`;
}

/** Where a reader can check the current state. */
export const CHECK_CURRENT = '今の状況は、その地方公共団体か、使いたい施設に確かめてください。';

/** The name a hit is shown under: a ward with its city (千葉市中央区). */
export function displayName(gov: LocalGov, city?: LocalGov): string {
  return city ? `${city.name}${gov.name}` : gov.name;
}

export function displayReading(gov: LocalGov, city?: LocalGov): string {
  return city ? `${city.reading}${gov.reading}` : gov.reading;
}

/** What the list says about a body: scope and date, and the optional fields only when filled. */
export function acceptanceDetails(entry: Acceptance): string[] {
  const details = [`対象：${entry.scope}（${dateText(entry.asOf)}現在）`];
  if (entry.since) details.push(`使えるようになった時期：${formatAsOf(entry.since)}`);
  if (entry.portalLink === 'required') details.push('マイナポータルと連携したミライロIDだけが使えます。');
  if (entry.portalLink === 'not-required') details.push('マイナポータルと連携していないミライロIDも使えます。');
  if (entry.handbooks) details.push(`使える手帳：${entry.handbooks.map((handbook) => HANDBOOK_NAMES[handbook]).join('、')}`);
  return details;
}

/** Why a prefecture's place on the list does not cover the towns inside it. */
export function prefectureScopeNote(prefecture: LocalGov): string {
  // The deck lists prefectures and municipalities side by side and does not say whether a
  // listed prefecture covers its municipalities' facilities; the guide does not guess.
  return `資料には、${prefecture.name}の中の市区町村の施設でも使えるかどうかは書かれていません。市区町村の施設のことは、その市区町村に確かめてください。`;
}

export const NORTHERN_TERRITORY_NOTE =
  '北方領土にある村です。全国地方公共団体コードはありますが、村の役場は置かれていません。';

/** The status line and notes of one hit. */
export function hitText(hit: Hit, dates: { oldest: string; newest: string }): { status: string; notes: string[] } {
  const { gov, city, acceptance, prefectureAcceptance, prefecture } = hit;
  if (acceptance) {
    const status = city ? `${city.name}が一覧にあります。` : '一覧にあります。';
    const notes = acceptanceDetails(acceptance);
    if (city) notes.push(`${gov.name}は${city.name}の区です。区は市の一部なので、${city.name}の一覧で答えています。`);
    if (gov.kind === 'prefecture') notes.push(prefectureScopeNote(gov));
    return { status, notes };
  }
  const notes: string[] = [];
  if (gov.northernTerritory) notes.push(NORTHERN_TERRITORY_NOTE);
  if (prefectureAcceptance) notes.push(`${prefecture.name}は一覧にあります。${prefectureScopeNote(prefecture)}`);
  return { status: `${listLabel(dates)}にはありません。`, notes };
}

function quoted(query: string): string {
  const chars = [...query];
  return `「${chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : query}」`;
}

/** The short sentence the polite live region says after a search. Empty when nothing was typed. */
export function statusMessage(result: SearchResult, dates: { oldest: string; newest: string }): string {
  const label = listLabel(dates);
  switch (result.state) {
    case 'empty':
      return '';
    case 'unknown':
      switch (result.problem) {
        case 'too-long':
          return `入力が長すぎます。${MAX_QUERY_LENGTH}文字までで入力してください。`;
        case 'check-digit':
          return `${quoted(result.query)}は、正しい地方公共団体コードではありません。6けた目の数字（検査数字）が合いません。`;
        case 'too-many-digits':
          return `${quoted(result.query)}は長すぎます。地方公共団体コードは、5けたか6けたの数字です。`;
        case 'no-letters':
          return `${quoted(result.query)}には、名前に使う文字や数字がありません。`;
        default:
          return `${quoted(result.query)}に合う地方公共団体は、見つかりませんでした。`;
      }
    case 'not-listed': {
      if (result.hits.length === 1) {
        const { gov, city } = result.hits[0]!;
        return `${displayName(gov, city)}が見つかりました。${label}にはありません。`;
      }
      return `${result.hits.length}件見つかりました。どれも、${label}にはありません。`;
    }
    case 'listed': {
      if (result.hits.length === 1) {
        const { gov, city } = result.hits[0]!;
        return city
          ? `${displayName(gov, city)}が見つかりました。${city.name}が、${label}にあります。`
          : `${displayName(gov, city)}が見つかりました。${label}にあります。`;
      }
      const listed = result.hits.filter((hit) => hit.status === 'listed').length;
      return `${result.hits.length}件見つかりました。そのうち${listed}件が、${label}にあります。`;
    }
  }
}

/** Examples of what can be typed, for the unknown answer and the help text. */
export const QUERY_EXAMPLES = ['千葉市', 'ちばし', 'チバ', 'chiba', 'tōkyō', '12100', '121002'] as const;

/** The plain-language answer under the status line: what it means and what to do. */
export function adviceText(result: SearchResult, dates: { oldest: string; newest: string }): string[] {
  const label = listLabel(dates);
  switch (result.state) {
    case 'empty':
      return [];
    case 'listed':
      return [`${label}にもとづいて答えています。使う前に、どの施設やサービスで使えるかを、その地方公共団体か施設に確かめてください。`];
    case 'not-listed':
      return [
        `${label}にはありません。そのあとで、使えるようになったかもしれません。使えるかどうかは、その地方公共団体に問い合わせてください。`,
      ];
    case 'unknown':
      return [
        `名前の書き方を確かめてください。漢字、ひらがな、カタカナ、ローマ字、地方公共団体コードで探せます。例：${QUERY_EXAMPLES.join('、')}`,
        `一覧は、${label}です。${CHECK_CURRENT}`,
      ];
  }
}
