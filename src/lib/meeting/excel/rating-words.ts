// Rating words as people write them in a spreadsheet cell: the codes (HTXSNV …), the full
// names, with or without diacritics and in any case. Unknown words are reported, never guessed.
import type { RatingCode } from '../../../rules/codes.ts';

/** Lowercase, no diacritics, đ → d, single spaces: how a cell is compared. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

// A Map, not an object: the key is a cell's text, and "constructor" must not find Object.prototype's
// member (it became a "rating" no draft could be saved with; issue 12).
const WORDS: ReadonlyMap<string, RatingCode> = new Map([
  ['htxsnv', 'HTXSNV'], ['httnv', 'HTTNV'], ['htnv', 'HTNV'], ['khtnv', 'KHTNV'], ['kxl', 'KHONG_XEP_LOAI'], ['khong xep loai', 'KHONG_XEP_LOAI'],
  ['hoan thanh xuat sac nhiem vu', 'HTXSNV'], ['hoan thanh tot nhiem vu', 'HTTNV'], ['hoan thanh nhiem vu', 'HTNV'], ['khong hoan thanh nhiem vu', 'KHTNV'],
]);

/** A cell's rating: a code, '' for an empty cell, or null when the word is not a rating. */
export function ratingFromCell(v: unknown): RatingCode | '' | null {
  if (v === null || v === undefined) return '';
  const s = fold(String(v));
  if (!s) return '';
  return WORDS.get(s) ?? WORDS.get(s.replace(/[.\s]/g, '')) ?? null;
}
