// Status in force of every document and clause, said the same way everywhere: the banners on
// the clauses of Quy định 124, the period of the plans, and what the texts state about
// themselves (signer, effect, dates, bases). The page checks need a build in OUT_DIR.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docStatus, type StatusDoc } from '../../../src/lib/reader/status.ts';
import { successionMap, successorArticle } from '../../../src/lib/reader/succession.ts';
import { walkUnits } from '../../../src/lib/text-import/plain-text.ts';
import { FactDocSchema } from '../../../src/lib/text-import/schema.ts';
import { DIST, DOCS, loadDoc, ROOT, builtFromCurrentSources } from './support.ts';

const fact = (id: string) => FactDocSchema.parse(JSON.parse(readFileSync(join(ROOT, 'src/content/unpublished', `${id}.json`), 'utf8')));
const all: StatusDoc[] = [
  ...DOCS.map(({ docId }) => ({ ...loadDoc(docId), id: docId })),
  ...['qd-366-2025', 'qd-132-2018', 'hd-43-2025', 'hd-21-2019', 'hd-25-2023'].map((id) => ({ ...fact(id), id })),
];
const byId = (id: string) => all.find((d) => d.id === id)!;

describe('document status', () => {
  it('a superseded text names the text in force, following the chain (132 → 124 → 366)', () => {
    expect(docStatus(byId('qd-124-2023'), all, '2026-12-01')).toMatchObject({ kind: 'superseded', text: 'Hết hiệu lực từ 30/8/2025', now: { doc: 'qd-366-2025', name: 'Quy định 366-QĐ/TW' } });
    expect(docStatus(byId('qd-132-2018'), all, '2026-12-01').now?.doc).toBe('qd-366-2025');
    expect(docStatus(byId('hd-25-2023'), all, '2026-12-01').now?.doc).toBe('hd-43-2025');
    expect(docStatus(byId('qd-366-2025'), all, '2026-12-01')).toMatchObject({ kind: 'in-force', now: null });
  });
  it('a plan is for one review period, over after 15/01 of the next year', () => {
    expect(docStatus(byId('kh-hong-quang-2025'), all, '2025-12-20')).toMatchObject({ kind: 'period-current', now: null });
    expect(docStatus(byId('kh-hong-quang-2025'), all, '2026-01-16')).toMatchObject({ kind: 'period-over', note: 'kế hoạch cho kỳ đánh giá năm 2025, đã kết thúc' });
    expect(docStatus(byId('kh-sao-do-2023'), all, '2026-12-01').text).toBe('Kế hoạch cho kỳ đánh giá năm 2023; kỳ đánh giá này đã kết thúc');
  });
  it('the clauses of 124 point to the article of 366 that governs their matter, where the sources say it', () => {
    const map = successionMap('qd-124-2023', { docId: 'qd-366-2025', shortName: '', facts: fact('qd-366-2025').facts });
    expect(successorArticle(map, ['12'])).toEqual(['11']);
    expect(successorArticle(map, ['5'])).toEqual(['5']);
    expect(successorArticle(map, ['11', '3'])).toEqual(['12']);
    expect(successorArticle(map, ['12', '4', '4.3'])).toBeNull(); // its article's banner covers it
    expect(successorArticle(map, ['13'])).toBeNull();
  });
});

describe('what the texts state about themselves', () => {
  it('signers, effect, dates and bases, read from the texts', () => {
    expect(loadDoc('kh-tuy-phuoc-2021').stated).toMatchObject({ signer: { capacity: 'T/M BAN THƯỜNG VỤ', position: 'PHÓ BÍ THƯ', name: 'Nguyễn Đình Thuận' }, province: 'Bình Định' });
    expect(loadDoc('kh-hong-quang-2025').stated.signer?.name).toBe('Trần Nhật Lộc');
    expect(loadDoc('kh-tinh-uy-2022').stated.signer?.name).toBe('Nguyễn Đức Thanh');
    expect(loadDoc('kh-sao-do-2023').stated.signer).toEqual({ capacity: 'T/M ĐẢNG ỦY', position: 'PHÓ BÍ THƯ THƯỜNG TRỰC', name: null });
    expect(loadDoc('qd-124-2023').stated.effective).toEqual({ rule: 'từ ngày ký', date: '2023-10-04', where: 'Điều 19' });
    expect(loadDoc('kh-sao-do-2023').stated.effective).toEqual({ rule: 'từ ngày ký', date: null, where: 'phần kết thúc' });
    // Undated extracts: after the newest basis they name, before the earliest deadline they set.
    expect(loadDoc('kh-sao-do-2023').stated.dateRange).toMatchObject({ from: '2023-11-21', to: '2023-12-06' });
    expect(loadDoc('kh-tinh-uy-2022').stated.dateRange).toMatchObject({ from: '2022-10-18', to: '2022-11-10' });
    expect(loadDoc('kh-hong-quang-2025').stated.dateRange).toBeNull();
    expect(loadDoc('kh-hong-quang-2025').stated.bases.map((b) => b.number)).toEqual(['65-QĐ/TU', '11-KH/TU', '112-QĐ/ĐU']);
    expect(loadDoc('kh-tuy-phuoc-2021').stated.bases.map((b) => b.number)).toEqual(['132-QĐ/TW', '21-HD/BTCTW', '90/2021/NĐ-CP', '196-CV/TU', '06-HD/BTCTU']);
  });
});

describe.skipIf(!builtFromCurrentSources())('status on the pages (needs a build in OUT_DIR)', () => {
  const page = (doc: string) => readFileSync(join(DIST, 'van-ban', doc, 'index.html'), 'utf8');

  it('every article of Quy định 124 says it is out of force and what governs now', () => {
    const html = page('qd-124-2023');
    const articles = [...walkUnits(loadDoc('qd-124-2023').body)].filter((u) => u.type === 'dieu');
    for (const a of articles) {
      const at = html.indexOf(`id="${a.id}"`);
      const next = html.indexOf('<div class="unit', at);
      expect(html.slice(at, next), a.id).toMatch(/class="clause-status"[^>]*>Hết hiệu lực từ 30\/8\/2025 — nay theo <a href="\/van-ban\/qd-366-2025\/(#m-\d+)?">/);
    }
    expect(html).toContain('Hết hiệu lực từ 30/8/2025 — nay theo <a href="/van-ban/qd-366-2025/#m-11">Điều 11 Quy định 366-QĐ/TW</a>');
  });

  it('plans say their period is over; the footer dates the library by its newest document', () => {
    expect(page('kh-sao-do-2023')).toMatch(/data-doc-status[^>]*>Kế hoạch cho kỳ đánh giá năm 2023; kỳ đánh giá này đã kết thúc; kỳ đánh giá hiện nay theo <a href="\/van-ban\/qd-366-2025\/">Quy định 366-QĐ\/TW<\/a>/);
    expect(page('kh-tuy-phuoc-2021')).toContain('data-cite="Kế hoạch 23-KH/HU ngày 01/11/2021 của Ban Thường vụ Huyện ủy Tuy Phước" data-status="kế hoạch cho kỳ đánh giá năm 2021, đã kết thúc"');
    expect(readFileSync(join(DIST, 'index.html'), 'utf8')).toContain('Thư viện văn bản cập nhật đến ngày 27/11/2025');
  });
});
