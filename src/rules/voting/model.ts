// Vocabulary of the vote-tally rules: who votes on whom, what share of which base a level
// needs, and how HTXSNV is chosen when more subjects reach it than the quota allows.
// Pure data; tally.ts applies it. Every rule quotes the clause it implements, and a rule the
// plan does not state is recorded as a silence (null) with a note — never invented.
import type { CitationRef } from '../docs.ts';
import type { Grade, RulesetId, SourceKind } from '../types.ts';
import type { GroupType } from '../codes.ts';

/**
 * Who votes on whom (one tally screen per situation):
 * - 'dang-vien/chi-bo': the chi bộ votes on each of its members (proposal, or decision in a chi bộ cơ sở);
 * - 'dang-vien/cap-uy': the đảng ủy cơ sở decides its members' ratings;
 * - 'to-chuc-dang/cap-uy': the committee above votes on the party organizations under it;
 * - 'to-chuc-dang/tu-danh-gia': a chi bộ / executive committee votes its own organization's rating;
 * - 'thanh-vien-lanh-dao': a leadership collective votes on its members.
 */
export const VOTE_SITUATIONS = ['dang-vien/chi-bo', 'dang-vien/cap-uy', 'to-chuc-dang/cap-uy', 'to-chuc-dang/tu-danh-gia', 'thanh-vien-lanh-dao'] as const;
export type VoteSituation = (typeof VOTE_SITUATIONS)[number];

export const SITUATION_VI: Record<VoteSituation, string> = {
  'dang-vien/chi-bo': 'Chi bộ biểu quyết mức xếp loại từng đảng viên',
  'dang-vien/cap-uy': 'Đảng ủy cơ sở biểu quyết mức xếp loại đảng viên',
  'to-chuc-dang/cap-uy': 'Cấp ủy cấp trên biểu quyết mức xếp loại các tổ chức đảng trực thuộc',
  'to-chuc-dang/tu-danh-gia': 'Ban chấp hành đảng bộ (chi bộ) biểu quyết tự xếp loại tổ chức mình',
  'thanh-vien-lanh-dao': 'Tập thể lãnh đạo biểu quyết mức xếp loại các thành viên',
};

/**
 * The number a share is taken of:
 * - 'toan-bo': everyone entitled to vote (all full members of the chi bộ, all members of the
 *   committee), present or not;
 * - 'du-hop': only those present at the meeting (who cast a ballot).
 */
export type VoteBase = 'toan-bo' | 'du-hop';

export interface Threshold {
  /** 0.5 for "trên 50%". */
  share: number;
  /** "trên" (strictly more than) vs "từ" (at least). */
  strict: boolean;
}

export interface VoteRule {
  id: string;
  situation: VoteSituation;
  /** Who the voters are, in the plan's words (e.g. "đảng viên chính thức của chi bộ"). */
  voters: string;
  /** The share a level needs to be adopted; null when the plan does not state one. */
  threshold: Threshold | null;
  /** What the share is taken of; null when the plan does not say. */
  base: VoteBase | null;
  /** How the base reads in Vietnamese next to every figure (e.g. "tổng số đảng viên chính thức của chi bộ, kể cả người vắng mặt"). */
  baseLabel: string | null;
  /** HTXSNV taken by votes from the highest down within the quota, when the plan says so. */
  htxsnvByVotes: boolean;
  /** Secret ballot required. */
  secretBallot: boolean;
  /** Primary citation first. Empty only for a plan that says nothing at all on this situation. */
  cite: readonly CitationRef[];
  /** The plan's words (quoted; "…" marks a cut). */
  words: string;
  source: SourceKind;
  /** What the plan leaves open, said to the user (always set when threshold, base or order is missing). */
  silence?: string;
}

/**
 * A quota a plan words for one kind of group only (the 2022 provincial plan: the members of one
 * leadership collective). It is the rules engine's quota of that ruleset for that `groupType`
 * (src/rules/rulesets.ts), asked as a `nhom-tuong-dong` case — never a second implementation.
 */
export interface OwnQuota {
  ruleset: RulesetId;
  groupType: GroupType;
}

export interface VotingProfile {
  /** The id of the ruleset whose plan the profile reads. */
  id: RulesetId;
  label: string;
  /** The rating ruleset whose quota rules apply (null: the profile's own quota, if any). */
  ruleset: RulesetId | null;
  rules: Readonly<Record<VoteSituation, VoteRule>>;
  ownQuota?: OwnQuota;
}

/** Votes for one subject, by level. */
export type Votes = Record<Grade, number>;
