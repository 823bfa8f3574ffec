// The stored shape of the đảng ủy's summary ("Tổng hợp kết quả xếp loại", draft type
// 'summary'): the chi bộ results it was built from, one unit per imported file (or per chi bộ
// of a lower đảng ủy's own summary file), validated on every read, write and import. The same
// file, exported, is what a đảng ủy sends up: the summary above imports it unit by unit.
// Apart from summary.ts, which computes with the rules engine, so /ban-nhap/ loads no rules.
import * as z from 'zod/mini';
import { RATING_CODES } from '../../rules/codes.ts';
import { registerDraftType } from '../drafts/registry.ts';
import type { RosterOrg } from './roster-schema.ts';
import { recordLink, reviewYear, sheetHeading, text } from './schema-parts.ts';

export const SUMMARY_TYPE = 'summary';

export const SummaryMemberSchema = z.strictObject({
  name: text(200),
  proposed: z.enum([...RATING_CODES, ''], { error: 'mức xếp loại không hợp lệ' }),
});

export const SummaryUnitSchema = z.strictObject({
  id: text(40, 1),
  /** The file it came from (shown next to every conflict). */
  source: text(300),
  name: text(200),
  kind: z.enum(['chi-bo', 'dang-bo']),
  parentName: text(200),
  /** A lower đảng ủy whose summary brought this unit up ('' when it came straight from a chi bộ). */
  via: text(200),
  reviewYear: z.nullable(reviewYear()),
  /** As the file names it (may be a ruleset this app does not know: then flagged). */
  rulesetId: text(40),
  evaluationDate: z.union([z.literal(''), z.iso.date()]),
  members: z.array(SummaryMemberSchema).check(z.maxLength(5000, { error: 'tối đa 5 000 đảng viên một chi bộ' })),
  /**
   * The chi bộ's own criteria, when the file has them (the app's JSON): the engine rates the chi
   * bộ. Fully validated twice elsewhere — by the roster schema when the file is imported, and by
   * the case schema whenever the engine rates it — so the stored copy is only checked to be an
   * object here, which keeps the case schema out of this page's first load.
   */
  org: z.optional(z.record(z.string(), z.unknown()) as unknown as z.ZodMiniType<RosterOrg>),
  /** The rating the file states (a spreadsheet has no criteria to rate the chi bộ again). */
  statedRating: z.optional(z.enum(RATING_CODES)),
});
export type SummaryUnit = z.infer<typeof SummaryUnitSchema>;
export type SummaryMember = z.infer<typeof SummaryMemberSchema>;

export const SummarySchema = z.strictObject({
  ...sheetHeading(),
  ...recordLink(),
  rulesetId: text(40),
  date: z.union([z.literal(''), z.iso.date()]),
  units: z.array(SummaryUnitSchema).check(z.maxLength(1000, { error: 'tối đa 1 000 tệp' })),
});
export type Summary = z.infer<typeof SummarySchema>;

export function newSummary(rulesetId: string, year: number, date: string): Summary {
  return { schema: 1, title: '', parent: '', place: '', reviewYear: year, rulesetId, date, units: [] };
}

registerDraftType<Summary>({
  type: SUMMARY_TYPE,
  label: 'Công cụ họp — tổng hợp kết quả',
  schema: SummarySchema,
  kindLabel: (d) => `Tổng hợp ${d.units.length} chi bộ`,
  href: (id) => `/cong-cu-hop/tong-hop/?ban-nhap=${encodeURIComponent(id)}`,
});
