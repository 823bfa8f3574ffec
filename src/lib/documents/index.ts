// Document builders (pure data → document model) and text helpers. The Word renderer lives in
// docx.ts and is imported dynamically by the islands, never from here (it would pull docx into
// the first load).
export type { Block, DocSpec, Run, SignatureCol } from './model.ts';
export { cleanText, cleanLine, placeDateLine, asciiFileName } from './text.ts';
export { personalReviewSpec, REVIEW_TEXT_KEYS, type PersonalReviewData, type ReviewTextKey } from './personal-review.ts';
export { rosterSummarySpec, type RosterSummaryData } from './roster-summary.ts';
export { voteMinutesSpec, type VoteMinutesData } from './vote-minutes.ts';
export { summaryReportSpec, type SummaryReportData } from './summary-report.ts';
export { GRADE_PRINT, LEVEL_PRINT, GRADE_CODES, type GradeCode, type LevelPrint } from './labels.ts';
