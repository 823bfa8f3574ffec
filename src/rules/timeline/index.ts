// The review calendar of the plans (order of steps, deadlines) as data with citations.
export type { Timeline, TimelineStep } from './model.ts';
export { TIMELINES } from './plans.ts';
import type { Timeline } from './model.ts';
import { TIMELINES } from './plans.ts';

const NONE = 'Văn bản của quy định này chưa có trong thư viện nên chưa có mốc thời gian; xem kế hoạch của cấp ủy cấp trên.';

/** The calendar the review under `rulesetId` follows (never another plan's). */
export function timelineFor(rulesetId: string): Timeline {
  return TIMELINES[rulesetId] ?? { doc: '', steps: [], silence: NONE };
}

/** "10/12/2025" from an ISO date. */
export const dayMonthYear = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** Days from `today` to a deadline (negative when past; the deadline day itself is already late). */
export function daysLeft(before: string, today: string): number {
  return Math.round((Date.parse(before) - Date.parse(today)) / 86_400_000);
}
