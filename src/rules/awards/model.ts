// Vocabulary of the commendation (khen thưởng) rules: who may be proposed for which award from
// their ratings in recent years and their earlier awards, with the quotas the plan sets.
// Data only (awards.ts); evaluate.ts applies it, evaluating every condition.
import type { CitationRef } from '../docs.ts';
import type { Param } from '../model.ts';
import type { RatingCode, SourceKind } from '../types.ts';

/** Who is being considered. */
export const AWARD_SUBJECTS = [
  'dang-vien', // a party member
  'chi-bo-truc-thuoc', // a chi bộ under a đảng ủy cơ sở
  'tccs-dang', // a grassroots party organization (tổ chức cơ sở đảng)
  'bi-thu-tccs', // secretary of a đảng ủy cơ sở or a chi bộ cơ sở
  'bi-thu-chi-bo', // secretary of a chi bộ under a đảng ủy cơ sở
  'co-quan-cap-uy', // a party-building board, the committee office or a public unit under a district-level committee
  'co-quan-tinh-uy', // a party-building board, the office or a public unit under the provincial committee
  'phong-chuyen-mon', // a division of a provincial board/office/unit
] as const;
export type AwardSubject = (typeof AWARD_SUBJECTS)[number];

export const AWARD_SUBJECT_VI: Record<AwardSubject, string> = {
  'dang-vien': 'Đảng viên',
  'chi-bo-truc-thuoc': 'Chi bộ trực thuộc đảng ủy cơ sở',
  'tccs-dang': 'Tổ chức cơ sở đảng (đảng bộ cơ sở, chi bộ cơ sở)',
  'bi-thu-tccs': 'Bí thư đảng ủy hoặc bí thư chi bộ cơ sở',
  'bi-thu-chi-bo': 'Bí thư chi bộ trực thuộc đảng ủy cơ sở',
  'co-quan-cap-uy': 'Ban xây dựng đảng, văn phòng cấp ủy, đơn vị sự nghiệp trực thuộc cấp ủy cấp trên cơ sở',
  'co-quan-tinh-uy': 'Ban xây dựng đảng, văn phòng Tỉnh ủy, đơn vị sự nghiệp trực thuộc Tỉnh ủy',
  'phong-chuyen-mon': 'Phòng chuyên môn thuộc các ban, văn phòng, đơn vị sự nghiệp của Tỉnh ủy',
};

/** Awards a unit may already hold (for secretaries: the awards of the organization they led). */
export const UNIT_AWARDS = ['giay-khen-co-so', 'giay-khen-cap-tren-co-so', 'bang-khen-tinh-uy', 'co-tinh-uy'] as const;
export type UnitAward = (typeof UNIT_AWARDS)[number];
export const UNIT_AWARD_VI: Record<UnitAward, string> = {
  'giay-khen-co-so': 'Giấy khen của đảng ủy cơ sở',
  'giay-khen-cap-tren-co-so': 'Giấy khen của cấp ủy cấp trên cơ sở (Thành ủy và tương đương)',
  'bang-khen-tinh-uy': 'Bằng khen của Tỉnh ủy',
  'co-tinh-uy': 'Cờ của Tỉnh ủy',
};

/** Facts about one candidate; everything optional except kind, year and ratings. */
export interface AwardFacts {
  kind: AwardSubject;
  /** The year being considered (ratings[0] is this year's rating). */
  year: number;
  /**
   * Ratings by year, most recent first. For a secretary: the ratings of the organization they led.
   * null = not known / not rated that year.
   */
  ratings: readonly (RatingCode | null)[];
  /** Chosen as "tiêu biểu" (exemplary) among those rated HTXSNV. */
  exemplary?: boolean;
  /** Consecutive years, up to last year, with a giấy khen of the district-level committee (TCCS → bằng khen). */
  giayKhenCapHuyenYears?: number;
  /** This (fifth) year the district-level committee again finds it qualifies for a giấy khen and proposes a bằng khen. */
  giayKhenQualifiesThisYear?: boolean;
  /** Consecutive years, up to last year, with a bằng khen of the Tỉnh ủy (TCCS → cờ). */
  bangKhenYears?: number;
  /** This (fifth) year the Tỉnh ủy again finds it qualifies for a bằng khen. */
  bangKhenQualifiesThisYear?: boolean;
  /** Chi bộ: within those five years received a giấy khen of the đảng ủy cơ sở / of the committee above. */
  giayKhenCoSoIn5Years?: boolean;
  giayKhenCapTrenIn5Years?: boolean;
  /** TCCS: kind of organization (decides which compulsory standard of mục 1.2 applies) and whether it meets it. */
  tccsType?: 'dang-uy-phuong' | 'luc-luong-vu-trang' | 'khac';
  mandatoryStandardMet?: boolean;
  /** Secretaries: whole years as secretary, whether commended by the committee above during them, and the awards the led unit received. */
  secretaryYears?: number;
  commendedAsSecretary?: boolean;
  unitAwards?: readonly UnitAward[];
}

/** One evaluated condition. */
export interface AwardConditionResult {
  id: string;
  met: boolean;
  actual: string;
  required: string;
  /** The plan's words this condition implements. */
  words: string;
  cite: CitationRef;
  /** "Chưa đủ điều kiện Bằng khen của Tỉnh ủy vì … — Kế hoạch Sao Đỏ II.C.1.1.1.3" (only when not met). */
  sentence: string;
}

export interface AwardCondition {
  id: string;
  words: string;
  cite: CitationRef;
  params?: readonly string[];
  check(f: AwardFacts, p: (id: string) => number): { met: boolean; actual: string; required: string; why: string };
}

/** A quota: at most `share` of a base count (rounded down), or a fixed number of units. */
export interface AwardQuota {
  kind: 'share' | 'count';
  param: string;
  /** The larger share for the provincial agencies' party committee (Đảng bộ Khối các cơ quan tỉnh). */
  khoiParam?: string;
  /** What the base count is, in the plan's words. */
  baseLabel: string;
  words: string;
  cite: CitationRef;
  /** What the count includes or how it is read (stated next to the figure). */
  note?: string;
}

export type AwardForm = 'giay-khen' | 'bang-khen' | 'co';

export interface Award {
  id: string;
  /** e.g. "Giấy khen của Đảng ủy phường". */
  label: string;
  form: AwardForm;
  /** Who decides, in the plan's words. */
  grantor: string;
  subject: AwardSubject;
  /** The clause that lists this award (primary citation). */
  cite: CitationRef;
  conditions: readonly AwardCondition[];
  quota?: AwardQuota;
  source: SourceKind;
}

export interface AwardEvaluation {
  award: Award;
  eligible: boolean;
  conditions: AwardConditionResult[];
}

export interface QuotaCheck {
  max: number;
  proposed: number;
  within: boolean;
  /** "tối đa 20 % của 17 chi bộ đạt “Hoàn thành tốt nhiệm vụ” trở lên = 3 (làm tròn xuống)" */
  text: string;
  param: Param;
}
