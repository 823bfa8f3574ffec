// The public API other parts of the app build on.
import { describe, expect, it } from 'vitest';
import { evaluate, factsAskedBy, parseCase, rate, RULESETS, rulesetFor, SUBJECT_KINDS } from '../../../src/rules/index.ts';

describe('RULESETS and rulesetFor', () => {
  it('describes each ruleset: regime, documents, dates, locality', () => {
    expect(RULESETS.map((r) => r.id)).toEqual(['qd124-2023', 'sao-do-2023', 'tuy-phuoc-2021', 'hong-quang-2025']);
    expect(RULESETS.find((r) => r.id === 'sao-do-2023')).toMatchObject({ regime: 'qd-124-2023', centralDocs: ['qd-124-2023'], localPlanDoc: 'kh-sao-do-2023', locality: 'sao-do' });
    expect(RULESETS.find((r) => r.id === 'qd124-2023')).toMatchObject({ localPlanDoc: null, effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29' });
    for (const r of RULESETS) expect(r.label.length).toBeGreaterThan(10);
  });
  it('picks the ruleset in force on a date, preferring the locality', () => {
    expect(rulesetFor('2024-12-10')?.id).toBe('qd124-2023');
    expect(rulesetFor('2024-12-10', 'Sao Đỏ')?.id).toBe('sao-do-2023');
    expect(rulesetFor('2024-12-10', 'phường Sao Đỏ')?.id).toBe('sao-do-2023');
    expect(rulesetFor('2021-12-10', 'tuy-phuoc')?.id).toBe('tuy-phuoc-2021');
    expect(rulesetFor('2025-12-05', 'Hồng Quang')?.id).toBe('hong-quang-2025');
    expect(rulesetFor('2025-12-05')?.id).toBe('hong-quang-2025');
    expect(rulesetFor('2023-10-03', 'Sao Đỏ')?.id).toBe('tuy-phuoc-2021');
    expect(rulesetFor('2019-01-01')).toBeNull();
  });
});

describe('evaluate', () => {
  const c = parseCase({ id: 'a', ruleset: 'hong-quang-2025', evaluationDate: '2025-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] }, score: 75, tasks: { assigned: 4, completedOnTime: 4 } } });
  it('carries the ruleset, its label and dates', () => {
    if (!c.ok) throw new Error(c.error);
    expect(evaluate(c.value)).toMatchObject({ id: 'a', rulesetId: 'hong-quang-2025', effectiveFrom: '2025-11-27', effectiveTo: null, rating: 'HTTNV', reviewed: true });
  });
  it('notes an evaluation date outside the ruleset', () => {
    const e = parseCase({ id: 'b', ruleset: 'tuy-phuoc-2021', evaluationDate: '2024-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] } } });
    if (!e.ok) throw new Error(e.error);
    expect(evaluate(e.value).notes[0]).toMatch(/nằm ngoài thời gian áp dụng/);
  });
  it('states the quota-base reading next to every quota result, with the other reading', () => {
    const g = parseCase({ id: 'g', ruleset: 'qd124-2023', evaluationDate: '2023-12-15', subject: { kind: 'nhom-tuong-dong', members: 11, qualifyingHttnvOrAbove: 11, proposedHtxsnv: 2 } });
    if (!g.ok) throw new Error(g.error);
    const e = evaluate(g.value);
    // 20 % of 11 qualifying = 2; read as 20 % of those left HTTNV after choosing: x ≤ (11 − x)/5 → 1.
    expect(e.quota).toMatchObject({ maxHtxsnv: 2, withinQuota: true, base: 'tat-ca-du-dieu-kien', alternative: { base: 'sau-khi-chon', maxHtxsnv: 1, withinQuota: false } });
    expect(e.notes.join(' ')).toMatch(/cách hiểu dùng ở đây/);
  });
});

describe('rate never throws and keeps the FORMAT.md shape', () => {
  it('returns {id, error} for bad input', () => {
    expect(rate(undefined)).toEqual({ id: '(không có id)', error: '(tệp): phải là một đối tượng JSON { … } mô tả một tình huống' });
    expect(rate(null)).toEqual(rate(undefined));
    expect(rate({ id: 'z' })).toMatchObject({ id: 'z' });
  });
});

describe('factsAskedBy', () => {
  it('asks only what the ruleset reads', () => {
    const hq = factsAskedBy('hong-quang-2025', 'dang-vien');
    expect(hq).toContain('score');
    expect(hq).toContain('shortcomings.remedied');
    expect(hq).not.toContain('civilServantRating');
    expect(hq).not.toContain('criteria.taskResults');
    const sd = factsAskedBy('sao-do-2023', 'dang-vien');
    expect(sd).toEqual(expect.arrayContaining(['civilServantRating', 'criteria.taskResults', 'criteria.other', 'tasks.exceeded', 'sickLeaveMonths', 'admittedOn', 'partyActivity']));
    expect(sd).not.toContain('score');
    expect(factsAskedBy('qd124-2023', 'dang-vien')).not.toContain('civilServantRating');
    expect(factsAskedBy('tuy-phuoc-2021', 'to-chuc-dang')).toEqual(expect.arrayContaining(['orgType', 'members', 'subOrganizations', 'covidResponseInadequate', 'criteria.keyResults']));
    expect(factsAskedBy('sao-do-2023', 'to-chuc-dang')).not.toContain('covidResponseInadequate');
    expect(factsAskedBy('hong-quang-2025', 'nhom-tuong-dong')).toContain('outstandingUnit');
    expect(factsAskedBy('sao-do-2023', 'nhom-tuong-dong')).not.toContain('outstandingUnit');
    expect(factsAskedBy('khong-co', 'dang-vien')).toEqual([]);
    for (const r of RULESETS) for (const k of SUBJECT_KINDS) expect(factsAskedBy(r.id, k).length, `${r.id} ${k}`).toBeGreaterThan(2);
  });
});
