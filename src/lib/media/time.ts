/**
 * The entry's duration (1:02 or 1:02:03), and how a time is shown and read out. WebVTT
 * timestamps are read by src/lib/webvtt, in milliseconds.
 */

/** An entry's duration (m:ss or h:mm:ss) in seconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(?:(\d+):([0-5]\d):([0-5]\d)|(\d+):([0-5]\d))$/.exec(text);
  if (!match) return undefined;
  if (match[1] !== undefined) return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
  return Number(match[4]) * 60 + Number(match[5]);
}

/** A clock for the screen: 0:05, 1:02, 1:02:03 (whole seconds, rounded down). */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** A length as words, for text and screen readers: 1分35秒, 12秒, 1時間2分. */
export function formatSpokenDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  const parts = [hours > 0 ? `${hours}時間` : '', minutes > 0 ? `${minutes}分` : '', rest > 0 || whole === 0 ? `${rest}秒` : ''];
  return parts.join('');
}
