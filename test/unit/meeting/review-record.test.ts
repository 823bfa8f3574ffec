// The review record ("Kỳ kiểm điểm") as a draft, and what the screens take from it: a filled
// record survives validation unchanged, bad values are refused with the field named, and the
// roster, vote sheet and Mẫu 02 copy exactly its values (so they are entered once).
import { describe, expect, it } from 'vitest';
import { differs, recordUnitName, REVIEW_RECORD_TYPE, type ReviewRecord } from '../../../src/lib/meeting/review-record.ts';
import { newReviewRecord, reviewRecordName } from '../../../src/lib/meeting/review-record-schema.ts';
import { rosterFromRecord } from '../../../src/lib/meeting/roster.ts';
import { tallyFromRecord } from '../../../src/lib/meeting/vote-tally.ts';
import { reviewFromRecord } from '../../../src/lib/meeting/review.ts';
import { ballotProblems } from '../../../src/lib/meeting/vote-tally.ts';
import { parseDraftRecord } from '../../../src/lib/drafts/schema.ts';
import { makeDraft } from '../../../src/lib/drafts/store.ts';
import { RosterSchema } from '../../../src/lib/meeting/roster-schema.ts';
import { newRoster } from '../../../src/lib/meeting/roster-model.ts';
import { VoteTallySchema, newVoteTally } from '../../../src/lib/meeting/vote-tally-schema.ts';
import * as z from 'zod/mini';

const filled = (): ReviewRecord => ({
  ...newReviewRecord('2024-12-05', 'sao-do-2023', 2024),
  orgName: 'Chi bộ Khu dân cư số 3', parentName: 'Đảng bộ phường Sao Đỏ', place: 'Sao Đỏ', locality: 'sao-do', secretary: 'Nguyễn Thị Hoa', done: ['buoc-1'],
});
const draft = (data: unknown) => makeDraft({ type: REVIEW_RECORD_TYPE, name: 'Kỳ kiểm điểm', data }, 1_765_000_000_000);

describe('review record drafts', () => {
  it('a filled record passes validation unchanged; its name writes "Chi bộ" once', () => {
    const p = parseDraftRecord(draft(filled()));
    expect(p.ok && p.value.data).toEqual(filled());
    expect(reviewRecordName(filled())).toBe('Kỳ kiểm điểm năm 2024 — Chi bộ Khu dân cư số 3');
    expect(recordUnitName({ orgKind: 'chi-bo', orgName: 'Khu dân cư số 3' })).toBe('Chi bộ Khu dân cư số 3');
  });
  it('refuses damaged values and names the field', () => {
    for (const [patch, field] of [[{ reviewYear: 1999 }, 'reviewYear'], [{ rulesetId: 'xyz' }, 'rulesetId'], [{ meetingDate: '05/12/2024' }, 'meetingDate'], [{ orgKind: 'to' }, 'orgKind']] as const) {
      const p = parseDraftRecord(draft({ ...filled(), ...patch }));
      expect(p.ok, field).toBe(false);
      if (!p.ok) expect(p.error).toContain(field);
    }
  });
});

describe('what the sheets copy from the record', () => {
  it('the roster takes the names, year, ruleset and meeting date, and stays valid', () => {
    const patch = rosterFromRecord('rec1', filled());
    const roster = { ...newRoster('2026-03-01', 'qd124-2023'), ...patch };
    expect(roster).toMatchObject({ recordId: 'rec1', title: 'Chi bộ Khu dân cư số 3', parent: 'Đảng bộ phường Sao Đỏ', reviewYear: 2024, rulesetId: 'sao-do-2023', evaluationDate: '2024-12-05', secretary: 'Nguyễn Thị Hoa', mode: 'chi-bo' });
    expect(z.safeParse(RosterSchema, roster).success).toBe(true);
    expect(differs(patch, roster)).toBe(false);
    expect(differs(rosterFromRecord('rec1', { ...filled(), reviewYear: 2023 }), roster)).toBe(true);
  });
  it('the vote sheet takes the plan only where the ruleset has a voting profile', () => {
    const tally = { ...newVoteTally('2026-03-01', 'tuy-phuoc-2021'), ...tallyFromRecord('rec1', filled(), ['sao-do-2023', 'tuy-phuoc-2021']) };
    expect(tally.profileId).toBe('sao-do-2023');
    expect(z.safeParse(VoteTallySchema, tally).success).toBe(true);
    expect(tallyFromRecord('rec1', { ...filled(), rulesetId: 'qd124-2023' }, ['sao-do-2023'])).not.toHaveProperty('profileId');
  });
  it('Mẫu 02 takes the chi bộ, the đảng bộ above, the year and the ruleset (which form it follows)', () => {
    expect(reviewFromRecord('rec1', filled())).toEqual({ recordId: 'rec1', rulesetId: 'sao-do-2023', year: 2024, place: 'Sao Đỏ', chiBo: 'Chi bộ Khu dân cư số 3', dangBo: 'Đảng bộ phường Sao Đỏ' });
  });
});

describe('ballots in the minutes', () => {
  const votes = { HTXSNV: 3, HTTNV: 10, HTNV: 2, KHTNV: 0 };
  it('consistent figures raise nothing', () => {
    expect(ballotProblems({ issued: 18, returned: 18, valid: 17, invalid: 1 }, 18, [{ name: 'A', votes }])).toEqual([]);
  });
  it('each inconsistency is named with its figures', () => {
    const p = ballotProblems({ issued: 18, returned: 19, valid: 14, invalid: 1 }, 17, [{ name: 'Lê Văn C', votes }]);
    expect(p).toEqual([
      'Số phiếu thu vào (19) lớn hơn số phiếu phát ra (18).',
      'Số phiếu hợp lệ (14) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu vào (19).',
      'Số phiếu phát ra (18) khác số người có mặt, bỏ phiếu (17).',
      'Lê Văn C: tổng số phiếu (15) lớn hơn số phiếu hợp lệ (14).',
    ]);
  });
});
