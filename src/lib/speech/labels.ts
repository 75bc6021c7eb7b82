/**
 * How the player and the downloads page state an audio file's length, in Japanese. Its size is
 * written by the one size formatter of the downloads, formatBytes in src/lib/download-info.
 */

/** 233000 → 「3分53秒」; under a minute → 「45秒」. */
export function lengthLabel(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes === 0 ? `${rest}秒` : `${minutes}分${rest}秒`;
}
