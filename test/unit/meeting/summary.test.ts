// The đảng ủy's summary from chi bộ files: units from the app's own JSON and from its .xlsx, the
// chi bộ's rating from the engine (or the file's own where a spreadsheet has no criteria), the
// totals and the HTXSNV quota across the đảng bộ, and the conflicts (a person in two files, a chi
// bộ twice, another year, another ruleset). A summary exported as JSON imports at the level above.
import { describe, expect, it } from 'vitest';
import { computeSummary } from '../../../src/lib/meeting/summary.ts';
import { unitsFromJson, unitsFromSheets } from '../../../src/lib/meeting/summary-import.ts';
import { newSummary, type Summary } from '../../../src/lib/meeting/summary-schema.ts';
import type { Roster } from '../../../src/lib/meeting/roster-schema.ts';
import { newRoster } from '../../../src/lib/meeting/roster-model.ts';
import { exportDraftJson, meetingRecord } from '../../../src/lib/meeting/drafts.ts';
import { rosterWorkbook } from '../../../src/lib/meeting/excel/workbooks.ts';
import { workbookBlob } from '../../../src/lib/meeting/excel/write.ts';
import { readXlsx } from '../../../src/lib/meeting/excel/read.ts';

const roster = (title: string, names: string[], over: Partial<Roster> = {}): Roster => ({
  ...newRoster('2023-12-05', 'sao-do-2023'), title, parent: 'Đảng bộ phường Sao Đỏ', reviewYear: 2023,
  rows: names.map((name, i) => ({ id: `r${i}`, name, proposed: i === 0 ? 'HTXSNV' : 'HTTNV' })), ...over,
});
let fileSeq = 0;
const file = (r: Roster) => exportDraftJson(meetingRecord({ id: `d${++fileSeq}`, type: 'roster', name: r.title, data: r, rulesetId: r.rulesetId, summary: {} }));
const summaryOf = (units: Summary['units']): Summary => ({ ...newSummary('sao-do-2023', 2023, '2023-12-15'), title: 'Đảng bộ phường Sao Đỏ', units });

describe('units from files', () => {
  it('a chi bộ JSON file gives one unit with its members, criteria and heading', () => {
    const r = unitsFromJson('khu-1.json', file(roster('Chi bộ Khu 1', ['An', 'Bình', 'Cường'])));
    expect(r.ok && r.units).toMatchObject([{ source: 'khu-1.json', name: 'Chi bộ Khu 1', reviewYear: 2023, rulesetId: 'sao-do-2023', members: [{ name: 'An', proposed: 'HTXSNV' }, { name: 'Bình' }, { name: 'Cường' }] }]);
    expect(r.ok && r.units[0]!.org).toBeTruthy();
  });
  it('a damaged or foreign file is refused with the reason', () => {
    expect(unitsFromJson('x.json', '{"a":1}')).toMatchObject({ ok: false, error: expect.stringContaining('không phải tệp bản nháp') });
    expect(unitsFromJson('x.json', '{')).toMatchObject({ ok: false });
  });
  it('the app\'s .xlsx gives the unit with the rating the file states', async () => {
    const sheets = await readXlsx(await (await workbookBlob(rosterWorkbook(
      { title: 'DANH SÁCH', orgName: 'Chi bộ Khu 2', kind: 'chi-bo', parent: 'Đảng bộ phường Sao Đỏ', year: 2023, rulesetLabel: 'Sao Đỏ', rulesetId: 'sao-do-2023', date: '2023-12-05', rating: 'HTTNV' },
      [{ name: 'Dung', proposed: 'HTTNV', note: '' }, { name: 'Em', proposed: 'HTNV', note: '' }], [],
    ))).arrayBuffer());
    const r = unitsFromSheets('khu-2.xlsx', sheets);
    expect(r.ok && r.units).toMatchObject([{ name: 'Chi bộ Khu 2', reviewYear: 2023, rulesetId: 'sao-do-2023', evaluationDate: '2023-12-05', statedRating: 'HTTNV', members: [{ name: 'Dung', proposed: 'HTTNV' }, { name: 'Em', proposed: 'HTNV' }] }]);
  });
});

describe('the summary', () => {
  const units = [
    ...(unitsFromJson('khu-1.json', file(roster('Chi bộ Khu 1', ['Nguyễn Văn An', 'Bình', 'Cường', 'Dũng', 'Giang']))) as { units: Summary['units'] }).units,
    ...(unitsFromJson('khu-2.json', file(roster('Khu 2', ['Hà', 'Nguyễn văn  An', 'Khánh']))) as { units: Summary['units'] }).units,
    ...(unitsFromJson('khu-3.json', file(roster('Chi bộ Khu 3', ['Lan', 'Minh'], { reviewYear: 2022, evaluationDate: '2022-12-05' }))) as { units: Summary['units'] }).units,
    ...(unitsFromJson('khu-1-lai.json', file(roster('Chi bộ khu 1', ['Oanh']))) as { units: Summary['units'] }).units,
  ];
  const v = computeSummary(summaryOf(units));

  it('totals by rating across the chi bộ, each chi bộ rated by the engine', () => {
    expect(v.members).toBe(11);
    expect(v.byRating.find((r) => r.code === 'HTXSNV')!.members).toBe(4);
    expect(v.byRating.find((r) => r.code === 'HTTNV')!.members).toBe(7);
    for (const u of v.units) expect(u.ratingFrom).toBe('engine');
  });
  it('flags a person in two files, a chi bộ twice and a file of another year — each naming its files', () => {
    const kinds = v.conflicts.map((c) => c.kind).sort();
    expect(kinds).toEqual(['person', 'unit', 'year']);
    expect(v.conflicts.find((c) => c.kind === 'person')!.text).toMatch(/“Nguyễn Văn An” có tên trong 2 tệp: Chi bộ Khu 1 \(tệp khu-1\.json\); Chi bộ Khu 2 \(tệp khu-2\.json\)/);
    expect(v.conflicts.find((c) => c.kind === 'unit')!.text).toMatch(/Chi bộ Khu 1 được nhập 2 lần: tệp khu-1\.json, tệp khu-1-lai\.json/);
    expect(v.conflicts.find((c) => c.kind === 'year')!.text).toMatch(/Chi bộ Khu 3 \(tệp khu-3\.json\): năm 2022, khác năm 2023/);
    expect(v.units.filter((u) => u.flags.length).map((u) => u.unit.source)).toEqual(['khu-1.json', 'khu-2.json', 'khu-3.json', 'khu-1-lai.json']);
  });
  it('the HTXSNV quota is the engine\'s, on the whole đảng bộ', () => {
    expect(v.quota.ok).toBe(true);
    if (v.quota.ok) { expect(v.quota.value.proposed).toBe(4); expect(v.quota.value.max).toBe(2); expect(v.quota.value.excess).toBe(2); }
  });
  it('a file under another ruleset is flagged', () => {
    const other = (unitsFromJson('hq.json', file(roster('Chi bộ Hồng Quang', ['X'], { rulesetId: 'hong-quang-2025', reviewYear: 2023 }))) as { units: Summary['units'] }).units;
    expect(computeSummary(summaryOf(other)).conflicts.map((c) => c.kind)).toEqual(['ruleset']);
  });
  it('a đảng ủy\'s summary, sent up as JSON, imports chi bộ by chi bộ at the level above', () => {
    const s = summaryOf(units.slice(0, 2));
    const json = exportDraftJson(meetingRecord({ id: 's1', type: 'summary', name: 'Tổng hợp', data: s, rulesetId: 'sao-do-2023', summary: {} }));
    const up = unitsFromJson('sao-do.json', json);
    expect(up.ok && up.units.map((u) => [u.name, u.via, u.source])).toEqual([['Chi bộ Khu 1', 'Đảng bộ phường Sao Đỏ', 'sao-do.json › khu-1.json'], ['Khu 2', 'Đảng bộ phường Sao Đỏ', 'sao-do.json › khu-2.json']]);
  });
});
