// Issue 16 end to end, in Chromium: a secretary enters the review record once; the roster pulls
// 12 calculator drafts at once; the vote tally counts under the record's plan and its minutes
// record the ballots and cite only that plan; printing (Chromium's print, which fires
// beforeprint like the browser menu) prints the current data before and after an edit; Word and
// Excel files are read back; a 200-row .xlsx with 3 bad rows is refused row by row and nothing is
// saved until the user skips them. Then a đảng ủy imports 8 chi bộ files at once and gets its
// summary with the duplicate person and the wrong year flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './support/browser';
import { axe, downloaded, open } from './support/meeting';
import { seedCaseDraft, storedDrafts } from './support/drafts';
import { pdfText } from './support/pdf-text';
import { readXlsx } from '../../src/lib/meeting/excel/read.ts';
import { workbookBlob } from '../../src/lib/meeting/excel/write.ts';
import { rosterWorkbook } from '../../src/lib/meeting/excel/workbooks.ts';
import { exportDraftJson, meetingRecord } from '../../src/lib/meeting/drafts.ts';
import type { Roster } from '../../src/lib/meeting/roster-schema.ts';
import { newRoster } from '../../src/lib/meeting/roster-model.ts';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

const docxTextOf = (bytes: Buffer) => {
  const xml = strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml']!);
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
};
const trimRow = (r: unknown[]) => { const out = [...r]; while (out.length && out[out.length - 1] === null) out.pop(); return out; };
const MEMBERS = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', 'Đỗ Văn Hải', 'Bùi Thị Hoa', 'Ngô Văn Hùng', 'Đặng Thị Lan', 'Lý Văn Minh', 'Mai Thị Nga'];

describe('one review, one record', () => {
  it('record → roster from 12 drafts → print before/after an edit → Word and Excel → vote tally and its minutes → a bad .xlsx refused row by row', async () => {
    const ctx = await h.newContext();
    const page = await ctx.newPage();

    // 1. The review record, entered once. The names are typed with their committee word.
    await open(page, '/cong-cu-hop/ky-kiem-diem/');
    await page.getByTestId('record-org').fill('Chi bộ Khu dân cư số 3');
    await page.getByTestId('record-parent').fill('Đảng bộ phường Sao Đỏ');
    await page.getByTestId('record-place').fill('Sao Đỏ');
    await page.getByTestId('record-locality').selectOption('sao-do');
    await page.getByTestId('record-date').fill('2023-12-05');
    await page.getByTestId('record-secretary').fill('Nguyễn Thị Thu');
    await expect(page.getByTestId('record-ruleset').inputValue()).resolves.toBe('sao-do-2023'); // chosen by the date and the locality
    await expect(page.getByTestId('record-year').inputValue()).resolves.toBe('2023');
    await expect(page.getByTestId('record-header-parent').innerText()).resolves.toBe('ĐẢNG BỘ PHƯỜNG SAO ĐỎ');
    await expect(page.getByTestId('record-header-org').innerText()).resolves.toBe('CHI BỘ KHU DÂN CƯ SỐ 3');
    // The plan's calendar, with its clause: Sao Đỏ's "trước 06 tháng 12 năm 2023".
    await expect(page.getByTestId('timeline').innerText()).resolves.toMatch(/trước 06 tháng 12 năm 2023[\s\S]*Kế hoạch của Đảng ủy phường Sao Đỏ/);
    await page.locator('[data-step="buoc-1"] input[type="checkbox"]').check();
    await expect.poll(() => storedDrafts(page, 'review-record').then((d) => (d[0]?.data as { done?: string[] } | undefined)?.done ?? [])).toEqual(['buoc-1']);

    // 2. The roster pulls 12 calculator drafts at once, names from "Họ và tên".
    for (const [i, name] of MEMBERS.entries()) {
      await seedCaseDraft(page, `e2e16-${i}`, `Bản nháp ${i + 1}`, { kind: 'dang-vien', partyActivity: 'binh-thuong', criteria: { taskResults: [i < 2 ? 'xuat-sac' : 'tot'], other: ['tot', 'tot', 'tot'] } }, { personName: name });
    }
    await open(page, '/cong-cu-hop/');
    await expect(page.getByTestId('record-banner').innerText()).resolves.toMatch(/Chi bộ Khu dân cư số 3[\s\S]*Năm 2023/);
    await expect(page.getByTestId('roster-title').count()).resolves.toBe(0); // not asked again
    await page.getByRole('button', { name: /Lấy từ bản nháp Tính xếp loại/ }).click();
    await page.getByTestId('calc-add').click();
    await expect.poll(() => page.locator('.roster-row').count()).toBe(12);
    const names = await page.locator('.roster-row input[type="text"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect([...names].sort()).toEqual([...MEMBERS].sort());
    const nga = names.indexOf('Mai Thị Nga');

    // 3. Print (Chromium's print fires beforeprint, as the browser menu does): current data, before and after an edit.
    const before = pdfText(await page.pdf({ format: 'A4' }));
    for (const s of ['ĐẢNG BỘ PHƯỜNG SAO ĐỎ', 'CHI BỘ KHU DÂN CƯ SỐ 3', 'Năm 2023', 'Nguyễn Văn An', 'Mai Thị Nga', 'Nguyễn Thị Thu']) expect(before).toContain(s);
    expect(before).not.toMatch(/ĐẢNG BỘ ĐẢNG BỘ|CHI BỘ CHI BỘ/);
    expect(before).not.toContain('Trần Văn Mới');
    await page.locator(`[data-row-index="${nga}"] input[type="text"]`).fill('Trần Văn Mới');
    const after = pdfText(await page.pdf({ format: 'A4' }));
    expect(after).toContain('Trần Văn Mới');
    expect(after).not.toContain('Mai Thị Nga');

    // 4. Word and Excel, read back.
    const word = docxTextOf((await downloaded(page, () => page.getByTestId('roster-docx').click())).bytes);
    for (const s of ['ĐẢNG BỘ PHƯỜNG SAO ĐỎ', 'CHI BỘ KHU DÂN CƯ SỐ 3', 'Năm 2023', 'Trần Văn Mới', 'Nguyễn Thị Thu']) expect(word).toContain(s);
    expect(word).not.toMatch(/ĐẢNG BỘ ĐẢNG BỘ|CHI BỘ CHI BỘ/);
    const xl = await downloaded(page, () => page.getByTestId('roster-xlsx').click());
    expect(xl.name).toMatch(/\.xlsx$/);
    const sheet = (await readXlsx(new Uint8Array(xl.bytes).buffer))[0]!.rows.map(trimRow);
    expect(sheet).toContainEqual(['Tên chi bộ (đảng bộ)', 'Chi bộ Khu dân cư số 3']);
    expect(sheet).toContainEqual(['Mã quy định', 'sao-do-2023']);
    expect(sheet).toContainEqual([nga + 1, 'Trần Văn Mới', 'Hoàn thành tốt nhiệm vụ']);

    // 5. The vote tally under the record's plan: names from the roster, ballots in the minutes, only Sao Đỏ cited.
    await open(page, '/cong-cu-hop/kiem-phieu/');
    await expect(page.getByTestId('tally-plan').innerText()).resolves.toContain('Kế hoạch Sao Đỏ 2023');
    await page.getByRole('button', { name: 'Lấy tên từ danh sách chi bộ' }).click();
    // The roster is read by code loaded on this click (the tally's first load carries no drafts store).
    await expect.poll(() => page.locator('[data-testid^="tally-row-"]').count(), { timeout: 10_000 }).toBe(12);
    await page.getByTestId('tally-eligible').fill('12');
    await page.getByTestId('tally-present').fill('11');
    await page.getByTestId('ballots-issued').fill('11');
    await page.getByTestId('ballots-returned').fill('11');
    await page.getByTestId('ballots-valid').fill('10');
    await page.getByTestId('ballots-invalid').fill('0');
    await expect(page.getByTestId('ballot-problem').first().innerText()).resolves.toContain('phải bằng số phiếu thu vào (11)');
    await page.getByTestId('ballots-invalid').fill('1');
    await expect.poll(() => page.getByTestId('ballot-problem').count()).toBe(0);
    await page.getByTestId('assume-all').check();
    await page.getByTestId('votes-0-HTTNV').fill('9');
    await expect(page.getByTestId('tally-result-0').innerText()).resolves.toBe('Hoàn thành tốt nhiệm vụ');
    const minutes = docxTextOf((await downloaded(page, () => page.getByTestId('tally-docx').click())).bytes);
    for (const s of ['BIÊN BẢN KIỂM PHIẾU', 'ĐẢNG BỘ PHƯỜNG SAO ĐỎ', 'CHI BỘ KHU DÂN CƯ SỐ 3', 'năm 2023', 'Số phiếu phát ra: 11; số phiếu thu vào: 11; số phiếu hợp lệ: 10; số phiếu không hợp lệ: 1.', 'Kế hoạch Sao Đỏ 2023'])
      expect(minutes).toContain(s);
    expect(minutes).not.toMatch(/Tuy Phước|Hồng Quang/);
    const voteXl = (await readXlsx(new Uint8Array((await downloaded(page, () => page.getByTestId('tally-xlsx').click())).bytes).buffer))[0]!.rows.map(trimRow);
    expect(voteXl).toContainEqual(['Số phiếu hợp lệ', 10]);
    expect(voteXl).toContainEqual([1, nga === 0 ? 'Trần Văn Mới' : names[0], 0, 9, 0, 0, 'Hoàn thành tốt nhiệm vụ']);

    // 6. A 200-row .xlsx with 3 bad rows: each error names its row and column; nothing saved until they are skipped.
    await open(page, '/cong-cu-hop/');
    const rows = Array.from({ length: 200 }, (_, i) => ({ name: `Đảng viên nhập ${i + 1}`, proposed: 'HTTNV' as const, note: '' }));
    const sheetRows = rosterWorkbook({ title: 'DANH SÁCH', orgName: 'Chi bộ Khu dân cư số 3', kind: 'chi-bo', parent: '', year: 2023, rulesetLabel: '', rulesetId: 'sao-do-2023', date: '2023-12-05' }, rows, []);
    const table = sheetRows[0]!.rows;
    const first = table.findIndex((r) => r[0] === 'STT') + 1;
    table[first + 9]![2] = 'Tốt lắm'; table[first + 99]![1] = null; table[first + 149]![2] = 'HTT';
    const bad = Buffer.from(await (await workbookBlob(sheetRows)).arrayBuffer());
    await page.getByTestId('sheet-import').setInputFiles({ name: 'danh-sach-200.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: bad });
    await expect(page.getByTestId('sheet-ok-count').innerText()).resolves.toBe('197');
    await expect(page.getByTestId('sheet-bad-count').innerText()).resolves.toBe('3');
    const errors = await page.getByTestId('sheet-errors').innerText();
    expect(errors).toContain(`Dòng ${first + 10}, cột C (Mức xếp loại đề xuất): không hiểu mức “Tốt lắm”`);
    expect(errors).toContain(`Dòng ${first + 100}, cột B (Họ và tên): thiếu họ tên.`);
    expect(errors).toContain(`Dòng ${first + 150}, cột C (Mức xếp loại đề xuất): không hiểu mức “HTT”`);
    await expect.poll(() => page.locator('.roster-row').count()).toBe(12);
    const stored = async () => ((await storedDrafts(page, 'roster')).map((d) => (d.data as Roster).rows.length));
    expect(await stored()).toEqual([12]); // nothing saved by the preview
    await page.getByTestId('sheet-confirm').click();
    // 209 rows: more than the roster draws at once (only those near the viewport, issue 15); each row says the list's length.
    await expect.poll(() => page.locator('.roster-row').first().getAttribute('aria-setsize')).toBe('209');
    await expect.poll(stored).toEqual([209]);

    // The browser's own print command (window.print) renders the print view from the current data too.
    await page.locator('[data-row-index="0"] input[type="text"]').fill('Tên vừa sửa');
    await page.evaluate(() => { window.print(); });
    await expect(page.getByTestId('print-area').textContent()).resolves.toContain('Tên vừa sửa');

    // 7. The awards check reads the year under review from the record (its store loads only when a record exists).
    await open(page, '/cong-cu-hop/khen-thuong/');
    await expect(page.getByTestId('award-record').innerText()).resolves.toBe('Năm xét theo kỳ kiểm điểm của Chi bộ Khu dân cư số 3: 2023.');
    await ctx.close();
  });
});

describe('the đảng ủy\'s summary', () => {
  it('8 chi bộ files at once (one person twice, one file of another year): the summary by chi bộ and by rating, both conflicts flagged, Word and Excel', async () => {
    const ctx = await h.newContext();
    const page = await ctx.newPage();
    let n = 0;
    const files = Array.from({ length: 8 }, (_, u) => {
      const r: Roster = {
        ...newRoster('2023-12-05', 'sao-do-2023'), title: `Chi bộ Khu ${u + 1}`, parent: 'Đảng bộ phường Sao Đỏ', reviewYear: u === 7 ? 2022 : 2023,
        rows: Array.from({ length: 6 }, (_, m) => ({ id: `r${m}`, name: u === 3 && m === 0 ? 'Đảng viên 1-1' : `Đảng viên ${u + 1}-${m + 1}`, proposed: m === 0 ? 'HTXSNV' as const : 'HTTNV' as const })),
      };
      const json = exportDraftJson(meetingRecord({ id: `f${++n}`, type: 'roster', name: r.title, data: r, rulesetId: r.rulesetId, summary: {} }));
      return { name: `khu-${u + 1}.json`, mimeType: 'application/json', buffer: Buffer.from(json) };
    });
    await open(page, '/cong-cu-hop/tong-hop/');
    await page.getByTestId('summary-title').fill('Đảng bộ phường Sao Đỏ');
    await page.getByTestId('summary-ruleset').selectOption('sao-do-2023');
    await page.getByTestId('summary-year').fill('2023');
    await page.getByTestId('summary-import').setInputFiles(files);
    await expect.poll(() => page.locator('[data-testid^="summary-unit-"]').count()).toBe(8);
    const conflicts = page.getByTestId('summary-conflicts');
    await expect(conflicts.locator('[data-kind="person"]').innerText()).resolves.toMatch(/“Đảng viên 1-1” có tên trong 2 tệp: Chi bộ Khu 1 \(tệp khu-1\.json\); Chi bộ Khu 4 \(tệp khu-4\.json\)/);
    await expect(conflicts.locator('[data-kind="year"]').innerText()).resolves.toMatch(/Chi bộ Khu 8 \(tệp khu-8\.json\): năm 2022, khác năm 2023/);
    await expect.poll(() => conflicts.locator('li').count()).toBe(2);
    await expect(page.getByTestId('summary-count-HTXSNV').innerText()).resolves.toBe('8');
    await expect(page.getByTestId('summary-count-HTTNV').innerText()).resolves.toBe('40');
    await expect(page.getByTestId('summary-quota').innerText()).resolves.toMatch(/Toàn đảng bộ: 8 đảng viên “Hoàn thành xuất sắc nhiệm vụ”; tối đa 9/);
    await expect(page.locator('[data-testid="summary-unit-0"]').innerText()).resolves.toMatch(/Chi bộ Khu 1[\s\S]*trùng người[\s\S]*Hoàn thành/);

    const word = docxTextOf((await downloaded(page, () => page.getByTestId('summary-docx').click())).bytes);
    for (const s of ['BÁO CÁO TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG', 'ĐẢNG ỦY PHƯỜNG SAO ĐỎ', 'Chi bộ Khu 8', 'Mẫu 9', 'có tên trong 2 tệp']) expect(word).toContain(s);
    const xl = await readXlsx(new Uint8Array((await downloaded(page, () => page.getByTestId('summary-xlsx').click())).bytes).buffer);
    expect(xl.map((s) => s.name)).toEqual(['Theo chi bộ', 'Theo mức xếp loại', 'Đảng viên']);
    expect(xl[0]!.rows.map(trimRow)).toContainEqual([8, 'Chi bộ Khu 8', 6, 1, 5, 0, 0, 0, 'Hoàn thành tốt nhiệm vụ', 'Cần kiểm tra (xem trang “Theo mức xếp loại”)']);
    expect(xl[2]!.rows.length).toBe(49);
    expect(await axe(page, async (p: Page) => { await p.locator('[data-testid^="summary-unit-"]').first().waitFor(); })).toEqual([]);
    await ctx.close();
  });
});
