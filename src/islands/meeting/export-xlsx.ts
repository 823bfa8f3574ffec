// Excel export: loads the workbook writer (and write-excel-file) only when the user asks for a
// file, and hands the .xlsx to the browser as a download.
import { asciiFileName } from '../../lib/documents/text.ts';
import { downloadBlob } from '../../lib/download.ts';
import type { XSheet } from '../../lib/meeting/excel/workbooks.ts';

export async function downloadXlsx(sheets: () => XSheet[] | Promise<XSheet[]>, fileName: string): Promise<void> {
  const { workbookBlob } = await import('../../lib/meeting/excel/write.ts');
  downloadBlob(await workbookBlob(await sheets()), `${asciiFileName(fileName)}.xlsx`);
}
