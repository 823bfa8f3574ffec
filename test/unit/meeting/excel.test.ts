// Excel both ways, with the real libraries: files written by the app are read back cell by cell
// (read-excel-file, and the raw XML with fflate), a 200-row roster with 3 bad rows gives errors
// naming row and column, headers are matched by their words, and CSV as Excel saves it reads.
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { rosterWorkbook, summaryWorkbook, voteWorkbook, type SheetHeading } from '../../../src/lib/meeting/excel/workbooks.ts';
import { workbookBlob } from '../../../src/lib/meeting/excel/write.ts';
import { readCsv, readXlsx } from '../../../src/lib/meeting/excel/read.ts';
import { problemText, readRosterTable } from '../../../src/lib/meeting/excel/roster-table.ts';

const heading: SheetHeading = {
  title: 'DANH SÁCH ĐỀ XUẤT XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN', orgName: 'Chi bộ Khu dân cư số 3', kind: 'chi-bo', parent: 'Đảng bộ phường Sao Đỏ', year: 2024,
  rulesetLabel: 'Quy định 124-QĐ/TW và Kế hoạch Sao Đỏ', rulesetId: 'sao-do-2023', date: '2024-12-05', rating: 'HTTNV',
};
const names = (n: number) => Array.from({ length: n }, (_, i) => `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`);

/** Rows without the empty cells read-excel-file pads them with (every row is as wide as the sheet). */
const trim = <T,>(r: T[]): T[] => { const out = [...r]; while (out.length && out[out.length - 1] === null) out.pop(); return out; };
async function roundTrip(blob: Blob) {
  const buf = await blob.arrayBuffer();
  const files = unzipSync(new Uint8Array(buf));
  return { files, sheets: (await readXlsx(buf)).map((s) => ({ ...s, rows: s.rows.map(trim) })) };
}

describe('export to .xlsx and read back', () => {
  it('the roster: heading rows, then the table; cells read back as written (Vietnamese intact)', async () => {
    const rows = names(12).map((name, i) => ({ name, proposed: (['HTXSNV', 'HTTNV', 'HTNV', ''] as const)[i % 4], note: i === 0 ? 'Bí thư' : '' }));
    const { files, sheets } = await roundTrip(await workbookBlob(rosterWorkbook(heading, rows, [{ code: 'HTXSNV', count: 3, share: '25 %' }])));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml']));
    expect(strFromU8(files['xl/workbook.xml']!)).toContain('name="Danh sách"');
    const [list, sum] = sheets;
    expect(list!.name).toBe('Danh sách');
    expect(list!.rows[1]).toEqual(['Tên chi bộ (đảng bộ)', 'Chi bộ Khu dân cư số 3']);
    expect(list!.rows[4]).toEqual(['Năm kiểm điểm', 2024]);
    const t = readRosterTable(list!.rows);
    expect(t.errors).toEqual([]);
    expect(t.meta['ma quy dinh']).toBe('sao-do-2023');
    expect(t.rows.map((r) => [r.name, r.proposed, r.note])).toEqual(rows.map((r) => [r.name, r.proposed, r.note]));
    expect(sum!.rows[1]).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 3, '25 %']);
  });

  it('the vote result and the summary', async () => {
    const vote = await roundTrip(await workbookBlob(voteWorkbook(heading, { eligible: 25, present: 18, ballots: { issued: 18, returned: 18, valid: 17, invalid: 1 }, ruleText: 'trên 50 % của 25' },
      [{ name: 'Lê Thị Gấm', votes: { HTXSNV: 2, HTTNV: 13, HTNV: 2, KHTNV: 0 }, result: 'Hoàn thành tốt nhiệm vụ' }])));
    const v = vote.sheets[0]!.rows;
    expect(v.find((r) => r[0] === 'Số phiếu không hợp lệ')).toEqual(['Số phiếu không hợp lệ', 1]);
    expect(v[v.length - 1]).toEqual([1, 'Lê Thị Gấm', 2, 13, 2, 0, 'Hoàn thành tốt nhiệm vụ']);

    const s = await roundTrip(await workbookBlob(summaryWorkbook({
      heading: { ...heading, kind: 'dang-bo', orgName: 'Đảng bộ phường Sao Đỏ', parent: 'Đảng bộ thành phố Chí Linh', rating: undefined },
      byUnit: [{ name: 'Chi bộ Khu 1', members: 2, counts: { HTXSNV: 1, HTTNV: 1, HTNV: 0, KHTNV: 0 }, notRated: 0, rating: 'Hoàn thành tốt nhiệm vụ', note: '' }],
      byRating: [{ label: 'Hoàn thành xuất sắc nhiệm vụ', members: 1, share: '50 %', units: 0 }], quota: ['Tối đa 0'], conflicts: [],
      members: [{ name: 'An', unit: 'Chi bộ Khu 1', proposed: 'HTXSNV' }, { name: 'Bình', unit: 'Chi bộ Khu 1', proposed: 'HTTNV' }],
    })));
    expect(s.sheets.map((x) => x.name)).toEqual(['Theo chi bộ', 'Theo mức xếp loại', 'Đảng viên']);
    expect(s.sheets[0]!.rows.at(-1)).toEqual([1, 'Chi bộ Khu 1', 2, 1, 1, 0, 0, 0, 'Hoàn thành tốt nhiệm vụ']); // empty note left out
    // The members sheet reads as a roster with a chi bộ column: the level above imports it.
    const up = readRosterTable(s.sheets[2]!.rows);
    expect(up.rows.map((r) => [r.name, r.unit, r.proposed])).toEqual([['An', 'Chi bộ Khu 1', 'HTXSNV'], ['Bình', 'Chi bộ Khu 1', 'HTTNV']]);
  });
});

describe('import a roster', () => {
  it('200 rows with 3 bad ones: each error names the row and the column; the good rows are kept', async () => {
    const all = names(200).map((n) => ({ name: n, proposed: 'HTTNV' as const, note: '' }));
    const sheet = (await readXlsx(await (await workbookBlob(rosterWorkbook(heading, all, []))).arrayBuffer()))[0]!.rows;
    const header = sheet.findIndex((r) => r[1] === 'Họ và tên');
    // Row numbers as Excel shows them: the header is row header+1, data from header+2.
    sheet[header + 1 + 9]![2] = 'Tốt lắm'; // data row 10: unknown rating
    sheet[header + 1 + 99]![1] = null; // data row 100: no name
    sheet[header + 1 + 149]![2] = 'HTT'; // data row 150
    const t = readRosterTable(sheet);
    expect(t.rows).toHaveLength(197);
    expect(t.errors.map(problemText)).toEqual([
      `Dòng ${header + 11}, cột C (Mức xếp loại đề xuất): không hiểu mức “Tốt lắm” (ghi HTXSNV, HTTNV, HTNV, KHTNV, “Không xếp loại” hoặc tên đầy đủ của mức).`,
      `Dòng ${header + 101}, cột B (Họ và tên): thiếu họ tên.`,
      `Dòng ${header + 151}, cột C (Mức xếp loại đề xuất): không hiểu mức “HTT” (ghi HTXSNV, HTTNV, HTNV, KHTNV, “Không xếp loại” hoặc tên đầy đủ của mức).`,
    ]);
  });

  it('columns are matched by header words, in any order and spelling; ratings with or without diacritics', () => {
    const t = readRosterTable([
      ['Danh sách chi bộ 3'],
      [],
      ['Ghi chú', 'Mức xếp loại', 'STT', 'HO TEN'],
      ['', 'hoan thanh tot nhiem vu', 1, 'Trần B'],
      ['mới chuyển đến', 'Không xếp loại', 2, 'Lê C'],
      [null, 'httnv', 3, 'trần b'],
    ]);
    expect(t.columns).toMatchObject({ name: { letter: 'D' }, rating: { letter: 'B' }, note: { letter: 'A' } });
    expect(t.rows.map((r) => [r.row, r.name, r.proposed, r.note])).toEqual([[4, 'Trần B', 'HTTNV', ''], [5, 'Lê C', 'KHONG_XEP_LOAI', 'mới chuyển đến'], [6, 'trần b', 'HTTNV', '']]);
    expect(t.warnings.map(problemText)).toEqual(['Dòng 6, cột D (HO TEN): “trần b” trùng tên với dòng 4.']);
  });

  it('a sheet without a name column says what is missing', () => {
    expect(readRosterTable([['A', 'B'], ['1', '2']]).errors[0]!.message).toMatch(/Họ và tên/);
  });

  it('CSV as Excel saves it: BOM, semicolons, quoted commas', async () => {
    const rows = await readCsv('\uFEFFSTT;Họ và tên;Mức xếp loại\r\n1;"Nguyễn Văn A, Tổ 2";HTXSNV\r\n2;Lê Thị B;Hoàn thành nhiệm vụ\r\n');
    const t = readRosterTable(rows);
    expect(t.rows.map((r) => [r.name, r.proposed])).toEqual([['Nguyễn Văn A, Tổ 2', 'HTXSNV'], ['Lê Thị B', 'HTNV']]);
  });
});
