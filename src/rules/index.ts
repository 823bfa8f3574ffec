// Public API of the rules engine (stable: the calculator, the CLI and the tests import from here).
export { RULESETS, rulesetFor, rulesetById } from './rulesets.ts';
export { evaluate, evaluateSubject, rate, factsAskedBy, quotaFor } from './engine.ts';
export type { RulesetMeta, QuotaSpec } from './rulesets.ts';
export type * from './types.ts';
export { CaseSchema, SubjectSchema, parseCase, formatCaseError, zodErrorLines, GRADES, RATING_CODES, LEVEL_CODES, RULESET_IDS, SUBJECT_KINDS } from './case-schema.ts';
export type { Case, Subject, RatingCode, LevelCode, Grade, RulesetId, SubjectKind } from './case-schema.ts';
