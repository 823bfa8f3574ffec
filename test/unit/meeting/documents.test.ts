// The Word files are real files: each builder's Document is packed, unzipped and its XML read,
// so a broken file (or lost Vietnamese text) fails the suite.
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { buildPersonalReviewDocx, buildRosterSummaryDocx, buildVoteMinutesDocx } from '../../../src/lib/documents/docx.ts';
import { bareUnitName, unitTitle } from '../../../src/lib/documents/text.ts';
import { asciiFileName, cleanText, placeDateLine, type PersonalReviewData, type RosterSummaryData, type VoteMinutesData } from '../../../src/lib/documents/index.ts';

async function open(doc: Parameters<typeof Packer.toBuffer>[0]) {
  const buf = await Packer.toBuffer(doc);
  const files = unzipSync(new Uint8Array(buf));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
  const xml = strFromU8(files['word/document.xml']!);
  // Word's text as a reader sees it: the w:t runs joined.
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text, styles: strFromU8(files['word/styles.xml']!), size: buf.length };
}

function assertAdministrativeLayout(xml: string, styles: string) {
  expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
  expect(styles + xml).toContain('w:ascii="Times New Roman"');
  expect(xml).toMatch(/<w:sz w:val="2[68]"\/>/); // 13–14 pt
  // No XML-forbidden control characters reached the file.
  expect(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)).toBe(false);
}

const review: PersonalReviewData = {
  year: 2023, place: 'Sao Đỏ', date: '2023-12-05', dangBo: 'phường Sao Đỏ', chiBo: 'Khu dân cư số 3',
  // Decomposed Unicode and a bell character, as pasted from another program.
  fullName: 'Nguye\u0302\u0303n Va\u0306n A\u0007', birthDate: '12/03/1975',
  partyPosition: 'Đảng viên', govPosition: '', massOrgPosition: 'Chi hội trưởng', workUnit: 'Trường THCS Sao Đỏ',
  levels: { I1: 'tot', I2: 'xuat-sac', III: null },
  proposedMember: 'HTTNV', proposedCivilServant: null,
  texts: { I2: 'Hoàn thành 10/10 nhiệm vụ, 6 nhiệm vụ vượt mức.\nDạy giỏi cấp huyện.' },
};

describe('Bản kiểm điểm cá nhân (Mẫu 02, Kế hoạch Tỉnh ủy 2022)', () => {
  it('packs into a valid .docx with the form\'s sections, the identity and the ticked levels', async () => {
    const { xml, text, styles } = await open(buildPersonalReviewDocx(review));
    assertAdministrativeLayout(xml, styles);
    for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Sao Đỏ, ngày 05 tháng 12 năm 2023', 'Mẫu 02', 'BẢN KIỂM ĐIỂM CÁ NHÂN', 'Năm 2023',
      'Họ và tên: Nguyễn Văn A', 'Ngày sinh: 12/03/1975', 'Chức vụ đoàn thể: Chi hội trưởng', 'Đơn vị công tác: Trường THCS Sao Đỏ',
      'I. Ưu điểm, kết quả đạt được', 'II. Hạn chế, khuyết điểm và nguyên nhân', 'VII. Tự nhận mức xếp loại chất lượng', 'NGƯỜI TỰ KIỂM ĐIỂM',
      'Hoàn thành 10/10 nhiệm vụ, 6 nhiệm vụ vượt mức.', 'Dạy giỏi cấp huyện.']) expect(text).toContain(s);
    // Section I.1 ticked "Tốt", I.2 "Xuất sắc"; the member proposes HTTNV.
    expect(text).toContain('☐ Xuất sắc        ☒ Tốt');
    expect(text).toContain('☒ Xuất sắc        ☐ Tốt');
    expect(text).toContain('☒ Hoàn thành tốt nhiệm vụ');
    expect(text.match(/☒/g)).toHaveLength(3); // I.1, I.2, member rating (III and civil-servant left blank)
    expect(text).not.toContain('\u0007');
  });

  it('leaves blanks to fill by hand when nothing was typed', async () => {
    const { text } = await open(buildPersonalReviewDocx({ ...review, fullName: '', date: '', levels: { I1: null, I2: null, III: null }, proposedMember: null, texts: {} }));
    expect(text).toContain('Sao Đỏ, ngày …… tháng …… năm ……');
    expect(text).not.toContain('☒');
  });
});

const roster: RosterSummaryData = {
  year: 2023, place: 'Sao Đỏ', date: '2023-12-10', dangBo: 'phường Sao Đỏ', orgName: 'Khu dân cư số 3', mode: 'chi-bo',
  rulesetLabel: 'Quy định 124-QĐ/TW và Kế hoạch của Đảng ủy phường Sao Đỏ năm 2023',
  rows: [
    { name: 'Trần Thị Bình', proposed: 'HTXSNV', note: 'Vượt chỉ tiêu' },
    { name: 'Lê Văn Cường', proposed: 'HTTNV', note: '' },
    { name: 'Phạm D', proposed: 'KHONG_XEP_LOAI', note: 'mới kết nạp' },
  ],
  distribution: [{ code: 'HTXSNV', count: 1, share: '50 %' }, { code: 'HTTNV', count: 1, share: '50 %' }, { code: 'HTNV', count: 0, share: '0 %' }, { code: 'KHTNV', count: 0, share: '0 %' }],
  totalRated: 2,
  quota: ['Số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” tối đa: 0 (20 % của số đạt “Hoàn thành tốt nhiệm vụ” trở lên).'],
  orgRating: { label: 'Hoàn thành tốt nhiệm vụ', lines: ['Kế hoạch Sao Đỏ II.B.1.3.b'] },
  conflicts: ['Trần Thị Bình: đề xuất cao hơn mức của đơn vị do mình đứng đầu.'],
};

describe('Danh sách đề xuất xếp loại (roster summary)', () => {
  it('packs the table, the distribution, the quota with its reading and the chi bộ rating', async () => {
    const { xml, text, styles } = await open(buildRosterSummaryDocx(roster));
    assertAdministrativeLayout(xml, styles);
    for (const s of ['ĐẢNG BỘ PHƯỜNG SAO ĐỎ', 'CHI BỘ KHU DÂN CƯ SỐ 3', 'DANH SÁCH ĐỀ XUẤT XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN', 'Trần Thị Bình', 'Hoàn thành xuất sắc nhiệm vụ',
      'Không xếp loại', 'Tổng hợp (2 đảng viên được xếp loại)', '20 % của số đạt', 'Mức xếp loại chi bộ', 'Kế hoạch Sao Đỏ II.B.1.3.b', 'T/M CHI ỦY (CHI BỘ)']) expect(text).toContain(s);
    expect(xml).toContain('<w:tblHeader/>'); // header row repeats on every page
  });
  it('a 1 000-row roster still makes one valid file', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ name: `Đảng viên ${i + 1}`, proposed: 'HTNV' as const, note: '' }));
    const { text } = await open(buildRosterSummaryDocx({ ...roster, rows }));
    expect(text).toContain('Đảng viên 1000');
  });
});

const minutes: VoteMinutesData = {
  year: 2021, place: 'Tuy Phước', date: '2021-12-02', dangBo: 'xã Phước Hưng', orgName: 'Chi bộ thôn Hưng Mỹ 1', subject: 'xếp loại chất lượng đảng viên',
  voters: 'đảng viên chính thức của chi bộ', eligible: 25, present: 18, orgIsChiBo: true,
  ballots: { issued: 18, returned: 18, valid: 17, invalid: 1 }, planLabel: 'Kế hoạch Tuy Phước 2021 (Quy định 132, Hướng dẫn 21)',
  ruleText: 'trên 50 % của 25 (tổng số đảng viên chính thức của chi bộ, kể cả người vắng mặt) — cần ít nhất 13 phiếu — Kế hoạch Tuy Phước II.B.6',
  quotaText: 'tối đa 2 người',
  rows: [{ name: 'Nguyễn Văn Em', votes: { HTXSNV: 0, HTTNV: 12, HTNV: 6, KHTNV: 0 }, result: 'Không đạt đa số' }],
  notes: ['Nguyễn Văn Em: không mức nào đạt trên 50 % của 25.'],
};

describe('Biên bản kiểm phiếu (vote-tally minutes)', () => {
  it('packs the voters, the rule with its clause, the votes and what to do next', async () => {
    const { xml, text, styles } = await open(buildVoteMinutesDocx(minutes));
    assertAdministrativeLayout(xml, styles);
    for (const s of ['BIÊN BẢN KIỂM PHIẾU', 'Tuy Phước, ngày 02 tháng 12 năm 2021', 'Tổng số đảng viên chính thức của chi bộ: 25; có mặt, bỏ phiếu: 18; vắng mặt: 7.',
      'Kế hoạch Tuy Phước II.B.6', 'Nguyễn Văn Em', 'Không đạt đa số', 'không mức nào đạt trên 50 % của 25', 'TRƯỞNG BAN KIỂM PHIẾU',
      'Số phiếu phát ra: 18; số phiếu thu vào: 18; số phiếu hợp lệ: 17; số phiếu không hợp lệ: 1.', 'Căn cứ: Kế hoạch Tuy Phước 2021']) expect(text).toContain(s);
    // "Chi bộ thôn Hưng Mỹ 1" typed with its word: the header writes it once.
    expect(text).toContain('CHI BỘ THÔN HƯNG MỸ 1');
    expect(text).not.toContain('CHI BỘ CHI BỘ');
  });
  it('leaves the ballot figures blank when they were not entered', async () => {
    const { text } = await open(buildVoteMinutesDocx({ ...minutes, ballots: null }));
    expect(text).toContain('Số phiếu phát ra: ……; số phiếu thu vào: ……');
  });
});

describe('names with their committee word, written once', () => {
  it('"Đảng bộ phường Sao Đỏ" and "phường Sao Đỏ" give the same header', async () => {
    for (const dangBo of ['Đảng bộ phường Sao Đỏ', 'phường Sao Đỏ', 'ĐẢNG BỘ PHƯỜNG SAO ĐỎ', 'Đảng ủy phường Sao Đỏ']) {
      for (const build of [() => buildRosterSummaryDocx({ ...roster, dangBo, orgName: 'Chi bộ Khu dân cư số 3' }), () => buildVoteMinutesDocx({ ...minutes, dangBo }), () => buildPersonalReviewDocx({ ...review, dangBo, chiBo: 'Chi bộ Khu dân cư số 3' })]) {
        const { text } = await open(build());
        expect(text, dangBo).toContain('ĐẢNG BỘ PHƯỜNG SAO ĐỎ');
        expect(text, dangBo).not.toMatch(/ĐẢNG BỘ ĐẢNG|ĐẢNG BỘ ĐẢNG ỦY|CHI BỘ CHI BỘ|Chi bộ: Chi bộ/i);
      }
    }
  });
  it('unitTitle keeps a committee that names itself and leaves dots for an empty name', () => {
    expect(unitTitle('ĐẢNG BỘ', 'Huyện ủy Tuy Phước', { upper: true })).toBe('HUYỆN ỦY TUY PHƯỚC');
    expect(unitTitle('ĐẢNG ỦY', 'Đảng bộ phường Hồng Quang', { upper: true })).toBe('ĐẢNG ỦY PHƯỜNG HỒNG QUANG');
    expect(unitTitle('CHI BỘ', '  chi bộ   Khu 3 ')).toBe('Chi bộ Khu 3');
    expect(unitTitle('ĐẢNG BỘ', '')).toBe('Đảng bộ …………');
    expect(bareUnitName('CHI BỘ', 'Chi bộ Khu 3')).toBe('Khu 3');
  });
});

describe('Mẫu 02 follows the ruleset\'s own form where the sources give one, and says which', () => {
  it('Tỉnh ủy 2022: its own Mẫu 02, no note', async () => {
    const { text } = await open(buildPersonalReviewDocx({ ...review, rulesetId: 'tinh-uy-2022' }));
    expect(text).toContain('Mẫu 02');
    expect(text).not.toContain('bố cục Mẫu 02');
  });
  it('Sao Đỏ 2023: names Mẫu 02A/02B, says they are not in the sources and which layout is printed', async () => {
    const { text } = await open(buildPersonalReviewDocx({ ...review, rulesetId: 'sao-do-2023' }));
    expect(text).toContain('Mẫu 02A-HDKĐ.ĐG 2023');
    expect(text).toContain('bố cục Mẫu 02 kèm Kế hoạch của Ban Thường vụ Tỉnh ủy năm 2022');
    expect(text).toContain('Theo bố cục Mẫu 02 (KH Tỉnh ủy 2022)');
  });
});

describe('text helpers', () => {
  it('cleanText removes control characters and lone surrogates, keeps newlines, composes to NFC', () => {
    expect(cleanText('A\u0000B\u001bC\u0085D\r\nE\uD800F')).toBe('ABCD\nEF');
    expect(cleanText('Đa\u0309ng')).toBe('Đảng');
    expect(cleanText(42)).toBe('');
  });
  it('dates: leading zero for days below 10 and for months 1–2', () => {
    expect(placeDateLine('Hồng Quang', '2025-01-09')).toBe('Hồng Quang, ngày 09 tháng 01 năm 2025');
    expect(placeDateLine('Hồng Quang', '2025-11-27')).toBe('Hồng Quang, ngày 27 tháng 11 năm 2025');
    expect(placeDateLine('Hồng Quang', '2025-03-15')).toBe('Hồng Quang, ngày 15 tháng 3 năm 2025');
  });
  it('file names are ASCII', () => {
    expect(asciiFileName('Bản kiểm điểm — Đỗ Thị Hương')).toBe('ban-kiem-diem-do-thi-huong');
  });
});
