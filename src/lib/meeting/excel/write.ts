// .xlsx files with write-excel-file, loaded here only (on an export click, never with a page).
import type { XSheet } from './workbooks.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function workbookBlob(sheets: readonly XSheet[]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = sheets.map((s) => ({
    sheet: s.name.slice(0, 31), // Excel's limit for a sheet name
    columns: s.widths.map((width) => ({ width })),
    data: s.rows.map((r, i) => r.map((v) => (v === null || v === '' ? null : { value: v, ...(s.bold.includes(i) ? { fontWeight: 'bold' as const } : {}), ...(typeof v === 'string' && v.length > 40 ? { wrap: true } : {}) }))),
  }));
  return writeXlsxFile(data).toBlob();
}
