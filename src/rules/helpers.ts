// Small shared helpers for writing conditions: rating and level order, Vietnamese wording of
// numbers, and the derived facts several regimes read (task shares, member shares…).
import type { Grade, LevelCode, RatingCode, Tasks } from './case-schema.ts';
import type { ExceptionRule, Explanation, Outcome } from './model.ts';

export const GRADE_ORDER: readonly Grade[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
export const GRADE_RANK: Record<Grade, number> = { HTXSNV: 3, HTTNV: 2, HTNV: 1, KHTNV: 0 };
export const RATING_VI: Record<RatingCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  KHONG_XEP_LOAI: 'Không xếp loại',
};
export const LEVEL_RANK: Record<LevelCode, number> = { 'xuat-sac': 3, tot: 2, 'trung-binh': 1, kem: 0 };
export const LEVEL_VI: Record<LevelCode, string> = { 'xuat-sac': 'Xuất sắc', tot: 'Tốt', 'trung-binh': 'Trung bình', kem: 'Kém' };

export const gradeAtLeast = (r: RatingCode | undefined, min: Grade): boolean => r !== undefined && r !== 'KHONG_XEP_LOAI' && GRADE_RANK[r] >= GRADE_RANK[min];
export const q = (r: RatingCode) => `“${RATING_VI[r]}”`;

// ── Numbers in Vietnamese ───────────────────────────────────────────────────────────────────

/** 0.875 → "87,5 %" (Vietnamese decimal comma, a space before %). */
export function pct(x: number): string {
  const v = Math.round(x * 1000) / 10;
  return Number.isInteger(v) ? `${v} %` : `${String(v).replace('.', ',')} %`;
}
/** "17/20 = 85 %" */
export const frac = (n: number, d: number) => `${n}/${d} = ${pct(n / d)}`;

// ── Criteria levels ─────────────────────────────────────────────────────────────────────────

const LEVEL_ORDER: readonly LevelCode[] = ['xuat-sac', 'tot', 'trung-binh', 'kem'];
/** Levels below `min`, as "“Trung bình”, “Kém”" (each once, best first), or '' when all reach it. */
export function levelsBelow(list: readonly LevelCode[] | undefined, min: LevelCode): string {
  if (!list) return '';
  let mask = 0;
  for (const l of list) if (LEVEL_RANK[l] < LEVEL_RANK[min]) mask |= 1 << LEVEL_RANK[l];
  let out = '';
  for (const l of LEVEL_ORDER) if (mask & (1 << LEVEL_RANK[l])) out += (out ? ', ' : '') + `“${LEVEL_VI[l]}”`;
  return out;
}
export const allAtLeast = (list: readonly LevelCode[] | undefined, min: LevelCode) => !list || list.every((l) => LEVEL_RANK[l] >= LEVEL_RANK[min]);
export const countBelow = (list: readonly LevelCode[] | undefined, min: LevelCode) => (list ? list.filter((l) => LEVEL_RANK[l] < LEVEL_RANK[min]).length : 0);
export const levelsText = (list: readonly LevelCode[] | undefined) => (list && list.length ? list.map((l) => LEVEL_VI[l]).join(', ') : 'không có');

// ── Tasks (chỉ tiêu, nhiệm vụ) ──────────────────────────────────────────────────────────────

export interface TaskFacts {
  assigned: number;
  onTime: number;
  late: number;
  notCompleted: number;
  exceeded: number;
  /** Tasks neither on time, late nor not-completed (facts left out). */
  unaccounted: number;
  /** No task was entered: share conditions cannot be checked and are treated as not applicable. */
  none: boolean;
}

export function taskFacts(t: Tasks | undefined): TaskFacts {
  const onTime = t?.completedOnTime ?? 0;
  const late = t?.completedLate ?? 0;
  const notCompleted = t?.notCompleted ?? 0;
  const assigned = t?.assigned ?? onTime + late + notCompleted;
  return { assigned, onTime, late, notCompleted, exceeded: t?.exceeded ?? 0, unaccounted: Math.max(0, assigned - onTime - late - notCompleted), none: assigned === 0 };
}

export const NO_TASKS = 'chưa kê chỉ tiêu, nhiệm vụ được giao';

/** Counts by grade (members of a chi bộ, sub-organizations of a đảng bộ). */
export interface GradeCounts { HTXSNV?: number | undefined; HTTNV?: number | undefined; HTNV?: number | undefined; KHTNV?: number | undefined }
export function gradeShares(c: GradeCounts | undefined) {
  const x = c?.HTXSNV ?? 0, t = c?.HTTNV ?? 0, n = c?.HTNV ?? 0, k = c?.KHTNV ?? 0;
  const total = x + t + n + k;
  return { total, htnvUp: x + t + n, httnvUp: x + t, khtnv: k };
}

// ── Outcome builders ────────────────────────────────────────────────────────────────────────

export const ex = (actual: string, required: string, why = ''): Explanation => ({ actual, required, why });

export const PASS: Outcome = Object.freeze({ ok: true });
export const FAIL: Outcome = Object.freeze({ ok: false });
export const VACUOUS: Outcome = Object.freeze({ ok: true, vacuous: 'tasks' });
/** No member (chi bộ) or sub-organization (đảng bộ) rating entered: treated as met, said in its own note. */
export const NO_MEMBER_COUNTS: Outcome = Object.freeze({ ok: true, vacuous: 'members' });
export const NO_SUBORG_COUNTS: Outcome = Object.freeze({ ok: true, vacuous: 'subOrganizations' });
/** A leader's unit (targets, work on time) or the units under them not entered: treated as met, said in a note. */
export const NO_UNIT_COUNTS: Outcome = Object.freeze({ ok: true, vacuous: 'leadership.unit' });
export const NO_SUBUNIT_COUNTS: Outcome = Object.freeze({ ok: true, vacuous: 'leadership.subUnits' });
/** The shared outcome, or a new one carrying the exceptions that fired. */
export const decide = (ok: boolean, fired?: readonly ExceptionRule[] | false | null): Outcome => (fired && fired.length ? { ok, fired } : ok ? PASS : FAIL);
