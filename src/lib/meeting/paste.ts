// Pasting a list into the roster or the vote sheet: one person (or organization) per line, an
// optional rating after a tab, ";" or "|" — as copied from a spreadsheet or typed by hand.
import type { RatingCode } from '../../rules/index.ts';
import { ratingFromTyped } from './rating-words.ts';

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
    const rating = parts[1] ?? '';
    let proposed: RatingCode | '' = '';
    if (rating) {
      const code = ratingFromTyped(rating);
      if (code) proposed = code;
      else errors.push(`Dòng ${i + 1}: không hiểu mức “${parts[1]}” — để trống mức cho “${name}”.`);
    }
    if (name) lines.push({ name, proposed });
  });
  return { lines, errors };
}
