// A vote sheet counted with the quota the rules engine gives for the plan's ruleset.
import { describe, expect, it } from 'vitest';
import { countVotes, newVoteTally, resultPhrase } from '../../../src/lib/meeting/vote-tally.ts';
import { VoteTallySchema, type VoteTally } from '../../../src/lib/meeting/vote-tally-schema.ts';
import { exportDraftJson, importDraftJson, meetingRecord } from '../../../src/lib/meeting/drafts.ts';
import { parseImport } from '../../../src/lib/drafts/transfer.ts';

const sheet = (over: Partial<VoteTally>): VoteTally => ({ ...newVoteTally('2021-12-02', 'tuy-phuoc-2021'), ...over });
const c = (id: string, HTXSNV: number, HTTNV: number, HTNV = 0, KHTNV = 0) => ({ id, name: id, votes: { HTXSNV, HTTNV, HTNV, KHTNV } });

describe('Tuy Phước organizations: engine quota (20 % of HTTNV or above) and selection by votes', () => {
  it('10 organizations all HTTNV or above allow 2 HTXSNV; the third by votes is outside the quota', () => {
    const t = sheet({
      situation: 'to-chuc-dang/cap-uy', eligible: 11, present: 11,
      candidates: [c('A', 9, 2), c('B', 7, 4), c('C', 8, 3), ...['D', 'E', 'F', 'G', 'H', 'I', 'J'].map((x) => c(x, 0, 11))],
    });
    const r = countVotes(t);
    expect(r.quota?.maxHtxsnv).toBe(2);
    expect(r.quota?.baseLabel).toMatch(/tổng số đủ điều kiện/);
    expect(r.quota?.alternative?.maxHtxsnv).toBe(1);
    expect(r.htxsnv.selected).toEqual(['A', 'C']);
    expect(r.htxsnv.overQuota).toEqual(['B']);
    expect(resultPhrase(r.candidates.find((x) => x.id === 'B')!)).toBe('Đạt đa số HTXSNV nhưng ngoài chỉ tiêu');
  });
});

describe('Tỉnh ủy 2022 leadership members: the plan\'s own quota', () => {
  it('a collective of 5 with a meeting-chosen share proposes 1', () => {
    const r = countVotes({ ...newVoteTally('2022-12-01', 'tinh-uy-2022'), situation: 'thanh-vien-lanh-dao', eligible: 5, present: 5, assumed: 'du-hop',
      candidates: [c('A', 4, 1), c('B', 3, 2), c('C', 0, 5), c('D', 0, 5), c('E', 0, 5)] });
    expect(r.quota?.maxHtxsnv).toBe(1);
    expect(r.htxsnv.selected).toEqual(['A']);
  });
});

describe('draft files (the shared drafts store\'s export format)', () => {
  it('export → import gives the same sheet; the file also imports on /ban-nhap/; a damaged file is refused with the reason', () => {
    const data = sheet({ eligible: 3, present: 3, candidates: [c('A', 0, 2, 1)] });
    const file = exportDraftJson(meetingRecord({ id: 'tally-1', type: 'vote-tally', name: 'Thử', data, rulesetId: 'tuy-phuoc-2021', summary: {} }));
    const back = importDraftJson('vote-tally', file);
    expect(back.ok && back.value.data).toEqual(data);
    const all = parseImport(file);
    expect(all.ok && all.value.map((d) => d.type)).toEqual(['vote-tally']);
    const broken = JSON.parse(file);
    broken.drafts[0].data.candidates[0].votes.HTTNV = -2;
    const bad = importDraftJson('vote-tally', JSON.stringify(broken));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/data\.candidates\[0\]\.votes\.HTTNV/);
    expect(importDraftJson('vote-tally', '{not json').ok).toBe(false);
    expect(importDraftJson('roster', file).ok).toBe(false);
    expect(VoteTallySchema.safeParse({ ...data, profileId: 'khac' }).success).toBe(false);
  });
});
