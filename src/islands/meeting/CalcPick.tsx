// Pulling people (or organizations) into the roster from the calculator's drafts: each draft
// with its rating, every one not yet on the roster ticked, so pulling the whole chi bộ is one
// click. Loads with the drafts list, on "Lấy từ bản nháp Tính xếp loại…" (Roster.tsx).
import { createSignal, For, Show, untrack } from 'solid-js';
import type { CalculatorDraftSummary } from '../../lib/meeting/drafts.ts';
import { RATING_LABEL } from '../../lib/meeting/labels.ts';

export function CalcPick(props: {
  list: CalculatorDraftSummary[];
  /** Whether the roster already has a row from this draft. */
  onRoster: (draftId: string) => boolean;
  add: (chosen: CalculatorDraftSummary[]) => void;
  close: () => void;
}) {
  const [picked, setPicked] = createSignal<ReadonlySet<string>>(new Set(untrack(() => props.list.filter((c) => !props.onRoster(c.id)).map((c) => c.id))));
  const toggle = (id: string, on: boolean) => setPicked((cur) => { const n = new Set(cur); if (on) n.add(id); else n.delete(id); return n; });
  return (
    <div class="panel" data-testid="calc-pick">
      <Show when={props.list.length} fallback={<p class="hint">Chưa có bản nháp cá nhân nào ở mục Tính xếp loại.</p>}>
        <div class="row-actions">
          <button type="button" onClick={() => setPicked(new Set(props.list.map((c) => c.id)))}>Chọn tất cả</button>
          <button type="button" onClick={() => setPicked(new Set())}>Bỏ chọn tất cả</button>
        </div>
        <ul class="plain">
          <For each={props.list}>{(c) => (
            <li><label class="check"><input type="checkbox" checked={picked().has(c.id)} onChange={(e) => toggle(c.id, e.currentTarget.checked)} /> {c.name} — {c.rating ? RATING_LABEL[c.rating] : 'chưa tính được'}{props.onRoster(c.id) ? ' (đã có trong danh sách)' : ''}</label></li>
          )}</For>
        </ul>
        <div class="row-actions">
          <button type="button" class="primary" disabled={!picked().size} onClick={() => props.add(props.list.filter((c) => picked().has(c.id)))} data-testid="calc-add">Thêm {picked().size} người đã chọn</button>
          <button type="button" onClick={() => props.close()}>Đóng</button>
        </div>
      </Show>
    </div>
  );
}
