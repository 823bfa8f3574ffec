// Vote-tally rules per plan and clause: the base each plan names, the quota cut by votes,
// ties and "no majority" with the next step, silences said as such.
import { describe, expect, it } from 'vitest';
import { VOTE_SITUATIONS, VOTING_PROFILES, ownQuota, tally, votesNeeded, votingProfile, type QuotaInfo, type TallyCandidate, type VoteRule } from '../../../src/rules/voting/index.ts';
import { quotedUnder } from './source-text.ts';

const rule = (profile: string, situation: (typeof VOTE_SITUATIONS)[number]): VoteRule => votingProfile(profile)!.rules[situation];
const cand = (id: string, votes: TallyCandidate['votes']): TallyCandidate => ({ id, name: `Đồng chí ${id}`, votes });
const fixedQuota = (max: number) => (): QuotaInfo => ({ maxHtxsnv: max, baseLabel: 'chỉ tiêu nhập tay cho phép thử', source: 'phép thử' });

describe('rule data', () => {
  it('every profile states a rule or a silence for every situation, and every cited rule quotes its clause', () => {
    for (const p of VOTING_PROFILES) {
      for (const s of VOTE_SITUATIONS) {
        const r = p.rules[s];
        expect(r.situation).toBe(s);
        // A missing share, base or order is always said in words.
        if (!r.threshold || !r.base || !r.htxsnvByVotes) expect(r.silence, `${p.id} ${s}`).toBeTruthy();
        if (r.threshold) expect(r.cite.length, `${p.id} ${s}`).toBeGreaterThan(0);
        if (r.cite.length && r.words) expect(quotedUnder(r.cite[0]!.doc, r.cite[0]!.path, r.words), `${r.id} quotes ${r.cite[0]!.path.join('.')}`).toBe(true);
      }
    }
  });

  it('only the plans that say so have a threshold: Tuy Phước (members, organizations) and Sao Đỏ ("đa số phiếu")', () => {
    const withThreshold = VOTING_PROFILES.flatMap((p) => VOTE_SITUATIONS.filter((s) => p.rules[s].threshold).map((s) => `${p.id}:${s}`));
    expect(withThreshold.sort()).toEqual(['sao-do-2023:to-chuc-dang/cap-uy', 'tuy-phuoc-2021:dang-vien/cap-uy', 'tuy-phuoc-2021:dang-vien/chi-bo', 'tuy-phuoc-2021:to-chuc-dang/cap-uy']);
  });
});

describe('votesNeeded', () => {
  it('"trên 50 %" needs strictly more than half; "từ 50 %" needs at least half', () => {
    expect(votesNeeded({ share: 0.5, strict: true }, 24)).toBe(13);
    expect(votesNeeded({ share: 0.5, strict: true }, 25)).toBe(13);
    expect(votesNeeded({ share: 0.5, strict: true }, 1)).toBe(1);
    expect(votesNeeded({ share: 0.5, strict: false }, 24)).toBe(12);
    expect(votesNeeded({ share: 0.5, strict: false }, 25)).toBe(13);
  });
});

describe('Tuy Phước 2021, II.B.6: more than 50 % of all full members, not only those present', () => {
  const r = rule('tuy-phuoc-2021', 'dang-vien/chi-bo');

  it('12 of 25 full members is not enough even when 12 is two thirds of the 18 present', () => {
    const t = tally({ rule: r, eligible: 25, present: 18, candidates: [cand('A', { HTTNV: 12, HTNV: 6 })] });
    expect(t.ok).toBe(true);
    expect(t.needed).toBe(13);
    expect(t.baseValue).toBe(25);
    expect(t.ruleText).toContain('Kế hoạch Tuy Phước II.B.6');
    const a = t.candidates[0]!;
    expect(a.status).toBe('khong-dat-da-so');
    expect(a.result).toBeNull();
    expect(a.sentence).toContain('12/25 = 48 %');
    expect(a.next).toMatch(/bỏ phiếu lại/);
  });

  it('13 of 25 adopts the level; exactly half (12 of 24) does not', () => {
    expect(tally({ rule: r, eligible: 25, present: 20, candidates: [cand('A', { HTTNV: 13, HTNV: 7 })] }).candidates[0]!.result).toBe('HTTNV');
    const half = tally({ rule: r, eligible: 24, present: 24, candidates: [cand('A', { HTTNV: 12, HTNV: 12 })] }).candidates[0]!;
    expect(half.status).toBe('khong-dat-da-so');
  });

  it('a KHTNV majority is adopted like any other level', () => {
    expect(tally({ rule: r, eligible: 10, present: 10, candidates: [cand('A', { KHTNV: 6, HTNV: 4 })] }).candidates[0]!.result).toBe('KHTNV');
  });

  it('the committee base (đảng ủy cơ sở) is all its members', () => {
    const t = tally({ rule: rule('tuy-phuoc-2021', 'dang-vien/cap-uy'), eligible: 9, present: 7, candidates: [cand('A', { HTXSNV: 5, HTTNV: 2 })] });
    expect(t.needed).toBe(5);
    expect(t.baseLabel).toMatch(/thành viên đảng ủy cơ sở/);
    expect(t.candidates[0]!.result).toBe('HTXSNV');
  });
});

describe('Tuy Phước 2021, II.B.1.5: HTXSNV by votes from the highest down within the quota', () => {
  const r = rule('tuy-phuoc-2021', 'to-chuc-dang/cap-uy');
  const five = [cand('A', { HTXSNV: 9 }), cand('B', { HTXSNV: 11 }), cand('C', { HTXSNV: 7 }), cand('D', { HTXSNV: 10 }), cand('E', { HTXSNV: 8 }), cand('F', { HTTNV: 12 })];

  it('keeps the 3 highest and puts the others outside the quota with the next step', () => {
    const t = tally({ rule: r, eligible: 13, present: 12, candidates: five, quota: fixedQuota(3) });
    expect(t.htxsnv.selected).toEqual(['B', 'D', 'A']);
    expect(t.htxsnv.overQuota).toEqual(['E', 'C']);
    const e = t.candidates.find((c) => c.id === 'E')!;
    expect(e.status).toBe('vuot-chi-tieu');
    expect(e.result).toBeNull();
    expect(e.next).toMatch(/Hoàn thành tốt nhiệm vụ/);
    expect(t.notes.join(' ')).toMatch(/Kế hoạch Tuy Phước II\.B\.1\.5/);
  });

  it('passes the quota question the counts of the majority results', () => {
    let asked: unknown;
    tally({ rule: r, eligible: 13, present: 12, candidates: five, quota: (q) => { asked = q; return null; } });
    expect(asked).toEqual({ members: 6, qualifyingHttnvOrAbove: 6, proposedHtxsnv: 5 });
  });

  it('a tie at the quota line is shown, with the seats left and what to do', () => {
    const tied = [cand('A', { HTXSNV: 11 }), cand('B', { HTXSNV: 9 }), cand('C', { HTXSNV: 9 }), cand('D', { HTXSNV: 8 })];
    const t = tally({ rule: r, eligible: 13, present: 13, candidates: tied, quota: fixedQuota(2) });
    expect(t.htxsnv.selected).toEqual(['A']);
    expect(t.htxsnv.tied).toEqual(['B', 'C']);
    expect(t.htxsnv.seatsLeftForTied).toBe(1);
    expect(t.htxsnv.overQuota).toEqual(['D']);
    const b = t.candidates.find((c) => c.id === 'B')!;
    expect(b.status).toBe('bang-phieu');
    expect(b.next).toMatch(/bỏ phiếu lại giữa những người bằng phiếu để chọn đủ 1 người/);
  });

  it('a quota of 0 leaves every HTXSNV majority outside it', () => {
    const t = tally({ rule: r, eligible: 5, present: 5, candidates: [cand('A', { HTXSNV: 4 })], quota: fixedQuota(0) });
    expect(t.htxsnv.overQuota).toEqual(['A']);
  });
});

describe('Sao Đỏ 2023, II.B.1.5: "đa số phiếu" read as more than half of the ballots cast', () => {
  it('counts against those present and says the base is an interpretation', () => {
    const t = tally({ rule: rule('sao-do-2023', 'to-chuc-dang/cap-uy'), eligible: 15, present: 11, candidates: [cand('X', { HTTNV: 6, HTNV: 5 })] });
    expect(t.baseValue).toBe(11);
    expect(t.needed).toBe(6);
    expect(t.candidates[0]!.result).toBe('HTTNV');
    expect(t.notes.join(' ')).toMatch(/không nói đa số của số nào/);
  });

  it('the chi bộ vote on members has no rule in the plan: no level is decided until the meeting chooses one', () => {
    const r = rule('sao-do-2023', 'dang-vien/chi-bo');
    const t = tally({ rule: r, eligible: 20, present: 15, candidates: [cand('A', { HTTNV: 9, HTNV: 6 })] });
    expect(t.applied).toBeNull();
    expect(t.candidates[0]!.status).toBe('chua-co-quy-tac');
    expect(t.candidates[0]!.result).toBeNull();
    expect(t.ruleText).toMatch(/không quy định tỉ lệ phiếu/);
    const chosen = tally({ rule: r, eligible: 20, present: 15, candidates: [cand('A', { HTTNV: 9, HTNV: 6 })], assumed: { threshold: { share: 0.5, strict: true }, base: 'toan-bo' } });
    expect(chosen.applied?.fromPlan).toBe(false);
    expect(chosen.candidates[0]!.status).toBe('khong-dat-da-so'); // 9/20 = 45 %
    expect(chosen.notes.join(' ')).toMatch(/cuộc họp tự thống nhất/);
  });
});

describe('Hồng Quang 2025 and Quy định 124: silent on shares', () => {
  it.each([['hong-quang-2025'], ['qd124-2023']])('%s: every situation says the plan is silent', (id) => {
    for (const s of VOTE_SITUATIONS) {
      const r = rule(id, s);
      expect(r.threshold).toBeNull();
      expect(r.silence).toMatch(/không quy định/);
    }
  });
});

describe('Tỉnh ủy 2022, II.4.4: leadership members, votes of those present, the plan\'s own quota', () => {
  const r = rule('tinh-uy-2022', 'thanh-vien-lanh-dao');
  const p = votingProfile('tinh-uy-2022')!;
  it('names the present members as the base but no share', () => {
    expect(r.base).toBe('du-hop');
    expect(r.threshold).toBeNull();
  });
  it('groups of 5 or fewer may propose 1; larger ones 20 % of those HTTNV or above, rounded down', () => {
    expect(ownQuota(p.ownQuota!, { members: 5, qualifyingHttnvOrAbove: 4, proposedHtxsnv: 2 }, '2022-12-01').maxHtxsnv).toBe(1);
    expect(ownQuota(p.ownQuota!, { members: 6, qualifyingHttnvOrAbove: 4, proposedHtxsnv: 2 }, '2022-12-01').maxHtxsnv).toBe(0);
    expect(ownQuota(p.ownQuota!, { members: 11, qualifyingHttnvOrAbove: 10, proposedHtxsnv: 2 }, '2022-12-01').maxHtxsnv).toBe(2);
    expect(ownQuota(p.ownQuota!, { members: 11, qualifyingHttnvOrAbove: 9, proposedHtxsnv: 2 }, '2022-12-01').maxHtxsnv).toBe(1);
  });
});

describe('impossible input is refused with a Vietnamese message', () => {
  const r = rule('tuy-phuoc-2021', 'dang-vien/chi-bo');
  it('more ballots than voters present', () => {
    const t = tally({ rule: r, eligible: 10, present: 8, candidates: [cand('A', { HTTNV: 6, HTNV: 3 })] });
    expect(t.candidates[0]!.status).toBe('loi');
    expect(t.candidates[0]!.errors[0]).toMatch(/lớn hơn số người dự họp/);
  });
  it('more present than entitled, and no base at all', () => {
    expect(tally({ rule: r, eligible: 10, present: 12, candidates: [] }).errors[0]).toMatch(/không thể lớn hơn/);
    expect(tally({ rule: r, eligible: 0, present: 0, candidates: [] }).ok).toBe(false);
  });
  it('negative or fractional votes', () => {
    const t = tally({ rule: r, eligible: 10, present: 10, candidates: [cand('A', { HTTNV: -1 }), cand('B', { HTNV: 2.5 })] });
    expect(t.candidates.map((c) => c.status)).toEqual(['loi', 'loi']);
  });
});
