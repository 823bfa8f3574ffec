// A vote-tally sheet (draft type 'vote-tally'): its stored shape (vote-tally-schema.ts) and the
// count, with the HTXSNV quota asked of the rules engine (a `nhom-tuong-dong` case under the
// profile's ruleset) or, for a plan without a ruleset of its own, the plan's own quota.
import { evaluate, parseCase } from '../../rules/index.ts';
import { shortCitation } from '../../rules/docs.ts';
import {
  ownQuota, tally, VOTING_PROFILES, votingProfile,
  type QuotaInfo, type QuotaQuestion, type TallyResult, type VoteBase, type VotingProfile,
} from '../../rules/voting/index.ts';
import type { Ballots, VoteTally } from './vote-tally-schema.ts';
import type { ReviewRecord } from './review-record.ts';

export * from './vote-tally-schema.ts';

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

/** The result column of the vote table, in one short line (the full sentence goes in the tooltip). */
export function shortResult(r: TallyResult['candidates'][number]): string {
  if (r.status === 'chua-co-quy-tac') return r.leading.length ? `Chưa tính — nhiều phiếu nhất: ${r.leading.join(', ')}` : 'Chưa có phiếu';
  return resultPhrase(r);
}

/**
 * What the counting committee records about the ballots: every figure is a whole number, the
 * ballots returned cannot exceed those issued, valid and invalid add up to those returned, and
 * no one's votes exceed the valid ballots. Vietnamese messages, naming the figures.
 */
export function ballotProblems(b: Ballots | undefined, present: number, candidates: readonly { name: string; votes: Record<string, number> }[]): string[] {
  if (!b) return [];
  const out: string[] = [];
  if (b.returned > b.issued) out.push(`Số phiếu thu vào (${b.returned}) lớn hơn số phiếu phát ra (${b.issued}).`);
  if (b.valid + b.invalid !== b.returned) out.push(`Số phiếu hợp lệ (${b.valid}) cộng số phiếu không hợp lệ (${b.invalid}) phải bằng số phiếu thu vào (${b.returned}).`);
  if (present && b.issued && b.issued !== present) out.push(`Số phiếu phát ra (${b.issued}) khác số người có mặt, bỏ phiếu (${present}).`);
  if (b.valid) {
    for (const c of candidates) {
      const cast = Object.values(c.votes).reduce((s, v) => s + v, 0);
      if (cast > b.valid) out.push(`${c.name || 'Một dòng'}: tổng số phiếu (${cast}) lớn hơn số phiếu hợp lệ (${b.valid}).`);
    }
  }
  return out;
}

/** What a vote-tally sheet takes from its record (the voting profile is the ruleset's own, where there is one). */
export function tallyFromRecord(id: string, r: ReviewRecord, profileIds: readonly string[]) {
  return {
    recordId: id, title: r.orgName, parent: r.parentName, place: r.place, reviewYear: r.reviewYear, secretary: r.secretary,
    ...(r.meetingDate ? { date: r.meetingDate } : {}),
    ...(profileIds.includes(r.rulesetId) ? { profileId: r.rulesetId } : {}),
  };
}
