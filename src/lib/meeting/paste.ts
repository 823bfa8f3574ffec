// Pasting a list into the roster or the vote sheet: one person (or organization) per line, an
// optional rating after a tab, ";" or "|" — as copied from a spreadsheet or typed by hand.
import type { RatingCode } from '../../rules/index.ts';

// A Map, not an object: the key is pasted text, and "constructor" or "__proto__" must not find
// Object.prototype's members (they once became a "rating" that made every later save fail).
const CODES: ReadonlyMap<string, RatingCode> = new Map([
  ['htxsnv', 'HTXSNV'], ['httnv', 'HTTNV'], ['htnv', 'HTNV'], ['khtnv', 'KHTNV'], ['kxl', 'KHONG_XEP_LOAI'], ['khong_xep_loai', 'KHONG_XEP_LOAI'],
  ['hoàn thành xuất sắc nhiệm vụ', 'HTXSNV'], ['hoàn thành tốt nhiệm vụ', 'HTTNV'], ['hoàn thành nhiệm vụ', 'HTNV'], ['không hoàn thành nhiệm vụ', 'KHTNV'], ['không xếp loại', 'KHONG_XEP_LOAI'],
]);

export interface PastedLine { name: string; proposed: RatingCode | ''; }

/** Lines → names and ratings. Unknown rating words are reported, never guessed. */
export function parsePastedList(text: string): { lines: PastedLine[]; errors: string[] } {
  const lines: PastedLine[] = [];
  const errors: string[] = [];
  text.normalize('NFC').split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
    if (!line) return;
    const parts = line.split(/\t|;|\|/).map((s) => s.trim());
    const name = parts[0]!.replace(/^\d+[.)]\s+/, '').slice(0, 200);
    const rating = (parts[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
    let proposed: RatingCode | '' = '';
    if (rating) {
      const code = CODES.get(rating) ?? CODES.get(rating.replace(/\s/g, '_'));
      if (code) proposed = code;
      else errors.push(`Dòng ${i + 1}: không hiểu mức “${parts[1]}” — để trống mức cho “${name}”.`);
    }
    if (name) lines.push({ name, proposed });
  });
  return { lines, errors };
}
