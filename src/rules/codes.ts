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
/** Oldest regime first; within a regime, the central ruleset before the local plans. */
export const RULESET_IDS = ['qd132-2018', 'tuy-phuoc-2021', 'tinh-uy-2022', 'qd124-2023', 'sao-do-2023', 'qd366-2025', 'hong-quang-2025'] as const;
export type RulesetId = (typeof RULESET_IDS)[number];
export const SUBJECT_KINDS = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao', 'nhom-tuong-dong'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
/** What the meeting must do besides rating (FORMAT.md v2, "procedure"). */
export const PROCEDURE_KINDS = [
  'y-kien-to-chuc-cu', 'y-kien-cap-uy-cap-tren', 'y-kien-noi-sinh-hoat-tam-thoi', 'y-kien-don-vi-cu', 'ket-qua-truoc-va-sau-bo-nhiem',
  'ket-qua-tu-khi-sap-xep', 'ket-qua-tu-khi-thanh-lap', 'xep-loai-chi-bo-truoc', 'xep-loai-nguoi-dung-dau-sau',
] as const;
export type ProcedureKind = (typeof PROCEDURE_KINDS)[number];
/** Kinds of similar-role groups a quota rule may name (FORMAT.md v2 `groupType`). */
export const GROUP_TYPES = ['dang-vien', 'can-bo-lanh-dao', 'thanh-vien-tap-the-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];
/** How a leader came to the current post (FORMAT.md v2 `leadership.appointment`). */
export const APPOINTMENTS = ['moi', 'thang-chuc-cung-don-vi', 'dieu-dong-don-vi-moi'] as const;
export type Appointment = (typeof APPOINTMENTS)[number];

/** Forms of a member's discipline, and of a discipline event of an organization or collective (which may also be dissolution). */
export const DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'] as const;
export const EVENT_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru'] as const;
/** A member's party activity in the year: ordinary, exempted, suspended. */
export const PARTY_ACTIVITIES = ['binh-thuong', 'mien-sinh-hoat', 'dinh-chi'] as const;
export const ORG_TYPES = ['chi-bo', 'dang-bo'] as const;
/** Who a discipline event of a party organization concerns, and of a leadership collective. */
export const ORG_EVENT_WHO = ['to-chuc', 'to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'] as const;
export const COLLECTIVE_EVENT_WHO = ['tap-the', 'thanh-vien', 'don-vi-truc-thuoc'] as const;
export const EVENT_CAUSES = ['tham-nhung-tieu-cuc', 'khac'] as const;
