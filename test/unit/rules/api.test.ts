// The public API other parts of the app build on.
import { describe, expect, it } from 'vitest';
import { chooseRuleset, evaluate, factsAskedBy, parseCase, rate, RULESET_IDS, RULESETS, rulesetFor, reviewYearOf, SUBJECT_KINDS } from '../../../src/rules/index.ts';

describe('RULESETS and rulesetFor', () => {
  it('describes each ruleset: regime, documents, dates, locality, review years', () => {
    expect(RULESETS.map((r) => r.id)).toEqual(['qd132-2018', 'tuy-phuoc-2021', 'tinh-uy-2022', 'qd124-2023', 'sao-do-2023', 'qd366-2025', 'hong-quang-2025']);
    expect(RULESETS.find((r) => r.id === 'sao-do-2023')).toMatchObject({ regime: 'qd-124-2023', centralDocs: ['qd-124-2023'], localPlanDoc: 'kh-sao-do-2023', locality: 'sao-do', reviewYears: { from: 2023, to: null } });
    expect(RULESETS.find((r) => r.id === 'qd124-2023')).toMatchObject({ localPlanDoc: null, effectiveFrom: '2023-10-04', effectiveTo: '2025-08-29', reviewYears: null });
    expect(RULESETS.find((r) => r.id === 'qd132-2018')).toMatchObject({ localPlanDoc: null, effectiveFrom: '2018-03-08', effectiveTo: '2023-10-03', centralDocs: ['qd-132-2018', 'hd-21-2019'] });
    expect(RULESETS.find((r) => r.id === 'qd366-2025')).toMatchObject({ localPlanDoc: null, effectiveFrom: '2025-08-30', effectiveTo: null, centralDocs: ['qd-366-2025', 'hd-43-2025'] });
    expect(RULESETS.find((r) => r.id === 'tinh-uy-2022')).toMatchObject({ regime: 'qd-132-2018', localPlanDoc: 'kh-tinh-uy-2022', locality: 'tinh-uy', reviewYears: { from: 2022, to: 2022 } });
    expect(RULESET_IDS).toEqual(RULESETS.map((r) => r.id));
    for (const r of RULESETS) expect(r.label.length).toBeGreaterThan(10);
  });
  it('picks the locality’s own ruleset for the review year, else the central one in force — never another locality’s', () => {
    expect(rulesetFor('2024-12-10')?.id).toBe('qd124-2023');
    expect(rulesetFor('2024-12-10', 'Sao Đỏ')?.id).toBe('sao-do-2023');
    expect(rulesetFor('2024-12-10', 'phường Sao Đỏ')?.id).toBe('sao-do-2023');
    expect(rulesetFor('2021-12-10', 'tuy-phuoc')?.id).toBe('tuy-phuoc-2021');
    expect(rulesetFor('2022-12-10', 'tuy-phuoc')?.id).toBe('qd132-2018'); // the 2021 plan is for 2021
    expect(rulesetFor('2022-11-28', 'Tỉnh ủy')?.id).toBe('tinh-uy-2022');
    expect(rulesetFor('2023-01-15', 'tinh-uy')?.id).toBe('tinh-uy-2022'); // make-up rating of 2022
    expect(rulesetFor('2023-05-15', 'tinh-uy')?.id).toBe('qd132-2018');
    expect(rulesetFor('2025-12-05', 'Hồng Quang')?.id).toBe('hong-quang-2025');
    expect(rulesetFor('2026-02-10', 'hong-quang')?.id).toBe('hong-quang-2025'); // make-up rating of 2025
    expect(rulesetFor('2026-12-01', 'hong-quang')?.id).toBe('qd366-2025');
    // Issue 14: no locality, or Sao Đỏ, after 27/11/2025 is the central 366 — not the Hồng Quang plan.
    expect(rulesetFor('2025-12-05')?.id).toBe('qd366-2025');
    expect(rulesetFor('2026-12-01', 'Sao Đỏ')?.id).toBe('qd366-2025');
    expect(rulesetFor('2025-10-15')?.id).toBe('qd366-2025'); // 30/8–26/11/2025 had no ruleset
    expect(rulesetFor('2023-10-03', 'Sao Đỏ')?.id).toBe('qd132-2018');
    expect(rulesetFor('2019-01-01')?.id).toBe('qd132-2018');
    expect(rulesetFor('2018-03-07')).toBeNull();
    expect(rulesetFor('2024-02-10', 'sao-do', 2023)?.id).toBe('sao-do-2023');
    expect(rulesetFor('2022-12-10', 'tinh-uy', 2021)?.id).toBe('qd132-2018');
  });
  it('reviewYearOf: January–March rate the previous year', () => {
    expect(['2023-12-31', '2024-01-01', '2024-03-31', '2024-04-01'].map(reviewYearOf)).toEqual([2023, 2023, 2023, 2024]);
  });
});

describe('chooseRuleset, for every date from 08/3/2018 to 31/12/2027 and every locality (and none)', () => {
  const localities = [undefined, 'sao-do', 'hong-quang', 'tuy-phuoc', 'tinh-uy', 'noi-khac'];
  it('gives a ruleset in force on that date, the locality’s own (for its review year) or central', () => {
    let checked = 0;
    for (let t = Date.UTC(2018, 2, 8); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const year = reviewYearOf(date);
      for (const loc of localities) {
        const r = chooseRuleset(RULESETS, date, loc);
        if (!r) throw new Error(`${date} ${loc}: no ruleset`);
        if (!(r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo))) throw new Error(`${date} ${loc}: ${r.id} not in force`);
        if (r.locality !== null && r.locality !== loc) throw new Error(`${date} ${loc}: another locality's plan ${r.id}`);
        // The locality's own plan is chosen whenever one is in force and made for the review year.
        const own = RULESETS.find((x) => x.locality === loc && x.effectiveFrom <= date && (x.effectiveTo === null || date <= x.effectiveTo) && (!x.reviewYears || (x.reviewYears.from <= year && (x.reviewYears.to === null || year <= x.reviewYears.to))));
        if ((own?.id ?? null) !== (r.locality ? r.id : null)) throw new Error(`${date} ${loc}: ${r.id}, expected ${own?.id ?? 'central'}`);
        checked++;
      }
    }
    expect(checked).toBe(3586 * localities.length);
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
