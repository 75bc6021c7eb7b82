/** How the player and the downloads page state an audio file's length and size, in Japanese. */

/** 233000 → 「3分53秒」; under a minute → 「45秒」. */
export function lengthLabel(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest}秒` : `${minutes}分${rest}秒`;
}

/** Bytes as the site writes sizes: 1,234,567 → 「1.2MB」, 12,345 → 「12KB」. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)}MB`;
  return `${Math.max(1, Math.round(bytes / 1000))}KB`;
}
