// Vote-tally rules: data per plan (profiles.ts) and the pure counting function (tally.ts).
export * from './model.ts';
export { VOTING_PROFILES, votingProfile, votingProfileForRuleset, TINH_UY_2022_QUOTA } from './profiles.ts';
export type { VotingProfileId } from './profiles.ts';
export { tally, votesNeeded } from './tally.ts';
export type { TallyCandidate, TallyInput, TallyResult, CandidateResult, CandidateStatus, QuotaInfo, QuotaQuestion } from './tally.ts';
export { ownQuota } from './own-quota.ts';
