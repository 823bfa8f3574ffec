// Public API of the rules engine (stable: the calculator, the CLI and the tests import from here).
export { RULESETS, rulesetFor, rulesetById } from './rulesets.ts';
export { chooseRuleset, explainChoice, reviewYearOf } from './ruleset-choice.ts';
export type { ExplainedChoice, RulesetWindow } from './ruleset-choice.ts';
export { evaluate, evaluateSubject, factsAskedBy, quotaFor } from './engine.ts';
export { rate } from './rate.ts';
export type { RulesetMeta, QuotaSpec } from './rulesets.ts';
export type * from './types.ts';
export {
  CaseSchema, ExpectSchema, RatedCaseSchema, SubjectSchema, parseCase, formatCaseError, zodErrorLines,
  GRADES, GROUP_TYPES, APPOINTMENTS, LEVEL_CODES, PROCEDURE_KINDS, RATING_CODES, RULESET_IDS, SUBJECT_KINDS,
} from './case-schema.ts';
export type { Appointment, Case, CaseExpect, Subject, GroupType, RatingCode, LevelCode, Grade, ProcedureKind, RulesetId, SubjectKind } from './case-schema.ts';
