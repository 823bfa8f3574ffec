// The ruleset a calculator draft is evaluated under: the one the user picked, else the one the
// evaluation date and locality select. Light on purpose (no engine, no zod): the page chooses
// the ruleset, and so the questions to ask, before the rules engine has loaded.
import type { RulesetId } from '../../rules/case-schema.ts';
import { chooseRuleset, reviewYearOf, type RulesetWindow } from '../../rules/ruleset-choice.ts';
import type { CaseDraftData } from './subject.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export const isIsoDate = (s: unknown): s is string => typeof s === 'string' && ISO.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;

type Period = Pick<CaseDraftData, 'evaluationDate' | 'locality'> & { reviewYear?: number | undefined };

/** The year whose work is rated: the one chosen, else the evaluation date's (January–March: the year before). */
export const reviewYearOfDraft = (data: Period): number | null =>
  data.reviewYear ?? (isIsoDate(data.evaluationDate) ? reviewYearOf(data.evaluationDate) : null);

/** The review years an evaluation date allows (FORMAT v2): its own year and the year before. */
export const allowedReviewYears = (date: string): number[] => (isIsoDate(date) ? [+date.slice(0, 4), +date.slice(0, 4) - 1] : []);

/**
 * The draft's period after choosing review year `year`: kept as chosen when the evaluation date
 * allows it; otherwise the date moves to the end of that year (the year-end review), which the
 * date field shows and the user can change.
 */
export function withReviewYear<T extends Period>(data: T, year: number, today: string): T {
  const next = { ...data };
  if (!allowedReviewYears(next.evaluationDate).includes(year)) next.evaluationDate = reviewYearOf(today) === year ? today : `${year}-12-31`;
  if (isIsoDate(next.evaluationDate) && reviewYearOf(next.evaluationDate) === year) delete next.reviewYear;
  else next.reviewYear = year;
  return next;
}

/** After the evaluation date changes: a chosen review year the new date does not allow is dropped. */
export function withEvaluationDate<T extends Period>(data: T, date: string): T {
  const next = { ...data, evaluationDate: date };
  if (next.reviewYear !== undefined && (!allowedReviewYears(date).includes(next.reviewYear) || reviewYearOf(date) === next.reviewYear)) delete next.reviewYear;
  return next;
}

/** The ruleset the period and the locality select (null when none applies or the date is not valid). */
export function autoRulesetId(rulesets: readonly RulesetWindow[], data: Period): RulesetId | null {
  if (!isIsoDate(data.evaluationDate)) return null;
  return (chooseRuleset(rulesets, data.evaluationDate, data.locality || undefined, reviewYearOfDraft(data) ?? undefined)?.id as RulesetId | undefined) ?? null;
}

export const effectiveRulesetId = (rulesets: readonly RulesetWindow[], data: Period & Pick<CaseDraftData, 'ruleset'>): RulesetId | null =>
  data.ruleset ?? autoRulesetId(rulesets, data);
