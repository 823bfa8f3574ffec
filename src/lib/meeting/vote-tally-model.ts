// What the vote-tally screen computes without the rules engine or the drafts schemas, so that its
// first load carries neither (issue 15): a new sheet, what a sheet takes from its review record,
// the ballot checks of the minutes (arithmetic on the figures entered) and the words of a result.
// The count itself applies the plan's rule and asks the engine for the quota: vote-tally.ts,
// loaded on the first interaction. vote-tally-schema.ts is the stored shape (zod).
import type { RulesetId } from '../../rules/types.ts';
import type { RulesetWindow } from '../../rules/ruleset-choice.ts';
import type { VoteSituation, VotingProfile } from '../../rules/voting/model.ts';
import type { TallyResult } from '../../rules/voting/tally.ts';
import type { Ballots, VoteTally } from './vote-tally-schema.ts';
import type { ReviewRecord } from './review-record-schema.ts';
import { RATING_LABEL } from './labels.ts';

/** Built by the page at build time (vote-tally.ts tallySetup): what the screen draws before the count loads. */
export interface TallySetup {
  rulesets: RulesetWindow[];
  profiles: { id: VotingProfile['id']; label: string; ruleset: RulesetId | null; voters: Record<VoteSituation, string> }[];
  situations: { id: VoteSituation; label: string }[];
}

export function newVoteTally(date: string, profileId: VotingProfile['id']): VoteTally {
  return { schema: 1, title: '', parent: '', place: '', date, profileId, situation: 'dang-vien/chi-bo', eligible: 0, present: 0, assumed: '', outstandingUnit: false, candidates: [] };
}

/** The result column of the minutes, one short phrase per candidate. */
export function resultPhrase(r: TallyResult['candidates'][number]): string {
  switch (r.status) {
    case 'dat':
    case 'htxsnv-trong-chi-tieu': return r.result ? RATING_LABEL[r.result] : '';
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
