// The small import steps on their own: repairs, line joining, marker reading, word check.
import { describe, expect, it } from 'vitest';
import { joinLines } from '../../../src/lib/text-import/lines.ts';
import { markerCandidates } from '../../../src/lib/text-import/markers.ts';
import { collapseSpaces, repairHornU, stripMarkdown, toNfc } from '../../../src/lib/text-import/normalize.ts';
import { inOrderRatio, words } from '../../../src/lib/text-import/words.ts';

const L = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1 }));

describe('character repairs', () => {
  it('NFC recomposes decomposed Vietnamese and reports it', () => {
    const r = toNfc('Đa\u0309ng vie\u0302\u0301n');
    expect(r.text).toBe('Đảng viến');
    expect(r.count).toBe(3);
    expect(toNfc('đảng').count).toBe(0);
  });
  it('"ƣ/Ƣ" become "ư/Ư" and nothing else changes', () => {
    expect(repairHornU('Đối tƣợng, THƢỜNG VỤ, ơ ư')).toEqual({ text: 'Đối tượng, THƯỜNG VỤ, ơ ư', count: 2 });
  });
  it('markdown markup goes, the words and a printed "*" stay', () => {
    const r = stripMarkdown('### **Điều 3. Quan điểm**\n(*nếu có*)\n\\*\nChương I  ');
    expect(r.text).toBe('Điều 3. Quan điểm\n(nếu có)\n*\nChương I');
  });
  it('justified spacing and tabs collapse to one space', () => {
    expect(collapseSpaces('\tchất lượng      hằng năm ').text).toBe('chất lượng hằng năm');
  });
});

describe('line joining', () => {
  it('pdf-lines: full-width lines continue, short lines and markers start paragraphs', () => {
    const full = 'Chữ'.padEnd(70, ' và');
    const { paragraphs } = joinLines(L(`1. ${full}`, 'tiếp theo.', '- Gạch đầu dòng', `${full} chính trị`, '- xã hội cấp trên.', 'Bước 1: Tự đánh giá', 'Căn cứ'), 'pdf-lines', 80);
    expect(paragraphs.map((p) => p.text)).toEqual([`1. ${full} tiếp theo.`, '- Gạch đầu dòng', `${full} chính trị - xã hội cấp trên.`, 'Bước 1: Tự đánh giá', 'Căn cứ']);
  });
  it('keeps a number split at its hyphen in one token ("89-" + "QĐ/TW")', () => {
    expect(joinLines(L('Quy định số 89-', 'QĐ/TW, ngày'), 'pdf-lines', 80).paragraphs[0]!.text).toBe('Quy định số 89-QĐ/TW, ngày');
  });
  it('paragraph-lines: only a line starting in lower case continues', () => {
    const { paragraphs, joined } = joinLines(L('1.3. Công tác … trách nhiệm', 'giải trình; công tác', 'Đảng viên mới'), 'paragraph-lines');
    expect(paragraphs.map((p) => p.text)).toEqual(['1.3. Công tác … trách nhiệm giải trình; công tác', 'Đảng viên mới']);
    expect(joined).toBe(1);
  });
});

describe('markers', () => {
  it('reads the printed numbering of both document kinds', () => {
    expect(markerCandidates('Điều 12. Tiêu chí xếp loại')).toEqual([{ type: 'dieu', segment: '12', marker: 'Điều 12.', text: 'Tiêu chí xếp loại' }]);
    expect(markerCandidates('4.3. Đối với cá nhân')[0]).toMatchObject({ type: 'so-2', segment: '4.3' });
    expect(markerCandidates('1.1 - Tập thể')[0]).toMatchObject({ type: 'so-2', segment: '1.1', marker: '1.1 -' });
    expect(markerCandidates('2.1.1. Việc chấp hành')[0]).toMatchObject({ type: 'so-3', segment: '2.1.1' });
    expect(markerCandidates('đ) Công tác phối hợp')[0]).toMatchObject({ type: 'chu-cai', segment: 'đ' });
    expect(markerCandidates('B) Đối với đánh giá')[0]).toMatchObject({ type: 'chu-cai', segment: 'b', marker: 'B)' });
    expect(markerCandidates('II - NỘI DUNG')[0]).toMatchObject({ type: 'la-ma', segment: 'II' });
  });
  it('offers both readings of a capital that can be a roman numeral or a section letter', () => {
    expect(markerCandidates('C. KHEN THƯỞNG TỔ CHỨC ĐẢNG').map((c) => c.type)).toEqual(['la-ma', 'chu-hoa']);
  });
  it('does not take ordinary sentences, dates or lower-case titles for headings', () => {
    expect(markerCandidates('2023 (cá nhân giữ chức vụ)')).toEqual([]);
    expect(markerCandidates('A. một câu thường')).toEqual([]);
    expect(markerCandidates('5 năm liên tục.')).toEqual([]);
  });
});

describe('in-order word check', () => {
  it('counts words kept in order; extra words in the page do not hurt, reordering does', () => {
    const src = words('một hai ba bốn năm sáu bảy tám chín mười');
    expect(inOrderRatio(src, words('một hai [Sao chép liên kết] ba bốn năm sáu bảy tám chín mười')).ratio).toBe(1);
    expect(inOrderRatio(src, words('một hai ba bốn năm sáu bảy tám chín')).ratio).toBe(0.9);
    expect(inOrderRatio(src, words('mười chín tám bảy sáu năm bốn ba hai một')).ratio).toBeLessThan(0.2);
  });
});
