// The rules engine as the calculator uses it, one module the island loads with import() when the
// user starts entering facts or opens a saved draft: the page's own code (form, drafts database)
// stays small and the form is usable before the engine arrives. See the report of issue 4.
export { compute, compareOne, markDiffers, COMPARED, clauseHelp, helpFor, type Computed, type CompareRow, type ClauseHelp } from './compute.ts';
