// The review record ("Kỳ kiểm điểm"): who meets (a chi bộ, or a đảng bộ for its own review),
// under which committee, for which year, under which ruleset, when and with which secretary —
// entered once and read by the roster, the vote tally, the awards check, Mẫu 02 and every
// document. A draft of type 'review-record' in the shared drafts store (autosaved, listed on
// /ban-nhap/, exported and imported like every draft), validated by its schema whenever
// it is read, written or imported (review-record-schema.ts). Also the plan's calendar as a
// checklist (`done`). This module holds what the screens do with a record; no zod.
import { unitTitle } from '../documents/text.ts';
import type { ReviewRecord } from './review-record-schema.ts';

export type { ReviewRecord } from './review-record-schema.ts';
export const REVIEW_RECORD_TYPE = 'review-record';

/** "Chi bộ Khu dân cư số 3" / "Đảng bộ phường Sao Đỏ", the word written once. */
export const recordUnitName = (r: Pick<ReviewRecord, 'orgKind' | 'orgName'>) => unitTitle(r.orgKind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', r.orgName);

/** True when `patch` would change `current` (a screen copies the record only when it differs). */
export function differs<T extends object>(patch: Partial<T>, current: T): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== current[k]);
}

