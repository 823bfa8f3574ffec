// The ruleset a calculator draft is evaluated under: the one the user picked, else the one the
// evaluation date and locality select. Light on purpose (no engine, no zod): the page chooses
// the ruleset, and so the questions to ask, before the rules engine has loaded.
import type { RulesetId } from '../../rules/case-schema.ts';
import { chooseRuleset, type RulesetWindow } from '../../rules/ruleset-choice.ts';
import type { CaseDraftData } from './subject.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2023-02-30 is not). */
export const isIsoDate = (s: unknown): s is string => typeof s === 'string' && ISO.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z')) && new Date(s + 'T00:00:00Z').toISOString().slice(0, 10) === s;

/** The ruleset the date and locality select (null when none applies or the date is not valid). */
export function autoRulesetId(rulesets: readonly RulesetWindow[], data: Pick<CaseDraftData, 'evaluationDate' | 'locality'>): RulesetId | null {
  if (!isIsoDate(data.evaluationDate)) return null;
  return (chooseRuleset(rulesets, data.evaluationDate, data.locality || undefined)?.id as RulesetId | undefined) ?? null;
}

export const effectiveRulesetId = (rulesets: readonly RulesetWindow[], data: Pick<CaseDraftData, 'evaluationDate' | 'locality' | 'ruleset'>): RulesetId | null =>
  data.ruleset ?? autoRulesetId(rulesets, data);
