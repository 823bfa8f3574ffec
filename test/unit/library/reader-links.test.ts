// The reader's small pure helpers: copied citations, the nearest clause of a dead anchor, and
// footnote marks in the text.
import { describe, expect, it } from 'vitest';
import { nearestAnchor } from '../../../src/lib/reader/arrival.ts';
import { citationText } from '../../../src/lib/reader/copy-citation.ts';
import { inlineRuns } from '../../../src/lib/reader/inline.ts';
import { pathCitation, viDate } from '../../../src/lib/text-import/labels.ts';

describe('copied citations', () => {
  const qd = { id: 'qd-124-2023', name: 'Quy định 124-QĐ/TW ngày 04/10/2023', status: 'hết hiệu lực từ 30/8/2025' };
  it('read innermost first for a Quy định, as the compact chain for a plan', () => {
    expect(pathCitation('qd-124-2023', ['12', '4', '4.3', 'd'])).toBe('tiết d điểm 4.3 khoản 4 Điều 12');
    expect(pathCitation('kh-sao-do-2023', ['II', 'B', '1', '1.3', 'b'])).toBe('mục II.B.1.3.b');
    expect(pathCitation('kh-sao-do-2023', ['II', 'A', '2', '2.2', '2.2.1', 'a'])).toBe('mục II.A.2.2.1.a');
  });
  it('name the document, its status and the link', () => {
    expect(citationText(qd, 'm-12-4-4_3', 'https://x/van-ban/qd-124-2023/#m-12-4-4_3'))
      .toBe('điểm 4.3 khoản 4 Điều 12 Quy định 124-QĐ/TW ngày 04/10/2023 (hết hiệu lực từ 30/8/2025) — https://x/van-ban/qd-124-2023/#m-12-4-4_3');
    expect(citationText({ id: 'kh-tuy-phuoc-2021', name: 'Kế hoạch 23-KH/HU ngày 01/11/2021 của Ban Thường vụ Huyện ủy Tuy Phước', status: '' }, 'm-ii-b-6', 'u'))
      .toBe('mục II.B.6 Kế hoạch 23-KH/HU ngày 01/11/2021 của Ban Thường vụ Huyện ủy Tuy Phước — u');
  });
  it('dates read as the texts print them', () => {
    expect(viDate('2025-08-30')).toBe('30/8/2025');
    expect(viDate('2023-10-04')).toBe('04/10/2023');
  });
});

describe('dead anchors', () => {
  const ids = new Set(['m-12', 'm-12-4', 'm-12-4-4_3', 'm-ii-b-5']);
  it('point to the nearest clause that exists', () => {
    expect(nearestAnchor('m-12-4-4_9', (x) => ids.has(x))).toBe('m-12-4');
    expect(nearestAnchor('m-12-4-4_3--7', (x) => ids.has(x))).toBe('m-12-4-4_3');
    expect(nearestAnchor('m-ii-b-5-5_1-a', (x) => ids.has(x))).toBe('m-ii-b-5');
    expect(nearestAnchor('m-99', (x) => ids.has(x))).toBeNull();
    expect(nearestAnchor('nothing', (x) => ids.has(x))).toBeNull();
  });
});

describe('footnote marks', () => {
  it('link only marks that name a footnote of the document', () => {
    expect(inlineRuns('quản lý trực tiếp¹. Và ²', new Set([1]))).toEqual([
      { kind: 'text', text: 'quản lý trực tiếp' }, { kind: 'note', n: 1, mark: '¹' }, { kind: 'text', text: '. Và ²' },
    ]);
  });
});
