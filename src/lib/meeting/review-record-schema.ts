// The stored shape of the review record (draft type 'review-record', see review-record.ts),
// registered with the shared drafts store, which validates every record of this type against it
// when reading, writing and importing. Kept apart from the helpers so a screen that only shows
// the record (the banner) loads the schema when it reads the record, not with the page.
import * as z from 'zod/mini';
import { RULESET_IDS, type RulesetId } from '../../rules/codes.ts';
import { recordUnitName } from './review-record.ts';
import { registerDraftType } from '../drafts/registry.ts';
import { isoDate, text } from './schema-parts.ts';

export const REVIEW_RECORD_TYPE = 'review-record';

export const ReviewRecordSchema = z.strictObject({
  schema: z.literal(1),
  /** A chi bộ reviewing its members, or a đảng bộ reviewing its organizations. */
  orgKind: z.enum(['chi-bo', 'dang-bo'], { error: 'cấp tổ chức không hợp lệ' }),
  /** As the user types it, with or without "Chi bộ" / "Đảng bộ" (documents write the word once). */
  orgName: text(200),
  /** The committee above ("Đảng bộ phường Sao Đỏ"). */
  parentName: text(200),
  /** Place name on the documents' date line. */
  place: text(100),
  /** Locality slug of the plan ('' = the central rules only). */
  locality: text(40),
  reviewYear: z.int({ error: 'năm phải là số nguyên' }).check(z.minimum(2000, { error: 'năm không hợp lệ' }), z.maximum(2100, { error: 'năm không hợp lệ' })),
  rulesetId: z.enum(RULESET_IDS, { error: 'bộ quy tắc không hợp lệ' }),
  /** The user picked the ruleset by hand (otherwise it follows the date and the locality). */
  rulesetManual: z.boolean(),
  /** The meeting day ('' while not fixed; documents then leave the date to be written in). */
  meetingDate: z.union([z.literal(''), isoDate()]),
  secretary: text(200),
  /** Ids of the calendar steps (src/rules/timeline) marked done. */
  done: z.array(text(80)).check(z.maxLength(200)),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;


registerDraftType<ReviewRecord>({
  type: REVIEW_RECORD_TYPE,
  label: 'Công cụ họp — kỳ kiểm điểm',
  schema: ReviewRecordSchema,
  kindLabel: (d) => `${d.orgKind === 'chi-bo' ? 'Chi bộ' : 'Đảng bộ'}, năm ${d.reviewYear}`,
  href: (id) => `/cong-cu-hop/ky-kiem-diem/?ban-nhap=${encodeURIComponent(id)}`,
});

export function newReviewRecord(today: string, rulesetId: RulesetId, reviewYear: number): ReviewRecord {
  return {
    schema: 1, orgKind: 'chi-bo', orgName: '', parentName: '', place: '', locality: '', reviewYear, rulesetId, rulesetManual: false,
    meetingDate: today, secretary: '', done: [],
  };
}

/** The name a record is listed under. */
export const reviewRecordName = (r: ReviewRecord) => `Kỳ kiểm điểm năm ${r.reviewYear}${r.orgName.trim() ? ` — ${recordUnitName(r)}` : ''}`;
