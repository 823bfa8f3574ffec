// The roster asks the rules engine (never re-implements it): quota with both readings of its
// base, the chi bộ's rating from the members' counts, and the caps read from the engine's rules.
import { describe, expect, it } from 'vitest';
import {
  capConflict, collectiveCap, distribution, headCap, moveProposal, sameCitations, sameDistribution, newRoster, orgCase, quotaCase, RosterSchema, rosterOrgRating, rosterQuota, rosterSummaryData, shareText, type RosterRow,
} from '../../../src/lib/meeting/roster.ts';
import { parsePastedList } from '../../../src/lib/meeting/paste.ts';
import { evaluate, parseCase, RULESETS, type Grade } from '../../../src/rules/index.ts';
import type { CitationOut } from '../../../src/rules/types.ts';

const rows = (spec: Partial<Record<Grade | 'KHONG_XEP_LOAI' | '', number>>): RosterRow[] =>
  Object.entries(spec).flatMap(([p, n]) => Array.from({ length: n ?? 0 }, (_, i) => ({ id: `${p}${i}`, name: `${p} ${i}`, proposed: p as RosterRow['proposed'] })));

describe('distribution', () => {
  it('counts rated rows by grade, and keeps "not rated" and "no proposal" apart', () => {
    const d = distribution(rows({ HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 }));
    expect(d).toEqual({ counts: { HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1 }, rated: 9, notRated: 2, missing: 3 });
    expect(shareText(5, 9)).toBe('55,6 %');
    expect(shareText(1, 0)).toBe('—');
  });
});

describe('moveProposal (the screen moves one count at a proposal edit instead of counting every row)', () => {
  const PROPOSALS: RosterRow['proposed'][] = ['', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'KHONG_XEP_LOAI'];
  it('gives what counting the edited rows gives, for every change of every row', () => {
    const list = rows({ HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 });
    const before = distribution(list);
    for (let i = 0; i < list.length; i++) {
      for (const to of PROPOSALS) {
        const edited = list.map((r, k) => (k === i ? { ...r, proposed: to } : r));
        const moved = moveProposal(before, list[i]!.proposed, to);
        expect(moved, `row ${i} ${list[i]!.proposed || '—'} → ${to || '—'}`).toEqual(distribution(edited));
        expect(moved).not.toBe(before);
      }
    }
    expect(before).toEqual(distribution(list)); // not changed in place
  });

  it('follows a long run of random edits exactly', () => {
    let seed = 7;
    const next = () => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed; };
    const list = rows({ HTXSNV: 40, HTTNV: 300, HTNV: 50, '': 10 });
    let d = distribution(list);
    for (let k = 0; k < 2000; k++) {
      const i = next() % list.length, to = PROPOSALS[next() % PROPOSALS.length]!;
      d = moveProposal(d, list[i]!.proposed, to);
      list[i] = { ...list[i]!, proposed: to };
    }
    expect(d).toEqual(distribution(list));
  });
});

describe('sameCitations (the screen keeps the quota\'s clauses on screen while they read the same)', () => {
  it('compares label and link, in order, and nothing else', () => {
    const a: CitationOut = { doc: 'd', path: ['1'], label: 'Điều 1', url: '/van-ban/d/#m-1' }, b: CitationOut = { doc: 'd', path: ['2'], label: 'Điều 2', url: null };
    expect(sameCitations([a, b], [{ ...a }, { ...b }])).toBe(true);
    const elsewhere: CitationOut[] = [{ ...a, path: ['x'] }, b];
    expect(sameCitations([a, b], elsewhere)).toBe(true); // what is shown is the same
    expect(sameCitations([a, b], [b, a])).toBe(false);
    expect(sameCitations([a, b], [a])).toBe(false);
    expect(sameCitations([a], [{ ...a, label: 'Điều 1a' }])).toBe(false);
    expect(sameCitations([a], [{ ...a, url: null }])).toBe(false);
    expect(sameCitations([], [])).toBe(true);
  });
});

describe('sameDistribution (the screen asks the quota and the rating again only when it is false)', () => {
  const base = distribution(rows({ HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 }));
  const r = newRoster('2023-12-10', 'sao-do-2023');

  it('is true for the same counts (a name edited): the questions asked of the engine are the same', () => {
    const renamed = distribution(rows({ HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 }).map((x) => ({ ...x, name: `${x.name} (sửa)` })));
    expect(sameDistribution(base, renamed)).toBe(true);
    expect(quotaCase(r, renamed)).toEqual(quotaCase(r, base));
    expect(orgCase(r, renamed)).toEqual(orgCase(r, base));
  });

  it('is false when any one count differs', () => {
    const moved: [string, Partial<Record<Grade | 'KHONG_XEP_LOAI' | '', number>>][] = [
      ['HTTNV → HTXSNV', { HTXSNV: 3, HTTNV: 4, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 }],
      ['HTNV → KHTNV', { HTXSNV: 2, HTTNV: 5, HTNV: 0, KHTNV: 2, KHONG_XEP_LOAI: 2, '': 3 }],
      ['HTTNV → HTNV', { HTXSNV: 2, HTTNV: 4, HTNV: 2, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 3 }],
      ['not rated → no proposal', { HTXSNV: 2, HTTNV: 5, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 1, '': 4 }],
      ['no proposal → HTTNV', { HTXSNV: 2, HTTNV: 6, HTNV: 1, KHTNV: 1, KHONG_XEP_LOAI: 2, '': 2 }],
    ];
    for (const [what, spec] of moved) expect(sameDistribution(base, distribution(rows(spec))), what).toBe(false);
    // Every field on its own, even in a combination no roster produces.
    for (const k of ['rated', 'notRated', 'missing'] as const) expect(sameDistribution(base, { ...base, [k]: base[k] + 1 }), k).toBe(false);
    for (const g of ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const) expect(sameDistribution(base, { ...base, counts: { ...base.counts, [g]: base.counts[g] + 1 } }), g).toBe(false);
  });
});

describe('quota through the engine (nhom-tuong-dong)', () => {
  const r = (rulesetId: 'sao-do-2023' | 'hong-quang-2025' | 'qd124-2023' | 'tuy-phuoc-2021', outstandingUnit = false) => ({ rulesetId, evaluationDate: rulesetId === 'hong-quang-2025' ? '2025-12-10' : rulesetId === 'tuy-phuoc-2021' ? '2021-12-10' : '2023-12-10', outstandingUnit });

  it('20 members, 17 HTTNV or above, 4 proposed: at most 3 (all qualifying) or 2 (after choosing) — over by 1', () => {
    const q = rosterQuota(r('sao-do-2023'), distribution(rows({ HTXSNV: 4, HTTNV: 13, HTNV: 3 })));
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    expect(q.value.max).toBe(3);
    expect(q.value.excess).toBe(1);
    expect(q.value.baseLabel).toMatch(/tổng số đủ điều kiện/);
    expect(q.value.alternative.max).toBe(2);
    expect(q.value.alternative.baseLabel).toMatch(/sau khi đã chọn/);
    expect(q.value.source).toMatch(/Kế hoạch Sao Đỏ/);
  });

  it('2025: up to 25 % for an outstanding unit', () => {
    const d = distribution(rows({ HTXSNV: 5, HTTNV: 15 }));
    const plain = rosterQuota(r('hong-quang-2025'), d);
    const outstanding = rosterQuota(r('hong-quang-2025', true), d);
    expect(plain.ok && plain.value.max).toBe(4);
    expect(outstanding.ok && outstanding.value.max).toBe(5);
  });

  it('the "< 5" rule in each regime\'s words: 4 members all HTTNV → 1 under Sao Đỏ, 0 under Quy định 124 alone', () => {
    const d = distribution(rows({ HTXSNV: 1, HTTNV: 3 }));
    const sd = rosterQuota(r('sao-do-2023'), d);
    const q124 = rosterQuota(r('qd124-2023'), d);
    expect(sd.ok && sd.value.max).toBe(1);
    expect(sd.ok && sd.value.smallGroup).toBe(true);
    expect(q124.ok && q124.value.max).toBe(0);
  });
});

describe('the chi bộ rating through the engine (to-chuc-dang with the members\' counts)', () => {
  it('builds the case from the roster\'s counts', () => {
    const c = orgCase({ ...newRoster('2023-12-10', 'sao-do-2023'), mode: 'chi-bo' }, distribution(rows({ HTXSNV: 1, HTTNV: 2 })));
    expect(c.subject).toMatchObject({ kind: 'to-chuc-dang', orgType: 'chi-bo', members: { HTXSNV: 1, HTTNV: 2, HTNV: 0, KHTNV: 0 } });
    const p = orgCase({ ...newRoster('2023-12-10', 'sao-do-2023'), mode: 'dang-bo' }, distribution(rows({ HTTNV: 2 })));
    expect(p.subject).toMatchObject({ orgType: 'dang-bo', subOrganizations: { HTTNV: 2 } });
  });

  it('Tuy Phước: a chi bộ with more than 20 % of members KHTNV is KHTNV, citing the plan', () => {
    const base = { ...newRoster('2021-12-10', 'tuy-phuoc-2021'), org: { criteria: { keyResults: ['tot', 'tot'], other: ['tot'] } } } as ReturnType<typeof newRoster>;
    const bad = rosterOrgRating(base, distribution(rows({ HTTNV: 7, KHTNV: 3 })));
    expect(bad.ok).toBe(true);
    if (!bad.ok) return;
    expect(bad.value.rating).toBe('KHTNV');
    expect(bad.value.deciding.some((c) => c.doc === 'kh-tuy-phuoc-2021')).toBe(true);
    const good = rosterOrgRating(base, distribution(rows({ HTTNV: 8, HTNV: 2 })));
    expect(good.ok && good.value.rating).not.toBe('KHTNV');
  });

  it('bad organization facts come back as a field-named Vietnamese error, not an exception', () => {
    const r = rosterOrgRating({ ...newRoster('2023-12-10', 'sao-do-2023'), org: { criteria: { keyResults: [] }, tasks: { assigned: 2, completedOnTime: 5 } } }, distribution([]));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/subject\.tasks\.assigned/);
  });
});

describe('an edit that changes only the counts is not checked by zod again (issue 15)', () => {
  // What checking every case gives: the reference the screen's path must equal.
  const checked = (raw: unknown) => { const c = parseCase(raw); return c.ok ? { ok: true, value: JSON.parse(JSON.stringify(evaluate(c.value))) } : { ok: false, error: c.error }; };
  const plain = (o: { ok: boolean }) => JSON.parse(JSON.stringify(o));
  const orgs = [
    { criteria: { keyResults: ['tot', 'tot'], other: ['tot', 'tot'] } },
    { criteria: { keyResults: ['xuat-sac', 'xuat-sac'], other: ['xuat-sac', 'tot'] }, outstanding: true },
    { criteria: { keyResults: ['tot', 'kem'], other: ['tot'] }, tasks: { assigned: 4, completedOnTime: 3 } },
    { criteria: { keyResults: [] }, tasks: { assigned: 2, completedOnTime: 5 } }, // refused by the schema
    { criteria: { keyResults: ['tot'] }, establishedOn: '2030-01-01' }, // refused: after the evaluation date
  ];
  const dists = [{}, { HTXSNV: 1, HTTNV: 9 }, { HTXSNV: 3, HTTNV: 10, HTNV: 2, KHTNV: 1 }, { HTTNV: 7, KHTNV: 3 }, { KHONG_XEP_LOAI: 2, '': 1 }, { HTXSNV: 5 }];

  it('every ruleset, both levels, organization facts good and bad, counts changing edit after edit: the same answers and errors', () => {
    for (const rs of RULESETS) {
      const date = `${rs.id.match(/\d{4}/)?.[0] ?? '2023'}-12-10`;
      for (const mode of ['chi-bo', 'dang-bo'] as const) {
        for (const org of orgs) {
          for (const outstandingUnit of rs.id === 'hong-quang-2025' ? [false, true] : [false]) {
            const roster = { ...newRoster(date, rs.id), mode, org, outstandingUnit } as ReturnType<typeof newRoster>;
            for (const spec of dists) {
              const d = distribution(rows(spec));
              expect(plain(rosterOrgRating(roster, d))).toEqual(checked(orgCase(roster, d)));
              const q = plain(rosterQuota(roster, d));
              expect(q.ok ? { ok: true, value: q.value.evaluation } : q).toEqual(checked(quotaCase(roster, d)));
            }
          }
        }
      }
    }
  });
});

describe('caps read from the engine\'s rules', () => {
  it('Sao Đỏ: a head may not be above the unit they head, unless newly transferred', () => {
    const cap = headCap('sao-do-2023', '2023-12-10', 'HTTNV', false);
    expect(cap.limit).toBe('HTTNV');
    expect(cap.source).toMatch(/Kế hoạch Sao Đỏ/);
    expect(capConflict(cap, 'HTXSNV', 'Đồng chí A', 'chi bộ X', 'HTTNV')).toMatch(/cao hơn mức “Hoàn thành tốt nhiệm vụ” của chi bộ X/);
    expect(capConflict(cap, 'HTTNV', 'Đồng chí A', 'chi bộ X', 'HTTNV')).toBeNull();
    const moved = headCap('sao-do-2023', '2023-12-10', 'HTTNV', true);
    expect(moved.limit).toBeNull();
    expect(moved.lifted).toBe(true);
  });
  it('Quy định 124 alone has no such cap and says so', () => {
    const cap = headCap('qd124-2023', '2023-12-10', 'HTNV', false);
    expect(cap.limit).toBeNull();
    expect(cap.silence).toMatch(/không quy định mức trần/);
  });
  it('collective ≤ organization where the plan has it (Tuy Phước), silence where not (Hồng Quang)', () => {
    expect(collectiveCap('tuy-phuoc-2021', '2021-12-10', 'HTNV').limit).toBe('HTNV');
    const hq = collectiveCap('hong-quang-2025', '2025-12-10', 'HTNV');
    expect(hq.limit).toBeNull();
    expect(hq.silence).toBeTruthy();
  });
});

describe('the documents\' data (rosterSummaryData: the printed list, Word, Excel)', () => {
  it('every row with its notes (over its cap, among the HTXSNV over the quota), the counts, the quota and the chi bộ\'s rating as sentences', () => {
    const roster = { ...newRoster('2023-12-10', 'sao-do-2023'), title: 'Khu 3', rows: [...rows({ HTXSNV: 4, HTTNV: 13, HTNV: 3 }), { id: 'x', name: 'Lê C', proposed: '' as const, note: 'vắng' }] };
    const d = distribution(roster.rows);
    const q = rosterQuota(roster, d), org = rosterOrgRating(roster, d);
    const data = rosterSummaryData(roster, d, q, org, new Map([['HTTNV0', 'Người đứng đầu: …'], ['', 'Tập thể chi ủy: …']]), 'Kế hoạch Sao Đỏ 2023');
    expect(data.rows).toHaveLength(21);
    expect(data.rows.filter((r) => r.note.includes('Trong số đề xuất vượt chỉ tiêu'))).toHaveLength(4);
    expect(data.rows.find((r) => r.name === 'HTTNV 0')!.note).toBe('Vượt mức của đơn vị/tổ chức');
    expect(data.rows.at(-1)).toEqual({ name: 'Lê C', proposed: null, note: 'vắng' });
    expect(data.distribution.map((x) => x.count)).toEqual([4, 13, 3, 0]);
    expect(data.totalRated).toBe(20);
    expect(data.quota.join(' ')).toMatch(/tối đa: 3 .*Đề xuất: 4, vượt 1\./);
    expect(data.orgRating!.lines.some((l) => l.startsWith('Căn cứ: '))).toBe(true);
    expect(data.conflicts).toEqual(['Người đứng đầu: …', 'Tập thể chi ủy: …']);
    expect(data.year).toBe(2023);
  });

  it('a quota that cannot be computed is said so, and the organization\'s rating is left out', () => {
    const roster = newRoster('2023-12-10', 'sao-do-2023');
    const data = rosterSummaryData(roster, distribution([]), { ok: false, error: 'thiếu dữ kiện' }, { ok: false, error: 'x' }, new Map(), 'X');
    expect(data.quota).toEqual(['Chưa tính được chỉ tiêu: thiếu dữ kiện']);
    expect(data.orgRating).toBeNull();
  });
});

describe('stored shape', () => {
  it('a new roster is valid, an unknown field or a bad rating is refused', () => {
    const r = newRoster('2023-12-10', 'sao-do-2023');
    expect(RosterSchema.safeParse(r).success).toBe(true);
    expect(RosterSchema.safeParse({ ...r, extra: 1 }).success).toBe(false);
    expect(RosterSchema.safeParse({ ...r, rows: [{ id: 'a', name: 'A', proposed: 'XUAT_SAC' }] }).success).toBe(false);
  });
});

describe('pasted lists', () => {
  it('reads names with an optional rating code or full name; unknown ratings are reported', () => {
    const { lines, errors } = parsePastedList('1. Nguyễn Văn A; HTTNV\nTrần Thị B\tHoàn thành xuất sắc nhiệm vụ\n\nL.V.C | htnv\nPhạm D; giỏi');
    expect(lines).toEqual([
      { name: 'Nguyễn Văn A', proposed: 'HTTNV' }, { name: 'Trần Thị B', proposed: 'HTXSNV' }, { name: 'L.V.C', proposed: 'HTNV' }, { name: 'Phạm D', proposed: '' },
    ]);
    expect(errors).toEqual(['Dòng 5: không hiểu mức “giỏi” — để trống mức cho “Phạm D”.']);
  });
});
