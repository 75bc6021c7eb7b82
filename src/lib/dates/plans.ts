/**
 * Plans with a date. The deck (May 2021) says what was to happen later: 「令和4年6月から…加わる」.
 * Once that date has passed, the site must not repeat the plan as if it were still ahead; it
 * reports what the deck said then, and sends the reader to the official page for today. The
 * build knows its date (`buildDay`), and `planTense` decides the wording mechanically.
 */
import { parsePlainDate, type PlainDate } from './index.ts';

/**
 * The day the site is built: SOURCE_DATE_EPOCH's day when set (reproducible builds), otherwise
 * today (UTC). Japan is ahead of UTC, so a plan dated on the first of a month reads as past from
 * 09:00 JST that day at the latest: never earlier than it should.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now: Date = new Date()): PlainDate {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const moment = epoch === undefined || epoch === '' ? now : new Date(Number(epoch) * 1000);
  if (Number.isNaN(moment.getTime())) throw new Error(`SOURCE_DATE_EPOCH「${epoch}」は秒数ではありません`);
  return { year: moment.getUTCFullYear(), month: moment.getUTCMonth() + 1, day: moment.getUTCDate() };
}

/** The first day a plan's date covers: YYYY-MM-DD as is, YYYY-MM its first day. */
export function planStart(when: string): PlainDate {
  if (/^\d{4}-\d{2}$/.test(when)) return parsePlainDate(`${when}-01`);
  return parsePlainDate(when);
}

/** 'past' once the plan's date has come (on that day or after), 'ahead' before it. */
export function planTense(when: string, today: PlainDate): 'past' | 'ahead' {
  const start = planStart(when);
  const order = today.year - start.year || today.month - start.month || today.day - start.day;
  return order >= 0 ? 'past' : 'ahead';
}

/** The particles a plan's date may take: 「6月から」, 「10月までに」, 「6月に」. */
export const PLAN_PARTICLES = ['から', 'までに', 'に'] as const;
export type PlanParticle = (typeof PLAN_PARTICLES)[number];

/**
 * Checks what a writer gives a plan: `what` is a clause in its plain form, which both wordings
 * end with 予定です／予定でした (「療育手帳の情報が加わる」), so it must not end in です・ます or
 * a full stop.
 */
export function planProblems(plan: { date: string; particle: string; what: string; said: string }): string[] {
  const problems: string[] = [];
  for (const field of ['date', 'said'] as const) {
    try {
      planStart(plan[field]);
    } catch (error) {
      problems.push(`${field}: ${(error as Error).message}`);
    }
  }
  if (!(PLAN_PARTICLES as readonly string[]).includes(plan.particle)) problems.push(`particle: 「${plan.particle}」は ${PLAN_PARTICLES.join('・')} のどれかにしてください`);
  if (plan.what.trim() === '') problems.push('what: 予定の中身が空です');
  else if (/(です|ます|でした|ました|予定|。)$/.test(plan.what.trim())) problems.push(`what: 「${plan.what}」は「〜する」の形（です・ます、予定、句点なし）で書いてください`);
  if (problems.length === 0 && planTense(plan.date, planStart(plan.said)) === 'past') {
    // A source cannot announce as a plan what had already happened when it was written.
    problems.push(`said: 資料の日付（${plan.said}）が、予定の日付（${plan.date}）と同じか後です`);
  }
  return problems;
}
