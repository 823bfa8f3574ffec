// Anchors of the reader pages: every id the pages had before issue 13 still resolves, and every
// block of a clause's own text (paragraph, bullet, step, item) has the id blockAnchorId(path, n)
// and data-block (contract B), derived from its clause and position. The HTML checks need a
// build in OUT_DIR (npm test builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorId, blockAnchorId, blockUrl } from '../../../src/lib/citation-link.ts';
import { ownBlocks, walkUnits } from '../../../src/lib/text-import/plain-text.ts';
import type { Unit } from '../../../src/lib/text-import/schema.ts';
import { DIST, DOCS, loadDoc, builtFromCurrentSources } from './support.ts';
import before from './fixtures/anchors-2025-before-issue-13.json' with { type: 'json' };

const built = builtFromCurrentSources();
const html = (doc: string) => readFileSync(join(DIST, 'van-ban', doc, 'index.html'), 'utf8');
const idsOf = (page: string) => [...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
const unitAt = (doc: string, path: string[]) => [...walkUnits(loadDoc(doc).body)].find((u) => u.path?.join('/') === path.join('/'));

describe('block anchor ids', () => {
  it('are the clause anchor, "--" and the position', () => {
    expect(blockAnchorId(['12', '4', '4.3', 'd'], 1)).toBe('m-12-4-4_3-d--1');
    expect(blockAnchorId(['II', 'B', '5'], 17)).toBe('m-ii-b-5--17');
    expect(blockUrl({ doc: 'kh-sao-do-2023', path: ['II', 'B', '5'] }, 14)).toBe('/van-ban/kh-sao-do-2023/#m-ii-b-5--14');
    expect(blockUrl({ doc: 'qd-366-2025', path: ['11'] }, 1)).toBeNull();
  });

  it('count only the clause’s own blocks, so a clause’s sub-clauses never shift them', () => {
    const b5 = unitAt('kh-sao-do-2023', ['II', 'B', '5'])!;
    const blocks = ownBlocks(b5);
    expect(blocks.length).toBe(21); // 16 "-" bullets and the 5 "+" bullets under two of them
    expect(blocks.filter((b) => b.block.kind === 'item' && b.block.bullet === '-').length).toBe(16);
    const sick = blocks.find((b) => 'text' in b.block && b.block.text.startsWith('Đảng viên nghỉ ốm'))!;
    expect(sick.n).toBe(14);
    // The sentence a marker opens is block 1 of its clause.
    const d = unitAt('qd-124-2023', ['12', '4', '4.3', 'd'])!;
    expect(ownBlocks(d)[0]).toEqual({ n: 1, block: { kind: 'p', text: 'Bị xử lý kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).' } });
  });
});

describe.skipIf(!built)('reader pages (needs a build in OUT_DIR)', () => {
  it.each(Object.entries(before.ids))('%s: every id the page had before issue 13 still resolves', (doc, ids) => {
    const now = new Set(idsOf(html(doc)));
    expect(ids.length).toBeGreaterThan(30);
    expect(ids.filter((id) => !now.has(id))).toEqual([]);
  });

  it('the old ids cover all 472 numbered headings', () => {
    expect(Object.values(before.ids).flat().filter((id) => /^(m|chuong)-/.test(id)).length).toBe(472);
  });

  it.each(DOCS.map((d) => d.docId))('%s: every block of every clause carries blockAnchorId(path, n) and data-block; ids are unique', (doc) => {
    const page = html(doc);
    const ids = idsOf(page);
    expect(new Set(ids).size, 'duplicate ids').toBe(ids.length);
    const blockIds = new Set([...page.matchAll(/\sid="([^"]+)" data-block/g)].map((m) => m[1]!));
    let count = 0;
    for (const u of walkUnits(loadDoc(doc).body)) {
      for (const { n } of ownBlocks(u)) {
        const id = u.path ? blockAnchorId(u.path, n) : `${u.id}--${n}`;
        expect(blockIds.has(id), `${doc} ${id}`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('Sao Đỏ II.B.5: each of its bullets, the sick-leave rule included, has its own anchor; so do the steps "Bước 1–3"', () => {
    const page = html('kh-sao-do-2023');
    expect(page).toMatch(/id="m-ii-b-5--14" data-block class="item"><i>-<\/i> Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên/);
    for (const step of [1, 2, 3]) expect(page).toMatch(new RegExp(`id="m-ii-b-1-1_5--\\d+" data-block class="step">Bước ${step}:`));
    expect(html('kh-tuy-phuoc-2021')).toMatch(/data-block class="item"><i>\(1\)<\/i> Các cơ quan chuyên trách/);
  });

  it('headings hold the marker and the short title, at distinct levels', () => {
    const page = html('qd-124-2023');
    expect(page).toContain('<h5 id="m-12-4-4_3"><b>4.3.</b> <span class="title title--strong">Đối với cá nhân</span></h5>');
    expect(page).toContain('<h6 id="m-12-4-4_3-d"><b>d)</b></h6><p id="m-12-4-4_3-d--1" data-block class="lead">Bị xử lý kỷ luật trong năm đánh giá');
    expect(page).toMatch(/<h4 id="m-12-1"><b>1\.<\/b> <span class="title title--strong">Hoàn thành xuất sắc nhiệm vụ<\/span><\/h4>/);
    // Level 7 (a lettered point under "2.2.1.") is not level 6.
    const sd = html('kh-sao-do-2023');
    expect(sd).toMatch(/<h6 id="m-ii-a-2-2_2-2_2_1">/);
    expect(sd).toMatch(/<h6 id="m-ii-a-2-2_2-2_2_1-a" aria-level="7">/);
    // No heading holds a paragraph.
    for (const { docId } of DOCS) {
      for (const m of html(docId).matchAll(/<h[2-6] id="(m-[^"]+)"[^>]*>([\s\S]*?)<\/h[2-6]>/g)) {
        expect(m[2]!.replace(/<[^>]+>/g, '').split(/\s+/).length, `${docId} ${m[1]}`).toBeLessThanOrEqual(25);
      }
    }
  });

  it('footnotes are linked both ways and no longer sit between the bullets', () => {
    const page = html('kh-hong-quang-2025');
    for (let n = 1; n <= 5; n += 1) {
      expect(page).toMatch(new RegExp(`<a id="tham-chieu-${n}" href="#chu-thich-${n}"`));
      expect(page).toMatch(new RegExp(`<li id="chu-thich-${n}">[\\s\\S]*?href="#tham-chieu-${n}"`));
    }
    const clause = page.slice(page.indexOf('id="m-ii-3-3_5"'), page.indexOf('id="m-iii"'));
    expect(clause).not.toMatch(/Ví dụ: Đồng chí Ủy viên Ban Thường vụ/);
  });
});

// The ids the anchors derive from must be what the JSON says (no document-wide counter).
it('unit ids are anchorId(path)', () => {
  for (const { docId } of DOCS) for (const u of walkUnits(loadDoc(docId).body) as Iterable<Unit>) if (u.path) expect(u.id).toBe(anchorId(u.path));
});
