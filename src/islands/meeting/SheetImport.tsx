// Import a roster from a spreadsheet (.xlsx or .csv): the file is read on the device, the
// columns are matched by their header, and the user sees a preview with every problem by row
// and column before anything is added. Nothing is saved until "Thêm …" is pressed; bad rows
// are then skipped (or the user fixes the file and picks it again). The reading code (Excel and
// CSV libraries) loads when a file is picked, never with the page.
import { createSignal, For, Show } from 'solid-js';
import type { ImportedRow, RosterTable } from '../../lib/meeting/excel/roster-table.ts';
import { RATING_LABEL } from '../../lib/meeting/labels.ts';
import { errorText } from '../../lib/error-text.ts';

const PREVIEW = 8;

export function SheetImport(props: { what: string; onConfirm: (rows: ImportedRow[], fileName: string) => void }) {
  const [table, setTable] = createSignal<(RosterTable & { file: string; problems: string[]; notes: string[] }) | null>(null);
  const [error, setError] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  let input: HTMLInputElement | undefined;

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true); setError(''); setTable(null);
    try {
      const [{ readSpreadsheet }, { readRosterTable, problemText }] = await Promise.all([import('../../lib/meeting/excel/read.ts'), import('../../lib/meeting/excel/roster-table.ts')]);
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
  const confirm = () => { const t = table(); if (t) { props.onConfirm(t.rows, t.file); setTable(null); } };

  return (
    <div class="sheet-import">
      <label class="button">{busy() ? 'Đang đọc tệp…' : `Nhập ${props.what} từ Excel hoặc CSV…`}
        <input ref={input} class="visually-hidden" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" onChange={(e) => void pick(e.currentTarget.files?.[0])} data-testid="sheet-import" />
      </label>
      <Show when={error()}><p class="error" role="alert" data-testid="sheet-import-error">{error()}</p></Show>
      <Show when={table()}>
        {(t) => (
          <div class="panel" data-testid="sheet-preview" role="region" aria-label="Xem trước tệp nhập">
            <p><strong>{t().file}</strong>: đọc được <strong data-testid="sheet-ok-count">{t().rows.length}</strong> dòng
              <Show when={t().problems.length}>, <strong class="error" data-testid="sheet-bad-count">{t().problems.length}</strong> dòng lỗi</Show>
              {t().headerRow ? ` (dòng tiêu đề: ${t().headerRow})` : ''}. Chưa có gì được lưu.</p>
            <Show when={t().problems.length}>
              <ul class="error" data-testid="sheet-errors"><For each={t().problems}>{(p) => <li>{p}</li>}</For></ul>
              <p class="hint">Sửa các dòng này trong tệp rồi chọn lại tệp, hoặc thêm các dòng hợp lệ và bỏ qua các dòng lỗi.</p>
            </Show>
            <Show when={t().notes.length}><ul class="warn" data-testid="sheet-warnings"><For each={t().notes}>{(p) => <li>{p}</li>}</For></ul></Show>
            <Show when={t().rows.length}>
              <table class="data">
                <caption class="visually-hidden">Các dòng đầu của tệp</caption>
                <thead><tr><th scope="col" class="num">Dòng</th><th scope="col">Họ và tên</th><th scope="col">Mức xếp loại</th><th scope="col">Ghi chú</th></tr></thead>
                <tbody><For each={t().rows.slice(0, PREVIEW)}>{(r) => <tr><td class="num">{r.row}</td><td>{r.name}</td><td>{r.proposed ? RATING_LABEL[r.proposed] : '—'}</td><td>{r.note}</td></tr>}</For></tbody>
              </table>
              <Show when={t().rows.length > PREVIEW}><p class="hint">… và {t().rows.length - PREVIEW} dòng nữa.</p></Show>
            </Show>
            <div class="row-actions">
              <button type="button" class="primary" disabled={!t().rows.length} onClick={confirm} data-testid="sheet-confirm">
                {t().problems.length ? `Thêm ${t().rows.length} dòng hợp lệ, bỏ qua ${t().problems.length} dòng lỗi` : `Thêm ${t().rows.length} dòng`}
              </button>
              <button type="button" onClick={() => setTable(null)} data-testid="sheet-cancel">Huỷ</button>
            </div>
          </div>
        )}
      </Show>
    </div>
  );
}
