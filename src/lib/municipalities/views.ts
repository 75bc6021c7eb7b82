/**
 * The shapes the static pages render (src/components/Acceptance*.astro, PrefectureIndex.astro
 * and the prefecture pages): grouping by region and prefecture, ordering by reading. Pure.
 */
import type { Acceptance } from './acceptance.ts';
import type { Dataset } from './dataset.ts';
import type { LocalGov } from './local-governments.ts';
import { prefectureSlug, REGIONS, regionOf, type Region } from './regions.ts';

const collator = new Intl.Collator('ja');
const byReading = (a: LocalGov, b: LocalGov) => collator.compare(a.reading, b.reading) || a.code.localeCompare(b.code);

export interface ListedBody {
  readonly gov: LocalGov;
  readonly acceptance: Acceptance;
}

export interface PrefectureGroup<T> {
  readonly prefecture: LocalGov;
  readonly slug: string;
  readonly items: readonly T[];
}

export interface RegionGroup<T> {
  readonly region: Region;
  readonly prefectures: ReadonlyArray<PrefectureGroup<T>>;
}

function prefecturesOf(dataset: Dataset): LocalGov[] {
  return dataset.govs.filter((gov) => gov.kind === 'prefecture');
}

/** Every prefecture by region, north to south, with what `itemsOf` gives for it. */
function byRegion<T>(dataset: Dataset, itemsOf: (prefecture: LocalGov) => readonly T[], keepEmpty: boolean): RegionGroup<T>[] {
  const prefectures = prefecturesOf(dataset);
  return REGIONS.map((region) => ({
    region,
    prefectures: prefectures
      .filter((prefecture) => regionOf(prefecture.code) === region)
      .map((prefecture) => ({ prefecture, slug: prefectureSlug(prefecture), items: itemsOf(prefecture) }))
      .filter((group) => keepEmpty || group.items.length > 0),
  })).filter((group) => group.prefectures.length > 0);
}

/** The acceptance list grouped by region and prefecture; in each, the prefecture first, then by reading. */
export function acceptanceByRegion(dataset: Dataset): RegionGroup<ListedBody>[] {
  const byCode = new Map(dataset.govs.map((gov) => [gov.code, gov]));
  const listed = dataset.acceptance.map((acceptance) => ({ gov: byCode.get(acceptance.code)!, acceptance }));
  return byRegion(
    dataset,
    (prefecture) =>
      listed
        .filter(({ gov }) => gov.prefectureCode === prefecture.code)
        .sort((a, b) => Number(b.gov.kind === 'prefecture') - Number(a.gov.kind === 'prefecture') || byReading(a.gov, b.gov)),
    false,
  );
}

/** All 47 prefectures by region, north to south. */
export function prefectureIndex(dataset: Dataset): RegionGroup<never>[] {
  return byRegion(dataset, () => [], true);
}

/** How many listed bodies a prefecture has (itself included). */
export function listedCountOf(dataset: Dataset, prefectureCode: string): number {
  const byCode = new Map(dataset.govs.map((gov) => [gov.code, gov]));
  return dataset.acceptance.filter((entry) => byCode.get(entry.code)?.prefectureCode === prefectureCode).length;
}

export interface StatusItem {
  readonly gov: LocalGov;
  /** Its own entry, or for a ward its city's. */
  readonly acceptance?: Acceptance;
  readonly wards: readonly StatusItem[];
}

export interface KindGroup {
  /** 市, 区 (the 23 special wards), 町, 村 */
  readonly label: string;
  readonly items: readonly StatusItem[];
}

export interface PrefecturePage {
  readonly prefecture: LocalGov;
  readonly slug: string;
  readonly acceptance?: Acceptance;
  readonly groups: readonly KindGroup[];
  /** The listed bodies of this prefecture, the prefecture first. */
  readonly listed: readonly LocalGov[];
  readonly total: number;
}

const KIND_LABELS = ['市', '区', '町', '村'] as const;

/** Every local government of one prefecture, grouped by 市・区・町・村 and ordered by reading. */
export function prefecturePage(dataset: Dataset, prefecture: LocalGov): PrefecturePage {
  const acceptance = new Map(dataset.acceptance.map((entry) => [entry.code, entry]));
  const inPrefecture = dataset.govs.filter((gov) => gov.prefectureCode === prefecture.code && gov.kind !== 'prefecture');
  const wardsOf = (city: LocalGov): StatusItem[] =>
    inPrefecture
      .filter((gov) => gov.cityCode === city.code)
      .sort(byReading)
      .map((ward) => ({ gov: ward, ...(acceptance.has(city.code) ? { acceptance: acceptance.get(city.code)! } : {}), wards: [] }));
  const municipalities = inPrefecture.filter((gov) => gov.kind === 'municipality').sort(byReading);
  const groups = KIND_LABELS.map((label) => ({
    label,
    items: municipalities
      .filter((gov) => gov.name.endsWith(label))
      .map((gov) => ({ gov, ...(acceptance.has(gov.code) ? { acceptance: acceptance.get(gov.code)! } : {}), wards: wardsOf(gov) })),
  })).filter((group) => group.items.length > 0);
  const listed = [prefecture, ...municipalities].filter((gov) => acceptance.has(gov.code));
  return {
    prefecture,
    slug: prefectureSlug(prefecture),
    ...(acceptance.has(prefecture.code) ? { acceptance: acceptance.get(prefecture.code)! } : {}),
    groups,
    listed,
    total: inPrefecture.length + 1,
  };
}

/** Every prefecture, for the static routes. */
export function prefectures(dataset: Dataset): LocalGov[] {
  return prefecturesOf(dataset);
}
