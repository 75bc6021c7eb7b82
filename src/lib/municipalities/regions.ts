/**
 * The eight regions (地方) the lists are grouped by, north to south, by the first two digits of
 * the prefecture code (01 北海道 … 47 沖縄県), and the address of each prefecture's page.
 */
import type { LocalGov } from './local-governments.ts';
import { withoutSuffix } from './names.ts';
import { toHepburn } from './romaji.ts';

export interface Region {
  readonly name: string;
  /** Prefecture numbers (the first two digits of the code), first and last. */
  readonly from: number;
  readonly to: number;
}

export const REGIONS: readonly Region[] = [
  { name: '北海道地方', from: 1, to: 1 },
  { name: '東北地方', from: 2, to: 7 },
  { name: '関東地方', from: 8, to: 14 },
  { name: '中部地方', from: 15, to: 23 },
  { name: '近畿地方', from: 24, to: 30 },
  { name: '中国地方', from: 31, to: 35 },
  { name: '四国地方', from: 36, to: 39 },
  { name: '九州・沖縄地方', from: 40, to: 47 },
];

export function prefectureNumber(code: string): number {
  return Number(code.slice(0, 2));
}

export function regionOf(code: string): Region {
  const number = prefectureNumber(code);
  const region = REGIONS.find((candidate) => number >= candidate.from && number <= candidate.to);
  if (!region) throw new Error(`${code}: 都道府県の番号 ${number} は 1〜47 の外です`);
  return region;
}

/**
 * The last part of a prefecture page's address: the Hepburn spelling of its name without 都,
 * 府 or 県 (tokyo, osaka, gunma); 北海道 is hokkaido.
 */
export function prefectureSlug(prefecture: Pick<LocalGov, 'name' | 'reading'>): string {
  const base = withoutSuffix(prefecture.name, prefecture.reading);
  return toHepburn(base?.reading ?? prefecture.reading).replace(/[^a-z]/g, '');
}
