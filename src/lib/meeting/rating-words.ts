// Rating words as people write them: the codes (HTXSNV …, KHONG_XEP_LOAI), "KXL", and the full
// names (labels.ts), in any case. Unknown words are reported, never guessed. Two readers of the
// one list: a spreadsheet cell is compared folded (with or without diacritics, dots and spaces
// ignored: "H.T.X.S.N.V"), a pasted line keeps its diacritics ("_" or spaces between words).
import { RATING_CODES, type RatingCode } from '../../rules/codes.ts';
import { RATING_LABEL } from './labels.ts';

/** Lowercase, no diacritics, đ → d, single spaces: how a cell is compared. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[\s_]+/g, ' ').trim();
}

const SPELLINGS: readonly (readonly [string, RatingCode])[] = [
  ...RATING_CODES.flatMap((c) => [[c, c], [RATING_LABEL[c], c]] as const),
  ['KXL', 'KHONG_XEP_LOAI'],
];

// Maps, not objects: the key is a cell's or a line's text, and "constructor" or "__proto__" must
// not find Object.prototype's members (they became a "rating" no draft could be saved with; issue 12).
const FOLDED: ReadonlyMap<string, RatingCode> = new Map(SPELLINGS.map(([w, c]) => [fold(w), c]));
const TYPED: ReadonlyMap<string, RatingCode> = new Map(SPELLINGS.map(([w, c]) => [w.toLowerCase(), c]));

/** A cell's rating: a code, '' for an empty cell, or null when the word is not a rating. */
export function ratingFromCell(v: unknown): RatingCode | '' | null {
  if (v === null || v === undefined) return '';
  const s = fold(String(v));
  if (!s) return '';
  return FOLDED.get(s) ?? FOLDED.get(s.replace(/[.\s]/g, '')) ?? null;
}

/** A pasted line's rating word (trimmed, not empty), or null when it is not a rating. */
export function ratingFromTyped(word: string): RatingCode | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return TYPED.get(w) ?? TYPED.get(w.replace(/\s/g, '_')) ?? null;
}
