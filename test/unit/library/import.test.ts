// The importer: reproducible output, faithful words, only extraction damage repaired, and the
// numbering tree that citations rely on.
import { describe, expect, it } from 'vitest';
import { importDocument, sourceWords, wordsKept } from '../../../src/lib/text-import/import.ts';
import { footnotesText, plainText, walkUnits } from '../../../src/lib/text-import/plain-text.ts';
import { profileFor } from '../../../src/lib/text-import/profiles.ts';
import type { Block, TextDoc, Unit } from '../../../src/lib/text-import/schema.ts';
import { committedJson, DOCS, loadDoc, rawSource } from './support.ts';

function unitAt(doc: TextDoc, path: string[]): Unit | undefined {
  return [...walkUnits(doc.body)].find((u) => u.path?.join('/') === path.join('/'));
}
/** The sentence a marker opens (the unit's block 1 when it has no title). */
function leadOf(u: Unit | undefined): string | undefined {
  const first = u?.content[0];
  return first?.kind === 'p' ? first.text : undefined;
}
function allBlocks(doc: TextDoc): Block[] {
  const out: Block[] = [...doc.header, ...doc.preamble, ...doc.conclusion, ...doc.recipients, ...doc.signature, ...doc.annexes.flatMap((a) => a.blocks)];
  for (const u of walkUnits(doc.body)) for (const c of u.content) if (c.kind !== 'unit') out.push(c);
  return out;
}

const raw002 = () => rawSource(profileFor('kh-hong-quang-2025')!);

describe.each(DOCS)('$docId', ({ profile, docId }) => {
  const raw = rawSource(profile);
  const doc = loadDoc(docId);

  it('is exactly what the importer produces from the raw source (the committed JSON is up to date)', () => {
    expect(`${JSON.stringify(importDocument(raw, profile).doc, null, 1)}\n`).toBe(committedJson(docId));
  });

  it('keeps every source word, in order (the running text, and the footnotes in theirs)', () => {
    const r = wordsKept(raw, plainText(doc), footnotesText(doc));
    expect(r.sourceWords).toBeGreaterThan(5000);
    expect(r.ratio, `missing: ${r.missing.join(' ')}`).toBe(1);
    expect(doc.source.wordsInOrder).toBe(1);
  });

  it('publishes NFC text without "ƣ" and without markdown markup', () => {
    const text = plainText(doc);
    expect(text.normalize('NFC')).toBe(text);
    expect(text).not.toMatch(/[ƣƢ]/);
    expect(text).not.toMatch(/\*\*|^#{1,6} /m);
  });

  it('records the cleaning steps it applied, each with a Vietnamese label', () => {
    expect(doc.cleaning.length).toBeGreaterThan(0);
    for (const c of doc.cleaning) { expect(c.count).toBeGreaterThan(0); expect(c.label).toMatch(/\p{L}/u); }
  });

  it('gives every numbered heading a unique id', () => {
    const ids = [...walkUnits(doc.body)].map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('repairs are specific to the damage each source has', () => {
  it('recomposes the decomposed letters of seed 001 (Tuy Phước) and nothing else needs it', () => {
    expect(rawSource(profileFor('kh-tuy-phuoc-2021')!).normalize('NFC')).not.toBe(rawSource(profileFor('kh-tuy-phuoc-2021')!));
    expect(loadDoc('kh-tuy-phuoc-2021').cleaning.map((c) => c.step)).toContain('nfc');
    expect(loadDoc('kh-sao-do-2023').cleaning.map((c) => c.step)).not.toContain('nfc');
  });

  it('turns "ƣ" into "ư" in seed 004 (Tỉnh ủy 2022)', () => {
    const doc = loadDoc('kh-tinh-uy-2022');
    expect(rawSource(profileFor('kh-tinh-uy-2022')!)).toContain('Đối tƣợng kiểm điểm');
    expect(unitAt(doc, ['II', '1'])?.title).toBe('Đối tượng kiểm điểm');
    expect(doc.cleaning.find((c) => c.step === 'horn-u')?.count).toBe(30);
  });

  it('rejoins lines broken by the PDF, including numbers split at their hyphen', () => {
    const doc = loadDoc('kh-sao-do-2023');
    expect(doc.preamble[0]?.kind === 'p' && doc.preamble[0].text).toContain('Quy định số 89-QĐ/TW, ngày 04/8/2017');
    expect(unitAt(doc, ['II', 'B', '2', '2.3', 'd'])?.title).toBe('Không hoàn thành nhiệm vụ');
    const notes = unitAt(doc, ['II', 'B', '5'])!;
    const first = notes.content[0];
    expect(first?.kind === 'item' && first.text).toMatch(/^Hằng năm, các tổ chức, cơ quan, đơn vị giao chỉ tiêu, nhiệm vụ cụ thể \(hoặc xác định chỉ tiêu, nhiệm vụ theo nghị quyết/);
  });

  it('keeps the received-document stamp of seed 003 on the page, marked as a stamp', () => {
    const stamp = loadDoc('qd-124-2023').header.find((b) => b.kind === 'artifact');
    expect(stamp).toMatchObject({ kind: 'artifact', artifact: 'stamp' });
    expect(stamp?.kind === 'artifact' && stamp.lines).toEqual(['VĂN PHÒNG TỈNH ỦY LAI CHÂU', 'Số: 5543', 'ĐẾN Ngày: 10.10.23', 'Chuyên:']);
  });

  it('sets the footnotes of seed 002 apart from the running text, which keeps their marks', () => {
    const doc = loadDoc('kh-hong-quang-2025');
    expect(doc.footnotes.map((f) => [f.n, f.mark])).toEqual([[1, '¹'], [2, '²'], [3, '³'], [4, '⁴'], [5, '⁵']]);
    expect(doc.footnotes[2]!.text).toMatch(/^Ví dụ: Đồng chí Nguyễn Văn B là Chủ nhiệm UBKT/);
    const text = allBlocks(doc).map((b) => ('text' in b ? b.text : '')).join('\n');
    for (const f of doc.footnotes) expect(text.split(f.mark).length - 1, f.mark).toBe(1);
    expect(text).not.toMatch(/^[¹²³⁴⁵]/m);
    expect(sourceWords(raw002()).footnotes.length).toBeGreaterThan(100);
  });

  it('files closing paragraphs after the numbered body, not under its last item', () => {
    const closing: Record<string, [string[], RegExp]> = {
      'kh-sao-do-2023': [['III', '2'], /^Kế hoạch này có hiệu lực kể từ ngày ký/],
      'kh-tuy-phuoc-2021': [['III', '3'], /^Trong quá trình thực hiện, nếu có vướng mắc/],
      'kh-hong-quang-2025': [['IV', '5'], /^Căn cứ các quy định, hướng dẫn của Trung ương/],
      'kh-tinh-uy-2022': [['III', '3'], /^Trên đây là kế hoạch/],
    };
    for (const [docId, [path, first]] of Object.entries(closing)) {
      const doc = loadDoc(docId);
      const last = unitAt(doc, path)!;
      expect(last.content.some((c) => c.kind === 'p' && first.test(c.text)), docId).toBe(false);
      expect(doc.conclusion[0]?.kind === 'p' && doc.conclusion[0].text, docId).toMatch(first);
    }
    expect(loadDoc('kh-hong-quang-2025').conclusion.at(-1)).toMatchObject({ kind: 'p', text: expect.stringMatching(/^Trong quá trình thực hiện/) });
  });

  it('sets the recipients and the signature block apart', () => {
    const tp = loadDoc('kh-tuy-phuoc-2021');
    expect(tp.recipients[0]).toEqual({ kind: 'line', text: 'Nơi nhận:' });
    expect(tp.recipients).toContainEqual({ kind: 'item', bullet: '-', text: 'Các phòng, ban ngành, Mặt trận và các đoàn thể huyện,' });
    expect(tp.signature.map((b) => ('text' in b ? b.text : ''))).toEqual(['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Đình Thuận']);
    expect(loadDoc('qd-124-2023').signature).toEqual([{ kind: 'line', text: 'T/M BỘ CHÍNH TRỊ' }]);
  });
});

describe('the blank forms of the 2022 province plan are re-flowed as forms', () => {
  const doc = loadDoc('kh-tinh-uy-2022');
  const forms = doc.annexes.filter((a) => a.id.startsWith('mau-'));
  it('sentences are whole again: no printed line continues in the next one', () => {
    expect(forms).toHaveLength(4);
    for (const f of forms) {
      f.blocks.forEach((b, i) => {
        const next = f.blocks[i + 1];
        // (A title in capitals and its subtitle are two printed lines on purpose.)
        const title = b.kind === 'line' && b.text === b.text.toLocaleUpperCase('vi');
        if (next && 'text' in next && !title) expect(/^\p{Ll}/u.test(next.text), `${f.id}: “${'text' in b ? b.text.slice(-40) : b.kind}” | “${next.text.slice(0, 40)}”`).toBe(false);
      });
    }
    const lines = forms.flatMap((f) => f.blocks).filter((b) => b.kind === 'line').length;
    expect(lines).toBeLessThan(40); // 212 printed lines before
  });
  it('the boxes to tick and the signature blocks are structure, not lost', () => {
    const blocks = forms.flatMap((f) => f.blocks);
    const choices = blocks.filter((b) => b.kind === 'choice');
    expect(choices.filter((c) => c.kind === 'choice' && c.options.join('|') === 'Xuất sắc|Tốt|Trung bình|Kém').length).toBe(9);
    expect(choices).toContainEqual({ kind: 'choice', options: ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'], layout: 'column' });
    expect(choices).toContainEqual({ kind: 'choice', options: ['Nêu gương tốt', 'Nêu gương', 'Chưa nêu gương'], layout: 'row' });
    expect(blocks.filter((b) => b.kind === 'sign').map((b) => (b.kind === 'sign' ? b.lines[0] : ''))).toEqual([
      'T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ', 'NGƯỜI TỰ KIỂM ĐIỂM', 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', 'T/M CHI ỦY (CHI BỘ)', 'T/M ĐẢNG ỦY (CHI ỦY)', 'T/M ĐẢNG ỦY (CHI ỦY)', 'XÁC NHẬN CỦA ĐẢNG ỦY', 'T/M CHI BỘ',
    ]);
  });
});

describe('numbering trees follow each document’s own numbering', () => {
  it('Quy định 124: Điều 1–19 in four chapters, Điều 12 khoản 4 điểm 4.3 tiết d', () => {
    const doc = loadDoc('qd-124-2023');
    expect(doc.body.map((c) => c.marker)).toEqual(['Chương I', 'Chương II', 'Chương III', 'Chương IV']);
    const articles = [...walkUnits(doc.body)].filter((u) => u.type === 'dieu').map((u) => u.path?.[0]);
    expect(articles).toEqual(Array.from({ length: 19 }, (_, i) => String(i + 1)));
    const d = unitAt(doc, ['12', '4', '4.3', 'd'])!;
    expect(d.id).toBe('m-12-4-4_3-d');
    expect(d.title).toBe('');
    expect(leadOf(d)).toBe('Bị xử lý kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).');
    expect(unitAt(doc, ['12', '4', '4.3'])).toMatchObject({ title: 'Đối với cá nhân', emphasis: 'strong' });
  });

  it('headings hold the marker and a short title; the sentence a marker opens is the unit’s first paragraph', () => {
    const doc = loadDoc('qd-124-2023');
    expect(unitAt(doc, ['12'])).toMatchObject({ marker: 'Điều 12.', title: 'Tiêu chí xếp loại', emphasis: 'strong' });
    expect(unitAt(doc, ['12', '1'])).toMatchObject({ title: 'Hoàn thành xuất sắc nhiệm vụ', emphasis: 'strong' });
    expect(unitAt(doc, ['7', '3', '3.2'])?.title).toBe('Đối với đảng viên giữ chức vụ lãnh đạo, quản lý:');
    expect(leadOf(unitAt(doc, ['7', '3', '3.2']))).toBe('Kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.');
    const hq = loadDoc('kh-hong-quang-2025');
    expect(unitAt(hq, ['II', '3', '3.1', 'a'])).toMatchObject({ title: 'Đối với tập thể:', emphasis: 'em' });
    for (const { docId } of DOCS) {
      for (const u of walkUnits(loadDoc(docId).body)) {
        expect(u.title.split(/\s+/).length, `${docId} ${u.id}`).toBeLessThanOrEqual(24);
        expect(u.title, `${docId} ${u.id}`).not.toMatch(/[.;]$/);
      }
    }
  });

  it('plans: parts, sections, numbers, decimals and letters ("I - ", "1.1 -", "B)" included)', () => {
    expect(unitAt(loadDoc('kh-tuy-phuoc-2021'), ['II', 'B', '3', '3.3', 'c'])?.title).toBe('Hoàn thành nhiệm vụ');
    expect(unitAt(loadDoc('kh-sao-do-2023'), ['II', 'B', '1', '1.4', 'b'])?.marker).toBe('B)');
    expect(unitAt(loadDoc('kh-sao-do-2023'), ['II', 'C'])?.title).toBe('KHEN THƯỞNG TỔ CHỨC ĐẢNG, ĐẢNG VIÊN VÀ TẬP THỂ, CÁ NHÂN LÃNH ĐẠO, QUẢN LÝ CÁC CẤP');
    expect(leadOf(unitAt(loadDoc('kh-hong-quang-2025'), ['III', '3', '3.4']))).toMatch(/^Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức ở nơi giữ chức vụ cao nhất/);
  });

  it('a "Bước" after lettered points of the previous step goes back to the enclosing unit', () => {
    const u = unitAt(loadDoc('kh-sao-do-2023'), ['II', 'B', '1', '1.5'])!;
    const kinds = u.content.map((c) => (c.kind === 'unit' ? c.marker : c.kind === 'p' ? c.text.slice(0, 6) : c.kind));
    expect(kinds.indexOf('Bước 3')).toBeGreaterThan(kinds.indexOf('b)'));
  });
});

describe('the importer refuses to publish a damaged document', () => {
  const profile = profileFor('qd-124-2023')!;
  const raw = rawSource(profile);

  it('fails when a part it expects is missing', () => {
    expect(() => importDocument(raw, { ...profile, bodyStart: /^Chương XX$/u })).toThrow(/body start/);
  });

  it('fails rather than drop text that precedes the first numbered heading', () => {
    expect(() => importDocument(raw, { ...profile, bodyStart: /^Bộ Chính trị quy định về kiểm điểm/u })).toThrow(/before the first numbered heading/);
  });

  it('fails when an artifact rule would swallow the rest of the text', () => {
    expect(() => importDocument(raw, { ...profile, artifacts: [{ artifact: 'stamp', note: 'x', start: /^Điều 3\./u, end: /^NEVER$/u }] })).toThrow(/never ends/);
  });
});
