// The stored shape of a rating meeting's roster (draft type 'roster'): what the drafts store
// validates on every read, write and import. Apart from roster.ts, which computes from it with
// the rules engine, so that pages which only list or move drafts (/ban-nhap/) load no rules.
import * as z from 'zod/mini';
import { RATING_CODES, RULESET_IDS } from '../../rules/codes.ts';
import { OrganizationSchema } from '../../rules/case-schema.ts';
import { isoDate, recordLink, sheetHeading, text } from './schema-parts.ts';

const proposed = z.enum([...RATING_CODES, ''], { error: 'mức xếp loại không hợp lệ' });

export const RosterRowSchema = z.strictObject({
  id: text(40, 1),
  name: text(200),
  proposed,
  /** Id of the calculator draft the rating was taken from (the rating is copied, not linked live). */
  fromDraft: z.optional(text(100)),
  /** The member heads a unit (or, in đảng bộ mode, the row's organization has a head): the unit's rating caps theirs. */
  head: z.optional(z.strictObject({
    unit: text(200),
    /** 'TO_CHUC_NAY': the unit is this chi bộ / đảng bộ itself, whose rating the engine computes. */
    unitRating: z.enum([...RATING_CODES, 'TO_CHUC_NAY', ''], { error: 'mức xếp loại không hợp lệ' }),
    newlyTransferred: z.boolean(),
  })),
  /** Đảng bộ mode: rating of the row organization's leadership collective (≤ the organization). */
  collectiveRating: z.optional(proposed),
  note: z.optional(text(500)),
});
export type RosterRow = z.infer<typeof RosterRowSchema>;

/** The organization's own facts: the case-book `to-chuc-dang` subject without the counts this roster provides. */
export const RosterOrgSchema = z.omit(OrganizationSchema, { kind: true, orgType: true, members: true, subOrganizations: true });
export type RosterOrg = z.infer<typeof RosterOrgSchema>;

export const RosterSchema = z.strictObject({
  ...sheetHeading(),
  ...recordLink(),
  evaluationDate: isoDate(),
  rulesetId: z.enum(RULESET_IDS, { error: 'bộ quy tắc không hợp lệ' }),
  mode: z.enum(['chi-bo', 'dang-bo']),
  /** The 2025 exception (up to 25 %): the unit had outstanding results (decided by the competent level). */
  outstandingUnit: z.boolean(),
  /** Rating of this organization's own leadership collective (chi ủy / đảng ủy), for the collective cap. */
  collectiveRating: proposed,
  org: RosterOrgSchema,
  rows: z.array(RosterRowSchema).check(z.maxLength(5000, { error: 'tối đa 5 000 dòng' })),
});
export type Roster = z.infer<typeof RosterSchema>;
