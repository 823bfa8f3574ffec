// The vocabulary rules are written in (OpenFisca parameters, Catala-style conditions and
// exceptions). A regime or a local plan is a list of these data objects; the engine only
// evaluates them. Nothing here knows any particular regulation.
import type { CitationRef } from './docs.ts';
import type { Collective, Group, Individual, Organization, Subject } from './case-schema.ts';
import type { Grade, ProcedureKind, SourceKind, SubjectKind } from './types.ts';

/** Reliability of a rule known only by report (shared/notes/regimes.md): [A] several sources, [B] one, [S] only our seeds. */
export type Evidence = 'A' | 'B' | 'S';

/** The facts a check may find nothing to count in (FORMAT names); the engine says each in its own note. */
export type UncountedFact = 'tasks' | 'members' | 'subOrganizations' | 'leadership.unit' | 'leadership.subUnits';

// ── Parameters: every number of the regulations, dated and cited ────────────────────────────

export interface Param {
  id: string;
  /** What the number is, in Vietnamese. */
  label: string;
  unit: 'ti-le' | 'thang' | 'diem' | 'so-luong';
  /** Values by the date they take effect (ascending). */
  values: readonly { from: string; value: number }[];
  cite: CitationRef;
  /** The words of the clause that state the number. */
  words: string;
  source: SourceKind;
  evidence?: Evidence;
}

// ── Evaluation context ──────────────────────────────────────────────────────────────────────

export interface Ctx {
  /** ISO evaluation date. */
  date: string;
  /**
   * The review year ("năm đánh giá", FORMAT.md v2): what "in the year" means for discipline,
   * sick leave and earlier-year violations. Periods counted up to the evaluation end on `date`.
   */
  year: number;
  /** Parameter value in force on the evaluation date. */
  p(id: string): number;
}

/** The words of an outcome, built only when someone reads the explanation. */
export interface Explanation {
  /** Actual value in words, e.g. "17/20 = 85 %". */
  actual: string;
  /** Required value in words, e.g. "từ 90 %". */
  required: string;
  /** Why it fails, as the middle of a sentence: "chi bộ chỉ có 17/20 = 85 % đảng viên …, cần từ 90 %" ('' when it passes). */
  why: string;
}

/**
 * Result of checking one condition against one subject: the decision only. Its wording is
 * produced by the rule's `explain`, on demand (most evaluations only need the rating and the
 * citations), so outcomes without an exception are shared constants.
 */
export interface Outcome {
  /** The subject passes this check (a requirement holds / a KHTNV case does not apply). */
  readonly ok: boolean;
  /** Exceptions that changed the outcome (they are cited and explained). */
  readonly fired?: readonly ExceptionRule[];
  /** Nothing to count (no task, or no member rating entered; the FORMAT fact named): the check could not be made and is treated as met. */
  readonly vacuous?: UncountedFact;
  /**
   * A deciding fact is absent (FORMAT names, e.g. "score"): the check could not be made and is
   * not treated as met — the rating stays open unless other facts already decide it.
   */
  readonly missing?: readonly string[];
}

/** An exception names the rule it overrides (Catala): it is data, so conflicts can be found. */
export interface ExceptionRule {
  id: string;
  /** Id of the condition it overrides. */
  overrides: string;
  cite: readonly CitationRef[];
  source: SourceKind;
  evidence?: Evidence;
  /** The words of the exception, e.g. "trừ trường hợp tự phát hiện và khắc phục xong hậu quả". */
  words: string;
  /** What it means for the result, said to people when it fires. */
  note: string;
}

export type AnySubject = Exclude<Subject, Group>;
export type SubjectOf<K extends SubjectKind> = K extends 'dang-vien' | 'can-bo-lanh-dao' ? Individual : K extends 'to-chuc-dang' ? Organization : K extends 'tap-the-lanh-dao' ? Collective : Group;

interface RuleBase {
  id: string;
  kinds: readonly SubjectKind[];
  /** Narrower applicability (e.g. chi bộ only, heads only); evaluated before the check. */
  when?: (s: AnySubject, x: Ctx) => boolean;
  /** First citation is the primary one (the deepest heading that states the rule). */
  cite: readonly CitationRef[];
  source: SourceKind;
  evidence?: Evidence;
  /** The Vietnamese words this rule implements. */
  words: string;
  /** Subject facts read (dotted paths under `subject`). */
  facts: readonly string[];
  /** Parameters read. */
  params?: readonly string[];
  /** The fact this rule reads decides every band (the 100-point score under 366): forms ask it first. */
  decisive?: boolean;
}

/**
 * A condition of a rating level.
 * - requirement: must hold for `level` (and, cumulatively, for every level above it);
 * - khtnv-case: one of the cases that make the subject "Không hoàn thành nhiệm vụ" (`level` is KHTNV).
 */
export interface Condition extends RuleBase {
  level: Grade;
  role: 'requirement' | 'khtnv-case';
  /**
   * What the condition is about. Conditions sharing a topic are compared by the overlap check
   * (test/unit/rules/overlap.test.ts): a higher level must be at least as strict as a lower one,
   * and a KHTNV case may never hold where an HTNV requirement on the same topic is met.
   */
  topic: string;
  check(s: AnySubject, x: Ctx): Outcome;
  /** The words of the outcome for this subject (actual, required, why it fails). */
  explain(s: AnySubject, x: Ctx): Explanation;
  exceptions?: readonly ExceptionRule[];
  /**
   * Ids of conditions this one prevails over when both apply and disagree (explicit priority,
   * as Catala requires): e.g. a numeric KHTNV case with no exception over a general exception.
   */
  prevailsOver?: readonly string[];
}

/** A ceiling on the rating (head ≤ their unit, collective ≤ its organization, sick leave ≤ HTNV …). */
export interface Cap extends RuleBase {
  /** The highest grade allowed, or null when the cap does not bind this subject. */
  limit(s: AnySubject, x: Ctx): { grade: Grade; actual: string; why: string } | null;
  exceptions?: readonly ExceptionRule[];
  /** Exception that lifts the cap for this subject, if any. */
  lifted?(s: AnySubject, x: Ctx): ExceptionRule | null;
}

/**
 * A special situation: who is not reviewed/rated, or a circumstance the plan tells how to handle
 * (sick leave, new leader, new organization, temporary activity…). Situations that do not change
 * the rating still contribute their citation and a note.
 */
export interface Situation extends RuleBase {
  applies(s: AnySubject, x: Ctx): boolean;
  effect: 'not-rated' | 'note';
  /** For 'not-rated': whether the subject is still reviewed (kiểm điểm). */
  reviewed?: boolean;
  note(s: AnySubject, x: Ctx): string;
}

/**
 * An obligation the sources attach to a situation that is not a rating (FORMAT.md v2
 * `procedure`): comments to obtain, the order of rating, the period the results cover.
 */
export interface ProcedureRule {
  id: string;
  kind: ProcedureKind;
  kinds: readonly SubjectKind[];
  /** First citation is the primary one. */
  cite: readonly CitationRef[];
  source: SourceKind;
  evidence?: Evidence;
  /** The Vietnamese words of the clause. */
  words: string;
  facts: readonly string[];
  params?: readonly string[];
  applies(s: AnySubject, x: Ctx): boolean;
  /** What the meeting must do, for this subject (Vietnamese). */
  text(s: AnySubject, x: Ctx): string;
  /** Kinds of procedure this one stands in for when both apply (e.g. the superior committee instead of a dissolved organization). */
  replaces?: readonly ProcedureKind[];
}

/** A regime (central) or a local plan: data only. */
export interface RuleLayer {
  id: string;
  label: string;
  params: readonly Param[];
  conditions: readonly Condition[];
  caps: readonly Cap[];
  situations: readonly Situation[];
  /** What the meeting must do besides rating (same composition as the rules: same id → the later layer's version). */
  procedures?: readonly ProcedureRule[];
  /**
   * How a local plan changes the central layer: conditions it replaces (same id → the plan's
   * version wins) are simply listed again in `conditions`; conditions it removes are named here
   * with the reason (said in the notes).
   */
  removes?: readonly { id: string; reason?: string }[];
  /** Notes that state where the sources are silent, by subject kind (a later layer that answers removes them by id). */
  silences?: readonly Silence[];
}

export interface Silence {
  id: string;
  kinds: readonly SubjectKind[];
  when?: (s: AnySubject, x: Ctx) => boolean;
  /** Said only when the result is one of these ratings (a silence about a condition of HTXSNV concerns an HTXSNV result). */
  forRatings?: readonly Grade[];
  /** Not said when a procedure item of one of these kinds is output (a later layer answers the silence). */
  answeredBy?: readonly ProcedureKind[];
  note: string;
}
