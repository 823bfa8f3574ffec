// Reading a spreadsheet the user picked: .xlsx with read-excel-file, .csv with Papa Parse (both
// loaded here only, on use — never with a page). Every sheet comes back as rows of cells; a file
// that is neither, or is damaged, is refused with a Vietnamese message.
import type { Cell } from './roster-table.ts';
import { errorText } from '../../error-text.ts';

export interface Sheet { name: string; rows: Cell[][] }

/** Larger files are refused before reading (a 5 000-row roster is well under 2 MB). */
export const MAX_SHEET_BYTES = 10 * 1024 * 1024;

export type ReadResult = { ok: true; sheets: Sheet[] } | { ok: false; error: string };

const isCsv = (name: string, type: string) => /\.csv$/i.test(name) || type === 'text/csv';
const isXlsx = (name: string) => /\.xlsx$/i.test(name);

export async function readSpreadsheet(file: Blob & { name: string }): Promise<ReadResult> {
  if (file.size > MAX_SHEET_BYTES) return { ok: false, error: `Tệp quá lớn (${Math.round(file.size / 1024 / 1024)} MB; tối đa 10 MB).` };
  try {
    if (isCsv(file.name, file.type)) return { ok: true, sheets: [{ name: file.name, rows: await readCsv(await file.text()) }] };
    if (isXlsx(file.name)) return { ok: true, sheets: await readXlsx(await file.arrayBuffer()) };
    if (/\.xls$/i.test(file.name)) return { ok: false, error: 'Tệp .xls (Excel 97–2003) chưa đọc được: mở bằng Excel và lưu lại dạng .xlsx hoặc .csv.' };
    return { ok: false, error: 'Chỉ nhận tệp .xlsx hoặc .csv.' };
  } catch (e) {
    return { ok: false, error: `Không đọc được tệp “${file.name}”: ${errorText(e)}` };
  }
}

/** .xlsx: every sheet (read-excel-file's universal build: the same code runs in the browser and in the tests). */
export async function readXlsx(data: ArrayBuffer): Promise<Sheet[]> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const sheets = await readXlsxFile(data);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as Cell[][] }));
}

/** .csv as Excel saves it (UTF-8 with or without BOM; comma or semicolon, detected by Papa Parse). */
export async function readCsv(text: string): Promise<Cell[][]> {
  const { default: Papa } = await import('papaparse');
  const r = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const fatal = r.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw new Error(`dòng ${fatal.row !== undefined ? fatal.row + 1 : '?'}: ${fatal.message}`);
  return r.data;
}
