// Rules engine v2 (issue 14): what the case book cannot say line by line — the decision and its
// clause, each failure under its own band, notes said once and only where they concern the
// case, procedure items that stand in for others, the small-group wording, and, over generated
// cases, that a central ruleset never cites a local plan and a plan never cites another's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateSubject, explainChoice, factsAskedBy, parseCase, rate, RULESETS, type Evaluation, type Subject } from '../../../src/rules/index.ts';
import { caseArb } from './arbitraries.ts';

const dv = (extra: Record<string, unknown> = {}): Subject => ({
  kind: 'dang-vien', admittedOn: '2010-01-10', criteria: { taskResults: ['tot'], other: ['tot', 'tot'] },
  tasks: { assigned: 10, completedOnTime: 10, completedLate: 0, notCompleted: 0, exceeded: 2 }, ...extra,
} as Subject);
const ld = (leadership: Record<string, unknown>, extra: Record<string, unknown> = {}): Subject => ({
  kind: 'can-bo-lanh-dao', admittedOn: '2005-01-10', criteria: { taskResults: ['tot'], other: ['tot'] }, exemplary: true,
  tasks: { assigned: 10, completedOnTime: 10, completedLate: 0, notCompleted: 0, exceeded: 2 },
  leadership: { appointedOn: '2018-01-01', unit: { targets: 10, targetsCompleted: 10, targetsExceeded: 2, workOnTimeShare: 1 }, subUnits: { total: 3, htnvOrAbove: 3, httnvOrAbove: 3 }, ...leadership }, ...extra,
} as Subject);
const kinds = (e: Evaluation) => e.procedure.map((p) => p.kind);

describe('the choice of ruleset, explained', () => {
  it('a Sao Đỏ member on 01/12/2026 is rated by 366 + HD 43 (central): Sao Đỏ has no plan for 2026', () => {
    const c = explainChoice(RULESETS, '2026-12-01', 'sao-do');
    expect(c).toMatchObject({ reason: 'no-plan-for-year', reviewYear: 2026, ruleset: { id: 'qd366-2025' } });
    expect(c.text).toContain('Phường Sao Đỏ không có kế hoạch cho kỳ đánh giá năm 2026');
    expect(c.text).toContain('Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW (văn bản trung ương)');
  });
  it('says when the plan is the locality’s own, when none is chosen, and for a make-up rating which year', () => {
    expect(explainChoice(RULESETS, '2026-02-10', 'hong-quang')).toMatchObject({ reason: 'local-plan', reviewYear: 2025, ruleset: { id: 'hong-quang-2025' } });
    expect(explainChoice(RULESETS, '2026-02-10', 'hong-quang').text).toContain('năm 2025 (đánh giá bổ sung ngày 10/02/2026)');
    expect(explainChoice(RULESETS, '2024-12-05')).toMatchObject({ reason: 'no-locality', ruleset: { id: 'qd124-2023' } });
    expect(explainChoice(RULESETS, '2024-12-05', 'noi-khac')).toMatchObject({ reason: 'no-plan', ruleset: { id: 'qd124-2023' } });
    expect(explainChoice(RULESETS, '2017-12-05')).toMatchObject({ reason: 'none', ruleset: null });
  });
});

describe('rating null: a fact that decides every band is missing', () => {
  it('366 without a score: no rating, the score named, each band says it cannot be decided', () => {
    const e = evaluateSubject('qd366-2025', dv(), '2025-12-05');
    expect(e).toMatchObject({ rating: null, missing: ['score'], decision: { by: 'missing' } });
    expect(e.decision.citation).toMatchObject({ doc: 'qd-366-2025', path: ['11'] });
    expect(e.whyNotHigher.map((w) => w.rating)).toEqual(['HTXSNV', 'HTTNV', 'HTNV']);
    for (const w of e.whyNotHigher) expect(w.failed.some((f) => f.id.endsWith('.diem') && f.sentence.startsWith('Chưa xác định được mức') && f.missing?.[0] === 'score'), w.rating).toBe(true);
    expect(e.notes.some((n) => n.includes('thiếu tổng điểm'))).toBe(true);
  });
  it('the facts given can decide it anyway: disciplined is KHTNV with or without a score; not rated stays not rated', () => {
    expect(evaluateSubject('hong-quang-2025', dv({ discipline: [{ decidedOn: '2025-05-01', violationYear: 2025 }] }), '2025-12-05')).toMatchObject({ rating: 'KHTNV', missing: [], decision: { by: 'khtnv-case' } });
    expect(evaluateSubject('hong-quang-2025', dv({ partyActivity: 'dinh-chi' }), '2025-12-05')).toMatchObject({ rating: 'KHONG_XEP_LOAI', missing: [], decision: { by: 'situation' } });
  });
  it('forms ask the score first where it decides every band', () => {
    for (const id of ['qd366-2025', 'hong-quang-2025']) for (const k of ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const) expect(factsAskedBy(id, k)[0], `${id} ${k}`).toBe('score');
    expect(factsAskedBy('sao-do-2023', 'dang-vien')).not.toContain('score');
  });
});

describe('the decision and the deciding clause first', () => {
  it('HTTNV: the clause of the band reached, not the HTXSNV clause', () => {
    const e = evaluateSubject('sao-do-2023', dv(), '2023-12-10');
    expect(e.rating).toBe('HTTNV');
    expect(e.decision.by).toBe('band');
    expect(e.deciding[0]).toMatchObject({ doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'b'] });
    expect(e.decision.citation).toBe(e.deciding[0]);
    expect(e.decision.words).toMatch(/^Hoàn thành 100% chỉ tiêu, nhiệm vụ/);
  });
  it('a cap that decides comes first, with its words (province plan 2022, II.4.4)', () => {
    const e = evaluateSubject('tinh-uy-2022', ld({ isHead: true, headedUnitRating: 'HTNV' }, { criteria: { taskResults: ['xuat-sac'], other: ['tot'] }, outstanding: true }), '2022-11-28');
    expect(e).toMatchObject({ rating: 'HTNV', decision: { by: 'cap', ruleIds: ['tu.ld.nguoi-dung-dau'] } });
    expect(e.decision.words).toContain('không được cao hơn');
    expect(e.deciding[0]).toMatchObject({ doc: 'kh-tinh-uy-2022', path: ['II', '4', '4.4'] });
  });
  it('a KHTNV case decides before any band', () => {
    const e = evaluateSubject('qd124-2023', dv({ lowConfidenceShare: 0.6 }), '2023-12-15');
    expect(e).toMatchObject({ rating: 'KHTNV', decision: { by: 'khtnv-case', ruleIds: ['q124.cn.khtnv.tin-nhiem'] } });
    expect(e.deciding[0]).toMatchObject({ path: ['12', '4', '4.3', 'c'] });
  });
});

describe('notes: each once, and only where they concern the case', () => {
  it('the self-detection note is said once however many exceptions share it', () => {
    const e = evaluateSubject('qd124-2023', { kind: 'tap-the-lanh-dao', criteria: { keyResults: ['tot'], other: ['tot'] }, disciplineEvents: [{ who: 'thanh-vien', selfDetectedAndRemedied: true }, { who: 'tap-the', selfDetectedAndRemedied: true }, { who: 'don-vi-truc-thuoc', selfDetectedAndRemedied: true }] } as Subject, '2023-12-15');
    expect(e.notes.filter((n) => n.includes('tự phát hiện và khắc phục xong hậu quả'))).toHaveLength(1);
  });
  it('no collective-remediation note on a KHTNV result under 366; it is said on an HTXSNV one', () => {
    const tt = (extra: Record<string, unknown>) => ({ kind: 'tap-the-lanh-dao', criteria: { keyResults: ['tot'], other: ['tot'] }, tasks: { assigned: 10, completedOnTime: 10, exceeded: 4 }, ...extra }) as Subject;
    const remediation = (e: Evaluation) => e.notes.some((n) => n.includes('khắc phục xong tất cả hạn chế'));
    expect(remediation(evaluateSubject('qd366-2025', tt({ score: 30 }), '2025-12-05'))).toBe(false);
    expect(remediation(evaluateSubject('qd366-2025', tt({ score: 95 }), '2025-12-05'))).toBe(true);
  });
  it('no task note, no silence and no procedure for a member who is not rated', () => {
    const e = evaluateSubject('tuy-phuoc-2021', dv({ partyActivity: 'mien-sinh-hoat', temporaryActivity: true }), '2021-12-10');
    expect(e.rating).toBe('KHONG_XEP_LOAI');
    expect(e.notes).toEqual(['Đảng viên được miễn công tác và sinh hoạt đảng: không thuộc đối tượng kiểm điểm, đánh giá, xếp loại chất lượng.']);
    expect(e.procedure).toEqual([]);
  });
  it('the note on tasks not entered only where they could change the result; members not entered named as such', () => {
    const taskNote = (e: Evaluation) => e.notes.some((n) => n.startsWith('Chưa kê chỉ tiêu, nhiệm vụ'));
    const noTasks = (extra: Record<string, unknown> = {}) => { const s = dv(extra) as { tasks?: unknown }; delete s.tasks; return s as Subject; };
    // HTTNV reached with the task requirements unchecked: said.
    expect(taskNote(evaluateSubject('qd124-2023', noTasks(), '2023-12-15'))).toBe(true);
    // KHTNV for discipline: the tasks could not have changed it.
    const disciplined = evaluateSubject('qd124-2023', noTasks({ discipline: [{ decidedOn: '2023-06-10', violationYear: 2023, form: 'khien-trach' }] }), '2024-01-10');
    expect(disciplined).toMatchObject({ rating: 'KHTNV', reviewYear: 2023 });
    expect(taskNote(disciplined)).toBe(false);
    // A chi bộ whose members' ratings are not entered: the members are named, not the tasks.
    const chiBo = evaluateSubject('sao-do-2023', { kind: 'to-chuc-dang', orgType: 'chi-bo', establishedOn: '2010-01-01', criteria: { keyResults: ['tot'], other: ['tot'] } } as Subject, '2023-12-15');
    expect(chiBo.notes.some((n) => n.startsWith('Chưa kê số đảng viên của chi bộ'))).toBe(true);
    expect(new Set(chiBo.notes).size).toBe(chiBo.notes.length);
    // A leader whose unit is not entered: said, since the unit conditions were treated as met.
    const leader = evaluateSubject('qd124-2023', ld({ unit: undefined, subUnits: undefined }), '2024-12-10');
    expect(leader.rating).toBe('HTTNV');
    expect(leader.notes.some((n) => n.startsWith('Chưa kê đủ kết quả của địa phương, cơ quan, đơn vị trực tiếp phụ trách'))).toBe(true);
    expect(evaluateSubject('qd124-2023', ld({}), '2024-12-10').notes.some((n) => n.startsWith('Chưa kê đủ kết quả của địa phương, cơ quan, đơn vị trực tiếp phụ trách'))).toBe(false);
  });
  it('a central silence is not said where the plan’s procedure item answers it', () => {
    const silent = (e: Evaluation) => e.notes.some((n) => n.includes('sinh hoạt đảng tạm thời'));
    expect(silent(evaluateSubject('qd124-2023', dv({ temporaryActivity: true }), '2023-12-15'))).toBe(true);
    const sd = evaluateSubject('sao-do-2023', dv({ temporaryActivity: true }), '2023-12-15');
    expect(kinds(sd)).toEqual(['y-kien-noi-sinh-hoat-tam-thoi']);
    expect(silent(sd)).toBe(false);
  });
});

describe('small groups: the rule in the source’s own words gives 01, not a rounded share', () => {
  it('"từ 05 thành viên trở xuống" (province 2022), 5 members of whom 4 qualify', () => {
    const e = evaluateSubject('tinh-uy-2022', { kind: 'nhom-tuong-dong', members: 5, qualifyingHttnvOrAbove: 4, proposedHtxsnv: 1, groupType: 'thanh-vien-tap-the-lanh-dao' }, '2022-11-28');
    expect(e.maxHtxsnv).toBe(1);
    expect(e.decision.ruleIds).toEqual(['quota.nhom-nho']);
    const first = e.notes[0]!;
    expect(first).toContain('từ 05 thành viên trở xuống');
    expect(first).toContain('Theo tỉ lệ 20 % thì chỉ được 0 (20 % của 4 là 0,8)');
    expect(first).not.toContain('làm tròn xuống');
    expect(e.notes.join(' ')).toContain('thành viên dự họp kiểm điểm');
  });
  it('"dưới 05 … và có 100 %" (Sao Đỏ) at 4 of 4; nothing at 5', () => {
    const four = evaluateSubject('sao-do-2023', { kind: 'nhom-tuong-dong', members: 4, qualifyingHttnvOrAbove: 4, proposedHtxsnv: 1 }, '2023-12-10');
    expect(four.maxHtxsnv).toBe(1);
    expect(four.notes[0]).toContain('dưới 05 và 100 % đều “Hoàn thành tốt nhiệm vụ”');
    expect(four.deciding[0]).toMatchObject({ doc: 'kh-sao-do-2023', path: ['II', 'B', '5'] });
    expect(evaluateSubject('sao-do-2023', { kind: 'nhom-tuong-dong', members: 5, qualifyingHttnvOrAbove: 4 }, '2023-12-10').maxHtxsnv).toBe(0);
  });
});

describe('procedure items', () => {
  it('a dissolved former organization: its superior committee comments instead (no comment asked of it)', () => {
    const e = evaluateSubject('hong-quang-2025', dv({ score: 80, transfer: { movedOn: '2025-08-01', monthsAtFormerOrg: 9, formerOrgDissolved: true } }), '2025-12-05');
    expect(kinds(e)).toEqual(['y-kien-cap-uy-cap-tren']);
    expect(e.procedure[0]!.citation.url).toBe('/van-ban/kh-hong-quang-2025/#m-iii-3-3_2');
    expect(e.procedure[0]!.words).toContain('đã giải thể');
  });
  it('an appointment case takes the place of "results since the reorganization"', () => {
    const e = evaluateSubject('hong-quang-2025', ld({ appointedOn: '2025-09-01', appointment: 'moi' }, { score: 80, reorganizedOn: '2025-09-01' }), '2025-12-05');
    expect(kinds(e)).toEqual(['ket-qua-truoc-va-sau-bo-nhiem']);
  });
  it('a move in an earlier year is not a transfer of the year rated', () => {
    expect(evaluateSubject('hong-quang-2025', dv({ score: 80, transfer: { movedOn: '2023-03-01', monthsAtFormerOrg: 30 } }), '2025-12-05').procedure).toEqual([]);
  });
  it('rate prints each item with its kind, text and citations', () => {
    const line = rate({ id: 'p', ruleset: 'tuy-phuoc-2021', evaluationDate: '2021-12-10', subject: dv({ transfer: { movedOn: '2021-11-01', monthsAtFormerOrg: 10 } }) });
    if ('error' in line) throw new Error(line.error);
    expect(line.procedure).toEqual([{ kind: 'y-kien-to-chuc-cu', text: expect.stringContaining('10 tháng ở đó'), citation: expect.objectContaining({ doc: 'kh-tuy-phuoc-2021', path: ['II', 'B', '6'] }), citations: [expect.objectContaining({ doc: 'kh-tuy-phuoc-2021' })] }]);
  });
});

describe('over generated cases', () => {
  const own = (ruleset: string) => RULESETS.find((r) => r.id === ruleset)!.localPlanDoc;
  it('a central ruleset never cites a local plan, and a plan never cites another locality’s', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const p = parseCase(c);
      if (!p.ok) throw new Error(p.error);
      const e = evaluate(p.value);
      const cited = [...e.deciding, ...e.procedure.flatMap((x) => x.citations), ...e.conditions.flatMap((x) => x.citations)];
      for (const ct of cited) if (ct.doc.startsWith('kh-') && ct.doc !== own(c.ruleset)) throw new Error(`${c.ruleset} cites ${ct.doc} ${ct.path.join('.')}`);
    }), { numRuns: 1500 });
  });
  it('notes are unique, the deciding clause is the decision’s, procedure kinds are unique, failures are listed once', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const p = parseCase(c);
      if (!p.ok) throw new Error(p.error);
      const e = evaluate(p.value);
      expect(new Set(e.notes).size).toBe(e.notes.length);
      expect(e.decision.citation).toBe(e.deciding[0] ?? null);
      expect(new Set(kinds(e)).size).toBe(e.procedure.length);
      const ids = e.whyNotHigher.flatMap((w) => w.failed.map((f) => `${f.id}|${f.role}`));
      if (e.rating !== 'KHONG_XEP_LOAI') expect(new Set(ids).size).toBe(ids.length);
      expect(e.rating === null).toBe(e.missing.length > 0);
    }), { numRuns: 1500 });
  });
});
