// Query planning and ranking used by the search box (pure functions; the browser side is in
// test/e2e/library.e2e.test.ts against the real Pagefind index).
import { describe, expect, it } from 'vitest';
import { pathFromAnchor, pathLabel } from '../../../src/lib/text-import/labels.ts';
import { anchorId } from '../../../src/lib/citation-link.ts';
import { combinations, excerptRuns, fold, queryWords, sectionScore, spellings } from '../../../src/islands/search/query.ts';

describe('đ/d spellings', () => {
  it('a word typed with a leading d is also searched with đ; others are left alone', () => {
    expect(queryWords('Kiem  DIEM, dang-vien')).toEqual(['kiem', 'diem', 'dang', 'vien']);
    expect(spellings('dang')).toEqual(['dang', 'đang']);
    expect(spellings('đảng')).toEqual(['đảng']);
    expect(spellings('xep')).toEqual(['xep']);
    expect(spellings('12')).toEqual(['12']);
  });
  it('searches every combination of spellings, capped for long queries', () => {
    expect(combinations([['kiem'], ['diem', 'điem']])).toEqual(['kiem diem', 'kiem điem']);
    expect(combinations([['dang', 'đang'], ['vien']])).toEqual(['dang vien', 'đang vien']);
    const many = combinations(Array.from({ length: 6 }, (_, i) => [`d${i}`, `đ${i}`]), 16);
    expect(many.length).toBeLessThanOrEqual(16);
    expect(many[0]).toBe('d0 d1 d2 d3 d4 d5');
  });
  it('folds marks and đ for comparing words', () => {
    expect(fold('Điều')).toBe('dieu');
    expect(fold('đảng viên')).toBe('dang vien');
  });
});

describe('section ranking', () => {
  it('prefers the heading that names the words, then exact hits over prefixes', () => {
    const article = sectionScore(['dieu', '12'], 'Điều 12. Tiêu chí xếp loại', ['Điều', '12.'], 3);
    const bodyHit = sectionScore(['dieu', '12'], '2. Việc đánh giá', ['điều', '31/12'], 40);
    const prefixOnly = sectionScore(['dieu', '12'], '', ['Điều', '124-QĐ/TW'], 50);
    expect(article).toBeGreaterThan(bodyHit);
    expect(bodyHit).toBeGreaterThan(prefixOnly);
  });
});

describe('excerpts', () => {
  it('turns Pagefind excerpts into text runs without ever producing HTML', () => {
    expect(excerptRuns('các <mark>đảng</mark> viên &lt;b&gt; &amp; x')).toEqual([
      { text: 'các ', mark: false }, { text: 'đảng', mark: true }, { text: ' viên <b> & x', mark: false },
    ]);
    expect(excerptRuns('<img src=x onerror=alert(1)>chữ').map((r) => r.text).join('')).toBe('chữ');
  });
});

describe('labels of search hits', () => {
  it('reads the citation path back from a reader heading id', () => {
    for (const [doc, path] of [['qd-124-2023', ['12', '4', '4.3', 'd']], ['kh-sao-do-2023', ['II', 'B', '2', '2.3', 'd']], ['kh-hong-quang-2025', ['III', '3', '3.4']]] as const) {
      expect(pathFromAnchor(doc, anchorId(path))).toEqual(path);
    }
    expect(pathLabel('qd-124-2023', ['12', '4', '4.3', 'd'])).toBe('Điều 12, khoản 4, điểm 4.3, tiết d');
    expect(pathLabel('kh-sao-do-2023', ['II', 'B', '5'])).toBe('Mục II › B › 5');
    expect(pathFromAnchor('qd-124-2023', 'chuong-ii')).toBeNull();
  });
});
