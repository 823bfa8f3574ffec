// Clause by clause: each rule reads the facts it names, states actual and required values,
// cites its clause and says where it comes from; explanations read like a secretary's.
import { describe, expect, it } from 'vitest';
import { evaluateSubject, RULESET_IDS, type Evaluation, type Subject } from '../../../src/rules/index.ts';
import { compiled } from '../../../src/rules/rulesets.ts';

const dv = (extra: Record<string, unknown> = {}): Subject => ({
  kind: 'dang-vien', admittedOn: '2010-01-10', criteria: { taskResults: ['tot'], other: ['tot', 'tot'] },
  tasks: { assigned: 10, completedOnTime: 10, completedLate: 0, notCompleted: 0, exceeded: 2 }, ...extra,
} as Subject);
const chiBo = (members: Record<string, number>, extra: Record<string, unknown> = {}): Subject => ({
  kind: 'to-chuc-dang', orgType: 'chi-bo', establishedOn: '2008-01-01', criteria: { keyResults: ['tot', 'tot'], other: ['tot', 'tot', 'tot'] },
  members, sameLevelBodies: { government: 'HTTNV', front: 'HTTNV', massOrganizations: ['HTTNV', 'HTTNV', 'HTXSNV', 'HTTNV'] }, targets: { completedShare: 1, mainTargetsMissed: false }, ...extra,
} as Subject);
const cond = (e: Evaluation, id: string) => {
  const c = e.conditions.find((x) => x.id === id);
  if (!c) throw new Error(`no condition ${id} in ${e.conditions.map((x) => x.id).join(', ')}`);
  return c;
};
const sentences = (e: Evaluation) => e.whyNotHigher.flatMap((w) => w.failed.map((f) => f.sentence));

describe('explanations read like a knowledgeable secretary', () => {
  it('Sao Đỏ chi bộ 17/20 (the sentence of issue 3)', () => {
    const e = evaluateSubject('sao-do-2023', chiBo({ HTXSNV: 2, HTTNV: 10, HTNV: 5, KHTNV: 3 }), '2023-12-10');
    expect(e.rating).toBe('HTNV');
    expect(sentences(e)).toContain('Không đạt Hoàn thành tốt nhiệm vụ vì chi bộ chỉ có 17/20 = 85 % đảng viên hoàn thành nhiệm vụ trở lên, cần từ 90 % — Kế hoạch Sao Đỏ II.B.1.3.b');
    const c = cond(e, 'sd.tc.httnv.chi-bo-htnv');
    expect(c).toMatchObject({ met: false, actual: '17/20 = 85 %', rating: 'HTTNV', role: 'requirement', source: 'ke-hoach-dia-phuong', facts: ['members'] });
    expect(c.required).toMatch(/^từ 90 % đảng viên/);
    expect(c.citation).toMatchObject({ doc: 'kh-sao-do-2023', path: ['II', 'B', '1', '1.3', 'b'], url: '/van-ban/kh-sao-do-2023/#m-ii-b-1-1_3-b' });
  });
  it('cites the 124 article innermost first, and unpublished texts without a link', () => {
    const e = evaluateSubject('qd124-2023', dv({ discipline: [{ decidedOn: '2023-06-20', violationYear: 2023, form: 'khien-trach' }] }), '2023-12-15');
    expect(sentences(e)).toContain('Không đạt Hoàn thành nhiệm vụ vì bị khiển trách (quyết định ngày 20/06/2023) về vi phạm năm 2023, tức là bị xử lý kỷ luật trong năm đánh giá — tiết d điểm 4.3 khoản 4 Điều 12 Quy định 124');
    const h = evaluateSubject('hong-quang-2025', dv({ score: 45 }), '2025-12-05');
    const c = cond(h, 'q366.khtnv.diem');
    expect(c).toMatchObject({ met: false, source: 'van-ban-trung-uong', evidence: 'A' });
    expect(c.citation).toMatchObject({ doc: 'qd-366-2025', path: ['11'], url: null });
    expect(sentences(h)).toContain('Không đạt Hoàn thành nhiệm vụ vì tổng điểm chỉ đạt 45, dưới 50 điểm — Điều 11 Quy định 366');
  });
  it('lists, for every rating above the result, every failed condition of that rating (no short-circuit, none repeated)', () => {
    const e = evaluateSubject('sao-do-2023', dv({ tasks: { assigned: 10, completedOnTime: 6, completedLate: 1, notCompleted: 3, exceeded: 0 }, civilServantRating: 'HTNV', lowConfidenceShare: 0.6 }), '2023-12-10');
    expect(e.rating).toBe('KHTNV');
    expect(e.whyNotHigher.map((w) => w.rating)).toEqual(['HTXSNV', 'HTTNV', 'HTNV']);
    const htnv = e.whyNotHigher.find((w) => w.rating === 'HTNV')!.failed.map((f) => f.id);
    // all three reasons, not only the first one found
    expect(htnv).toEqual(expect.arrayContaining(['q124.cn.htnv.hoan-thanh', 'q124.cn.khtnv.tin-nhiem']));
    const httnv = e.whyNotHigher.find((w) => w.rating === 'HTTNV')!.failed.map((f) => f.id);
    expect(httnv).toEqual(expect.arrayContaining(['q124.cn.httnv.dung-tien-do', 'sd.dv.httnv.cong-chuc']));
    // A failed lower-band requirement (or KHTNV case) is listed under its own band only.
    expect(httnv).not.toContain('q124.cn.htnv.hoan-thanh');
    expect(httnv).not.toContain('q124.cn.khtnv.tin-nhiem');
    const all = e.whyNotHigher.flatMap((w) => w.failed.map((f) => f.id));
    expect(new Set(all).size).toBe(all.length);
    for (const w of e.whyNotHigher) for (const f of w.failed) expect(f.role === 'khtnv-case' ? 'HTNV' : f.rating).toBe(w.rating);
    // every applicable condition is in the checklist, met or not
    const ids = e.conditions.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['q124.cn.htxsnv.thanh-tich', 'q124.cn.khtnv.suy-thoai', 'q124.cn.khtnv.ky-luat', 'sd.dv.htxsnv.cong-chuc']));
    for (const f of e.whyNotHigher.flatMap((w) => w.failed)) expect(f.met).toBe(false);
  });
  it('a not-rated subject is explained once per rating with the clause that excludes it', () => {
    const e = evaluateSubject('tuy-phuoc-2021', dv({ admittedOn: '2021-08-01' }), '2021-12-10');
    expect(e).toMatchObject({ rating: 'KHONG_XEP_LOAI', reviewed: true });
    expect(sentences(e)[0]).toBe('Không xếp loại vì đảng viên mới kết nạp (01/08/2021) chưa đủ 6 tháng: không đánh giá, xếp loại, nhưng vẫn phải kiểm điểm tính từ ngày kết nạp — Kế hoạch Tuy Phước II.B.6');
  });
});

describe('Quy định 124 (Điều 5, 9, 12)', () => {
  const R = 'qd124-2023', D = '2023-12-15';
  it('5.2.2.1 / 9.2.a: exempt, suspended and new members are neither reviewed nor rated', () => {
    for (const extra of [{ partyActivity: 'mien-sinh-hoat' }, { partyActivity: 'dinh-chi' }, { admittedOn: '2023-06-16' }]) {
      const e = evaluateSubject(R, dv(extra), D);
      expect(e).toMatchObject({ rating: 'KHONG_XEP_LOAI', reviewed: false });
      expect(e.deciding.map((c) => c.path.join('.'))).toEqual(expect.arrayContaining(['5.2.2.1', '9.2.a']));
    }
    expect(evaluateSubject(R, dv({ admittedOn: '2023-06-15' }), D).rating).toBe('HTTNV');
  });
  it('12.1.1.2: at least 50 % exceeded, 100 % on time', () => {
    const xs = (exceeded: number, onTime = 10) => dv({ outstanding: true, criteria: { taskResults: ['xuat-sac'], other: ['tot'] }, tasks: { assigned: 10, completedOnTime: onTime, completedLate: 10 - onTime, notCompleted: 0, exceeded } });
    expect(evaluateSubject(R, xs(5), D).rating).toBe('HTXSNV');
    const e = evaluateSubject(R, xs(4), D);
    expect(e.rating).toBe('HTTNV');
    expect(cond(e, 'q124.cn.htxsnv.vuot-muc')).toMatchObject({ met: false, actual: '4/10 = 40 % vượt mức', required: 'ít nhất 50 % hoàn thành vượt mức', facts: ['tasks.assigned', 'tasks.exceeded'] });
    expect(evaluateSubject(R, xs(5, 9), D).rating).toBe('HTNV');
  });
  it('12.3.3.2: all completed, at most 20 % late', () => {
    const t = (onTime: number, late: number, nc: number) => dv({ tasks: { assigned: onTime + late + nc, completedOnTime: onTime, completedLate: late, notCompleted: nc, exceeded: 0 } });
    expect(evaluateSubject(R, t(8, 2, 0), D).rating).toBe('HTNV');
    expect(evaluateSubject(R, t(7, 3, 0), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, t(9, 0, 1), D).rating).toBe('KHTNV');
  });
  it('12.4.4.3: the KHTNV cases of individuals, each at its boundary', () => {
    expect(evaluateSubject(R, dv({ lowConfidenceShare: 0.5 }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, dv({ lowConfidenceShare: 0.51 }), D).rating).toBe('KHTNV');
    const nc6 = evaluateSubject(R, dv({ tasks: { assigned: 10, completedOnTime: 4, completedLate: 0, notCompleted: 6, exceeded: 0 } }), D);
    expect(cond(nc6, 'q124.cn.khtnv.khong-hoan-thanh').met).toBe(false);
    const nc5 = evaluateSubject(R, dv({ tasks: { assigned: 10, completedOnTime: 5, completedLate: 0, notCompleted: 5, exceeded: 0 } }), D);
    expect(cond(nc5, 'q124.cn.khtnv.khong-hoan-thanh').met).toBe(true);
    for (const flag of ['degradationConcluded', 'violatedProhibitions', 'violatedExemplaryDuty']) expect(evaluateSubject(R, dv({ [flag]: true }), D).rating).toBe('KHTNV');
  });
  it('12.4.4.3.d with its exceptions (self-detected; 12.4.5 earlier-year violation), each named', () => {
    const self = evaluateSubject(R, dv({ discipline: [{ decidedOn: '2023-05-01', violationYear: 2023, selfDetectedAndRemedied: true }] }), D);
    expect(self.rating).toBe('HTTNV');
    expect(cond(self, 'q124.cn.khtnv.ky-luat').overriddenBy).toEqual(['q124.cn.khtnv.ky-luat~tu-phat-hien']);
    const earlier = evaluateSubject(R, dv({ discipline: [{ decidedOn: '2023-05-01', violationYear: 2022 }] }), D);
    expect(earlier.rating).toBe('HTTNV');
    expect(earlier.deciding.some((c) => c.path.join('.') === '12.4.4.5')).toBe(true);
    expect(earlier.notes.join(' ')).toMatch(/từ năm trước/);
  });
  it('12.x.3 and 12.4.4.4: leaders and the unit they lead', () => {
    const leader = (unit: Record<string, number>, sub = { total: 10, htnvOrAbove: 10, httnvOrAbove: 7 }) => ({ kind: 'can-bo-lanh-dao', admittedOn: '2000-01-01', criteria: { taskResults: ['xuat-sac'], other: ['tot'] }, outstanding: true, exemplary: true, tasks: { assigned: 4, completedOnTime: 4, exceeded: 2 }, leadership: { unit, subUnits: sub } }) as Subject;
    expect(evaluateSubject(R, leader({ targets: 10, targetsCompleted: 10, targetsExceeded: 5, workOnTimeShare: 1 }), D).rating).toBe('HTXSNV');
    expect(evaluateSubject(R, leader({ targets: 10, targetsCompleted: 10, targetsExceeded: 4, workOnTimeShare: 1 }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, leader({ targets: 10, targetsCompleted: 10, targetsExceeded: 4, workOnTimeShare: 0.8 }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, leader({ targets: 10, targetsCompleted: 10, targetsExceeded: 4, workOnTimeShare: 0.79 }), D).rating).toBe('HTNV');
    expect(evaluateSubject(R, leader({ targets: 100, targetsCompleted: 71 }), D).rating).toBe('HTNV');
    const at70 = evaluateSubject(R, leader({ targets: 100, targetsCompleted: 70 }), D);
    expect(at70.rating).toBe('KHTNV');
    expect(cond(at70, 'q124.ld.khtnv.don-vi-chi-tieu').met).toBe(true); // not "dưới 70 %" …
    expect(cond(at70, 'q124.ld.htnv.don-vi-chi-tieu').met).toBe(false); // … but not "trên 70 %" either
    expect(cond(evaluateSubject(R, leader({ targets: 100, targetsCompleted: 69 }), D), 'q124.ld.khtnv.don-vi-chi-tieu').met).toBe(false);
    expect(evaluateSubject(R, leader({ targets: 10, targetsCompleted: 10, targetsExceeded: 5, workOnTimeShare: 1 }, { total: 10, htnvOrAbove: 10, httnvOrAbove: 6 }), D).rating).toBe('HTTNV');
  });
  it('12.x.1 and 12.4.4.1–4.2: collectives and their discipline', () => {
    const org = (events: unknown[]) => chiBo({ HTXSNV: 3, HTTNV: 13, HTNV: 4 }, { criteria: { keyResults: ['xuat-sac'], other: ['tot'] }, outstanding: true, disciplineEvents: events });
    expect(evaluateSubject(R, org([]), D).rating).toBe('HTXSNV');
    expect(evaluateSubject(R, org([{ who: 'cap-uy-vien', selfDetectedAndRemedied: true }]), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, org([{ who: 'cap-uy-vien' }]), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, org([{ who: 'to-chuc' }]), D).rating).toBe('KHTNV');
  });
  it('says where 124 is silent instead of inventing a rule', () => {
    const sick = evaluateSubject(R, dv({ sickLeaveMonths: 5 }), D);
    expect(sick.rating).toBe('HTTNV');
    expect(sick.notes.join(' ')).toMatch(/không có quy định riêng cho đảng viên nghỉ ốm/);
    const cs = evaluateSubject(R, dv({ civilServantRating: 'HTNV' }), D);
    expect(cs.rating).toBe('HTTNV');
    expect(cs.notes.join(' ')).toMatch(/Điều 3 khoản 3/);
  });
});

describe('Sao Đỏ 2023 over 124', () => {
  const R = 'sao-do-2023', D = '2023-12-10';
  it('II.B.2.3: the civil-servant rating is a ceiling at every level', () => {
    expect(evaluateSubject(R, dv({ civilServantRating: 'HTTNV' }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, dv({ civilServantRating: 'HTNV' }), D).rating).toBe('HTNV');
    expect(evaluateSubject(R, dv({ civilServantRating: 'KHTNV' }), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, dv({ civilServantRating: 'KHONG_XEP_LOAI' }), D).rating).toBe('HTTNV');
  });
  it('II.B.5: sick leave ≥ 3 months is rated on actual working time, not capped', () => {
    const e = evaluateSubject(R, dv({ sickLeaveMonths: 3 }), D);
    expect(e.rating).toBe('HTTNV');
    expect(cond(e, 'sd.dv.nghi-om-thai-san')).toMatchObject({ role: 'situation', met: true, source: 'ke-hoach-dia-phuong' });
    expect(e.deciding.some((c) => c.path.join('.') === 'II.B.5')).toBe(true);
    expect(evaluateSubject(R, dv({ sickLeaveMonths: 2 }), D).deciding.some((c) => c.path.join('.') === 'II.B.5')).toBe(false);
  });
  it('II.B.1.3: chi bộ thresholds 95/70 and 90/50 at and past each boundary', () => {
    const org = (m: Record<string, number>) => chiBo(m, { criteria: { keyResults: ['xuat-sac'], other: ['tot'] }, outstanding: true });
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 11, HTNV: 5, KHTNV: 1 }), D).rating).toBe('HTXSNV'); // 19/20, 14/20
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 10, HTNV: 6, KHTNV: 1 }), D).rating).toBe('HTTNV'); // 13/20 = 65 %
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 11, HTNV: 4, KHTNV: 2 }), D).rating).toBe('HTTNV'); // 18/20 = 90 %
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 11, HTNV: 3, KHTNV: 3 }), D).rating).toBe('HTNV'); // 17/20
    expect(evaluateSubject(R, org({ HTXSNV: 1, HTTNV: 8, HTNV: 9, KHTNV: 2 }), D).rating).toBe('HTNV'); // 9/20 HTTNV+ = 45 %
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 8, HTNV: 5, KHTNV: 4 }), D).rating).toBe('HTNV'); // 4/20 = 20 %
    expect(evaluateSubject(R, org({ HTXSNV: 3, HTTNV: 8, HTNV: 4, KHTNV: 5 }), D).rating).toBe('KHTNV'); // 25 %
  });
  it('II.B.4 / II.B.5: head ≤ unit, except a head newly moved in', () => {
    const head = (extra: Record<string, unknown>) => ({ kind: 'can-bo-lanh-dao', criteria: { taskResults: ['xuat-sac'], other: ['tot'] }, outstanding: true, exemplary: true, leadership: { isHead: true, headedUnitRating: 'HTNV', ...extra } }) as Subject;
    const e = evaluateSubject(R, head({}), D);
    expect(e.rating).toBe('HTNV');
    const cap = cond(e, 'sd.ld.nguoi-dung-dau');
    expect(cap).toMatchObject({ role: 'cap', met: false, rating: 'HTNV', facts: ['leadership.isHead', 'leadership.headedUnitRating', 'leadership.newlyTransferredHead'] });
    const moved = evaluateSubject(R, head({ newlyTransferredHead: true }), D);
    expect(moved.rating).toBe('HTXSNV');
    expect(cond(moved, 'sd.ld.nguoi-dung-dau').overriddenBy).toEqual(['sd.ld.nguoi-dung-dau~moi-chuyen-den']);
  });
  it('II.B.5: new organizations and newly appointed leaders are reviewed but not rated', () => {
    expect(evaluateSubject(R, chiBo({ HTTNV: 10 }, { establishedOn: '2023-06-11' }), D)).toMatchObject({ rating: 'KHONG_XEP_LOAI', reviewed: true });
    expect(evaluateSubject(R, chiBo({ HTTNV: 10 }, { establishedOn: '2023-06-10' }), D).rating).not.toBe('KHONG_XEP_LOAI');
  });
  it('II.B.3.3.d: a member disciplined makes the collective KHTNV; self-detected does not', () => {
    const tt = (self: boolean) => ({ kind: 'tap-the-lanh-dao', criteria: { keyResults: ['tot'], other: ['tot'] }, disciplineEvents: [{ who: 'thanh-vien', selfDetectedAndRemedied: self }] }) as Subject;
    expect(evaluateSubject(R, tt(false), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, tt(true), D).rating).toBe('HTTNV');
  });
});

describe('Tuy Phước 2021 (132, HD 21)', () => {
  const R = 'tuy-phuoc-2021', D = '2021-12-10';
  it('II.B.6 [A]: sick leave from 3 months caps at HTNV; 2 months does not', () => {
    const e = evaluateSubject(R, dv({ sickLeaveMonths: 3 }), D);
    expect(e.rating).toBe('HTNV');
    expect(cond(e, 'q132.dv.nghi-om')).toMatchObject({ role: 'cap', met: false, source: 'huong-dan-trung-uong', evidence: 'A' });
    expect(evaluateSubject(R, dv({ sickLeaveMonths: 2 }), D).rating).toBe('HTTNV');
  });
  it('no self-detection exception before 124', () => {
    expect(evaluateSubject(R, dv({ discipline: [{ decidedOn: '2021-06-01', violationYear: 2021, selfDetectedAndRemedied: true }] }), D).rating).toBe('KHTNV');
  });
  it('II.B.1.3: chi bộ 100/80 and 100/50', () => {
    const org = (m: Record<string, number>) => chiBo(m, { criteria: { keyResults: ['xuat-sac'], other: ['tot'] }, outstanding: true });
    expect(evaluateSubject(R, org({ HTXSNV: 2, HTTNV: 6, HTNV: 2, KHTNV: 0 }), D).rating).toBe('HTXSNV');
    expect(evaluateSubject(R, org({ HTXSNV: 2, HTTNV: 5, HTNV: 3, KHTNV: 0 }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, org({ HTXSNV: 2, HTTNV: 6, HTNV: 1, KHTNV: 1 }), D).rating).toBe('HTNV');
    const m = cond(evaluateSubject(R, org({ HTXSNV: 2, HTTNV: 6, HTNV: 2, KHTNV: 0 }), D), 'tp.tc.htxsnv.chi-bo-httnv');
    expect(m).toMatchObject({ met: true, evidence: 'S', source: 'ke-hoach-dia-phuong' });
  });
  it('II.B.1.3.d: the Covid-19 case, and "dưới 50 %" without the main-target condition', () => {
    expect(evaluateSubject(R, chiBo({ HTTNV: 10 }, { covidResponseInadequate: true }), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, chiBo({ HTTNV: 10 }, { targets: { completedShare: 0.49 } }), D).rating).toBe('KHTNV');
    expect(evaluateSubject(R, chiBo({ HTTNV: 10 }, { targets: { completedShare: 0.5 } }), D).rating).toBe('HTTNV');
  });
  it('II.B.3.3: members disciplined — any blocks HTTNV, from cảnh cáo makes KHTNV', () => {
    const tt = (form: string) => ({ kind: 'tap-the-lanh-dao', criteria: { keyResults: ['tot'], other: ['tot'] }, disciplineEvents: [{ who: 'thanh-vien', form }] }) as Subject;
    expect(evaluateSubject(R, tt('khien-trach'), D).rating).toBe('HTNV');
    expect(evaluateSubject(R, tt('canh-cao'), D).rating).toBe('KHTNV');
  });
});

describe('Hồng Quang 2025 (366, HD 43)', () => {
  const R = 'hong-quang-2025', D = '2025-12-05';
  const p = (score: number, extra: Record<string, unknown> = {}) => dv({ score, tasks: { assigned: 10, completedOnTime: 10, completedLate: 0, notCompleted: 0, exceeded: 3 }, ...extra });
  it('Điều 11 [A]: bands 90 / 70 / 50 with their conditions', () => {
    expect([90, 89, 70, 69, 50, 49].map((s) => evaluateSubject(R, p(s), D).rating)).toEqual(['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV', 'KHTNV']);
    expect(evaluateSubject(R, p(95, { tasks: { assigned: 10, completedOnTime: 10, exceeded: 2 } }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, p(95, { shortcomings: { pointedOut: 3, remedied: 2 } }), D).rating).toBe('HTTNV');
    expect(evaluateSubject(R, p(80, { tasks: { assigned: 10, completedOnTime: 8, completedLate: 2, exceeded: 0 } }), D).rating).toBe('HTNV');
    expect(evaluateSubject(R, p(80, { tasks: { assigned: 10, completedOnTime: 7, completedLate: 3, exceeded: 0 } }), D).rating).toBe('KHTNV');
  });
  it('criteria levels do not decide under 366, and the engine says so', () => {
    const e = evaluateSubject(R, p(92, { criteria: { taskResults: ['trung-binh'], other: ['trung-binh'] } }), D);
    expect(e.rating).toBe('HTXSNV');
    expect(e.notes.join(' ')).toMatch(/tổng điểm/);
  });
  it('self-detected violations are weighed by the competent level, not excepted automatically [B]', () => {
    const e = evaluateSubject(R, p(85, { discipline: [{ decidedOn: '2025-05-01', violationYear: 2025, selfDetectedAndRemedied: true }] }), D);
    expect(e.rating).toBe('KHTNV');
    expect(e.notes.join(' ')).toMatch(/cân nhắc/);
  });
  it('III.3.4: a leader appointed < 6 months is rated on results before and after', () => {
    const e = evaluateSubject(R, { kind: 'can-bo-lanh-dao', score: 80, criteria: { taskResults: ['tot'], other: ['tot'] }, tasks: { assigned: 5, completedOnTime: 5 }, leadership: { appointedOn: '2025-08-01', unit: { targets: 10, targetsCompleted: 10, workOnTimeShare: 1 } } } as Subject, D);
    expect(e.rating).toBe('HTTNV');
    expect(cond(e, 'hq.ld.moi-bo-nhiem')).toMatchObject({ role: 'situation', evidence: 'S' });
  });
});

describe('rules are data', () => {
  for (const id of RULESET_IDS) {
    it(`${id}: every rule cites its clause, quotes its words, names its facts and parameters`, () => {
      const rs = compiled(id);
      for (const [kind, rules] of Object.entries(rs.byKind)) {
        const ids = new Set<string>();
        for (const r of [...rules.conditions, ...rules.caps, ...rules.situations, ...rules.procedures]) {
          expect(ids.has(r.id), `${kind}: duplicate ${r.id}`).toBe(false);
          ids.add(r.id);
          expect(r.cite.length, r.id).toBeGreaterThan(0);
          expect(r.words.length, r.id).toBeGreaterThan(10);
          expect(r.facts.length, r.id).toBeGreaterThan(0);
          for (const pid of r.params ?? []) expect(rs.params.has(pid), `${r.id} reads unknown parameter ${pid}`).toBe(true);
          if (r.source === 'ke-hoach-dia-phuong') expect(r.cite[0]!.doc.startsWith('kh-'), r.id).toBe(true);
          if (r.source === 'huong-dan-trung-uong') expect(r.evidence, r.id).toMatch(/^[AB]$/);
        }
      }
    });
    it(`${id}: every parameter is dated, cited, and its number appears in the words it quotes`, () => {
      for (const p of compiled(id).params.values()) {
        expect(p.values[0]!.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const v = p.values[0]!.value;
        const shown = p.unit === 'ti-le' ? String(Math.round(v * 100)) : String(v);
        expect(p.words.replace(/\b0(\d)\b/g, '$1'), `${p.id} = ${v}`).toMatch(new RegExp(`(^|[^\\d])${shown}([^\\d]|$)`));
      }
    });
  }
});
