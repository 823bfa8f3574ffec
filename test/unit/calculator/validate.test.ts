// Inconsistent input is flagged on the field it concerns, in Vietnamese, and gives no case.
import { describe, expect, it } from 'vitest';
import { compute } from '../../../src/lib/calculator/compute.ts';
import { defaultData, subjectFor, withAt, getAt } from '../../../src/lib/calculator/subject.ts';
import type { CaseDraftData } from '../../../src/lib/calculator/subject.ts';

const base = (): CaseDraftData => ({ ...defaultData('dang-vien', '2023-12-05'), ruleset: 'sao-do-2023' });
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
    expect(r.checked.errors.ruleset).toContain('hãy chọn một bộ quy tắc');
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
    expect(subjectFor(s, ['tasks.assigned', 'sickLeaveMonths'])).toEqual({ kind: 'dang-vien', criteria: { taskResults: ['tot'] }, tasks: { assigned: 3 }, sickLeaveMonths: 2 });
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
