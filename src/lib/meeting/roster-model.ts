// What the roster screen computes without the rules engine or the drafts schemas, so that its
// first load carries neither (issue 15): a new roster, row ids, the distribution of proposals, a
// share as Vietnamese text, a cap conflict sentence from a cap rule the engine gave, and what a
// roster takes from its review record. roster.ts asks the engine; roster-schema.ts is the stored shape.
import type { CitationOut, Grade, RatingCode, RulesetId } from '../../rules/types.ts';
import { GRADE_RANK, GRADES, RATING_LABEL } from './labels.ts';
import type { Roster, RosterRow } from './roster-schema.ts';
import type { ReviewRecord } from './review-record-schema.ts';

export function newRoster(date: string, rulesetId: RulesetId): Roster {
  return {
    schema: 1, title: '', parent: '', place: '', evaluationDate: date, rulesetId, mode: 'chi-bo', outstandingUnit: false, collectiveRating: '',
    org: { criteria: { keyResults: ['tot', 'tot'], other: ['tot', 'tot'] } },
    rows: [],
  };
}

let seq = 0;
export const newRowId = () => `r${Date.now().toString(36)}${(seq++).toString(36)}`;

export interface Distribution {
  counts: Record<Grade, number>;
  /** Rows with a grade. */
  rated: number;
  /** Rows marked "Không xếp loại". */
  notRated: number;
  /** Rows with no proposal yet. */
  missing: number;
}

export function distribution(rows: readonly Pick<RosterRow, 'proposed'>[]): Distribution {
  const counts: Record<Grade, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  let notRated = 0;
  let missing = 0;
  for (const r of rows) {
    const p = r.proposed;
    if (p === '') missing++;
    else if (p === 'KHONG_XEP_LOAI') notRated++;
    else counts[p]++;
  }
  return { counts, rated: counts.HTXSNV + counts.HTTNV + counts.HTNV + counts.KHTNV, notRated, missing };
}

/** Where one proposal counts in a distribution. */
const bucket = (p: RosterRow['proposed']) => (p === '' ? 'missing' : p === 'KHONG_XEP_LOAI' ? 'notRated' : p);

/**
 * The distribution after one row's proposal went from `from` to `to`: what `distribution` of
 * the edited rows returns, without reading them (issue 15: the roster's edit path at 1 000 rows
 * is one row's, not a loop over every row). A new object: the screen's memo compares it with the last.
 */
export function moveProposal(d: Distribution, from: RosterRow['proposed'], to: RosterRow['proposed']): Distribution {
  const out: Distribution = { ...d, counts: { ...d.counts } };
  const a = bucket(from), b = bucket(to);
  if (a === b) return out;
  if (a === 'missing' || a === 'notRated') out[a]--; else { out.counts[a]--; out.rated--; }
  if (b === 'missing' || b === 'notRated') out[b]++; else { out.counts[b]++; out.rated++; }
  return out;
}

/**
 * Whether two distributions hold the same counts. The quota and the organization's rating are
 * asked with these counts only (roster.ts quotaCase, orgCase), so equal distributions ask the
 * engine the same questions: an edit that moves no count (a name typed, a head ticked) need not
 * ask them again.
 */
export function sameDistribution(a: Distribution, b: Distribution): boolean {
  return a.rated === b.rated && a.notRated === b.notRated && a.missing === b.missing && GRADES.every((g) => a.counts[g] === b.counts[g]);
}

/**
 * Whether two lists of clauses read the same (label and link, in order). The quota is a new
 * evaluation at each edit that moves a count, almost always citing the same clauses: the screen
 * keeps the list it shows while they read the same, so its links are not drawn again.
 */
export function sameCitations(a: readonly Pick<CitationOut, 'label' | 'url'>[], b: readonly Pick<CitationOut, 'label' | 'url'>[]): boolean {
  return a.length === b.length && a.every((c, i) => c.label === b[i]!.label && c.url === b[i]!.url);
}

/** Whether two lists hold the same items in the same order (a memo's equality: an equal list keeps the old one). */
export const sameList = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** "3/20 = 15 %" style share, Vietnamese decimal comma. */
export function shareText(n: number, d: number): string {
  if (!d) return '—';
  return `${String(Math.round((n / d) * 1000) / 10).replace('.', ',')} %`;
}

/** A cap read from the engine's cap rules (roster.ts headCap / collectiveCap). */
export interface CapRule {
  /** The highest rating allowed, or null when the ruleset has no such cap. */
  limit: Grade | null;
  /** The cap is lifted by an exception (e.g. a head newly transferred in). */
  lifted: boolean;
  source: string;
  words: string;
  /** When the ruleset has no cap: what the sources say instead. */
  silence: string | null;
}

const q = (r: RatingCode) => `“${RATING_LABEL[r]}”`;

/** A conflict when `rating` is above the cap's limit. */
export function capConflict(rule: CapRule, rating: RatingCode | '', subject: string, unit: string, unitRating: RatingCode): string | null {
  if (!rule.limit || rating === '' || rating === 'KHONG_XEP_LOAI') return null;
  if (GRADE_RANK[rating] <= GRADE_RANK[rule.limit]) return null;
  return `${subject}: đề xuất ${q(rating)} cao hơn mức ${q(unitRating)} của ${unit} — không được cao hơn (${rule.source}).`;
}

/** What a roster takes from its record. The meeting date is the evaluation date of every rating. */
export function rosterFromRecord(id: string, r: ReviewRecord) {
  return {
    recordId: id, title: r.orgName, parent: r.parentName, place: r.place, mode: r.orgKind, rulesetId: r.rulesetId,
    reviewYear: r.reviewYear, secretary: r.secretary, ...(r.meetingDate ? { evaluationDate: r.meetingDate } : {}),
  };
}
