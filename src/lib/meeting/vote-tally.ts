// A vote-tally sheet (draft type 'vote-tally', its stored shape in vote-tally-schema.ts): the
// count, with the HTXSNV quota asked of the rules engine (a `nhom-tuong-dong` case under the
// profile's ruleset) or, for a plan without a ruleset of its own, the plan's own quota.
// Straight from their modules, not rules/index.ts (which re-exports the case schema): the count
// loads in the browser on the first tap and carries no zod (issue 15).
import { RULESETS } from '../../rules/rulesets.ts';
import { evaluateSubject } from '../../rules/engine.ts';
import { citationOut, shortCitation } from '../../rules/docs.ts';
import type { CitationOut } from '../../rules/types.ts';
import {
  ownQuota, SITUATION_VI, tally, VOTE_SITUATIONS, VOTING_PROFILES, votingProfile,
  type QuotaInfo, type QuotaQuestion, type TallyResult, type VoteBase, type VoteRule, type VotingProfile,
} from '../../rules/voting/index.ts';
import type { VoteTally } from './vote-tally-schema.ts';
import type { TallySetup } from './vote-tally-model.ts';

export { ballotProblems, newVoteTally, resultPhrase, shortResult, tallyFromRecord } from './vote-tally-model.ts';

/**
 * What the tally screen draws before the engine loads, computed by its page at build time from
 * the same data the count reads: when each ruleset is in force (today's default plan), the
 * plans' names and who votes in each situation. Never a threshold or a quota: those are the
 * count's, and the screen shows no result until the count has loaded.
 */
export function tallySetup(): TallySetup {
  return {
    rulesets: RULESETS.map((r) => ({ id: r.id, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, locality: r.locality, reviewYears: r.reviewYears })),
    profiles: VOTING_PROFILES.map((p) => ({ id: p.id, label: p.label, ruleset: p.ruleset, voters: Object.fromEntries(VOTE_SITUATIONS.map((s) => [s, p.rules[s].voters])) as TallySetup['profiles'][number]['voters'] })),
    situations: VOTE_SITUATIONS.map((s) => ({ id: s, label: SITUATION_VI[s] })),
  };
}

/** The clauses a rule cites, as links to the reader (primary first). */
export const ruleCitations = (rule: VoteRule): CitationOut[] => rule.cite.map(citationOut);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The quota for a vote under a profile: the rules engine for the four rulesets, else the plan's own words. */
export function quotaForProfile(p: VotingProfile, date: string, outstandingUnit: boolean): (q: QuotaQuestion) => QuotaInfo | null {
  return (q) => {
    if (p.ruleset) {
      // The group is built here from whole counts (members ≥ qualifying, proposed), so there is
      // nothing for zod to check: the engine is asked directly, as ownQuota does, which keeps a
      // schema parse off every edit of the sheet (issue 15). Only the date comes from the user.
      if (!ISO_DATE.test(date)) return null;
      const e = evaluateSubject(p.ruleset, { kind: 'nhom-tuong-dong', members: q.members, qualifyingHttnvOrAbove: q.qualifyingHttnvOrAbove, proposedHtxsnv: q.proposedHtxsnv, ...(outstandingUnit && p.ruleset === 'hong-quang-2025' ? { outstandingUnit: true } : {}) }, date);
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

