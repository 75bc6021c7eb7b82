/**
 * Display settings (表示設定): the choices, their labels, and reading/writing the stored value.
 * The same allowed values are hard-coded in src/scripts/display-settings-boot.js, which must run
 * before first paint without imports; a unit test keeps the two in step.
 */

export const STORAGE_KEY = 'mynumber-guide:display';

export const SETTINGS = {
  textSize: {
    attribute: 'data-text-size',
    legend: '文字の大きさ',
    help: 'ブラウザーで決めた大きさを100%として、さらに大きくします。',
    options: [
      { value: 'default', label: '標準（100%）' },
      { value: 'large', label: '大きい（125%）' },
      { value: 'larger', label: 'もっと大きい（150%）' },
      { value: 'largest', label: 'いちばん大きい（200%）' },
    ],
  },
  lineSpacing: {
    attribute: 'data-line-spacing',
    legend: '行の間隔',
    help: '行と行のあいだを広げると、次の行を見つけやすくなります。',
    options: [
      { value: 'default', label: '標準' },
      { value: 'wide', label: '広い' },
      { value: 'wider', label: 'もっと広い' },
    ],
  },
  theme: {
    attribute: 'data-theme',
    legend: '文字と背景の色',
    help: '「標準」は、お使いの端末の明るい・暗い表示の設定に合わせます。',
    options: [
      { value: 'default', label: '標準（端末の設定に合わせる）' },
      { value: 'light', label: '白地に黒' },
      { value: 'dark', label: '黒地に白' },
      { value: 'yellow', label: '黒地に黄' },
      { value: 'blue', label: '青地に白' },
    ],
  },
  furigana: {
    attribute: 'data-furigana',
    legend: 'ふりがな',
    help: '漢字の上に、読み方を小さく表示します。画面読み上げソフトは、同じことばを二度読まないように、ふりがなを読みません。',
    options: [
      { value: 'default', label: '標準（やさしい日本語のまとめにだけ付ける）' },
      { value: 'on', label: 'すべての漢字に付ける' },
      { value: 'off', label: '付けない' },
    ],
  },
  captions: {
    attribute: 'data-captions',
    legend: '動画の字幕',
    help: '手話の動画などに付いている字幕を、はじめから出すかどうかを選びます。動画の「字幕」ボタンでも、いつでも切り替えられます。',
    options: [
      { value: 'default', label: '出す（標準）' },
      { value: 'off', label: '出さない' },
    ],
  },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type DisplaySettings = Partial<Record<SettingName, string>>;

/** Keeps only known settings with known values; 'default' means "not set". */
export function sanitize(input: unknown): DisplaySettings {
  if (typeof input !== 'object' || input === null) return {};
  const result: DisplaySettings = {};
  for (const name of Object.keys(SETTINGS) as SettingName[]) {
    const value = (input as Record<string, unknown>)[name];
    const allowed = SETTINGS[name].options.some((option) => option.value === value && value !== 'default');
    if (allowed) result[name] = value as string;
  }
  return result;
}

/** Parses the stored JSON; anything unreadable counts as no settings. */
export function parseStored(text: string | null): DisplaySettings {
  if (!text) return {};
  try {
    return sanitize(JSON.parse(text));
  } catch {
    return {};
  }
}
