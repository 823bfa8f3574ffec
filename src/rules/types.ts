// Result types of the rules engine: what the calculator, the `rate` command and the tests read.
// Pure data (JSON-serialisable), no functions, so results can be stored and compared.
import type { Grade, ProcedureKind, RatingCode, RulesetId, SubjectKind } from './codes.ts';

export type { Grade, ProcedureKind, RatingCode, RulesetId, SubjectKind } from './codes.ts';

/**
 * Where a rule comes from, so the UI can show how firm it is:
 * - 'van-ban-trung-uong': a central text we publish or whose article is known (124-QĐ/TW, 366-QĐ/TW, 132-QĐ/TW);
 * - 'huong-dan-trung-uong': central guidance known only by report (HD 21, HD 43; regimes.md tags [A]/[B]);
 * - 'ke-hoach-dia-phuong': a local plan (kh-…).
 */
export type SourceKind = 'van-ban-trung-uong' | 'huong-dan-trung-uong' | 'ke-hoach-dia-phuong';

/** A citation as the engine outputs it (FORMAT.md {doc, path} plus a label and the reader link). */
export interface CitationOut {
  doc: string;
  path: string[];
  /** Vietnamese, e.g. "Quy định 124-QĐ/TW, Điều 12, khoản 4, điểm 4.3, tiết d". */
  label: string;
  /** `readerUrl()` of src/lib/citation-link.ts; null for documents not published here. */
  url: string | null;
}

/** One evaluated condition (every condition of the ruleset that applies is evaluated). */
export interface ConditionResult {
  /** Stable id, e.g. "q124.dv.htxsnv.tasks-exceeded". */
  id: string;
  /** The rating this condition is required for (HTXSNV/HTTNV/HTNV), or 'KHTNV' for a case that forces KHTNV. */
  rating: Grade;
  /**
   * 'requirement': must hold for `rating` (and every rating above it); 'khtnv-case': a case that
   * makes the subject KHTNV; 'cap': a ceiling (head ≤ unit…); 'situation': who is rated / a
   * special situation.
   */
  role: 'requirement' | 'khtnv-case' | 'cap' | 'situation';
  /** The subject passes this check (requirement holds, KHTNV case absent, cap not binding, still rated). */
  met: boolean;
  /** Actual value, in words (vi), e.g. "17/20 = 85 %". */
  actual: string;
  /** Required value, in words (vi), e.g. "từ 90 %". */
  required: string;
  /** Primary citation (the deepest heading stating the rule). */
  citation: CitationOut;
  /** All citations of the rule, primary first (e.g. the local plan, then the central clause it restates). */
  citations: CitationOut[];
  source: SourceKind;
  /** Reliability tag from regimes.md when the rule is known only by report: '[A]', '[B]' or '[S]'. */
  evidence?: 'A' | 'B' | 'S';
  /** The Vietnamese words of the clause this condition implements (quoted or closely paraphrased). */
  words: string;
  /** Subject facts read (dotted paths below `subject`, e.g. "tasks.exceeded", "score"). */
  facts: string[];
  /** Exceptions (by id) that changed this condition's outcome, e.g. "…~tu-phat-hien". */
  overriddenBy?: string[];
  /** Facts this condition needs and the case does not give (FORMAT names, e.g. "score"): it could not be checked. */
  missing?: string[];
}

/** A failed condition, explained the way a secretary would. */
export interface FailedCondition extends ConditionResult {
  /** "Không đạt Hoàn thành tốt nhiệm vụ vì … — Kế hoạch Sao Đỏ II.B.1.3.b" */
  sentence: string;
}

export interface WhyNotHigher {
  rating: Grade;
  /** Vietnamese name of the rating. */
  label: string;
  /**
   * What keeps the subject from this rating that belongs to this rating: its own failed
   * requirements; for the rating just above a cap, the cap; for HTNV, the KHTNV cases that hold.
   * A failed lower-rating requirement is listed under its own rating, not repeated here.
   */
  failed: FailedCondition[];
}

/** One thing the meeting must do for this case that is not a rating (FORMAT.md v2 `procedure`). */
export interface ProcedureItem {
  /** Stable id of the rule, e.g. "hq.dv.chuyen-cong-tac". */
  id: string;
  kind: ProcedureKind;
  /** What the meeting must do, in Vietnamese, for this case. */
  text: string;
  /** The words of the clause that states the obligation. */
  words: string;
  /** Primary citation, then every citation of the rule. */
  citation: CitationOut;
  citations: CitationOut[];
  source: SourceKind;
  evidence?: 'A' | 'B' | 'S';
}

/** What decided the result, with the clause's own words (said first by the calculator). */
export interface Decision {
  /**
   * 'band': the conditions of the rating reached (or, for KHTNV without a KHTNV case, the failed
   * HTNV requirements); 'cap': a ceiling lower than the conditions allow; 'khtnv-case': a case that
   * makes the subject KHTNV; 'situation': who is not rated; 'missing': a deciding fact is absent.
   */
  by: 'band' | 'cap' | 'khtnv-case' | 'situation' | 'missing';
  /** Ids of the rules that decided it. */
  ruleIds: string[];
  /** The clause that decided it (the first of `deciding`); null only for groups without one. */
  citation: CitationOut | null;
  /** The words of that clause. */
  words: string;
}

export type QuotaBase = 'sau-khi-chon' | 'tat-ca-du-dieu-kien';

export interface QuotaResult {
  maxHtxsnv: number;
  withinQuota: boolean;
  proposed: number;
  /** The interpretation the result uses, and how it reads in Vietnamese (shown next to every quota result). */
  base: QuotaBase;
  baseLabel: string;
  /** The same question under the other reading of "20 % số được xếp loại HTTNV". */
  alternative: { base: QuotaBase; baseLabel: string; maxHtxsnv: number; withinQuota: boolean };
  /** Share used (0.2, or 0.25 when the 2025 exception applies). */
  share: number;
  /** The small-group rule applied ("< 5" in each regime's own wording), if it did. */
  smallGroupRule: boolean;
  /** When the small-group rule is what gives the maximum (the share alone gives less): the note that says so. */
  smallGroupNote?: string;
}

export interface Evaluation {
  /** The case id when evaluated from a case file. */
  id?: string;
  rulesetId: RulesetId;
  rulesetLabel: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  kind: SubjectKind;
  /** Null when a fact that decides every band is absent and the other facts do not decide the result (see `missing`). */
  rating: RatingCode | null;
  /** The year whose work is rated (given, or derived from the evaluation date: January–March → the year before). */
  reviewYear: number;
  /** Facts (FORMAT names, e.g. "score") a deciding condition needs and the case does not give; empty when the result is decided. */
  missing: string[];
  /** Whether the subject is still reviewed (kiểm điểm) this year. */
  reviewed: boolean;
  /** What decided the result. */
  decision: Decision;
  /** Citations that decide the result, the deciding clause first (that of `decision`), then the others. */
  deciding: CitationOut[];
  /** For every rating above the result (all of them when not rated or undecided): what keeps the subject from it, band by band. */
  whyNotHigher: WhyNotHigher[];
  /** What the meeting must do for this case besides rating it (comments to collect, order of rating, period the results cover). */
  procedure: ProcedureItem[];
  /** Vietnamese notes for people (special situations, silent sources, interpretations). */
  notes: string[];
  /** Every condition evaluated, in ruleset order (for the UI's full checklist). */
  conditions: ConditionResult[];
  /** Groups only. */
  maxHtxsnv?: number;
  withinQuota?: boolean;
  quota?: QuotaResult;
}

/** The FORMAT.md output line of `rate`. */
export type RateLine =
  | {
      id: string;
      rating: RatingCode | null;
      reviewYear: number;
      citations: CitationOut[];
      reviewed: boolean;
      missing: string[];
      procedure: { kind: ProcedureKind; text: string; citation: CitationOut; citations: CitationOut[] }[];
      notes: string[];
      maxHtxsnv?: number;
      withinQuota?: boolean;
    }
  | { id: string; error: string };
