// The engine's evaluation explained the way the calculator explains it: the rating as a badge,
// the clauses that decide it as links into the library, "Vì sao chưa đạt mức cao hơn" with each
// failed condition's sentence, and the notes (special situations, silent sources). Lists use
// <Index>: a new evaluation on every edit updates the text in place instead of rebuilding nodes.
import { Index, Show } from 'solid-js';
import { CitationLink } from './CitationLink.tsx';
import type { Evaluation } from '../../rules/index.ts';
import { RATING_LABEL } from '../../lib/meeting/labels.ts';

const DECIDED_BY: Record<Evaluation['decision']['by'], string> = {
  band: 'Căn cứ quyết định', cap: 'Mức trần', 'khtnv-case': 'Trường hợp không hoàn thành nhiệm vụ', situation: 'Trường hợp không xếp loại', missing: 'Chưa đủ dữ kiện',
};

export function ResultView(props: { evaluation: Evaluation; subject: string; testId?: string }) {
  const e = () => props.evaluation;
  return (
    <div class="result" data-testid={props.testId}>
      <p>
        {props.subject}: <Show when={e().rating} fallback={<span class="muted">chưa xếp loại được (còn thiếu dữ kiện)</span>}>{(r) => <span class="badge" data-rating={r()}>{RATING_LABEL[r()]}</span>}</Show>
        <Show when={e().rating === 'KHONG_XEP_LOAI'}> <span class="muted">{e().reviewed ? '(vẫn kiểm điểm)' : '(không kiểm điểm)'}</span></Show>
      </p>
      <p class="muted">Theo: {e().rulesetLabel}</p>
      {/* What decided the result, in the clause's own words, first (as the calculator says it). */}
      <Show when={e().decision.words}>
        <p data-testid={props.testId ? `${props.testId}-decision` : undefined}>
          <strong>{DECIDED_BY[e().decision.by]}:</strong> “{e().decision.words}”
          <Show when={e().decision.citation}>{(c) => <> — <CitationLink c={c()} /></>}</Show>
        </p>
      </Show>
      <Show when={e().rating === null && e().missing.length}>
        <p class="warn">Còn thiếu dữ kiện: {e().missing.join(', ')}.</p>
      </Show>
      <Show when={e().deciding.length}>
        <h3>Điều khoản quyết định</h3>
        <ul>
          <Index each={e().deciding}>{(c) => <li><CitationLink c={c()} /></li>}</Index>
        </ul>
      </Show>
      <Show when={e().whyNotHigher.some((w) => w.failed.length)}>
        <h3>Vì sao chưa đạt mức cao hơn</h3>
        {/* Each band lists only its own failed conditions (engine v2); a band whose own conditions
            are met is out of reach because of a lower band's, which is said rather than repeated. */}
        <Index each={e().whyNotHigher}>
          {(w) => (
            <>
              <p><strong>Chưa đạt “{w().label}”</strong></p>
              <Show when={w().failed.length} fallback={<p class="muted">Các điều kiện riêng của mức này đã đạt; còn vướng điều kiện của mức thấp hơn nêu dưới đây.</p>}>
                <ul>
                  <Index each={w().failed}>{(f) => <li>{f().sentence} <Show when={f().citation.url}>{(u) => <a href={u()} aria-label={`Xem ${f().citation.label}`}>(xem)</a>}</Show></li>}</Index>
                </ul>
              </Show>
            </>
          )}
        </Index>
      </Show>
      <Show when={e().notes.length}>
        <h3>Lưu ý</h3>
        <ul><Index each={e().notes}>{(n) => <li>{n()}</li>}</Index></ul>
      </Show>
    </div>
  );
}
