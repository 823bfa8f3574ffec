// Inconsistent input is flagged on the field it concerns, in Vietnamese, and gives no case.
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/lib/calculator/compute.ts';
import { defaultData, withAt, getAt } from '../../../src/lib/calculator/subject.ts';
import { subjectFor } from '../../../src/lib/calculator/case-of-draft.ts';
import { criteriaFor } from '../../../src/rules/criteria.ts';
import type { CaseDraftData } from '../../../src/lib/calculator/subject.ts';

/** Every criterion a ruleset names for a kind, at one level. */
export const allAt = (rulesetId: string, kind: string, level = 'tot') => Object.fromEntries((criteriaFor(rulesetId, kind)?.criteria ?? []).map((c) => [c.id, level])) as CaseDraftData['levels'];
const base = (): CaseDraftData => ({ ...defaultData('dang-vien', '2023-12-05'), ruleset: 'sao-do-2023', levels: { ...allAt('sao-do-2023', 'dang-vien'), ...allAt('qd124-2023', 'dang-vien') } });
const withFacts = (facts: Record<string, unknown>, d = base()): CaseDraftData => {
  let s = d.subject as Record<string, unknown>;
  for (const [k, v] of Object.entries(facts)) s = withAt(s, k, v);
  return { ...d, subject: s as CaseDraftData['subject'] };
};

describe('checkInput through compute', () => {
  it('gives a result for consistent input', () => {
    const r = compute(withFacts({ 'tasks.assigned': 10, 'tasks.completedOnTime': 10 }));
    expect(r.checked.errors).toEqual({});
    expect(r.evaluation?.rating).toBeTruthy();
  });
  it('flags completed > assigned on the assigned field', () => {
    const r = compute(withFacts({ 'tasks.assigned': 5, 'tasks.completedOnTime': 4, 'tasks.completedLate': 3 }));
    expect(r.checked.errors['tasks.assigned']).toBe('Số hoàn thành đúng hạn, hoàn thành chậm và không hoàn thành cộng lại (7) nhiều hơn số được giao (5).');
    expect(r.evaluation).toBeNull();
  });
  it('flags a share over 100 %, a score outside 0–100, dates after the evaluation date', () => {
    expect(compute(withFacts({ lowConfidenceShare: 1.2 })).checked.errors.lowConfidenceShare).toBe('Tỉ lệ phải từ 0 đến 100 %.');
    expect(compute(withFacts({ admittedOn: '2024-01-01' })).checked.errors.admittedOn).toBe('Ngày này (01/01/2024) sau ngày đánh giá (05/12/2023).');
    const d = withFacts({ discipline: [{ decidedOn: '2023-12-31', violationYear: 2024 }] });
    const e = compute(d).checked.errors;
    expect(e['discipline[0].decidedOn']).toContain('sau ngày đánh giá');
    expect(e['discipline[0].violationYear']).toContain('sau năm đánh giá');
    const hq = withFacts({ score: 101 }, { ...defaultData('dang-vien', '2025-12-05'), ruleset: 'hong-quang-2025' });
    expect(compute(hq).checked.errors.score).toBe('Điểm phải từ 0 đến 100.');
    expect(compute(withFacts({ score: -1 }, { ...defaultData('dang-vien', '2025-12-05'), ruleset: 'hong-quang-2025' })).evaluation).toBeNull();
  });
  it('ignores a bad value in a question the ruleset does not ask (hidden fields never block a result)', () => {
    const r = compute(withFacts({ score: 150 }));
    expect(r.checked.errors).toEqual({});
    expect(r.evaluation).not.toBeNull();
  });
  it('asks for a date, and for a ruleset when none applies', () => {
    expect(compute({ ...base(), evaluationDate: '' }).checked.errors.evaluationDate).toBe('Chọn ngày đánh giá.');
    const r = compute({ ...base(), ruleset: null, evaluationDate: '2018-01-05' }); // before Quy định 132
    expect(r.rulesetId).toBeNull();
    expect(r.checked.errors.ruleset).toContain('hãy chọn quy định áp dụng');
  });
  it('chooses the ruleset from the date and the locality', () => {
    expect(compute({ ...base(), ruleset: null, locality: 'sao-do' }).rulesetId).toBe('sao-do-2023');
    expect(compute({ ...base(), ruleset: null, locality: '' }).rulesetId).toBe('qd124-2023');
    expect(compute({ ...base(), ruleset: null, locality: 'tuy-phuoc', evaluationDate: '2021-12-01' }).rulesetId).toBe('tuy-phuoc-2021');
  });
});

describe('subject helpers', () => {
  it('keeps only the facts a ruleset reads, plus the required ones', () => {
    const s = { kind: 'dang-vien' as const, criteria: { taskResults: ['tot'] }, score: 90, tasks: { assigned: 3, exceeded: 1 }, sickLeaveMonths: 2 };
    expect(subjectFor({ subject: s }, ['tasks.assigned', 'sickLeaveMonths'])).toEqual({ kind: 'dang-vien', criteria: { taskResults: ['tot'] }, tasks: { assigned: 3 }, sickLeaveMonths: 2 });
  });
  it('withAt copies only the path and removes with undefined', () => {
    const s = { a: { b: 1, c: [1] }, d: { e: 2 } };
    const t = withAt(s, 'a.b', 5);
    expect(t).toEqual({ a: { b: 5, c: [1] }, d: { e: 2 } });
    expect(s.a.b).toBe(1);
    expect(t.d).toBe(s.d);
    expect(getAt(withAt(t, 'a.b', undefined), 'a')).toEqual({ c: [1] });
    expect(getAt(withAt({}, 'x.y.z', 1), 'x.y.z')).toBe(1);
  });
});

describe('no rating before the deciding facts', () => {
  it('a new form has no level preset: every named criterion is "còn thiếu", and there is no case', () => {
    const d: CaseDraftData = { ...defaultData('dang-vien', '2023-12-05'), ruleset: 'sao-do-2023' };
    const r = compute(d);
    expect(r.evaluation).toBeNull();
    expect(r.checked.errors).toEqual({});
    // The optional "(nếu có)" criterion e) is not required.
    expect(r.checked.unset.map((u) => u.id)).toEqual(['sd.dv.a', 'sd.dv.b', 'sd.dv.c', 'sd.dv.d']);
    expect(r.checked.unset[1]!.label).toBe('Kết quả thực hiện chức trách, nhiệm vụ được giao');
    const one = compute({ ...d, levels: { ...allAt('sao-do-2023', 'dang-vien'), 'sd.dv.c': undefined as never } });
    expect(one.checked.unset.map((u) => u.id)).toEqual(['sd.dv.c']);
    expect(compute({ ...d, levels: allAt('sao-do-2023', 'dang-vien') }).evaluation?.rating).toBeTruthy();
  });
  it('levels become the case format lists; "không áp dụng" leaves a criterion out', () => {
    const d: CaseDraftData = { ...defaultData('dang-vien', '2023-12-05'), ruleset: 'sao-do-2023', levels: { ...allAt('sao-do-2023', 'dang-vien'), 'sd.dv.b': 'xuat-sac', 'sd.dv.e': 'khong-ap-dung' } };
    expect(compute(d).checked.case?.subject).toMatchObject({ criteria: { taskResults: ['xuat-sac'], other: ['tot', 'tot', 'tot'] } });
  });
  it('under 366 (rated by score) the levels are not read: the placeholder list changes nothing', () => {
    const d = (levels: CaseDraftData['levels']): CaseDraftData => withFacts({ score: 80, 'tasks.assigned': 4, 'tasks.completedOnTime': 4 }, { ...defaultData('dang-vien', '2025-12-05'), ruleset: 'hong-quang-2025', levels });
    const a = compute(d({})), b = compute(d(allAt('sao-do-2023', 'dang-vien', 'kem')));
    expect(a.checked.unset).toEqual([]);
    expect(a.evaluation?.rating).toBeTruthy();
    expect(b.evaluation?.rating).toBe(a.evaluation?.rating);
    expect(b.evaluation?.deciding).toEqual(a.evaluation?.deciding);
  });
  it('a chi bộ is not asked (and not rated on) sub-organizations; same-level bodies only when it has them', () => {
    const org = (extra: Partial<CaseDraftData>, subject: Record<string, unknown>): CaseDraftData => ({ evaluationDate: '2023-12-05', locality: '', ruleset: 'sao-do-2023', levels: allAt('sao-do-2023', 'to-chuc-dang'), ...extra, subject: { kind: 'to-chuc-dang', ...subject } });
    const s = { orgType: 'chi-bo', subOrganizations: { KHTNV: 3 }, sameLevelBodies: { government: 'KHTNV' } };
    expect(subjectFor(org({ sameLevelBodies: false }, s), ['subOrganizations', 'sameLevelBodies.government'])).toEqual({ kind: 'to-chuc-dang', orgType: 'chi-bo' });
    expect(subjectFor(org({ sameLevelBodies: true }, s), ['subOrganizations', 'sameLevelBodies.government'])).toEqual({ kind: 'to-chuc-dang', orgType: 'chi-bo', sameLevelBodies: { government: 'KHTNV' } });
    expect(subjectFor(org({}, { ...s, orgType: 'dang-bo' }), ['subOrganizations', 'sameLevelBodies.government'])).toEqual({ kind: 'to-chuc-dang', orgType: 'dang-bo', subOrganizations: { KHTNV: 3 }, sameLevelBodies: { government: 'KHTNV' } });
  });
});
