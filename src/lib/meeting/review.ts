// The personal review form (Mẫu 02) as a draft of type 'review': what a member types into it is
// kept on the device like any other draft (autosaved, listed on /ban-nhap/, exported and
// imported), validated by the schema below whenever it is read, written or imported.
import * as z from 'zod/mini';
import { GRADE_CODES, LEVEL_CODES_PRINT } from '../documents/labels.ts';
import { REVIEW_TEXT_KEYS, type PersonalReviewData } from '../documents/personal-review.ts';
import { registerDraftType } from '../drafts/registry.ts';
import { isoDate, text } from './schema-parts.ts';
import type { ReviewRecord } from './review-record.ts';

export const REVIEW_TYPE = 'review';

const level = z.nullable(z.enum(LEVEL_CODES_PRINT, { error: 'cấp độ không hợp lệ' }));
const grade = z.nullable(z.enum(GRADE_CODES, { error: 'mức xếp loại không hợp lệ' }));

export const PersonalReviewSchema: z.ZodMiniType<PersonalReviewData> = z.strictObject({
  year: z.int({ error: 'năm phải là số nguyên' }).check(z.minimum(1900, { error: 'năm không hợp lệ' }), z.maximum(2200, { error: 'năm không hợp lệ' })),
  place: text(100),
  // The date box may be left empty (the print then leaves the date to be written by hand).
  date: z.union([z.literal(''), isoDate()]),
  dangBo: text(200), chiBo: text(200), fullName: text(200), birthDate: text(40),
  partyPosition: text(200), govPosition: text(200), massOrgPosition: text(200), workUnit: text(200),
  levels: z.strictObject({ I1: level, I2: level, III: level }),
  proposedMember: grade,
  proposedCivilServant: grade,
  texts: z.partialRecord(z.enum(REVIEW_TEXT_KEYS), text(20_000)),
  /** The review record the form was filled from (its chi bộ, đảng bộ, year, place). */
  recordId: z.optional(text(100)),
  /** The ruleset of that record: it decides which form the print follows and says so. */
  rulesetId: z.optional(text(40)),
}) as unknown as z.ZodMiniType<PersonalReviewData>;

/** An empty form for the year of `today` (ISO date), dated today. */
export const newPersonalReview = (today: string): PersonalReviewData => ({
  year: Number(today.slice(0, 4)), place: '', date: today, dangBo: '', chiBo: '', fullName: '', birthDate: '',
  partyPosition: '', govPosition: '', massOrgPosition: '', workUnit: '',
  levels: { I1: null, I2: null, III: null }, proposedMember: null, proposedCivilServant: null, texts: {},
});

/** The name a review draft is listed under. */
export const reviewDraftName = (d: PersonalReviewData) => `Bản kiểm điểm ${d.year}${d.fullName.trim() ? ` — ${d.fullName.trim()}` : ''}`;

registerDraftType<PersonalReviewData>({
  type: REVIEW_TYPE,
  label: 'Công cụ họp — bản kiểm điểm',
  schema: PersonalReviewSchema,
  kindLabel: (d) => `Bản kiểm điểm cá nhân năm ${d.year}`,
  href: (id) => `/cong-cu-hop/ban-kiem-diem/?ban-nhap=${encodeURIComponent(id)}`,
});

/** What a personal review (Mẫu 02) takes from its record. */
export function reviewFromRecord(id: string, r: ReviewRecord) {
  return {
    recordId: id, rulesetId: r.rulesetId, year: r.reviewYear, place: r.place,
    chiBo: r.orgKind === 'chi-bo' ? r.orgName : '', dangBo: r.orgKind === 'chi-bo' ? r.parentName : r.orgName,
  };
}
