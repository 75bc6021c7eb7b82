/**
 * The data the browser finder loads (/disability-id/municipalities/finder-data.json): every
 * local government as a nested list of [code, name, reading, children?], which is what
 * compresses best, plus the acceptance list. The search keys are rebuilt in the browser from
 * this, by the same code the build and the CLI use.
 */
import type { Acceptance } from './acceptance.ts';
import type { LocalGov } from './local-governments.ts';

type Node = [code: string, name: string, reading: string] | [code: string, name: string, reading: string, children: Node[]];

export interface FinderPayload {
  readonly version: 1;
  readonly governments: Node[];
  readonly northernTerritories: string[];
  readonly acceptance: readonly Acceptance[];
}

export interface FinderData {
  readonly govs: readonly LocalGov[];
  readonly acceptance: readonly Acceptance[];
}

export function toPayload(data: FinderData): FinderPayload {
  const childrenOf = new Map<string, LocalGov[]>();
  const parentOf = (gov: LocalGov) => (gov.kind === 'ward' ? gov.cityCode : gov.kind === 'municipality' ? gov.prefectureCode : undefined);
  for (const gov of data.govs) {
    const parent = parentOf(gov);
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), gov]);
  }
  const node = (gov: LocalGov): Node => {
    const children = childrenOf.get(gov.code);
    return children ? [gov.code, gov.name, gov.reading, children.map(node)] : [gov.code, gov.name, gov.reading];
  };
  return {
    version: 1,
    governments: data.govs.filter((gov) => gov.kind === 'prefecture').map(node),
    northernTerritories: data.govs.filter((gov) => gov.northernTerritory).map((gov) => gov.code),
    acceptance: data.acceptance,
  };
}

function fail(where: string): never {
  throw new Error(`市区町村のデータが壊れています（${where}）`);
}

function isNode(value: unknown): value is Node {
  return (
    Array.isArray(value) &&
    (value.length === 3 || (value.length === 4 && Array.isArray(value[3]))) &&
    value.slice(0, 3).every((field) => typeof field === 'string')
  );
}

/** Reads a payload back; throws a short message if it is not one (a broken or stale download). */
export function fromPayload(value: unknown): FinderData {
  if (typeof value !== 'object' || value === null) fail('全体');
  const payload = value as Partial<FinderPayload>;
  if (payload.version !== 1) fail('version');
  if (!Array.isArray(payload.governments) || !Array.isArray(payload.northernTerritories) || !Array.isArray(payload.acceptance)) fail('項目');
  const northern = new Set(payload.northernTerritories);
  const govs: LocalGov[] = [];
  for (const prefecture of payload.governments) {
    if (!isNode(prefecture)) fail('都道府県');
    const [code, name, reading, municipalities = []] = prefecture;
    govs.push({ code, kind: 'prefecture', name, reading, prefectureCode: code });
    for (const municipality of municipalities) {
      if (!isNode(municipality)) fail(code);
      const [cityCode, cityName, cityReading, wards = []] = municipality;
      govs.push({ code: cityCode, kind: 'municipality', name: cityName, reading: cityReading, prefectureCode: code, ...(northern.has(cityCode) ? { northernTerritory: true as const } : {}) });
      for (const ward of wards) {
        if (!isNode(ward)) fail(cityCode);
        govs.push({ code: ward[0], kind: 'ward', name: ward[1], reading: ward[2], prefectureCode: code, cityCode });
      }
    }
  }
  for (const entry of payload.acceptance as ReadonlyArray<Partial<Acceptance> | null | undefined>) {
    if (typeof entry?.code !== 'string' || typeof entry.asOf !== 'string' || typeof entry.scope !== 'string') fail('acceptance');
  }
  return { govs, acceptance: payload.acceptance };
}
