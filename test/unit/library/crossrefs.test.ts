// References inside the texts become links, and every one of them lands on something that
// exists. The page checks need a build in OUT_DIR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRefs, nearest, type RefIndex } from '../../../src/lib/reader/crossrefs.ts';
import { walkUnits } from '../../../src/lib/text-import/plain-text.ts';
import { DIST, DOCS, loadDoc, builtFromCurrentSources } from './support.ts';

const index = (docId: string): RefIndex => {
  const d = loadDoc(docId);
  return {
    docId, quyDinh: d.kind === 'quy-dinh', paths: [...walkUnits(d.body)].flatMap((u) => (u.path ? [u.path] : [])),
    annexes: d.annexes.map((a) => a.id), docs: new Map([['124-QĐ/TW', 'qd-124-2023'], ['132-QĐ/TW', 'qd-132-2018'], ['21-HD/BTCTW', 'hd-21-2019']]),
  };
};
const links = (text: string, docId: string, at: string[] | null = null) => findRefs(text, at, index(docId)).map((r) => [text.slice(r.start, r.end), r.href]);

describe('references in the texts', () => {
  it('the forms the issue names, in Quy định 124', () => {
    expect(links('theo quy định tại Điều 12.', 'qd-124-2023')).toEqual([['Điều 12', '#m-12']]);
    expect(links('được quy định tại Khoản 1, Điều 5 (trừ đối tượng tại Tiết a, Điểm 1.1, Khoản 1, Điều 5 Quy định này).', 'qd-124-2023'))
      .toEqual([['Khoản 1, Điều 5', '#m-5-1'], ['Tiết a, Điểm 1.1, Khoản 1, Điều 5 Quy định này', '#m-5-1-1_1-a']]);
    expect(links('Kiểm điểm nội dung tại Điểm 2.1 và các nội dung sau:', 'qd-124-2023', ['6', '2', '2.2'])).toEqual([['Điểm 2.1', '#m-6-2-2_1']]);
  });
  it('relative references in the plans, forms and documents of the library', () => {
    expect(links('Kiểm điểm nội dung tại Điểm 2.2.1 và các nội dung sau:', 'kh-sao-do-2023', ['II', 'A', '2', '2.2', '2.2.2'])).toEqual([['Điểm 2.2.1', '#m-ii-a-2-2_2-2_2_1']]);
    expect(links('Ngoài những nội dung nêu tại Khoản a (kiểm điểm đảng viên)', 'kh-tuy-phuoc-2021', ['II', 'A', '3', '3.2', 'b'])).toEqual([['Khoản a', '#m-ii-a-3-3_2-a']]);
    expect(links('Báo cáo kiểm điểm tập thể (Mẫu 01). Phiếu (Mẫu 3-213).', 'kh-tinh-uy-2022')).toEqual([['Mẫu 01', '#phu-luc-mau-01'], ['Mẫu 3-213', '#phu-luc-mau-3-213-phieu-xin-y-kien']]);
    expect(links('Thực hiện Quy định số 124-QĐ/TW, ngày 04/10/2023', 'kh-sao-do-2023')).toEqual([['Quy định số 124-QĐ/TW', '/van-ban/qd-124-2023/']]);
  });
  it('no link where there is nothing to land on', () => {
    expect(links('nhiệm vụ đảng viên quy định tại Điều 2, Điều lệ Đảng', 'kh-tuy-phuoc-2021', ['II', 'A', '3', '3.2', 'a'])).toEqual([]);
    expect(links('theo Mẫu 01-DG và Quy định số 65-QĐ/TU', 'kh-hong-quang-2025', ['III', '1'])).toEqual([]);
    expect(links('tại Điều 25', 'qd-124-2023')).toEqual([]);
    expect(links('đạt 90 điểm; thời điểm 2.1', 'qd-124-2023', ['12', '1'])).toEqual([]);
    // Two candidates at the same distance: no guess.
    expect(nearest([['1', 'a'], ['2', 'a']], ['3'], ['a'])).toBeNull();
  });
});

describe.skipIf(!builtFromCurrentSources())('links in the pages (needs a build in OUT_DIR)', () => {
  it('every reference link of every text resolves', () => {
    let count = 0;
    for (const { docId } of DOCS) {
      const html = readFileSync(join(DIST, 'van-ban', docId, 'index.html'), 'utf8');
      for (const [, href] of html.matchAll(/<a class="xref" href="([^"]+)"/g)) {
        const [page, id] = href!.startsWith('#') ? [`/van-ban/${docId}/`, href!.slice(1)] : href!.split('#') as [string, string | undefined];
        const target = readFileSync(join(DIST, page!, 'index.html'), 'utf8');
        if (id) expect(target, `${docId}: ${href}`).toContain(` id="${id}"`);
        count += 1;
      }
    }
    expect(count).toBeGreaterThanOrEqual(20);
  });
});

describe('abbreviations', () => {
  it('are spelled out where they stand alone, not inside document numbers or form codes', async () => {
    const { findAbbrs } = await import('../../../src/lib/reader/glossary.ts');
    expect(findAbbrs('Thường trực HĐND, Lãnh đạo UBND huyện; Ban thường trực ủy ban MTTQ; các TCCSĐ; (để b/c)').map((a) => `${a.abbr}=${a.meaning}`))
      .toEqual(['HĐND=Hội đồng nhân dân', 'UBND=Ủy ban nhân dân', 'MTTQ=Mặt trận Tổ quốc', 'TCCSĐ=Tổ chức cơ sở đảng', 'b/c=báo cáo']);
    expect(findAbbrs('Hướng dẫn số 21-HD/BTCTW, Mẫu 01-HDKĐ.ĐG 2023, Công văn 196-CV/TU')).toEqual([]);
  });
  it.skipIf(!builtFromCurrentSources())('carry their meaning in the page and are listed under the text (needs a build)', () => {
    const html = readFileSync(join(DIST, 'van-ban', 'kh-tuy-phuoc-2021', 'index.html'), 'utf8');
    expect(html).toContain('<abbr title="Ủy ban nhân dân">UBND</abbr>');
    expect(html).toMatch(/<h2 id="chu-viet-tat">Chữ viết tắt<\/h2><dl>.*<dt>HĐND<\/dt><dd>Hội đồng nhân dân<\/dd>/);
  });
});
