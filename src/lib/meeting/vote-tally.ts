// A vote-tally sheet (draft type 'vote-tally'): its stored shape and the count, with the HTXSNV
// quota asked of the rules engine (a `nhom-tuong-dong` case under the profile's ruleset) or, for
// a plan without a ruleset of its own, the plan's own quota.
import * as z from 'zod/mini';
import { evaluate, parseCase } from '../../rules/index.ts';
import { shortCitation } from '../../rules/docs.ts';
import {
  ownQuota, tally, VOTE_SITUATIONS, VOTING_PROFILES, votingProfile,
  type QuotaInfo, type QuotaQuestion, type TallyResult, type VoteBase, type VotingProfile,
} from '../../rules/voting/index.ts';

const text = (max: number, min = 0) => z.string({ error: 'phải là chuỗi ký tự' }).check(z.minLength(min), z.maxLength(max, { error: `dài quá ${max} ký tự` }));
const count = z.int({ error: 'phải là số nguyên không âm' }).check(z.minimum(0, { error: 'phải là số nguyên không âm' }), z.maximum(100_000, { error: 'quá lớn' }));

export const CandidateSchema = z.strictObject({
  id: text(40, 1),
  name: text(200),
  votes: z.strictObject({ HTXSNV: count, HTTNV: count, HTNV: count, KHTNV: count }),
});

export const VoteTallySchema = z.strictObject({
  schema: z.literal(1),
  title: text(200),
  parent: text(200),
  place: text(100),
  date: z.iso.date({ error: 'phải là ngày dạng YYYY-MM-DD' }),
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

export function newVoteTally(date: string, profileId: VotingProfile['id']): VoteTally {
  return { schema: 1, title: '', parent: '', place: '', date, profileId, situation: 'dang-vien/chi-bo', eligible: 0, present: 0, assumed: '', outstandingUnit: false, candidates: [] };
}

/** The quota for a vote under a profile: the rules engine for the four rulesets, else the plan's own words. */
export function quotaForProfile(p: VotingProfile, date: string, outstandingUnit: boolean): (q: QuotaQuestion) => QuotaInfo | null {
  return (q) => {
    if (p.ruleset) {
      const c = parseCase({
        id: 'tally/quota', ruleset: p.ruleset, evaluationDate: date,
        subject: { kind: 'nhom-tuong-dong', members: q.members, qualifyingHttnvOrAbove: q.qualifyingHttnvOrAbove, proposedHtxsnv: q.proposedHtxsnv, ...(outstandingUnit && p.ruleset === 'hong-quang-2025' ? { outstandingUnit: true } : {}) },
      });
      if (!c.ok) return null;
      const e = evaluate(c.value);
      if (!e.quota) return null;
      return {
        maxHtxsnv: e.quota.maxHtxsnv, baseLabel: e.quota.baseLabel, source: e.deciding[0] ? shortCitation(e.deciding[0]) : '',
        alternative: { maxHtxsnv: e.quota.alternative.maxHtxsnv, baseLabel: e.quota.alternative.baseLabel },
      };
    }
    if (p.ownQuota) return ownQuota(p.ownQuota, q, date);
    return null;
  };
}

export function countVotes(t: VoteTally): TallyResult {
  const profile = votingProfile(t.profileId) ?? VOTING_PROFILES[0]!;
  const rule = profile.rules[t.situation];
  return tally({
    rule, eligible: t.eligible, present: t.present,
    candidates: t.candidates.map((c) => ({ id: c.id, name: c.name, votes: c.votes })),
    assumed: t.assumed ? { threshold: { share: 0.5, strict: true }, base: t.assumed as VoteBase } : null,
    quota: quotaForProfile(profile, t.date, t.outstandingUnit),
  });
}

/** The result column of the minutes, one short phrase per candidate. */
export function resultPhrase(r: TallyResult['candidates'][number]): string {
  const L: Record<string, string> = { HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ' };
  switch (r.status) {
    case 'dat':
    case 'htxsnv-trong-chi-tieu': return r.result ? L[r.result]! : '';
    case 'vuot-chi-tieu': return 'Đạt đa số HTXSNV nhưng ngoài chỉ tiêu';
    case 'bang-phieu': return 'Bằng phiếu ở ranh giới chỉ tiêu';
    case 'khong-dat-da-so': return 'Không mức nào đạt đa số';
    case 'chua-co-quy-tac': return 'Chưa có cách tính (kế hoạch không quy định)';
    case 'loi': return 'Số phiếu không hợp lệ';
  }
}
