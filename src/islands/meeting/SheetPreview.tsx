// The preview of a spreadsheet picked for import (SheetImport.tsx): how many rows were read,
// every problem by row and column, the first rows. Loads with the reading code, on the pick.
import { For, Show } from 'solid-js';
import type { RosterTable } from '../../lib/meeting/excel/roster-table.ts';
import { RATING_LABEL } from '../../lib/meeting/labels.ts';

const PREVIEW = 8;

export type PreviewTable = RosterTable & { file: string; problems: string[]; notes: string[] };

export function SheetPreview(props: { table: PreviewTable; onConfirm: () => void; onCancel: () => void }) {
  const t = () => props.table;
  return (
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
        <button type="button" class="primary" disabled={!t().rows.length} onClick={() => props.onConfirm()} data-testid="sheet-confirm">
          {t().problems.length ? `Thêm ${t().rows.length} dòng hợp lệ, bỏ qua ${t().problems.length} dòng lỗi` : `Thêm ${t().rows.length} dòng`}
        </button>
        <button type="button" onClick={() => props.onCancel()} data-testid="sheet-cancel">Huỷ</button>
      </div>
    </div>
  );
}
