// Commendation rules of the 2023 Sao Đỏ plan, part C, clause by clause.
import { describe, expect, it } from 'vitest';
import { AWARDS, AWARD_PARAMS, AWARD_SUBJECTS, checkQuota, evaluateAwards, type AwardFacts } from '../../../src/rules/awards/index.ts';
import { quotedUnder } from './source-text.ts';
import type { RatingCode } from '../../../src/rules/types.ts';

const X: RatingCode = 'HTXSNV';
const T: RatingCode = 'HTTNV';
const byId = (f: AwardFacts) => Object.fromEntries(evaluateAwards(f).map((e) => [e.award.id, e]));
const award = (id: string) => AWARDS.find((a) => a.id === id)!;

describe('data: every condition, quota and parameter quotes the clause it cites', () => {
  it('conditions', () => {
    for (const a of AWARDS) {
      expect(a.cite.doc).toBe('kh-sao-do-2023');
      expect(a.cite.path.slice(0, 2)).toEqual(['II', 'C']);
      for (const c of a.conditions) expect(quotedUnder(c.cite.doc, c.cite.path, c.words), `${c.id} under ${c.cite.path.join('.')}`).toBe(true);
      if (a.quota) expect(quotedUnder(a.quota.cite.doc, a.quota.cite.path, a.quota.words), `${a.id} quota`).toBe(true);
    }
    for (const p of AWARD_PARAMS) expect(quotedUnder(p.cite.doc, p.cite.path, p.words), p.id).toBe(true);
  });
  it('the check itself fails for words under another heading', () => {
    const w = award('bang-khen-tu.dang-vien').quota!.words;
    expect(quotedUnder('kh-sao-do-2023', ['II', 'C', '1', '1.1', '1.1.3'], w)).toBe(true);
    expect(quotedUnder('kh-sao-do-2023', ['II', 'C', '2', '2.1'], w)).toBe(false);
  });
  it('every subject kind has at least one award', () => {
    for (const k of AWARD_SUBJECTS) expect(AWARDS.some((a) => a.subject === k), k).toBe(true);
  });
});

describe('1.1.1 and 1.1.2: party members', () => {
  it('HTXSNV this year → giấy khen of the Đảng ủy phường only', () => {
    const r = byId({ kind: 'dang-vien', year: 2023, ratings: [X, T, X, X, X] });
    expect(r['giay-khen-dup.dang-vien']!.eligible).toBe(true);
    expect(r['giay-khen-tp.dang-vien']!.eligible).toBe(false);
    expect(r['giay-khen-tp.dang-vien']!.conditions[0]!.sentence).toContain('2022: Hoàn thành tốt nhiệm vụ');
    expect(r['giay-khen-tp.dang-vien']!.conditions[0]!.sentence).toContain('Kế hoạch Sao Đỏ II.C.1.1.2');
  });
  it('HTXSNV 5 years running → giấy khen of the Thành ủy and bằng khen of the Tỉnh ủy; 4 years is one short', () => {
    const five = byId({ kind: 'dang-vien', year: 2023, ratings: [X, X, X, X, X] });
    expect(five['giay-khen-tp.dang-vien']!.eligible).toBe(true);
    expect(five['bang-khen-tu.dang-vien']!.eligible).toBe(true);
    const four = byId({ kind: 'dang-vien', year: 2023, ratings: [X, X, X, X] });
    expect(four['bang-khen-tu.dang-vien']!.conditions[0]!.actual).toBe('4/5 năm (2019–2023) đạt Hoàn thành xuất sắc');
    expect(four['bang-khen-tu.dang-vien']!.eligible).toBe(false);
  });
});

describe('quotas (20 %, 10 %, 2 %, 30 %, 02 units), rounded down', () => {
  it('20 % of 17 chi bộ HTTNV or above = 3; 4 proposed is over', () => {
    const q = checkQuota(award('giay-khen-dup.chi-bo'), { base: 17, proposed: 4, year: 2023 })!;
    expect(q.max).toBe(3);
    expect(q.within).toBe(false);
    expect(q.text).toMatch(/20 % của 17 .*= 3/);
    expect(q.text).toMatch(/tính cả số chi bộ đề nghị cấp trên khen/);
  });
  it('10 % of chi bộ HTXSNV for the bằng khen', () => {
    expect(checkQuota(award('bang-khen-tu.chi-bo'), { base: 19, proposed: 1, year: 2023 })!.max).toBe(1);
    expect(checkQuota(award('bang-khen-tu.chi-bo'), { base: 20, proposed: 2, year: 2023 })!).toMatchObject({ max: 2, within: true });
  });
  it('2 % of the party members HTXSNV of the upper đảng bộ: 49 → 0, 50 → 1', () => {
    expect(checkQuota(award('bang-khen-tu.dang-vien'), { base: 49, proposed: 0, year: 2023 })!.max).toBe(0);
    expect(checkQuota(award('bang-khen-tu.dang-vien'), { base: 50, proposed: 1, year: 2023 })!.max).toBe(1);
  });
  it('TCCS bằng khen: 20 %, but 30 % in the Đảng bộ Khối các cơ quan tỉnh', () => {
    expect(checkQuota(award('bang-khen-tu.tccs'), { base: 10, proposed: 3, year: 2023 })!).toMatchObject({ max: 2, within: false });
    expect(checkQuota(award('bang-khen-tu.tccs'), { base: 10, proposed: 3, khoi: true, year: 2023 })!).toMatchObject({ max: 3, within: true });
  });
  it('30 % per ngành, and a fixed 02 units for the Tỉnh ủy\'s own agencies', () => {
    expect(checkQuota(award('bang-khen-tu.theo-nganh.phong-chuyen-mon'), { base: 7, proposed: 2, year: 2023 })!.max).toBe(2);
    expect(checkQuota(award('bang-khen-tu.co-quan-tinh-uy'), { base: 40, proposed: 3, year: 2023 })!).toMatchObject({ max: 2, within: false });
  });
  it('awards without a quota in the plan report none', () => {
    expect(checkQuota(award('giay-khen-dup.dang-vien'), { base: 10, proposed: 10, year: 2023 })).toBeNull();
  });
});

describe('chi bộ trực thuộc (1.1.1, 1.1.2, 1.1.3, 1.3)', () => {
  it('bằng khen needs 5 years HTXSNV, "tiêu biểu", and giấy khen of both the đảng ủy cơ sở and the level above in those years', () => {
    const base: AwardFacts = { kind: 'chi-bo-truc-thuoc', year: 2023, ratings: [X, X, X, X, X], exemplary: true, giayKhenCapTrenIn5Years: true };
    const r = byId(base)['bang-khen-tu.chi-bo']!;
    expect(r.eligible).toBe(false);
    const missing = r.conditions.filter((c) => !c.met);
    expect(missing.map((c) => c.id)).toEqual(['bang-khen-tu.chi-bo.giay-khen-co-so']);
    expect(missing[0]!.cite.path).toEqual(['II', 'C', '1', '1.3']);
    expect(byId({ ...base, giayKhenCoSoIn5Years: true })['bang-khen-tu.chi-bo']!.eligible).toBe(true);
  });
  it('every condition is evaluated: a chi bộ failing all of them lists all of them', () => {
    const r = byId({ kind: 'chi-bo-truc-thuoc', year: 2023, ratings: [T] })['bang-khen-tu.chi-bo']!;
    expect(r.conditions.filter((c) => !c.met)).toHaveLength(4);
  });
});

describe('TCCS đảng: cờ and bằng khen need the compulsory standard of mục 1.2', () => {
  const good: AwardFacts = { kind: 'tccs-dang', year: 2023, ratings: [X], exemplary: true, giayKhenCapHuyenYears: 4, giayKhenQualifiesThisYear: true, tccsType: 'dang-uy-phuong', mandatoryStandardMet: true };
  it('bằng khen: 4 years of giấy khen + fifth year qualifies', () => {
    expect(byId(good)['bang-khen-tu.tccs']!.eligible).toBe(true);
    const three = byId({ ...good, giayKhenCapHuyenYears: 3 })['bang-khen-tu.tccs']!;
    expect(three.eligible).toBe(false);
    expect(three.conditions.find((c) => !c.met)!.sentence).toMatch(/3 năm, cần ít nhất 4 năm/);
  });
  it('without the standard of its kind, neither cờ nor bằng khen', () => {
    const r = byId({ ...good, mandatoryStandardMet: false, bangKhenYears: 4, bangKhenQualifiesThisYear: true });
    expect(r['bang-khen-tu.tccs']!.eligible).toBe(false);
    expect(r['co-tu.tccs']!.eligible).toBe(false);
    expect(r['co-tu.tccs']!.conditions.find((c) => !c.met)!.sentence).toMatch(/tập thể lao động tiên tiến/);
    expect(byId({ ...good, bangKhenYears: 4, bangKhenQualifiesThisYear: true })['co-tu.tccs']!.eligible).toBe(true);
  });
});

describe('secretaries (1.1.2, 1.1.3)', () => {
  it('bí thư TCCS: giấy khen after 3 years as secretary of a unit with a Tỉnh ủy bằng khen, not commended meanwhile', () => {
    const f: AwardFacts = { kind: 'bi-thu-tccs', year: 2023, ratings: [X], secretaryYears: 3, unitAwards: ['bang-khen-tinh-uy'] };
    expect(byId(f)['giay-khen-tp.bi-thu-tccs']!.eligible).toBe(true);
    expect(byId({ ...f, commendedAsSecretary: true })['giay-khen-tp.bi-thu-tccs']!.eligible).toBe(false);
    expect(byId({ ...f, secretaryYears: 2 })['giay-khen-tp.bi-thu-tccs']!.eligible).toBe(false);
  });
  it('bí thư TCCS: bằng khen needs the unit HTXSNV 5 years with the Tỉnh ủy cờ and at least 4 years as secretary', () => {
    const f: AwardFacts = { kind: 'bi-thu-tccs', year: 2023, ratings: [X, X, X, X, X], secretaryYears: 4, unitAwards: ['co-tinh-uy'] };
    expect(byId(f)['bang-khen-tu.bi-thu-tccs']!.eligible).toBe(true);
    expect(byId({ ...f, unitAwards: ['bang-khen-tinh-uy'] })['bang-khen-tu.bi-thu-tccs']!.eligible).toBe(false);
  });
  it('bí thư chi bộ: the chi bộ must hold a giấy khen of the level above the grassroots', () => {
    const f: AwardFacts = { kind: 'bi-thu-chi-bo', year: 2023, ratings: [X], secretaryYears: 3, unitAwards: ['giay-khen-co-so'] };
    expect(byId(f)['giay-khen-tp.bi-thu-chi-bo']!.eligible).toBe(false);
    expect(byId({ ...f, unitAwards: ['giay-khen-cap-tren-co-so'] })['giay-khen-tp.bi-thu-chi-bo']!.eligible).toBe(true);
  });
});
