// The result of the calculator: the rating as a large badge, the clauses that decide it (links
// into the library with an offline preview in place), notes, and "Vì sao chưa đạt mức cao hơn"
// with actual vs required for each missing condition and where the rule comes from.
import { createSignal, For, Index, Show } from 'solid-js';
import type { CitationOut, Evaluation, WhyNotHigher } from '../../rules/types.ts';
import { clauseText } from '../../lib/calculator/clause-text.ts';
import { EVIDENCE_LABEL, RATING_LABEL, SOURCE_LABEL, viDate } from '../../lib/calculator/labels.ts';
import { errorText } from '../../lib/error-text.ts';

export function RatingBadge(p: { rating: Evaluation['rating']; large?: boolean }) {
  // No badge when a deciding fact is missing (rating null): a confident wrong answer is worse than none.
  return (
    <Show when={p.rating} fallback={<span class="muted" data-rating="">Chưa xếp loại được: còn thiếu dữ kiện quyết định</span>}>
      {(r) => <span class={`badge badge--${r()}`} classList={{ 'badge--large': !!p.large }} data-rating={r()}>{RATING_LABEL[r()]}</span>}
    </Show>
  );
}

/** A citation: link into the library when the text is published, plus "Xem nội dung" in place. */
export function Citation(p: { c: CitationOut; preview?: boolean }) {
  const [open, setOpen] = createSignal(false);
  const [text, setText] = createSignal<string | null>(null);
  const [err, setErr] = createSignal<string | null>(null);
  const toggle = async () => {
    const next = !open();
    setOpen(next);
    if (next && text() === null && p.c.url) {
      try { setText(await clauseText(p.c.url)); setErr(null); }
      catch (e) { setErr(`Không xem được nội dung: ${errorText(e)}.`); }
    }
  };
  const previewId = () => `xem-${p.c.doc}-${p.c.path.join('-').replace(/[^A-Za-z0-9-]/g, '_')}`;
  return (
    <span class="citation">
      <Show when={p.c.url} fallback={<span>{p.c.label} <span class="muted">(văn bản chưa có trong thư viện)</span></span>}>
        <a href={p.c.url!} class="cite-link">{p.c.label}</a>
        <Show when={p.preview !== false}>
          {' '}<button type="button" class="small no-print" aria-expanded={open()} aria-controls={previewId()} onClick={toggle}>{open() ? 'Ẩn nội dung' : 'Xem nội dung'}</button>
          <Show when={open()}>
            <span class="clause-preview" id={previewId()} role="region" aria-label={`Nội dung ${p.c.label}`}>
              <Show when={text() !== null || err()} fallback={<span class="muted">Đang mở văn bản…</span>}>
                <Show when={err()} fallback={<span class="clause-text">{text()}</span>}><span class="field-error">{err()}</span></Show>
              </Show>
            </span>
          </Show>
        </Show>
      </Show>
    </span>
  );
}

function WhyLevel(p: { w: WhyNotHigher; open: boolean }) {
  const [open, setOpen] = createSignal(p.open);
  return (
    <details class="why" open={p.open} onToggle={(ev) => setOpen(ev.currentTarget.open)}>
      <summary><h4>Chưa đạt “{p.w.label}” ({p.w.failed.length} điều kiện)</h4></summary>
      <Show when={open()}>
        <ul>
          <Index each={p.w.failed}>{(f) => (
            <li class="failed">
              <p>{f().sentence}</p>
              <dl class="actual-required">
                <dt>Thực tế</dt><dd>{f().actual}</dd>
                <dt>Yêu cầu</dt><dd>{f().required}</dd>
                <dt>Nguồn</dt><dd>{SOURCE_LABEL[f().source]}{f().evidence ? ` (${EVIDENCE_LABEL[f().evidence!]})` : ''} — <CitationSlot c={f().citation} /></dd>
              </dl>
            </li>
          )}</Index>
        </ul>
      </Show>
    </details>
  );
}

/** A citation that changes in place (no preview): a link or the label. */
function CitationSlot(p: { c: CitationOut }) {
  return <Show when={p.c.url} fallback={<span>{p.c.label}</span>}><a href={p.c.url!} class="cite-link">{p.c.label}</a></Show>;
}

export function Result(p: { e: Evaluation }) {
  const e = () => p.e;
  return (
    <div class="result" data-testid="result">
      <p class="result-badge" aria-live="polite" data-testid="rating" data-rating={e().rating}><RatingBadge rating={e().rating} large /></p>
      <Show when={e().missing.length}>
        <p class="reviewed" data-testid="missing">Cần nhập thêm: {e().missing.join(', ')}.</p>
      </Show>
      <Show when={e().rating === 'KHONG_XEP_LOAI'}>
        <p class="reviewed" data-testid="reviewed">{e().reviewed ? 'Không xếp loại chất lượng năm nay, nhưng vẫn phải kiểm điểm.' : 'Không xếp loại và không phải kiểm điểm năm nay.'}</p>
      </Show>
      <p class="muted">Theo {e().rulesetLabel} — áp dụng từ {viDate(e().effectiveFrom)}{e().effectiveTo ? ` đến ${viDate(e().effectiveTo!)}` : ''}.</p>

      <h3>Căn cứ quyết định kết quả</h3>
      <ul class="cites" data-testid="deciding">
        <For each={e().deciding}>{(c) => <li><Citation c={c} /></li>}</For>
      </ul>

      <Show when={e().notes.length}>
        <h3>Lưu ý</h3>
        <ul class="notes"><For each={e().notes}>{(n) => <li>{n}</li>}</For></ul>
      </Show>

      <Show when={e().whyNotHigher.length}>
        <h3>{e().rating === 'KHONG_XEP_LOAI' ? 'Vì sao không xếp loại' : 'Vì sao chưa đạt mức cao hơn'}</h3>
        {/* The next rating up is shown open; higher ones are one tap away and rendered only when opened
            (they repeat the lower conditions and would otherwise be rebuilt on every keystroke). Index,
            not For: explanations are new objects on every keystroke, so rows are kept and only their text changes. */}
        <Index each={e().whyNotHigher}>{(w, i) => (
          <WhyLevel w={w()} open={e().rating === 'KHONG_XEP_LOAI' ? i === 0 : i === e().whyNotHigher.length - 1} />
        )}</Index>
      </Show>
    </div>
  );
}
