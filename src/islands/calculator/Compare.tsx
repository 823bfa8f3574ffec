// "So sánh theo quy định": the same facts under every ruleset, side by side (2021 → 2023 →
// 2025), with the columns whose result differs from the ruleset in use marked in words and colour.
import { For, Index, Show } from 'solid-js';
import type { CompareRow } from '../../lib/calculator/compute.ts';
import type { RulesetId } from '../../rules/types.ts';
import { Citation, RatingBadge } from './Result.tsx';

export function Compare(p: { rows: CompareRow[]; onUse: (id: RulesetId) => void }) {
  return (
    <section class="compare no-print" aria-labelledby="so-sanh">
      <h2 id="so-sanh">So sánh theo quy định</h2>
      <p class="muted">Cùng dữ kiện và cùng ngày đánh giá, tính theo từng bộ quy định. Dữ kiện mà một quy định cần nhưng biểu mẫu hiện tại không hỏi được coi như không có.</p>
      <ul class="compare-grid" data-testid="compare">
        <Index each={p.rows}>{(row) => { const r = () => row(); return (
          <li class="compare-col" classList={{ 'compare-col--current': r().current, 'compare-col--differs': r().differs }} data-ruleset={r().rulesetId} data-differs={r().differs ? 'true' : 'false'}>
            <h3>{r().label}</h3>
            <Show when={r().current}><p class="tag">Đang dùng</p></Show>
            <Show when={r().differs}><p class="tag tag--differs">Khác với quy định đang dùng</p></Show>
            <Show when={r().rating} fallback={<p class="field-error">{r().problem}</p>}>
              <p><RatingBadge rating={r().rating!} /></p>
              <Show when={r().rating === 'KHONG_XEP_LOAI'}><p>{r().reviewed ? 'Vẫn kiểm điểm.' : 'Không kiểm điểm.'}</p></Show>
              <Show when={r().deciding.length}>
                <p class="muted">Căn cứ chính:</p>
                <ul class="cites"><For each={r().deciding.slice(0, 2)}>{(c) => <li><Citation c={c} preview={false} /></li>}</For></ul>
              </Show>
            </Show>
            <Show when={r().notAskedHere > 0}><p class="muted">{r().notAskedHere} dữ kiện quy định này cần nhưng chưa được hỏi ở biểu mẫu hiện tại.</p></Show>
            <Show when={!r().current}><button type="button" class="small" onClick={() => p.onUse(r().rulesetId)}>Dùng quy định này</button></Show>
          </li>
        ); }}</Index>
      </ul>
    </section>
  );
}
