// A roster read from a spreadsheet (.xlsx or .csv): the header row is found by its words (not by
// position), each data row becomes a name and a rating, and every problem names the row and the
// column as the spreadsheet shows them ("Dòng 57, cột C (Mức xếp loại)"). Pure: the file is
// read elsewhere (read.ts); nothing here is saved anywhere.
import type { RatingCode } from '../../../rules/codes.ts';
import { fold, ratingFromCell } from '../rating-words.ts';

export type Cell = string | number | boolean | Date | null | undefined;

export interface ImportedRow {
  /** The spreadsheet's own row number (1-based, as Excel shows it). */
  row: number;
  name: string;
  proposed: RatingCode | '';
  note: string;
  /** Set for rows that came with a chi bộ column (a đảng ủy's list of members). */
  unit?: string;
}

export interface ImportProblem {
  row: number;
  /** Column letter as Excel shows it ("C"), and the header it has. */
  column: string;
  header: string;
  message: string;
}

export interface RosterTable {
  /** Row number of the header row, 0 when none was found. */
  headerRow: number;
  /** The columns recognized: role → letter and header text. */
  columns: Partial<Record<Role, { letter: string; header: string }>>;
  rows: ImportedRow[];
  /** Rows that cannot be imported as they are (each row at most once per column). */
  errors: ImportProblem[];
  /** Worth a look but imported (e.g. the same name twice). */
  warnings: ImportProblem[];
  /** Label/value pairs above the header ("Chi bộ" | "Khu dân cư số 3"): the file's own heading. */
  meta: Record<string, string>;
}

type Role = 'name' | 'rating' | 'note' | 'unit';

/** Header words for each role, folded (no diacritics). The first match wins. */
const HEADERS: Record<Role, RegExp> = {
  name: /^(ho (va )?ten|ho ten dang vien|ten|ten dang vien|dang vien|ho va ten dang vien|ten to chuc( dang)?|to chuc( dang)?)$/,
  rating: /^(muc( xep loai)?( de xuat)?|xep loai( chat luong)?|muc chat luong|de xuat( xep loai)?|ket qua( xep loai)?|muc xep loai chat luong)$/,
  note: /^(ghi chu|ghi chu khac)$/,
  unit: /^(chi bo|ten chi bo|to chuc co so dang|don vi)$/,
};

export const columnLetter = (i: number): string => {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const text = (c: Cell): string => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).normalize('NFC').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();

/** Find the header among the first rows, map the columns, read every row after it. */
export function readRosterTable(sheet: readonly (readonly Cell[])[], { maxRows = 5000 } = {}): RosterTable {
  const out: RosterTable = { headerRow: 0, columns: {}, rows: [], errors: [], warnings: [], meta: {} };
  // The header row: a name column and at least one other heading (a label/value row above has one cell after its label).
  const headerIndex = sheet.slice(0, 30).findIndex((r) => r.some((c) => HEADERS.name.test(fold(text(c)))) && r.filter((c) => text(c)).length >= 2 && r.some((c) => HEADERS.rating.test(fold(text(c))) || /^(stt|tt|so tt)$/.test(fold(text(c)))));
  if (headerIndex < 0) {
    out.errors.push({ row: 1, column: '', header: '', message: 'Không tìm thấy dòng tiêu đề có cột “Họ và tên” (hoặc “Họ tên”, “Tên tổ chức”). Thêm dòng tiêu đề rồi chọn lại tệp.' });
    return out;
  }
  for (const r of sheet.slice(0, headerIndex)) {
    const cells = r.map(text).filter(Boolean);
    if (cells.length >= 2) out.meta[fold(cells[0]!).replace(/:$/, '')] = cells[1]!;
  }
  out.headerRow = headerIndex + 1;
  const header = sheet[headerIndex]!;
  header.forEach((c, i) => {
    const f = fold(text(c));
    for (const role of Object.keys(HEADERS) as Role[]) {
      if (!out.columns[role] && HEADERS[role].test(f)) { out.columns[role] = { letter: columnLetter(i), header: text(c) }; break; }
    }
  });
  const col = (role: Role) => (out.columns[role] ? header.findIndex((_, i) => columnLetter(i) === out.columns[role]!.letter) : -1);
  const [iName, iRating, iNote, iUnit] = [col('name'), col('rating'), col('note'), col('unit')];
  const where = (role: Role) => ({ column: out.columns[role]?.letter ?? '', header: out.columns[role]?.header ?? '' });
  const seen = new Map<string, number>();
  const body = sheet.slice(headerIndex + 1);
  if (body.length > maxRows) out.errors.push({ row: headerIndex + 2 + maxRows, column: '', header: '', message: `Tệp có ${body.length} dòng; chỉ nhận tối đa ${maxRows} dòng.` });
  body.slice(0, maxRows).forEach((r, k) => {
    const row = headerIndex + 2 + k;
    if (r.every((c) => !text(c))) return; // blank lines between blocks
    const name = text(r[iName]).slice(0, 200);
    const rawRating = iRating >= 0 ? r[iRating] : '';
    const rating = ratingFromCell(rawRating);
    let bad = false;
    if (!name) { out.errors.push({ row, ...where('name'), message: 'thiếu họ tên.' }); bad = true; }
    if (rating === null) { out.errors.push({ row, ...where('rating'), message: `không hiểu mức “${text(rawRating)}” (ghi HTXSNV, HTTNV, HTNV, KHTNV, “Không xếp loại” hoặc tên đầy đủ của mức).` }); bad = true; }
    if (bad) return;
    const key = fold(name) + '|' + (iUnit >= 0 ? fold(text(r[iUnit])) : '');
    const first = seen.get(key);
    if (first) out.warnings.push({ row, ...where('name'), message: `“${name}” trùng tên với dòng ${first}.` });
    else seen.set(key, row);
    out.rows.push({ row, name, proposed: rating ?? '', note: iNote >= 0 ? text(r[iNote]).slice(0, 500) : '', ...(iUnit >= 0 ? { unit: text(r[iUnit]).slice(0, 200) } : {}) });
  });
  return out;
}

/** "Dòng 57, cột C (Mức xếp loại): không hiểu mức …" */
export const problemText = (p: ImportProblem) => `Dòng ${p.row}${p.column ? `, cột ${p.column}${p.header ? ` (${p.header})` : ''}` : ''}: ${p.message}`;
