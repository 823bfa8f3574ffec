// Import a roster from a spreadsheet (.xlsx or .csv): the file is read on the device, the
// columns are matched by their header, and the user sees a preview with every problem by row
// and column before anything is added. Nothing is saved until "Thêm …" is pressed; bad rows
// are then skipped (or the user fixes the file and picks it again). The page draws only the
// button (so nothing moves when the rest loads, and its first load stays small: issue 15); the
// reading code (Excel and CSV libraries) and the preview (SheetPreview.tsx) load when a file is
// picked.
import { createSignal, lazy, Show } from 'solid-js';
import type { ImportedRow } from '../../lib/meeting/excel/roster-table.ts';
import type { PreviewTable } from './SheetPreview.tsx';
import { errorText } from '../../lib/error-text.ts';

const SheetPreview = lazy(() => import('./SheetPreview.tsx').then((m) => ({ default: m.SheetPreview })));

export function SheetImport(props: { what: string; onConfirm: (rows: ImportedRow[], fileName: string) => void }) {
  const [table, setTable] = createSignal<PreviewTable | null>(null);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true); setError(''); setTable(null);
    try {
      const [{ readSpreadsheet }, { readRosterTable, problemText }] = await Promise.all([
        import('../../lib/meeting/excel/read.ts'), import('../../lib/meeting/excel/roster-table.ts'), SheetPreview.preload(),
      ]);
      const r = await readSpreadsheet(file);
      if (!r.ok) { setError(r.error); return; }
      const t = readRosterTable(r.sheets[0]?.rows ?? []);
      setTable({ ...t, file: file.name, problems: t.errors.map(problemText), notes: t.warnings.map(problemText) });
    } catch (e) {
      setError(`Không đọc được tệp: ${errorText(e)}`);
    } finally {
      setBusy(false);
      if (input) input.value = ''; // the same file can be picked again after fixing it
    }
  };
  const confirm = (t: PreviewTable) => { props.onConfirm(t.rows, t.file); setTable(null); };

  return (
    <div class="sheet-import">
      <label class="button">{busy() ? 'Đang đọc tệp…' : `Nhập ${props.what} từ Excel hoặc CSV…`}
        <input ref={input} class="visually-hidden" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => void pick(e.currentTarget.files?.[0])} data-testid="sheet-import" />
      </label>
      <Show when={error()}><p class="error" role="alert" data-testid="sheet-import-error">{error()}</p></Show>
      <Show when={table()}>{(t) => <SheetPreview table={t()} onConfirm={() => confirm(t())} onCancel={() => setTable(null)} />}</Show>
    </div>
  );
}
