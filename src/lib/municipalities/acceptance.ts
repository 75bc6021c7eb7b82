/**
 * The acceptance list (content/municipalities/acceptance.csv): which local governments accept
 * the ミライロID, with what the source says and nothing more. Every row must resolve to
 * exactly one local government whose name it spells exactly; dates must be real dates.
 */
import { hasValidCheckDigit } from './check-digit.ts';
import { checkColumns, readCsv } from './csv.ts';
import { HANDBOOK_NAMES, type Handbook } from './names.ts';
import type { LocalGov, SourceText } from './local-governments.ts';
import type { DataProblem } from './problems.ts';

export type PortalLink = 'required' | 'not-required';

/** One accepting body, as the finder and the pages need it. */
export interface Acceptance {
  readonly code: string;
  /** What the acceptance covers, in the source's terms (公共施設・公営サービス等). */
  readonly scope: string;
  /** The date of the source's list, YYYY-MM-DD. */
  readonly asOf: string;
  /** Id in content/data/sources.yaml. */
  readonly source: string;
  /** When acceptance started, YYYY-MM-DD or YYYY-MM, if an official source says. */
  readonly since?: string;
  /** Whether only IDs linked to マイナポータル are accepted, if an official source says. */
  readonly portalLink?: PortalLink;
  /** The 手帳 accepted, if an official source says. */
  readonly handbooks?: readonly Handbook[];
}

export const ACCEPTANCE_COLUMNS = ['code', 'name', 'scope', 'asOf', 'source'] as const;
export const OPTIONAL_ACCEPTANCE_COLUMNS = ['since', 'portalLink', 'handbooks'] as const;

/** Whether `text` is a real calendar day (YYYY-MM-DD) or, with `monthOnly`, also YYYY-MM. */
export function isCalendarDate(text: string, monthOnly = false): boolean {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match || (match[3] === undefined && !monthOnly)) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3] ?? '1')];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

export interface AcceptanceContext {
  readonly govs: readonly LocalGov[];
  readonly sourceIds: ReadonlySet<string>;
}

export function readAcceptance(source: SourceText, context: AcceptanceContext): { entries: Acceptance[]; problems: DataProblem[] } {
  const file = source.path;
  const table = readCsv(source.text, file);
  const columnProblems = checkColumns(table, file, ACCEPTANCE_COLUMNS, OPTIONAL_ACCEPTANCE_COLUMNS);
  const problems: DataProblem[] = [...table.problems, ...columnProblems];
  if (columnProblems.length > 0) return { entries: [], problems };

  const byCode = new Map(context.govs.map((gov) => [gov.code, gov]));
  const seen = new Map<string, number>();
  const entries: Acceptance[] = [];
  for (const { line, values } of table.records) {
    const at = (field: string, message: string) => problems.push({ file, line, field, message });
    const before = problems.length;
    const code = values['code'] ?? '';
    const name = values['name'] ?? '';
    let gov: LocalGov | undefined;
    if (!/^\d{6}$/.test(code)) {
      at('code', `「${code}」は6けたの全国地方公共団体コードではありません（5けたなら、検査数字をつけてください）`);
    } else if (!hasValidCheckDigit(code)) {
      at('code', `「${code}」は検査数字（6けた目）が合いません`);
    } else if (seen.has(code)) {
      at('code', `${code} は ${seen.get(code)} 行目にもあります`);
    } else {
      seen.set(code, line);
      gov = byCode.get(code);
      if (!gov) at('code', `${code} は地方公共団体の一覧にありません`);
      else if (gov.kind === 'ward') {
        const city = gov.cityCode ? byCode.get(gov.cityCode) : undefined;
        at('code', `${code}（${gov.name}）は政令市の区です。区ではなく、市（${city?.name ?? gov.cityCode}）の行にしてください`);
      } else if (gov.name !== name) at('name', `${code} の名前は「${gov.name}」です（「${name}」と書かれています）`);
    }
    const scope = values['scope'] ?? '';
    if (scope === '') at('scope', '何に使えるか（資料の書き方）を書いてください');
    const asOf = values['asOf'] ?? '';
    if (!isCalendarDate(asOf)) at('asOf', `「${asOf}」は日付（YYYY-MM-DD）ではないか、ない日付です`);
    const sourceId = values['source'] ?? '';
    if (!context.sourceIds.has(sourceId)) at('source', `「${sourceId}」は content/data/sources.yaml にありません`);
    const since = values['since'] ?? '';
    if (since !== '' && !isCalendarDate(since, true)) at('since', `「${since}」は日付（YYYY-MM-DD か YYYY-MM）ではないか、ない日付です`);
    else if (since !== '' && isCalendarDate(asOf) && since > asOf) at('since', `使い始めた日 ${since} が、資料の日付 ${asOf} より後です`);
    const portalLink = values['portalLink'] ?? '';
    if (portalLink !== '' && portalLink !== 'required' && portalLink !== 'not-required') {
      at('portalLink', `「${portalLink}」ではなく required か not-required と書くか、空にしてください`);
    }
    const handbookText = values['handbooks'] ?? '';
    const handbooks = handbookText === '' ? [] : handbookText.split(';').map((item) => item.trim());
    for (const handbook of handbooks) {
      if (!(handbook in HANDBOOK_NAMES)) at('handbooks', `「${handbook}」ではなく physical, intellectual, mental を ; で区切って書いてください`);
    }
    if (problems.length > before || !gov) continue;
    entries.push({
      code,
      scope,
      asOf,
      source: sourceId,
      ...(since ? { since } : {}),
      ...(portalLink ? { portalLink: portalLink as PortalLink } : {}),
      ...(handbooks.length > 0 ? { handbooks: handbooks as Handbook[] } : {}),
    });
  }
  return { entries, problems };
}

/** The dates the list is based on: one date when every row has the same. */
export function listDates(entries: readonly Acceptance[]): { oldest: string; newest: string } | undefined {
  if (entries.length === 0) return undefined;
  const dates = entries.map((entry) => entry.asOf).sort();
  return { oldest: dates[0]!, newest: dates[dates.length - 1]! };
}
