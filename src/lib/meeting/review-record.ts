// The review record ("Kỳ kiểm điểm"): who meets (a chi bộ, or a đảng bộ for its own review),
// under which committee, for which year, under which ruleset, when and with which secretary —
// entered once and read by the roster, the vote tally, the awards check, Mẫu 02 and every
// document. A draft of type 'review-record' in the shared drafts store (autosaved, listed on
// /ban-nhap/, exported and imported like every draft), validated by its schema whenever
// it is read, written or imported (review-record-schema.ts). Also the plan's calendar as a
// checklist (`done`). This module holds what the screens do with a record; no zod.
import type { RulesetId } from '../../rules/codes.ts';
import { unitTitle } from '../documents/text.ts';
import type { ReviewRecord } from './review-record-schema.ts';

export type { ReviewRecord } from './review-record-schema.ts';
export const REVIEW_RECORD_TYPE = 'review-record';

export function newReviewRecord(today: string, rulesetId: RulesetId, reviewYear: number): ReviewRecord {
  return {
    schema: 1, orgKind: 'chi-bo', orgName: '', parentName: '', place: '', locality: '', reviewYear, rulesetId, rulesetManual: false,
    meetingDate: today, secretary: '', done: [],
  };
}

/** "Chi bộ Khu dân cư số 3" / "Đảng bộ phường Sao Đỏ", the word written once. */
export const recordUnitName = (r: Pick<ReviewRecord, 'orgKind' | 'orgName'>) => unitTitle(r.orgKind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', r.orgName);

/** The name a record is listed under. */
export const reviewRecordName = (r: ReviewRecord) => `Kỳ kiểm điểm năm ${r.reviewYear}${r.orgName.trim() ? ` — ${recordUnitName(r)}` : ''}`;



/** True when `patch` would change `current` (a screen copies the record only when it differs). */
export function differs<T extends object>(patch: Partial<T>, current: T): boolean {
  return (Object.keys(patch) as (keyof T)[]).some((k) => patch[k] !== current[k]);
}

/** What a roster takes from its record. The meeting date is the evaluation date of every rating. */
export function rosterFromRecord(id: string, r: ReviewRecord) {
  return {
    recordId: id, title: r.orgName, parent: r.parentName, place: r.place, mode: r.orgKind, rulesetId: r.rulesetId,
    reviewYear: r.reviewYear, secretary: r.secretary, ...(r.meetingDate ? { evaluationDate: r.meetingDate } : {}),
  };
}

/** What a vote-tally sheet takes from its record (the voting profile is the ruleset's own, where there is one). */
export function tallyFromRecord(id: string, r: ReviewRecord, profileIds: readonly string[]) {
  return {
    recordId: id, title: r.orgName, parent: r.parentName, place: r.place, reviewYear: r.reviewYear, secretary: r.secretary,
    ...(r.meetingDate ? { date: r.meetingDate } : {}),
    ...(profileIds.includes(r.rulesetId) ? { profileId: r.rulesetId } : {}),
  };
}

/** What a personal review (Mẫu 02) takes from its record. */
export function reviewFromRecord(id: string, r: ReviewRecord) {
  return {
    recordId: id, rulesetId: r.rulesetId, year: r.reviewYear, place: r.place,
    chiBo: r.orgKind === 'chi-bo' ? r.orgName : '', dangBo: r.orgKind === 'chi-bo' ? r.parentName : r.orgName,
  };
}
