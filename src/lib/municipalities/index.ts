/**
 * Local governments of Japan and the ミライロID acceptance list: codes and check digits,
 * readings and romaji, the search behind the municipality finder, and what the finder says.
 * Pure TypeScript, shared by the build (src/data/municipalities.ts, the pages), the CLI
 * (scripts/municipality.mjs) and the browser (src/scripts/municipality-finder.ts).
 */
export { checkDigitOf, hasValidCheckDigit, withCheckDigit } from './check-digit.ts';
export { readCsv, checkColumns, type CsvRecord, type CsvTable } from './csv.ts';
export { DataError, formatDataProblems, type DataProblem } from './problems.ts';
export { KANJI_VARIANTS } from './variants.ts';
export { digitsOf, isLatin, romajiKey, textKey, withoutInvisible } from './normalise.ts';
export { toHepburn, toHepburnWithMacrons, toWapuro } from './romaji.ts';
export {
  buildLocalGovs,
  type LocalGov,
  type LocalGovKind,
  type LocalGovSources,
  type SourceText,
} from './local-governments.ts';
export {
  ACCEPTANCE_COLUMNS,
  isCalendarDate,
  listDates,
  OPTIONAL_ACCEPTANCE_COLUMNS,
  readAcceptance,
  type Acceptance,
  type PortalLink,
} from './acceptance.ts';
export { HANDBOOK_NAMES, SUFFIX_READINGS, withoutSuffix, type Handbook } from './names.ts';
export { buildDataset, type Dataset, type DatasetSources } from './dataset.ts';
export { prefectureNumber, prefectureSlug, regionOf, REGIONS, type Region } from './regions.ts';
export {
  buildSearchIndex,
  search,
  type FinderState,
  type Hit,
  type QueryProblem,
  type SearchIndex,
  type SearchResult,
} from './search.ts';
export { MAX_QUERY_LENGTH } from '../japanese/query.ts';
export { fromPayload, toPayload, type FinderData, type FinderPayload } from './finder-data.ts';
export {
  acceptanceDetails,
  adviceText,
  CHECK_CURRENT,
  dateText,
  displayName,
  displayReading,
  hitText,
  listLabel,
  NORTHERN_TERRITORY_NOTE,
  prefectureScopeNote,
  QUERY_EXAMPLES,
  statusMessage,
} from './answers.ts';
export {
  acceptanceByRegion,
  listedCountOf,
  prefectureIndex,
  prefecturePage,
  prefectures,
  type KindGroup,
  type ListedBody,
  type PrefectureGroup,
  type PrefecturePage,
  type RegionGroup,
  type StatusItem,
} from './views.ts';
