/**
 * How local governments and disability handbooks are named: what the browser's finder needs of
 * the data modules, kept apart from the CSV readers (acceptance.ts, local-governments.ts), so
 * that the finder's bundle never takes in the CSV parser.
 */

export type Handbook = 'physical' | 'intellectual' | 'mental';

export const HANDBOOK_NAMES: Readonly<Record<Handbook, string>> = {
  physical: '身体障害者手帳',
  intellectual: '療育手帳',
  mental: '精神障害者保健福祉手帳',
};

/** The name endings and how each is read. 町 and 村 have two readings each (沖縄 reads 村 そん). */
export const SUFFIX_READINGS: Readonly<Record<string, readonly string[]>> = {
  都: ['と'],
  道: ['どう'],
  府: ['ふ'],
  県: ['けん'],
  市: ['し'],
  区: ['く'],
  町: ['ちょう', 'まち'],
  村: ['そん', 'むら'],
};

/**
 * A name and reading without the ending: 佐倉市 さくらし → 佐倉 さくら. 北海道 keeps its 道,
 * because nobody calls it 北海. Undefined when the reading does not end as the name says.
 */
export function withoutSuffix(name: string, reading: string): { name: string; reading: string } | undefined {
  if (name === '北海道') return { name, reading };
  const readings = SUFFIX_READINGS[name.slice(-1)];
  const ending = readings?.find((candidate) => reading.endsWith(candidate) && reading.length > candidate.length);
  if (!ending || name.length < 2) return undefined;
  return { name: name.slice(0, -1), reading: reading.slice(0, -ending.length) };
}
