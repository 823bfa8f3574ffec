// The personal review form (Mẫu 02) kept as a draft of type 'review': a filled form survives
// the store's validation unchanged (so nothing typed is lost), damaged or foreign values are
// refused with the field named, and the exported file imports back.
import { describe, expect, it } from 'vitest';
import { newPersonalReview, REVIEW_TYPE, reviewDraftName } from '../../../src/lib/meeting/review.ts';
import { parseDraftRecord } from '../../../src/lib/drafts/schema.ts';
import { makeDraft } from '../../../src/lib/drafts/store.ts';
import { exportDrafts, parseImport } from '../../../src/lib/drafts/transfer.ts';
import type { PersonalReviewData } from '../../../src/lib/documents/personal-review.ts';

const filled = (): PersonalReviewData => ({
  ...newPersonalReview('2025-12-05'),
  fullName: 'Trần Văn Bình', chiBo: 'Chi bộ Khu dân cư số 3', place: 'Hồng Quang',
  levels: { I1: 'tot', I2: 'xuat-sac', III: null }, proposedMember: 'HTTNV', proposedCivilServant: null,
  texts: { II1: 'Có lúc chưa đúng tiến độ;\nđã khắc phục.', VI: 'Sắp xếp công việc theo tuần.' },
});
const record = (data: unknown) => makeDraft({ type: REVIEW_TYPE, name: 'Bản kiểm điểm', data }, 1_765_000_000_000);

describe('review drafts', () => {
  it('a filled form passes validation unchanged', () => {
    const p = parseDraftRecord(record(filled()));
    expect(p.ok && p.value.data).toEqual(filled());
  });

  it('a blank form (date left empty) is valid too', () => {
    expect(parseDraftRecord(record({ ...newPersonalReview('2025-12-05'), date: '' })).ok).toBe(true);
  });

  it('refuses damaged values and names the field', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ levels: { I1: 'rat-tot', I2: null, III: null } }, /levels.*I1|I1/],
      [{ proposedMember: 'GIOI' }, /proposedMember/],
      [{ texts: { XX: 'lạ' } }, /texts/],
      [{ year: 20255 }, /year/],
      [{ date: '05/12/2025' }, /date/],
      [{ fullName: 'x'.repeat(201) }, /fullName/],
      [{ extra: 1 }, /trường lạ/],
    ];
    for (const [change, reason] of cases) {
      const p = parseDraftRecord(record({ ...filled(), ...change }));
      expect(p.ok, JSON.stringify(change)).toBe(false);
      if (!p.ok) expect(p.error).toMatch(reason);
    }
  });

  it('is named after the year and the member', () => {
    expect(reviewDraftName(filled())).toBe('Bản kiểm điểm 2025 — Trần Văn Bình');
    expect(reviewDraftName(newPersonalReview('2025-12-05'))).toBe('Bản kiểm điểm 2025');
  });

  it('exports and imports back', () => {
    const r = record(filled());
    const back = parseImport(exportDrafts([r]));
    expect(back.ok && back.value[0]?.data).toEqual(filled());
  });
});
