// Recognises the numbering printed at the start of a paragraph. The documents use their own
// schemes: the Quy định has Chương / Điều / khoản "1." / điểm "1.1." / tiết "a)"; the plans
// have "I." / "A." / "1." / "1.1" / "1.1.1" / "a)", with "-" or "–" instead of "." in some
// of them ("I - MỤC ĐÍCH", "1.1 - Tập thể"). Citation paths (casebook FORMAT.md) use the
// printed numbers, so the parser returns them exactly as printed (letters lower-cased).

export type MarkerType =
  | 'chuong' // Chương I — groups articles, not part of citation paths
  | 'dieu' // Điều 12.
  | 'la-ma' // I. / II - / III- (plans' parts)
  | 'chu-hoa' // A. / B - (plans' sections)
  | 'so' // 1. (khoản in the Quy định)
  | 'so-2' // 1.1 / 4.3. (điểm in the Quy định)
  | 'so-3' // 2.1.1.
  | 'chu-cai'; // a) / đ) (tiết in the Quy định)

export interface MarkerCandidate {
  type: MarkerType;
  /** Path segment as printed: "12", "II", "B", "4.3", "d". */
  segment: string;
  /** The marker text exactly as it appears, e.g. "Điều 12.", "1.1 -", "d)". */
  marker: string;
  /** The rest of the paragraph after the marker. */
  text: string;
}

const ROMAN = /^[IVXLC]+$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i += 1) {
    const v = ROMAN_VALUES[s[i]!]!;
    const next = i + 1 < s.length ? ROMAN_VALUES[s[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** Mostly upper-case (section titles of the plans are printed in capitals). */
export function isUpperTitle(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < 2) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.8;
}

/**
 * All readings of the paragraph's leading marker. A single capital like "C." or "D." can be
 * a roman numeral or a section letter; the tree builder picks the reading that continues the
 * sequence it is in.
 */
export function markerCandidates(para: string): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  let m: RegExpMatchArray | null;

  if ((m = para.match(/^(Chương\s+([IVXLC]+))\.?(?:\s+(.*))?$/u))) {
    return [{ type: 'chuong', segment: m[2]!, marker: m[1]!, text: m[3] ?? '' }];
  }
  if ((m = para.match(/^(Điều\s+(\d{1,3})\s*[.:])\s*(.*)$/u))) {
    return [{ type: 'dieu', segment: m[2]!, marker: m[1]!, text: m[3]! }];
  }
  // Decimal numbers: "1.1.", "1.1 -", "2.2 Ban…", "2.1.1."
  if ((m = para.match(/^((\d{1,2}(?:\.\d{1,2}){1,2})\.?(?:\s*[-–])?)\s+(\S.*)$/u))) {
    const seg = m[2]!;
    return [{ type: seg.split('.').length === 2 ? 'so-2' : 'so-3', segment: seg, marker: m[1]!, text: m[3]! }];
  }
  if ((m = para.match(/^((\d{1,2})\.)\s+(\S.*)$/u))) {
    return [{ type: 'so', segment: m[2]!, marker: m[1]!, text: m[3]! }];
  }
  // Lettered points "a)", "đ)"; one plan prints "B)" between "a)" and "c)".
  if ((m = para.match(/^(([a-zđA-ZĐ])\))\s*(\S.*)$/u))) {
    return [{ type: 'chu-cai', segment: m[2]!.toLowerCase(), marker: m[1]!, text: m[3]! }];
  }
  // Parts and sections of the plans: "I. MỤC ĐÍCH", "II - NỘI DUNG", "A. KIỂM ĐIỂM", "B - ĐÁNH GIÁ".
  if ((m = para.match(/^(([IVXLC]+|[A-EĐ])\s*[.\-–])\s*(\S.*)$/u)) && isUpperTitle(m[3]!)) {
    const seg = m[2]!;
    if (romanValue(seg) !== null) out.push({ type: 'la-ma', segment: seg, marker: m[1]!, text: m[3]! });
    if (/^[A-EĐ]$/.test(seg)) out.push({ type: 'chu-hoa', segment: seg, marker: m[1]!, text: m[3]! });
  }
  return out;
}

/** A printed bullet: "-", "–", "+", "•" or "*" followed by text (not a "-----" rule), or an item number "(1)". */
export function bulletOf(para: string): { bullet: string; text: string } | null {
  const m = para.match(/^([-–+•*])\s*([^-\s].*)$/u) ?? para.match(/^(\(\d{1,2}\))\s*(\S.*)$/u);
  return m ? { bullet: m[1]!, text: m[2]! } : null;
}

/** Whether `seg` is the next item after `prev` in its numbering sequence (for disambiguation). */
export function isNextInSequence(type: MarkerType, prev: string | undefined, seg: string): boolean {
  if (type === 'la-ma') {
    const v = romanValue(seg);
    return v !== null && v === (prev ? (romanValue(prev) ?? 0) : 0) + 1;
  }
  if (type === 'chu-hoa') {
    const order = 'ABCDĐEGH';
    // Vietnamese order puts Đ between D and E; plans often skip it (A, B, C, D, E).
    const i = prev ? order.indexOf(prev) : -1;
    const j = order.indexOf(seg);
    return j === i + 1 || (prev === 'D' && seg === 'E');
  }
  return true;
}
