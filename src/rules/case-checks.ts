// The checks of the case format (shared/casebook/FORMAT.md, v2) beyond a field's type, as plain
// data and functions without zod: the ranges of numbers, the part-whole rules (parts fit inside
// their whole) and the checks across a whole case. case-schema.ts builds its zod schemas from
// them; the calculator's quick check of a case (src/lib/calculator/quick-case.ts) applies the
// same ones on every keystroke without loading zod's work, so the two cannot drift apart.
import { viDate } from './dates.ts';

/** Inclusive ranges of the numeric fields. */
export const LIMITS = {
  share: [0, 1],
  score: [0, 100],
  months: [0, 12],
  year: [1930, 2100],
} as const satisfies Record<string, readonly [number, number]>;

type Counts = Record<string, number | undefined>;

/**
 * A rule that a part fits inside its whole, on values already valid: the field it faults,
 * whether `o` breaks it, and what to say.
 */
export interface FitRule { path: string; broken: (o: Counts) => boolean; message: (o: Counts) => string }

/** The part-whole rules of one object, and the count fields they read (each an integer ≥ 0 or absent before they apply). */
export interface Fit { counts: readonly string[]; rules: readonly FitRule[] }

const done = (t: Counts) => (t.completedOnTime ?? 0) + (t.completedLate ?? 0) + (t.notCompleted ?? 0);

/** Chỉ tiêu, nhiệm vụ được giao trong năm. */
export const TASKS_FIT: Fit = {
  counts: ['assigned', 'completedOnTime', 'completedLate', 'notCompleted', 'exceeded'],
  rules: [
    { path: 'assigned', broken: (t) => t.assigned !== undefined && done(t) > t.assigned,
      message: (t) => `nhỏ hơn tổng số nhiệm vụ đã kê (${done(t)}): completedOnTime + completedLate + notCompleted không được vượt quá assigned` },
    { path: 'exceeded', broken: (t) => (t.exceeded ?? 0) > (t.completedOnTime ?? (t.assigned ?? Infinity)),
      message: () => 'số nhiệm vụ vượt mức phải nằm trong số nhiệm vụ hoàn thành đúng hạn (completedOnTime)' },
  ],
};

/** A leader's unit: its targets. */
export const UNIT_FIT: Fit = {
  counts: ['targets', 'targetsCompleted', 'targetsExceeded'],
  rules: [
    { path: 'targetsCompleted', broken: (u) => u.targets !== undefined && (u.targetsCompleted ?? 0) > u.targets,
      message: () => 'không được lớn hơn số chỉ tiêu (targets)' },
    { path: 'targetsExceeded', broken: (u) => (u.targetsExceeded ?? 0) > (u.targetsCompleted ?? u.targets ?? Infinity),
      message: () => 'số chỉ tiêu vượt phải nằm trong số chỉ tiêu hoàn thành (targetsCompleted)' },
  ],
};

/** A leader's subordinate units and how they were rated. */
export const SUB_UNITS_FIT: Fit = {
  counts: ['total', 'htnvOrAbove', 'httnvOrAbove'],
  rules: [
    { path: 'htnvOrAbove', broken: (s) => s.total !== undefined && (s.htnvOrAbove ?? 0) > s.total,
      message: () => 'không được lớn hơn tổng số đơn vị (total)' },
    { path: 'httnvOrAbove', broken: (s) => (s.httnvOrAbove ?? 0) > (s.htnvOrAbove ?? s.total ?? Infinity),
      message: () => 'số đơn vị hoàn thành tốt trở lên phải nằm trong số hoàn thành trở lên (htnvOrAbove)' },
  ],
};

/** Shortcomings pointed out earlier, and those remedied. */
export const SHORTCOMINGS_FIT: Fit = {
  counts: ['pointedOut', 'remedied'],
  rules: [
    { path: 'remedied', broken: (s) => (s.remedied ?? 0) > (s.pointedOut ?? Infinity),
      message: () => 'số đã khắc phục không được lớn hơn số đã chỉ ra (pointedOut)' },
  ],
};

/** A similar-member group of the quota. */
export const GROUP_FIT: Fit = {
  counts: ['members', 'qualifyingHttnvOrAbove', 'proposedHtxsnv'],
  rules: [
    { path: 'qualifyingHttnvOrAbove', broken: (g) => g.members !== undefined && (g.qualifyingHttnvOrAbove ?? 0) > g.members,
      message: () => 'không được lớn hơn số thành viên của nhóm (members)' },
    { path: 'proposedHtxsnv', broken: (g) => g.members !== undefined && (g.proposedHtxsnv ?? 0) > g.members,
      message: () => 'không được lớn hơn số thành viên của nhóm (members)' },
  ],
};

const isCount = (n: unknown) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0);

/**
 * The rules `o` breaks, each as its field and message (none while one of its counts is itself
 * invalid: that count's own message says so).
 */
export function fitProblems(fit: Fit, o: object): { path: string; message: string }[] {
  const c = o as Counts;
  if (!fit.counts.every((k) => isCount(c[k]))) return [];
  return fit.rules.filter((r) => r.broken(c)).map((r) => ({ path: r.path, message: r.message(c) }));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v);

/**
 * Checks across fields of a whole case (FORMAT.md v2): no fact dated after the evaluation date,
 * no discipline decided before admission, and a review year that is the evaluation date's year
 * or the year before it. Each problem names its field.
 */
export function caseLevelIssues(c: { evaluationDate: string; reviewYear?: number; subject: Record<string, unknown> }): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const ev = c.evaluationDate;
  if (!day(ev)) return out;
  const evYear = +ev.slice(0, 4);
  if (typeof c.reviewYear === 'number' && c.reviewYear !== evYear && c.reviewYear !== evYear - 1)
    out.push({ path: ['reviewYear'], message: `phải là năm của ngày đánh giá (${evYear}) hoặc năm trước đó (${evYear - 1})` });
  const s = c.subject;
  const late = (path: PropertyKey[], v: unknown) => { if (day(v) && v > ev) out.push({ path: ['subject', ...path], message: `ngày này (${viDate(v)}) sau ngày đánh giá (${viDate(ev)})` }); };
  late(['admittedOn'], s.admittedOn);
  late(['establishedOn'], s.establishedOn);
  late(['reorganizedOn'], s.reorganizedOn);
  const leadership = s.leadership as Record<string, unknown> | undefined;
  if (leadership) late(['leadership', 'appointedOn'], leadership.appointedOn);
  const transfer = s.transfer as Record<string, unknown> | undefined;
  if (transfer) late(['transfer', 'movedOn'], transfer.movedOn);
  const list = Array.isArray(s.discipline) ? (s.discipline as Record<string, unknown>[]) : [];
  list.forEach((d, i) => {
    late(['discipline', i, 'decidedOn'], d.decidedOn);
    if (typeof d.violationYear === 'number' && d.violationYear > evYear) out.push({ path: ['subject', 'discipline', i, 'violationYear'], message: `năm vi phạm (${d.violationYear}) sau năm đánh giá (${evYear})` });
    else if (typeof d.violationYear === 'number' && day(d.decidedOn) && d.violationYear > +d.decidedOn.slice(0, 4))
      out.push({ path: ['subject', 'discipline', i, 'violationYear'], message: `năm vi phạm (${d.violationYear}) sau năm của quyết định kỷ luật (${d.decidedOn.slice(0, 4)})` });
    if (day(d.decidedOn) && day(s.admittedOn) && d.decidedOn < s.admittedOn)
      out.push({ path: ['subject', 'discipline', i, 'decidedOn'], message: `quyết định kỷ luật (${viDate(d.decidedOn)}) trước ngày kết nạp Đảng (${viDate(s.admittedOn)})` });
  });
  return out;
}
