// The calculator's access to saved drafts (idb + the zod schemas of drafts and cases), loaded by
// import() when there is a draft to open, to list or to save. Kept apart from the engine (core.ts)
// so that reopening or listing drafts does not wait for the rules, and a first visit with no
// drafts loads neither.
import './case-draft.ts';
export { getDraft, saveDraft, listDraftsOfType } from '../drafts/store.ts';
export { CASE_DRAFT_TYPE } from './case-draft.ts';
