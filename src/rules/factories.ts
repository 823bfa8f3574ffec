// Factories for the recurring shapes of conditions (criteria levels, task shares, member
// shares, disciplinary events…). A regime file lists its clauses with these, so each clause
// reads as: id, level, citation, the words it implements, and its parameter.
import type { CitationRef } from './docs.ts';
import type { Collective, Individual, LevelCode, Organization, RatingCode } from './case-schema.ts';
import type { AnySubject, Cap, Condition, Ctx, Evidence, ExceptionRule, Outcome } from './model.ts';
import type { Grade, SourceKind, SubjectKind } from './types.ts';
import { allAtLeast, countBelow, decide, ex, FAIL, frac, gradeAtLeast, gradeShares, LEVEL_VI, levelsBelow, levelsText, NO_MEMBER_COUNTS, NO_SUBORG_COUNTS, NO_SUBUNIT_COUNTS, NO_TASKS, NO_UNIT_COUNTS, PASS, pct, q, RATING_VI, taskFacts, VACUOUS } from './helpers.ts';

export const IND: readonly SubjectKind[] = ['dang-vien', 'can-bo-lanh-dao'];
export const DV: readonly SubjectKind[] = ['dang-vien'];
export const LD: readonly SubjectKind[] = ['can-bo-lanh-dao'];
export const ORG: readonly SubjectKind[] = ['to-chuc-dang'];
export const TT: readonly SubjectKind[] = ['tap-the-lanh-dao'];
export const COLL: readonly SubjectKind[] = ['to-chuc-dang', 'tap-the-lanh-dao'];
export const ALL: readonly SubjectKind[] = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'];

export const isIndividual = (s: AnySubject): s is Individual => s.kind === 'dang-vien' || s.kind === 'can-bo-lanh-dao';
export const isOrg = (s: AnySubject): s is Organization => s.kind === 'to-chuc-dang';
export const isCollective = (s: AnySubject): s is Collective => s.kind === 'tap-the-lanh-dao';

/** The "results of assigned tasks" criteria: taskResults for people, keyResults for collectives. */
export const resultLevels = (s: AnySubject): readonly LevelCode[] => (isIndividual(s) ? s.criteria.taskResults : s.criteria.keyResults);
export const otherLevels = (s: AnySubject): readonly LevelCode[] => s.criteria.other ?? [];
/** Fact alias resolved per kind by factsAskedBy. */
export const F_RESULTS = 'criteria.results';

export interface Meta {
  cite: readonly CitationRef[];
  source: SourceKind;
  evidence?: Evidence;
  words: string;
  kinds: readonly SubjectKind[];
  when?: (s: AnySubject, x: Ctx) => boolean;
}

type Base = Omit<Condition, 'check' | 'explain' | 'facts' | 'topic' | 'role' | 'level' | 'id'>;
const base = (m: Meta): Base => ({ cite: m.cite, source: m.source, words: m.words, kinds: m.kinds, ...(m.evidence ? { evidence: m.evidence } : {}), ...(m.when ? { when: m.when } : {}) });

const who = (s: AnySubject) => (s.kind === 'to-chuc-dang' ? (s.orgType === 'chi-bo' ? 'chi bộ' : 'đảng bộ') : s.kind === 'tap-the-lanh-dao' ? 'tập thể lãnh đạo' : 'đảng viên');

// ── Criteria levels (Điều 12 Quy định 124 and its local restatements) ────────────────────────

/** Every criterion of a group reaches `min` ("đều đạt …"). */
export function levels(id: string, level: Grade, group: 'results' | 'other' | 'all', min: LevelCode, m: Meta): Condition {
  const name = group === 'results' ? 'tiêu chí về kết quả thực hiện nhiệm vụ' : group === 'other' ? 'các tiêu chí còn lại' : 'các tiêu chí đánh giá';
  const required = `tất cả đạt “${LEVEL_VI[min]}”${min === 'xuat-sac' ? '' : ' trở lên'}`;
  const okFor = (s: AnySubject) => (group === 'all' ? allAtLeast(resultLevels(s), min) && allAtLeast(otherLevels(s), min) : allAtLeast(group === 'results' ? resultLevels(s) : otherLevels(s), min));
  return {
    ...base(m), id, level, role: 'requirement', topic: `tieu-chi-${group}`,
    facts: group === 'results' ? [F_RESULTS] : group === 'other' ? ['criteria.other'] : [F_RESULTS, 'criteria.other'],
    check: (s) => (okFor(s) ? PASS : FAIL),
    explain(s) {
      const l = group === 'results' ? resultLevels(s) : group === 'other' ? otherLevels(s) : [...resultLevels(s), ...otherLevels(s)];
      return okFor(s) ? ex(levelsText(l), required) : ex(levelsText(l), required, `${countBelow(l, min)}/${l.length} ${name} chỉ đạt mức ${levelsBelow(l, min)}, cần ${required}`);
    },
  };
}

/** KHTNV case: a criterion at "Kém". */
export function anyKem(id: string, m: Meta): Condition {
  const ok = 'không có tiêu chí mức “Kém”';
  const kem = (s: AnySubject) => countBelow(resultLevels(s), 'trung-binh') + countBelow(otherLevels(s), 'trung-binh');
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'tieu-chi-all', facts: [F_RESULTS, 'criteria.other'],
    check: (s) => (kem(s) === 0 ? PASS : FAIL),
    explain(s) { const n = kem(s); return n ? ex(`${n} tiêu chí mức “Kém”`, ok, `có ${n} tiêu chí đánh giá ở mức “Kém”`) : ex(ok, ok); },
  };
}

// ── Flags (booleans of the case file) ───────────────────────────────────────────────────────

/** A requirement that a flag is true (e.g. outstanding, exemplary). */
export function flagTrue(id: string, level: Grade, topic: string, fact: string, get: (s: AnySubject) => boolean | undefined, yes: string, no: string, m: Meta): Condition {
  const passed = ex(yes, yes), failed = ex(no, yes, no);
  return {
    ...base(m), id, level, role: 'requirement', topic, facts: [fact],
    check: (s) => (get(s) ? PASS : FAIL),
    explain: (s) => (get(s) ? passed : failed),
  };
}

/** A KHTNV case that holds when a flag is true. */
export function flagCase(id: string, topic: string, fact: string, get: (s: AnySubject) => boolean | undefined, yes: string, no: string, m: Meta): Condition {
  const hit = ex(yes, no, yes), clear = ex(no, no);
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic, facts: [fact],
    check: (s) => (get(s) ? FAIL : PASS),
    explain: (s) => (get(s) ? hit : clear),
  };
}

// ── Tasks (chỉ tiêu, nhiệm vụ của cá nhân hoặc tập thể) ─────────────────────────────────────

const tasksOf = (s: AnySubject) => taskFacts(s.tasks);
const T = (s: AnySubject) => s.tasks;
const assignedOf = (s: AnySubject) => { const t = T(s); return t?.assigned ?? (t?.completedOnTime ?? 0) + (t?.completedLate ?? 0) + (t?.notCompleted ?? 0); };

/** 100 % of tasks done on time with quality. */
export function allOnTime(id: string, level: Grade, m: Meta): Condition {
  const required = '100 % đúng tiến độ, bảo đảm chất lượng';
  return {
    ...base(m), id, level, role: 'requirement', topic: 'nhiem-vu-dung-han', facts: ['tasks.assigned', 'tasks.completedOnTime'],
    check(s) { const a = assignedOf(s); return a === 0 ? VACUOUS : (T(s)?.completedOnTime ?? 0) >= a ? PASS : FAIL; },
    explain(s) {
      const t = tasksOf(s);
      if (t.none) return ex(NO_TASKS, required);
      return ex(`${frac(t.onTime, t.assigned)} đúng tiến độ`, required, t.onTime >= t.assigned ? '' : `chỉ hoàn thành đúng tiến độ, bảo đảm chất lượng ${frac(t.onTime, t.assigned)} chỉ tiêu, nhiệm vụ, cần 100 %`);
    },
  };
}

/** At least `param` of tasks exceeded. */
export function exceededShare(id: string, level: Grade, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level, role: 'requirement', topic: 'nhiem-vu-vuot-muc', facts: ['tasks.assigned', 'tasks.exceeded'], params: [param],
    check(s, x) { const a = assignedOf(s); return a === 0 ? VACUOUS : (T(s)?.exceeded ?? 0) / a >= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const t = tasksOf(s), p = x.p(param);
      const required = `ít nhất ${pct(p)} hoàn thành vượt mức`;
      if (t.none) return ex(NO_TASKS, required);
      return ex(`${frac(t.exceeded, t.assigned)} vượt mức`, required, t.exceeded / t.assigned >= p ? '' : `chỉ có ${frac(t.exceeded, t.assigned)} chỉ tiêu, nhiệm vụ hoàn thành vượt mức, cần ít nhất ${pct(p)}`);
    },
  };
}

/** Every task completed (on time or late). */
export function allCompleted(id: string, level: Grade, m: Meta): Condition {
  const required = 'tất cả nhiệm vụ được giao đều hoàn thành';
  return {
    ...base(m), id, level, role: 'requirement', topic: 'nhiem-vu-hoan-thanh', facts: ['tasks.assigned', 'tasks.completedOnTime', 'tasks.completedLate', 'tasks.notCompleted'],
    check(s) { const a = assignedOf(s); return a === 0 ? VACUOUS : (T(s)?.completedOnTime ?? 0) + (T(s)?.completedLate ?? 0) >= a ? PASS : FAIL; },
    explain(s) {
      const t = tasksOf(s);
      if (t.none) return ex(NO_TASKS, required);
      const done = t.onTime + t.late;
      return ex(`${frac(done, t.assigned)} hoàn thành`, required, done >= t.assigned ? '' : `còn ${t.assigned - done}/${t.assigned} chỉ tiêu, nhiệm vụ chưa hoàn thành, cần tất cả đều hoàn thành`);
    },
  };
}

/** At most `param` of tasks late or below quality. */
export function lateAtMost(id: string, level: Grade, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level, role: 'requirement', topic: 'nhiem-vu-cham', facts: ['tasks.assigned', 'tasks.completedLate'], params: [param],
    check(s, x) { const a = assignedOf(s); return a === 0 ? VACUOUS : (T(s)?.completedLate ?? 0) / a <= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const t = tasksOf(s), p = x.p(param);
      const required = `không quá ${pct(p)} chưa bảo đảm chất lượng, tiến độ`;
      if (t.none) return ex(NO_TASKS, required);
      return ex(`${frac(t.late, t.assigned)} chậm hoặc chưa bảo đảm chất lượng`, required, t.late / t.assigned <= p ? '' : `có ${frac(t.late, t.assigned)} chỉ tiêu, nhiệm vụ chưa bảo đảm chất lượng, tiến độ, chỉ được không quá ${pct(p)}`);
    },
  };
}

/** KHTNV case: more than `param` of tasks not completed. */
export function notCompletedOver(id: string, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'nhiem-vu-khong-hoan-thanh', facts: ['tasks.assigned', 'tasks.notCompleted'], params: [param],
    check(s, x) { const a = assignedOf(s); return a === 0 ? VACUOUS : (T(s)?.notCompleted ?? 0) / a > x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const t = tasksOf(s), p = x.p(param);
      const required = `không quá ${pct(p)} không hoàn thành`;
      if (t.none) return ex(NO_TASKS, required);
      return ex(`${frac(t.notCompleted, t.assigned)} không hoàn thành`, required, t.notCompleted / t.assigned > p ? `có ${frac(t.notCompleted, t.assigned)} chỉ tiêu, nhiệm vụ trong năm không hoàn thành, trên ${pct(p)}` : '');
    },
  };
}

/** KHTNV case: fewer than `param` of tasks completed (132/HD 21 wording: "chỉ hoàn thành dưới 50%"). */
export function completedUnder(id: string, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'nhiem-vu-khong-hoan-thanh', facts: ['tasks.assigned', 'tasks.completedOnTime', 'tasks.completedLate'], params: [param],
    check(s, x) { const a = assignedOf(s); return a === 0 ? VACUOUS : ((T(s)?.completedOnTime ?? 0) + (T(s)?.completedLate ?? 0)) / a < x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const t = tasksOf(s), p = x.p(param);
      const required = `hoàn thành từ ${pct(p)} trở lên`;
      if (t.none) return ex(NO_TASKS, required);
      const done = t.onTime + t.late;
      return ex(`${frac(done, t.assigned)} hoàn thành`, required, done / t.assigned < p ? `chỉ hoàn thành ${frac(done, t.assigned)} chỉ tiêu, nhiệm vụ công tác được giao trong năm, dưới ${pct(p)}` : '');
    },
  };
}

// ── Score (thang 100 điểm, Quy định 366) ────────────────────────────────────────────────────

/** The score was not entered: under 366 it decides every band, so the rating stays open (FORMAT.md v2). */
const NO_SCORE: Outcome = Object.freeze({ ok: false, missing: Object.freeze(['score']) });

export function scoreAtLeast(id: string, level: Grade, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level, role: 'requirement', topic: 'diem', facts: ['score'], params: [param], decisive: true,
    check: (s, x) => (s.score === undefined ? NO_SCORE : s.score >= x.p(param) ? PASS : FAIL),
    explain(s, x) {
      const p = x.p(param), sc = s.score;
      if (sc === undefined) return ex('chưa có tổng điểm', `từ ${p} điểm`, `chưa có tổng điểm theo thang 100 điểm, cần từ ${p} điểm`);
      return ex(`${sc} điểm`, `từ ${p} điểm`, sc >= p ? '' : `chỉ đạt ${sc} điểm, cần từ ${p} điểm`);
    },
  };
}

export function scoreBelow(id: string, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'diem', facts: ['score'], params: [param], decisive: true,
    check: (s, x) => (s.score === undefined ? NO_SCORE : s.score < x.p(param) ? FAIL : PASS),
    explain(s, x) {
      const p = x.p(param), sc = s.score;
      if (sc === undefined) return ex('chưa có tổng điểm', `từ ${p} điểm`, `chưa có tổng điểm theo thang 100 điểm, không biết có dưới ${p} điểm hay không`);
      return ex(`${sc} điểm`, `từ ${p} điểm`, sc < p ? `tổng điểm chỉ đạt ${sc}, dưới ${p} điểm` : '');
    },
  };
}

// ── Ratings of others (civil-servant rating, sub-units, same-level bodies) ───────────────────

/** The member's civil-servant rating must be at least `min` (applies only to civil servants). */
export function civilServantAtLeast(id: string, level: Grade, min: Grade, m: Meta): Condition {
  const required = `xếp loại cán bộ, công chức, viên chức ${q(min)}${min === 'HTXSNV' ? '' : ' trở lên'}`;
  const rating = (s: AnySubject) => (isIndividual(s) ? s.civilServantRating : undefined);
  return {
    ...base(m), id, level, role: 'requirement', topic: 'cong-chuc', facts: ['civilServantRating'],
    check(s) { const r = rating(s); return r === undefined || r === 'KHONG_XEP_LOAI' || gradeAtLeast(r, min) ? PASS : FAIL; },
    explain(s) {
      const r = rating(s);
      if (r === undefined || r === 'KHONG_XEP_LOAI') return ex(r === undefined ? 'không phải cán bộ, công chức, viên chức' : 'chưa được xếp loại công chức', required);
      return ex(q(r), required, gradeAtLeast(r, min) ? '' : `là cán bộ, công chức, viên chức nhưng chỉ được xếp loại ${q(r)}, cần ${q(min)}${min === 'HTXSNV' ? '' : ' trở lên'}`);
    },
  };
}

export function civilServantKhtnv(id: string, m: Meta): Condition {
  const ok = 'không xếp loại công chức “Không hoàn thành nhiệm vụ”';
  const rating = (s: AnySubject) => (isIndividual(s) ? s.civilServantRating : undefined);
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'cong-chuc', facts: ['civilServantRating'],
    check: (s) => (rating(s) === 'KHTNV' ? FAIL : PASS),
    explain(s) {
      const r = rating(s);
      return r === 'KHTNV' ? ex(q('KHTNV'), ok, 'là cán bộ, công chức, viên chức bị xếp loại “Không hoàn thành nhiệm vụ”') : ex(r ? q(r) : 'không phải cán bộ, công chức, viên chức', ok);
    },
  };
}

/** Share of members (chi bộ) or sub-organizations (đảng bộ) at `min` or above must reach `param`. */
export function memberShare(id: string, level: Grade, orgType: 'chi-bo' | 'dang-bo', min: 'HTNV' | 'HTTNV', param: string, m: Meta): Condition {
  const fact = orgType === 'chi-bo' ? 'members' : 'subOrganizations';
  const unit = orgType === 'chi-bo' ? 'đảng viên' : 'tổ chức đảng trực thuộc';
  const counts = (s: AnySubject) => gradeShares(orgType === 'chi-bo' ? (s as Organization).members : (s as Organization).subOrganizations);
  return {
    ...base({ ...m, when: (s, x) => isOrg(s) && s.orgType === orgType && (m.when?.(s, x) ?? true) }),
    id, level, role: 'requirement', topic: `${fact}-${min}`, facts: [fact], params: [param],
    check(s, x) {
      const g = counts(s);
      if (g.total === 0) return orgType === 'chi-bo' ? NO_MEMBER_COUNTS : NO_SUBORG_COUNTS;
      return (min === 'HTNV' ? g.htnvUp : g.httnvUp) / g.total >= x.p(param) ? PASS : FAIL;
    },
    explain(s, x) {
      const g = counts(s), p = x.p(param);
      const need = p >= 1 ? '100 %' : `từ ${pct(p)}`;
      const required = `${need} ${unit} được xếp loại ${q(min)} trở lên`;
      if (g.total === 0) return ex(`chưa kê số ${unit} theo mức xếp loại`, required);
      const n = min === 'HTNV' ? g.htnvUp : g.httnvUp;
      return ex(frac(n, g.total), required, n / g.total >= p ? '' : `${who(s)} chỉ có ${frac(n, g.total)} ${unit} ${RATING_VI[min].toLowerCase()} trở lên, cần ${need}`);
    },
  };
}

/** KHTNV case: more than `param` of members / sub-organizations rated KHTNV. */
export function memberKhtnvOver(id: string, orgType: 'chi-bo' | 'dang-bo', param: string, m: Meta): Condition {
  const fact = orgType === 'chi-bo' ? 'members' : 'subOrganizations';
  const unit = orgType === 'chi-bo' ? 'đảng viên' : 'tổ chức đảng trực thuộc';
  const counts = (s: AnySubject) => gradeShares(orgType === 'chi-bo' ? (s as Organization).members : (s as Organization).subOrganizations);
  return {
    ...base({ ...m, when: (s, x) => isOrg(s) && s.orgType === orgType && (m.when?.(s, x) ?? true) }),
    id, level: 'KHTNV', role: 'khtnv-case', topic: `${fact}-KHTNV`, facts: [fact], params: [param],
    check(s, x) { const g = counts(s); return g.total > 0 && g.khtnv / g.total > x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const g = counts(s), p = x.p(param);
      const required = `không quá ${pct(p)} ${unit} “Không hoàn thành nhiệm vụ”`;
      if (g.total === 0) return ex(`chưa kê số ${unit} theo mức xếp loại`, required);
      return ex(frac(g.khtnv, g.total), required, g.khtnv / g.total > p ? `có ${frac(g.khtnv, g.total)} ${unit} xếp loại “Không hoàn thành nhiệm vụ”, trên ${pct(p)}` : '');
    },
  };
}

/** Government, Front and mass organizations at the same level all at `min` or above. */
export function sameLevelAtLeast(id: string, level: Grade, min: Grade, m: Meta): Condition {
  const required = `chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp đều ${q(min)} trở lên`;
  const low = (r: RatingCode | undefined) => r !== undefined && r !== 'KHONG_XEP_LOAI' && !gradeAtLeast(r, min);
  const okFor = (s: AnySubject) => {
    const b = isOrg(s) ? s.sameLevelBodies : undefined;
    if (!b) return true;
    if (low(b.government) || low(b.front)) return false;
    for (const r of b.massOrganizations ?? []) if (low(r)) return false;
    return true;
  };
  return {
    ...base(m), id, level, role: 'requirement', topic: 'cung-cap', facts: ['sameLevelBodies'],
    check: (s) => (okFor(s) ? PASS : FAIL),
    explain(s) {
      const b = isOrg(s) ? s.sameLevelBodies : undefined;
      const named: [string, RatingCode | undefined][] = [['chính quyền', b?.government], ['Mặt trận Tổ quốc', b?.front], ...(b?.massOrganizations ?? []).map((r, i): [string, RatingCode] => [`tổ chức chính trị - xã hội thứ ${i + 1}`, r])];
      const rated = named.filter(([, r]) => r !== undefined && r !== 'KHONG_XEP_LOAI') as [string, RatingCode][];
      if (!rated.length) return ex('chưa kê xếp loại các tổ chức cùng cấp', required);
      const actual = rated.map(([n, r]) => `${n}: ${RATING_VI[r]}`).join('; ');
      const lows = rated.filter(([, r]) => low(r));
      return ex(actual, required, lows.length ? `${lows.map(([n, r]) => `${n} chỉ được xếp loại ${q(r)}`).join(', ')}; cần ${q(min)} trở lên` : '');
    },
  };
}

/** KHTNV case: at least `param` of the Front and mass organizations at the same level rated KHTNV. */
export function sameLevelKhtnvCount(id: string, param: string, m: Meta): Condition {
  const count = (s: AnySubject) => {
    const b = isOrg(s) ? s.sameLevelBodies : undefined;
    let n = b?.front === 'KHTNV' ? 1 : 0;
    for (const r of b?.massOrganizations ?? []) if (r === 'KHTNV') n++;
    return n;
  };
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'cung-cap', facts: ['sameLevelBodies'], params: [param],
    check: (s, x) => (count(s) >= x.p(param) ? FAIL : PASS),
    explain(s, x) {
      const n = count(s), p = x.p(param);
      return ex(`${n} tổ chức`, `dưới ${p} tổ chức cùng cấp “Không hoàn thành nhiệm vụ”`, n >= p ? `có ${n} tổ chức (Mặt trận Tổ quốc, đoàn thể chính trị - xã hội) cùng cấp xếp loại “Không hoàn thành nhiệm vụ”, từ ${p} tổ chức trở lên` : '');
    },
  };
}

// ── Targets of collectives (chỉ tiêu theo chương trình, kế hoạch) ───────────────────────────

/**
 * KHTNV case "chỉ hoàn thành dưới X% số chỉ tiêu … và có các chỉ tiêu chủ yếu không đạt", with
 * the force-majeure exception when the text has one. `needMain`: whether main targets missed is
 * also required (the "và" of 124) or not (the "hoặc" of some plans).
 */
export function targetsUnder(id: string, param: string, needMain: boolean, forceMajeure: ExceptionRule | null, m: Meta): Condition {
  const fm = forceMajeure ? [forceMajeure] : null;
  const targetsOf = (s: AnySubject) => (isIndividual(s) ? undefined : s.targets);
  const hits = (s: AnySubject, x: Ctx) => { const t = targetsOf(s); return t?.completedShare !== undefined && t.completedShare < x.p(param) && (!needMain || !!t.mainTargetsMissed); };
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'chi-tieu-tap-the', facts: needMain ? ['targets.completedShare', 'targets.mainTargetsMissed', 'targets.forceMajeure'] : ['targets.completedShare'], params: [param],
    ...(forceMajeure ? { exceptions: [forceMajeure] } : {}),
    check(s, x) {
      if (!hits(s, x)) return PASS;
      return fm && targetsOf(s)?.forceMajeure ? decide(true, fm) : FAIL;
    },
    explain(s, x) {
      const t = targetsOf(s), p = x.p(param);
      const required = `hoàn thành từ ${pct(p)} chỉ tiêu${needMain ? ' hoặc các chỉ tiêu chủ yếu đạt kế hoạch' : ''}`;
      if (t?.completedShare === undefined) return ex('chưa kê tỉ lệ hoàn thành chỉ tiêu', required);
      const actual = `${pct(t.completedShare)} chỉ tiêu${needMain ? (t.mainTargetsMissed ? ', chỉ tiêu chủ yếu không đạt' : ', chỉ tiêu chủ yếu đạt') : ''}`;
      if (!hits(s, x) || (fm && t.forceMajeure)) return ex(actual, required);
      return ex(actual, required, `chỉ hoàn thành ${pct(t.completedShare)} số chỉ tiêu, nhiệm vụ được giao, dưới ${pct(p)}${needMain ? ', và có chỉ tiêu chủ yếu không đạt kế hoạch' : ''}`);
    },
  };
}

// ── Disciplinary events of collectives ──────────────────────────────────────────────────────

type OrgWho = NonNullable<Organization['disciplineEvents']>[number]['who'];
type CollWho = NonNullable<Collective['disciplineEvents']>[number]['who'];
export type EventWho = OrgWho | CollWho;
const WHO_VI: Record<EventWho, string> = {
  'to-chuc': 'tổ chức đảng', 'to-chuc-truc-thuoc': 'tổ chức đảng trực thuộc', 'cap-uy-vien': 'cấp ủy viên', 'thanh-vien-lanh-dao': 'thành viên lãnh đạo',
  'tap-the': 'tập thể lãnh đạo', 'thanh-vien': 'thành viên tập thể lãnh đạo', 'don-vi-truc-thuoc': 'đơn vị trực thuộc',
};
const FORM_VI: Record<string, string> = { 'khien-trach': 'khiển trách', 'canh-cao': 'cảnh cáo', 'cach-chuc': 'cách chức', 'giai-tan': 'giải tán', 'khai-tru': 'khai trừ' };
export const FORM_RANK: Record<string, number> = { 'khien-trach': 1, 'canh-cao': 2, 'cach-chuc': 3, 'giai-tan': 4, 'khai-tru': 4 };

interface EventRule {
  /** Which events the rule is about. */
  who: readonly EventWho[];
  /** Minimum form counted (e.g. "từ cảnh cáo trở lên"); none = any form. */
  minForm?: string;
  /** Exception for self-detected and remedied violations, if the text has one. */
  selfDetected?: ExceptionRule | null;
}

type AnyEvent = { who: EventWho; cause?: string; selfDetectedAndRemedied?: boolean; form?: string };
const NO_EVENTS: readonly AnyEvent[] = [];
export function collectiveEvents(s: AnySubject): readonly AnyEvent[] {
  return (isOrg(s) || isCollective(s) ? s.disciplineEvents ?? NO_EVENTS : NO_EVENTS) as readonly AnyEvent[];
}

/** Events the rule counts, and whether its self-detection exception set some aside. */
function matchEvents(s: AnySubject, r: EventRule) {
  let fired = false;
  const counted: AnyEvent[] = [];
  for (const e of collectiveEvents(s)) {
    if (!r.who.includes(e.who)) continue;
    if (r.minForm && (FORM_RANK[e.form ?? 'khien-trach'] ?? 1) < (FORM_RANK[r.minForm] ?? 1)) continue;
    if (r.selfDetected && e.selfDetectedAndRemedied) { fired = true; continue; }
    counted.push(e);
  }
  return { counted, fired };
}

const eventText = (e: AnyEvent) => `${WHO_VI[e.who]} bị ${FORM_VI[e.form ?? ''] ?? 'xử lý kỷ luật'}`;

/** Requirement: no counted disciplinary event. */
export function noEvents(id: string, level: Grade, topic: string, r: EventRule, m: Meta): Condition {
  const required = `không có ${r.who.map((w) => WHO_VI[w]).join(' hoặc ')} bị kỷ luật${r.selfDetected ? ' (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)' : ''}`;
  const self = r.selfDetected ? [r.selfDetected] : null;
  return {
    ...base(m), id, level, role: 'requirement', topic, facts: ['disciplineEvents'],
    ...(r.selfDetected ? { exceptions: [r.selfDetected] } : {}),
    check(s) {
      if (!collectiveEvents(s).length) return PASS;
      const { counted, fired } = matchEvents(s, r);
      return decide(counted.length === 0, fired && self);
    },
    explain(s) {
      const { counted, fired } = matchEvents(s, r);
      if (!counted.length) return ex(fired ? 'chỉ có trường hợp tự phát hiện và khắc phục xong hậu quả' : 'không có', required);
      const a = counted.map(eventText).join('; ');
      return ex(a, required, `có ${a}`);
    },
  };
}

/** KHTNV case: at least one counted disciplinary event. */
export function eventsCase(id: string, topic: string, r: EventRule, m: Meta): Condition {
  const c = noEvents(id, 'KHTNV', topic, r, m);
  return { ...c, role: 'khtnv-case' };
}

/** KHTNV case: more than `param` of sub-units disciplined (124 Điều 12 khoản 4 điểm 4.1 tiết c). */
export function subUnitsDisciplinedOver(id: string, param: string, m: Meta): Condition {
  const count = (s: AnySubject) => { let n = 0; for (const e of collectiveEvents(s)) if (e.who === 'to-chuc-truc-thuoc') n++; return n; };
  return {
    ...base({ ...m, when: (s, x) => isOrg(s) && (m.when?.(s, x) ?? true) }),
    id, level: 'KHTNV', role: 'khtnv-case', topic: 'ky-luat-cap-duoi', facts: ['disciplineEvents', 'subOrganizations'], params: [param],
    check(s, x) { const total = gradeShares((s as Organization).subOrganizations).total; return total > 0 && count(s) / total > x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const total = gradeShares((s as Organization).subOrganizations).total, p = x.p(param);
      const required = `không quá ${pct(p)} đơn vị trực thuộc bị kỷ luật`;
      if (!total) return ex('chưa kê số tổ chức trực thuộc', required);
      const n = count(s);
      return ex(frac(n, total), required, n / total > p ? `có ${frac(n, total)} đơn vị trực thuộc bị kỷ luật trong năm, trên ${pct(p)}` : '');
    },
  };
}

// ── Individual discipline ───────────────────────────────────────────────────────────────────

export interface DisciplineRule {
  selfDetected: ExceptionRule | null;
  earlierYear: ExceptionRule | null;
  /** Minimum form counted; none = any. */
  minForm?: string;
}

/** A discipline decided after the review year for a violation of the review year (counted where the regime re-rates the violation's year). */
export const laterForThisYear = (d: { decidedOn?: string | undefined; violationYear?: number | undefined }, x: Ctx, reRates: boolean) =>
  reRates && d.violationYear === x.year && !!d.decidedOn && +d.decidedOn.slice(0, 4) > x.year;

/** KHTNV case: disciplined in the review year, with the exceptions the regime has. */
export function disciplinedInYear(id: string, r: DisciplineRule, m: Meta): Condition {
  const exceptions = [r.selfDetected, r.earlierYear].filter((e): e is ExceptionRule => !!e);
  const required = 'không bị kỷ luật trong năm đánh giá';
  const sort = (s: AnySubject, x: Ctx) => {
    const list = isIndividual(s) ? s.discipline ?? [] : [];
    const fired: ExceptionRule[] = [];
    const counted = list.filter((d) => {
      // A decision taken in another year is not "kỷ luật trong năm đánh giá" — except, where the
      // regime re-rates the year of the violation (124 Điều 12 khoản 4 điểm 4.5), a make-up rating
      // of that very year after the decision: its result is the one the re-rating would give.
      if (d.decidedOn && +d.decidedOn.slice(0, 4) !== x.year && !laterForThisYear(d, x, !!r.earlierYear)) return false;
      if (r.minForm && (FORM_RANK[d.form ?? 'khien-trach'] ?? 1) < (FORM_RANK[r.minForm] ?? 1)) return false;
      if (r.earlierYear && d.violationYear !== undefined && d.violationYear < x.year) { if (!fired.includes(r.earlierYear)) fired.push(r.earlierYear); return false; }
      if (r.selfDetected && d.selfDetectedAndRemedied) { if (!fired.includes(r.selfDetected)) fired.push(r.selfDetected); return false; }
      return true;
    });
    return { list, counted, fired };
  };
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'ky-luat-ca-nhan', facts: ['discipline'],
    ...(exceptions.length ? { exceptions } : {}),
    check(s, x) {
      if (!isIndividual(s) || !s.discipline?.length) return PASS;
      const { counted, fired } = sort(s, x);
      return decide(counted.length === 0, fired);
    },
    explain(s, x) {
      const { list, counted } = sort(s, x);
      if (!list.length) return ex('không bị kỷ luật', required);
      if (!counted.length) return ex('có quyết định kỷ luật nhưng không tính vào năm đánh giá', required);
      const d = counted[0]!;
      const what = `bị ${FORM_VI[d.form ?? ''] ?? 'xử lý kỷ luật'}${d.decidedOn ? ` (quyết định ngày ${d.decidedOn.slice(8, 10)}/${d.decidedOn.slice(5, 7)}/${d.decidedOn.slice(0, 4)})` : ''}${d.violationYear !== undefined ? ` về vi phạm năm ${d.violationYear}` : ''}`;
      const later = !!d.decidedOn && +d.decidedOn.slice(0, 4) > x.year;
      return ex(what, required, later
        ? `${what}: vi phạm của chính năm đánh giá, bị kỷ luật sau năm đó, nên năm ${x.year} được đánh giá, xếp loại ở mức không hoàn thành nhiệm vụ${counted.length > 1 ? ` (${counted.length} quyết định)` : ''}`
        : `${what}, tức là bị xử lý kỷ luật trong năm đánh giá${counted.length > 1 ? ` (${counted.length} quyết định)` : ''}`);
    },
  };
}

// ── Leaders' unit (địa phương, cơ quan, đơn vị trực tiếp phụ trách) ─────────────────────────

const unitOf = (s: AnySubject) => (isIndividual(s) ? s.leadership?.unit : undefined);
const subOf = (s: AnySubject) => (isIndividual(s) ? s.leadership?.subUnits : undefined);
const NO_UNIT = 'chưa kê chỉ tiêu của đơn vị phụ trách';

/** The unit completes all its targets. */
export function unitAllTargets(id: string, level: Grade, m: Meta): Condition {
  const required = 'đơn vị phụ trách hoàn thành tất cả các chỉ tiêu, nhiệm vụ';
  return {
    ...base(m), id, level, role: 'requirement', topic: 'don-vi-chi-tieu', facts: ['leadership.unit.targets', 'leadership.unit.targetsCompleted'],
    check(s) { const u = unitOf(s); return !u?.targets ? NO_UNIT_COUNTS : (u.targetsCompleted ?? 0) >= u.targets ? PASS : FAIL; },
    explain(s) {
      const u = unitOf(s);
      if (!u?.targets) return ex(NO_UNIT, required);
      const t = u.targets, c = u.targetsCompleted ?? 0;
      return ex(frac(c, t), required, c >= t ? '' : `đơn vị trực tiếp phụ trách chỉ hoàn thành ${frac(c, t)} chỉ tiêu, nhiệm vụ, cần hoàn thành tất cả`);
    },
  };
}

/** The unit completes more than / at least `param` of its targets. */
export function unitTargetsShare(id: string, level: Grade, param: string, strictlyAbove: boolean, m: Meta): Condition {
  const okFor = (c: number, t: number, p: number) => (strictlyAbove ? c / t > p : c / t >= p);
  return {
    ...base(m), id, level, role: 'requirement', topic: 'don-vi-chi-tieu', facts: ['leadership.unit.targets', 'leadership.unit.targetsCompleted'], params: [param],
    check(s, x) { const u = unitOf(s); return !u?.targets ? NO_UNIT_COUNTS : okFor(u.targetsCompleted ?? 0, u.targets, x.p(param)) ? PASS : FAIL; },
    explain(s, x) {
      const u = unitOf(s), p = x.p(param);
      const required = `${strictlyAbove ? 'trên' : 'từ'} ${pct(p)} chỉ tiêu, nhiệm vụ`;
      if (!u?.targets) return ex(NO_UNIT, required);
      const t = u.targets, c = u.targetsCompleted ?? 0;
      return ex(frac(c, t), required, okFor(c, t, p) ? '' : `đơn vị trực tiếp phụ trách chỉ hoàn thành ${frac(c, t)} chỉ tiêu, nhiệm vụ, cần ${required}`);
    },
  };
}

/** KHTNV case: the unit completes less than `param` of its targets. */
export function unitTargetsUnder(id: string, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'don-vi-chi-tieu', facts: ['leadership.unit.targets', 'leadership.unit.targetsCompleted'], params: [param],
    check(s, x) { const u = unitOf(s); return !u?.targets ? NO_UNIT_COUNTS : (u.targetsCompleted ?? 0) / u.targets < x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const u = unitOf(s), p = x.p(param);
      const required = `từ ${pct(p)} chỉ tiêu, nhiệm vụ`;
      if (!u?.targets) return ex(NO_UNIT, required);
      const t = u.targets, c = u.targetsCompleted ?? 0;
      return ex(frac(c, t), required, c / t < p ? `đơn vị trực tiếp phụ trách chỉ hoàn thành ${frac(c, t)} chỉ tiêu, nhiệm vụ, dưới ${pct(p)}` : '');
    },
  };
}

/** At least `param` of the unit's targets exceeded. */
export function unitExceeded(id: string, level: Grade, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level, role: 'requirement', topic: 'don-vi-vuot-muc', facts: ['leadership.unit.targets', 'leadership.unit.targetsExceeded'], params: [param],
    check(s, x) { const u = unitOf(s); return !u?.targets ? NO_UNIT_COUNTS : (u.targetsExceeded ?? 0) / u.targets >= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const u = unitOf(s), p = x.p(param);
      const required = `ít nhất ${pct(p)} chỉ tiêu hoàn thành vượt mức`;
      if (!u?.targets) return ex(NO_UNIT, required);
      const t = u.targets, e = u.targetsExceeded ?? 0;
      return ex(frac(e, t), required, e / t >= p ? '' : `đơn vị trực tiếp phụ trách chỉ có ${frac(e, t)} chỉ tiêu hoàn thành vượt mức, cần ít nhất ${pct(p)}`);
    },
  };
}

/** At least `param` of the unit's work done on time with quality. */
export function unitOnTime(id: string, level: Grade, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level, role: 'requirement', topic: 'don-vi-dung-tien-do', facts: ['leadership.unit.workOnTimeShare'], params: [param],
    check(s, x) { const w = unitOf(s)?.workOnTimeShare; return w === undefined ? NO_UNIT_COUNTS : w >= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const w = unitOf(s)?.workOnTimeShare, p = x.p(param);
      const need = p >= 1 ? '100 %' : `ít nhất ${pct(p)}`;
      const required = `${need} công việc đúng tiến độ, bảo đảm chất lượng`;
      if (w === undefined) return ex('chưa kê tỉ lệ công việc đúng tiến độ của đơn vị', required);
      return ex(pct(w), required, w >= p ? '' : `đơn vị trực tiếp phụ trách chỉ có ${pct(w)} công việc được giao hoàn thành đúng tiến độ, bảo đảm chất lượng, cần ${need}`);
    },
  };
}

/** At most `param` of the unit's work behind schedule (366: "không quá 20% chậm tiến độ"). */
export function unitLateAtMost(id: string, level: Grade, param: string, m: Meta): Condition {
  // Rounded so that 1 − 0.8 counts as exactly 20 %.
  const lateOf = (w: number) => Math.round((1 - w) * 1e9) / 1e9;
  return {
    ...base(m), id, level, role: 'requirement', topic: 'don-vi-dung-tien-do', facts: ['leadership.unit.workOnTimeShare'], params: [param],
    check(s, x) { const w = unitOf(s)?.workOnTimeShare; return w === undefined ? NO_UNIT_COUNTS : lateOf(w) <= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const w = unitOf(s)?.workOnTimeShare, p = x.p(param);
      const required = `không quá ${pct(p)} công việc chậm tiến độ`;
      if (w === undefined) return ex('chưa kê tỉ lệ công việc đúng tiến độ của đơn vị', required);
      const late = lateOf(w);
      return ex(`${pct(late)} chậm tiến độ`, required, late <= p ? '' : `đơn vị trực tiếp phụ trách có ${pct(late)} công việc chậm tiến độ, chỉ được không quá ${pct(p)}`);
    },
  };
}

/** Share of units under direct management at `min` or above must reach `param`. */
export function subUnitsShare(id: string, level: Grade, min: 'HTNV' | 'HTTNV', param: string, m: Meta): Condition {
  const n = (su: NonNullable<ReturnType<typeof subOf>>) => (min === 'HTNV' ? su.htnvOrAbove : su.httnvOrAbove) ?? 0;
  return {
    ...base(m), id, level, role: 'requirement', topic: `don-vi-truc-thuoc-${min}`, facts: ['leadership.subUnits'], params: [param],
    check(s, x) { const su = subOf(s); return !su?.total ? NO_SUBUNIT_COUNTS : n(su) / su.total >= x.p(param) ? PASS : FAIL; },
    explain(s, x) {
      const su = subOf(s), p = x.p(param);
      const need = p >= 1 ? '100 %' : `ít nhất ${pct(p)}`;
      const required = `${need} cơ quan, đơn vị trực thuộc ${q(min)} trở lên`;
      if (!su?.total) return ex('không có hoặc chưa kê đơn vị thuộc quyền quản lý trực tiếp', required);
      const k = n(su);
      return ex(frac(k, su.total), required, k / su.total >= p ? '' : `chỉ có ${frac(k, su.total)} cơ quan, đơn vị thuộc quyền quản lý trực tiếp được xếp loại ${RATING_VI[min].toLowerCase()} trở lên, cần ${need}`);
    },
  };
}

/** KHTNV case: more than `param` of units under direct management rated KHTNV. */
export function subUnitsKhtnvOver(id: string, param: string, m: Meta): Condition {
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'don-vi-truc-thuoc-HTNV', facts: ['leadership.subUnits'], params: [param],
    check(s, x) { const su = subOf(s); return !su?.total ? NO_SUBUNIT_COUNTS : (su.total - (su.htnvOrAbove ?? 0)) / su.total > x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const su = subOf(s), p = x.p(param);
      const required = `không quá ${pct(p)} đơn vị “Không hoàn thành nhiệm vụ”`;
      if (!su?.total) return ex('không có hoặc chưa kê đơn vị thuộc quyền quản lý trực tiếp', required);
      const k = su.total - (su.htnvOrAbove ?? 0);
      return ex(frac(k, su.total), required, k / su.total > p ? `có ${frac(k, su.total)} cơ quan, đơn vị thuộc quyền quản lý trực tiếp xếp loại “Không hoàn thành nhiệm vụ”, trên ${pct(p)}` : '');
    },
  };
}

/** KHTNV case: subordinate corruption disciplined (with the self-detection exception where the text has one). */
export function subordinateCorruption(id: string, selfDetected: ExceptionRule | null, m: Meta): Condition {
  const required = 'không có cơ quan, đơn vị, cá nhân thuộc quyền bị kỷ luật vì tham nhũng, tiêu cực';
  const self = selfDetected ? [selfDetected] : null;
  const tally = (s: AnySubject) => {
    const list = isIndividual(s) ? s.leadership?.subordinateCorruption ?? [] : [];
    let n = 0;
    for (const e of list) if (!(selfDetected && e.selfDetectedAndRemedied)) n++;
    return { all: list.length, n };
  };
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'tham-nhung-cap-duoi', facts: ['leadership.subordinateCorruption'],
    ...(selfDetected ? { exceptions: [selfDetected] } : {}),
    check(s) { const t = tally(s); return t.all === 0 ? PASS : decide(t.n === 0, t.n < t.all && self); },
    explain(s) {
      const t = tally(s);
      if (!t.all) return ex('không có', required);
      if (!t.n) return ex('chỉ có trường hợp tự phát hiện và khắc phục xong hậu quả', required);
      return ex(`${t.n} trường hợp`, required, `có ${t.n} cơ quan, đơn vị hoặc cá nhân thuộc quyền lãnh đạo, quản lý trực tiếp liên quan đến tham nhũng, tiêu cực và bị xử lý kỷ luật`);
    },
  };
}

/** KHTNV case: the unit the leader heads is rated KHTNV. */
export function headedUnitKhtnv(id: string, m: Meta): Condition {
  const required = 'đơn vị không bị xếp loại “Không hoàn thành nhiệm vụ”';
  const rating = (s: AnySubject) => (isIndividual(s) ? s.leadership?.headedUnitRating : undefined);
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'don-vi-xep-loai', facts: ['leadership.headedUnitRating'],
    check: (s) => (rating(s) === 'KHTNV' ? FAIL : PASS),
    explain(s) {
      const r = rating(s);
      return r === 'KHTNV' ? ex(q('KHTNV'), required, 'đơn vị trực tiếp phụ trách bị xếp loại “Không hoàn thành nhiệm vụ”') : ex(r ? q(r) : 'chưa kê', required);
    },
  };
}

/** KHTNV case: more than `param` low-confidence votes. */
export function lowConfidenceOver(id: string, param: string, m: Meta): Condition {
  const share = (s: AnySubject) => (isIndividual(s) ? s.lowConfidenceShare : undefined);
  return {
    ...base(m), id, level: 'KHTNV', role: 'khtnv-case', topic: 'tin-nhiem', facts: ['lowConfidenceShare'], params: [param],
    check(s, x) { const v = share(s); return v !== undefined && v > x.p(param) ? FAIL : PASS; },
    explain(s, x) {
      const v = share(s), p = x.p(param);
      const required = `không quá ${pct(p)} phiếu tín nhiệm thấp`;
      if (v === undefined) return ex('không có kỳ lấy phiếu hoặc chưa kê', required);
      return ex(pct(v), required, v > p ? `có ${pct(v)} số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm, trên ${pct(p)}` : '');
    },
  };
}

/** Shortcomings pointed out at the previous review all remedied. */
export function shortcomingsRemedied(id: string, level: Grade, m: Meta): Condition {
  const required = 'khắc phục xong tất cả hạn chế, khuyết điểm đã được chỉ ra';
  const sh = (s: AnySubject) => (isIndividual(s) ? s.shortcomings : undefined);
  return {
    ...base(m), id, level, role: 'requirement', topic: 'khac-phuc', facts: ['shortcomings.pointedOut', 'shortcomings.remedied'],
    check(s) { const v = sh(s); return (v?.remedied ?? 0) >= (v?.pointedOut ?? 0) ? PASS : FAIL; },
    explain(s) {
      const v = sh(s), n = v?.pointedOut ?? 0, r = v?.remedied ?? 0;
      if (!n) return ex('không có hạn chế, khuyết điểm được chỉ ra ở kỳ trước', required);
      return ex(`${r}/${n}`, required, r >= n ? '' : `mới khắc phục ${r}/${n} hạn chế, khuyết điểm được chỉ ra ở kỳ kiểm điểm trước, cần khắc phục tất cả`);
    },
  };
}

export { NO_TASKS };

// ── Caps ────────────────────────────────────────────────────────────────────────────────────

const capBase = (id: string, facts: string[], m: Meta, params?: string[]) => ({ id, facts, ...(params ? { params } : {}), cite: m.cite, source: m.source, words: m.words, kinds: m.kinds, ...(m.evidence ? { evidence: m.evidence } : {}), ...(m.when ? { when: m.when } : {}) });

/** Head of a unit: not higher than the unit they head (with the new-head exception where the text has one). */
export function headCap(id: string, newHead: ExceptionRule | null, m: Meta): Cap {
  return {
    ...capBase(id, ['leadership.isHead', 'leadership.headedUnitRating', ...(newHead ? ['leadership.newlyTransferredHead'] : [])], m),
    ...(newHead ? { exceptions: [newHead] } : {}),
    limit(s) {
      if (!isIndividual(s) || !s.leadership?.isHead) return null;
      const r = s.leadership.headedUnitRating;
      if (!r || r === 'KHONG_XEP_LOAI') return null;
      return { grade: r, actual: `đơn vị do mình đứng đầu: ${q(r)}`, why: `là người đứng đầu mà tập thể, tổ chức, cơ quan, đơn vị do mình đứng đầu chỉ được xếp loại ${q(r)}; mức xếp loại của người đứng đầu không được cao hơn` };
    },
    lifted: (s) => (newHead && isIndividual(s) && s.leadership?.newlyTransferredHead ? newHead : null),
  };
}

/** Leadership collective: not higher than the organization it leads. */
export function organizationCap(id: string, m: Meta): Cap {
  return {
    ...capBase(id, ['organizationRating'], m),
    limit(s) {
      const r = isCollective(s) ? s.organizationRating : undefined;
      if (!r || r === 'KHONG_XEP_LOAI') return null;
      return { grade: r, actual: `tổ chức, cơ quan, đơn vị: ${q(r)}`, why: `tổ chức, cơ quan, đơn vị chỉ được xếp loại ${q(r)}; mức xếp loại của tập thể lãnh đạo, quản lý không được cao hơn` };
    },
  };
}

/** Sick leave of `param` months or more caps the rating (132/HD 21 as the 2021 plan applies it). */
export function sickLeaveCap(id: string, param: string, max: Grade, m: Meta): Cap {
  return {
    ...capBase(id, ['sickLeaveMonths'], m, [param]),
    limit(s, x) {
      const n = isIndividual(s) ? s.sickLeaveMonths ?? 0 : 0;
      const p = x.p(param);
      if (n < p) return null;
      return { grade: max, actual: `nghỉ ốm ${String(n).replace('.', ',')} tháng`, why: `nghỉ ốm tổng cộng ${String(n).replace('.', ',')} tháng trong năm (từ ${p} tháng trở lên) nên không được xếp loại từ ${q(GRADE_ABOVE[max])} trở lên` };
    },
  };
}
const GRADE_ABOVE: Record<Grade, Grade> = { HTXSNV: 'HTXSNV', HTTNV: 'HTXSNV', HTNV: 'HTTNV', KHTNV: 'HTNV' };
