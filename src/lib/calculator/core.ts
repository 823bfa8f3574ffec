// Everything the calculator needs from the rules engine and zod, as one module the islands load
// with import(): the page's own code (form, drafts database) stays small and paints first,
// while this chunk (engine + schemas) arrives in parallel. See the report of issue 4 for sizes.
import './case-draft.ts';
export { compute, compareAll, clauseHelp, helpFor, rulesetOptions, localities, autoRuleset, effectiveRuleset, asked, type Computed, type CompareRow, type ClauseHelp, type RulesetOption } from './compute.ts';
export { checkInput, isIsoDate, type FieldErrors } from './validate.ts';
export { getDraft, saveDraft, makeDraft, listDraftsOfType } from '../drafts/store.ts';
export { CASE_DRAFT_TYPE } from './case-draft.ts';
