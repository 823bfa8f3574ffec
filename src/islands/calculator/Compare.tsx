// "So sánh theo quy định": the same facts under every ruleset, side by side (2018 → 2025). Honest
// about what it does not know: a ruleset that needs facts the form has not been given ("Cần thêm")
// shows what it needs and a button to add them, never a rating; a column whose result differs
// from the ruleset in use says why, in its deciding clause's words, and which questions differ.
import { Index, Show } from 'solid-js';
import type { CompareRow } from '../../lib/calculator/compute.ts';
import type { RulesetId } from '../../rules/types.ts';
import { RATING_LABEL } from '../../lib/calculator/labels.ts';
import { Citation, RatingBadge } from './Result.tsx';

const listText = (xs: readonly string[], max = 4) => (xs.length > max ? `${xs.slice(0, max).join('; ')}; và ${xs.length - max} câu hỏi khác` : xs.join('; '));

/**
 * `busy`: some rows are not yet of the current input (the island computes them in idle time); the
 * comparison says so above its columns, so an old result is never read as the current one. The
 * line keeps its height either way: the columns do not move with each keystroke.
 */
export function Compare(p: { rows: CompareRow[]; busy: boolean; onUse: (id: RulesetId) => void; onAdd: (id: RulesetId) => void }) {
  const current = () => p.rows.find((r) => r.current);
  return (
    <section class="compare no-print" aria-labelledby="so-sanh">
      <h2 id="so-sanh">So sánh theo quy định</h2>
      <p class="muted">Cùng dữ kiện và cùng ngày đánh giá, tính theo từng quy định. Quy định cần dữ kiện chưa nhập thì chưa có kết quả.</p>
      <p class="compare-busy" data-testid="compare-busy" data-busy={p.busy ? 'true' : 'false'}>{p.busy ? 'Đang cập nhật phần so sánh theo dữ kiện vừa nhập…' : ''}</p>
      <ul class="compare-grid" data-testid="compare" aria-busy={p.busy ? 'true' : 'false'}>
        <Index each={p.rows}>{(row) => { const r = () => row(); return (
          <li class="compare-col" classList={{ 'compare-col--current': r().current, 'compare-col--differs': r().differs }} data-ruleset={r().rulesetId} data-differs={r().differs ? 'true' : 'false'} data-needs={r().needs.length ? 'true' : 'false'}>
            <h3>{r().label}</h3>
            <Show when={r().current}><p class="tag">Đang dùng</p></Show>
            <Show when={r().problem}><p class="field-error">{r().problem}</p></Show>
            <Show when={!r().problem && r().needs.length}>
              <p class="compare-needs" data-testid="compare-needs"><strong>Cần thêm:</strong> {listText(r().needs)}.</p>
              <Show when={!r().current}><button type="button" class="small" onClick={() => p.onAdd(r().rulesetId)}>Nhập thêm dữ kiện này</button></Show>
            </Show>
            <Show when={r().rating}>
              <p><RatingBadge rating={r().rating!} /></p>
              <Show when={r().rating === 'KHONG_XEP_LOAI'}><p>{r().reviewed ? 'Vẫn kiểm điểm.' : 'Không kiểm điểm.'}</p></Show>
              <Show when={r().differs}>
                <p class="tag tag--differs">Khác với quy định đang dùng{current()?.rating ? ` (${RATING_LABEL[current()!.rating!]})` : ''}</p>
                <Show when={r().decidingWords}><p class="compare-why">Vì: “{r().decidingWords}”</p></Show>
              </Show>
              <Show when={r().deciding[0]}><p class="muted">Căn cứ: <Citation c={r().deciding[0]!} preview={false} /></p></Show>
            </Show>
            <Show when={!r().current && (r().notAskedHere.length || r().notReadThere.length)}>
              <p class="muted compare-diff">
                <Show when={r().notAskedHere.length}>Quy định này còn xét: {listText(r().notAskedHere)}. </Show>
                <Show when={r().notReadThere.length}>Không xét: {listText(r().notReadThere)}.</Show>
              </p>
            </Show>
            <Show when={!r().current}><button type="button" class="small" onClick={() => p.onUse(r().rulesetId)}>Dùng quy định này</button></Show>
          </li>
        ); }}</Index>
      </ul>
    </section>
  );
}

