// The stored shape of a vote-tally sheet (draft type 'vote-tally'): what the drafts store
// validates on every read, write and import. Apart from vote-tally.ts, which counts with the
// rules engine, so that pages which only list or move drafts (/ban-nhap/) load no rules.
import * as z from 'zod/mini';
import { VOTE_SITUATIONS, type VotingProfile } from '../../rules/voting/model.ts';
import { VOTING_PROFILES } from '../../rules/voting/profiles.ts';
import { isoDate, recordLink, sheetHeading, text } from './schema-parts.ts';

const count = z.int({ error: 'phải là số nguyên không âm' }).check(z.minimum(0, { error: 'phải là số nguyên không âm' }), z.maximum(100_000, { error: 'quá lớn' }));

export const CandidateSchema = z.strictObject({
  id: text(40, 1),
  name: text(200),
  votes: z.strictObject({ HTXSNV: count, HTTNV: count, HTNV: count, KHTNV: count }),
});

/** The ballots as the counting committee records them in the minutes. */
export const BallotsSchema = z.strictObject({ issued: count, returned: count, valid: count, invalid: count });
export type Ballots = z.infer<typeof BallotsSchema>;

export const VoteTallySchema = z.strictObject({
  ...sheetHeading(),
  ...recordLink(),
  /** Phiếu phát ra, thu về, hợp lệ, không hợp lệ (absent on sheets made before they were asked). */
  ballots: z.optional(BallotsSchema),
  date: isoDate(),
  profileId: z.enum(VOTING_PROFILES.map((p) => p.id) as [VotingProfile['id'], ...VotingProfile['id'][]], { error: 'kế hoạch không hợp lệ' }),
  situation: z.enum(VOTE_SITUATIONS, { error: 'tình huống biểu quyết không hợp lệ' }),
  eligible: count,
  present: count,
  /** A working rule the meeting agreed where the plan is silent ('' = none). */
  assumed: z.enum(['', 'toan-bo', 'du-hop']),
  outstandingUnit: z.boolean(),
  candidates: z.array(CandidateSchema).check(z.maxLength(5000)),
});
export type VoteTally = z.infer<typeof VoteTallySchema>;
export type Candidate = z.infer<typeof CandidateSchema>;

// A new sheet needs no zod: it lives with what the screen computes before the engine loads.
export { newVoteTally } from './vote-tally-model.ts';
