/**
 * WebVTT timestamps (W3C WebVTT, §"WebVTT timestamp": [hh:]mm:ss.ttt), in the one unit the
 * site's times are kept in: whole milliseconds.
 */

/** 2585 → 00:00:02.585. Hours are always written, as the audio guides' files have them. */
export function formatTimestamp(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`WebVTT time must be a non-negative number of milliseconds, got ${ms}`);
  const total = Math.round(ms);
  const hours = Math.floor(total / 3_600_000);
  const minutes = Math.floor((total % 3_600_000) / 60_000);
  const seconds = Math.floor((total % 60_000) / 1000);
  const millis = total % 1000;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}`;
}

/** A WebVTT timestamp in milliseconds, or undefined when it is not one. */
export function parseTimestamp(text: string): number | undefined {
  const match = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/.exec(text);
  if (!match) return undefined;
  const [, hours, minutes, seconds, millis] = match;
  return Number(hours ?? 0) * 3_600_000 + Number(minutes) * 60_000 + Number(seconds) * 1000 + Number(millis);
}
