// Commendation (khen thưởng) rules of the 2023 Sao Đỏ plan, part C.
export * from './model.ts';
export { AWARDS, AWARD_PARAMS, AWARDS_FROM, mandatoryStandardFor, W_TIEU_BIEU_NOTE } from './awards.ts';
export { evaluateAwards, checkQuota, awardsFor, awardParam } from './evaluate.ts';
