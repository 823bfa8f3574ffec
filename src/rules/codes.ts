// The codes of the case-book format (shared/casebook/FORMAT.md): grades, ratings, criteria
// levels, rulesets and subject kinds. Plain constants, without zod, so that modules which only
// name a code (the drafts store, the calculator page) do not pull in the case schemas.

/** The four grades, best first. */
export const GRADES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Grade = (typeof GRADES)[number];
/** Rating codes of FORMAT.md: the four grades plus "not rated this year". */
export const RATING_CODES = [...GRADES, 'KHONG_XEP_LOAI'] as const;
export type RatingCode = (typeof RATING_CODES)[number];
export const LEVEL_CODES = ['xuat-sac', 'tot', 'trung-binh', 'kem'] as const;
export type LevelCode = (typeof LEVEL_CODES)[number];
export const RULESET_IDS = ['qd124-2023', 'sao-do-2023', 'tuy-phuoc-2021', 'hong-quang-2025'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];
export const SUBJECT_KINDS = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao', 'nhom-tuong-dong'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
