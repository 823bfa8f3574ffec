// The result, as a meeting needs it on a projector: the rating and, in one sentence a secretary
// can say aloud, what decided it and why not one level higher; then the deciding sentence of the
// text itself, whole, with a link that opens the library at that sentence; at most two more
// clauses (the rest behind "Các căn cứ khác"); what the meeting must do before rating
// ("Việc cần làm trước khi xếp loại"); notes; and, band by band, each failed condition in one line.
import { createMemo, createResource, createSignal, For, Index, onCleanup, onMount, Show } from 'solid-js';
import { render } from 'solid-js/web';
import type { CitationOut, ConditionResult, Evaluation, ProcedureItem, WhyNotHigher } from '../../rules/types.ts';
import { shortCitation } from '../../rules/docs.ts';
import { clauseText, decidingBlock } from '../../lib/calculator/clause-text.ts';
import { EVIDENCE_LABEL, RATING_LABEL, SOURCE_LABEL, viDate } from '../../lib/calculator/labels.ts';
import { failedBands, failedLine, verdict } from '../../lib/calculator/verdict.ts';
import { errorText } from '../../lib/error-text.ts';
import { afterPaint } from '../../lib/idle.ts';

export function RatingBadge(p: { rating: Evaluation['rating']; large?: boolean }) {
  // Callers show a badge only for a decided rating; an undecided one never gets a badge.
  return (
    <Show when={p.rating}>
      {(r) => <span class={`badge badge--${r()}`} classList={{ 'badge--large': !!p.large }} data-rating={r()}>{RATING_LABEL[r()]}</span>}
    </Show>
  );
}

const UNPUBLISHED = 'văn bản chưa có trong thư viện';
/** The label of a citation without a link: says the text is not published (once: some labels already say so). */
const unlinkedLabel = (c: CitationOut) => `${c.label}${c.label.includes(UNPUBLISHED) ? '' : ` (${UNPUBLISHED})`}`;

/**
 * The block of the cited clause that holds `words` (decidingBlock), or null while it loads or
 * when the page cannot be read. Keyed by a string: a keystroke that leaves the clause and its
 * words alone fetches nothing.
 */
const useDecidingBlock = (c: () => CitationOut, words: () => string) =>
  createResource(() => (c().url ? `${c().url}\n${words()}` : null), (k) => { const [url, w] = k.split('\n') as [string, string]; return decidingBlock(url, w).catch(() => null); })[0];

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
      <Show when={p.c.url} fallback={<span>{unlinkedLabel(p.c)}</span>}>
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

/**
 * The sentence of the text that decides: the engine's words at once, then the text's own block
 * that holds them, whole, linked by its anchor (the library highlights it on arrival).
 */
function DecidingSentence(p: { c: CitationOut; words: string }) {
  const block = useDecidingBlock(() => p.c, () => p.words);
  const href = () => block()?.href ?? p.c.url;
  return (
    <figure class="deciding-sentence" data-testid="deciding-sentence" data-found={block()?.found ? 'true' : 'false'} data-loaded={block.loading ? 'false' : 'true'}>
      <blockquote class="clause-text">{block()?.text ?? p.words}</blockquote>
      <figcaption>
        <Show when={href()} fallback={<span>{unlinkedLabel(p.c)}</span>}>
          <a href={href()!} class="cite-link" data-testid="deciding-link">{p.c.label}</a>
        </Show>
      </figcaption>
    </figure>
  );
}

function WhyLevel(p: { w: WhyNotHigher; open: boolean }) {
  // Higher bands are rendered only once opened: they are rebuilt on every keystroke otherwise.
  const [open, setOpen] = createSignal(p.open);
  return (
    <details class="why" open={p.open} data-band={p.w.rating} onToggle={(ev) => setOpen(ev.currentTarget.open)}>
      <summary><h4>Chưa đạt “{p.w.label}”: {p.w.failed.length} điều kiện</h4></summary>
      <Show when={open()}>
      <ul>
        <Index each={p.w.failed}>{(f) => {
          const l = () => failedLine(f(), p.w);
          return (
            <li class="failed" data-level={f().rating} data-role={f().role}>
              <span class="why-reason">{l().reason}</span>
              {' · '}<CitationSlot c={f().citation} label={l().cite} />
              <Show when={f().source !== 'van-ban-trung-uong' || f().evidence}>
                <span class="muted"> ({SOURCE_LABEL[f().source]}{f().evidence ? `, ${EVIDENCE_LABEL[f().evidence!]}` : ''})</span>
              </Show>
            </li>
          );
        }}</Index>
      </ul>
      </Show>
    </details>
  );
}

/**
 * The clause of a special situation (sick leave, new appointment…), linked at the sentence that
 * states it: a plan's section may hold many unnumbered bullets (Sao Đỏ II.B.5 has 17).
 */
function SituationClause(p: { c: CitationOut; words: string }) {
  const block = useDecidingBlock(() => p.c, () => p.words);
  return <Show when={p.c.url} fallback={<span>{shortCitation(p.c)}</span>}><a href={block()?.href ?? p.c.url!} class="cite-link" data-testid="note-link">{shortCitation(p.c)}</a></Show>;
}

/** The engine's notes, each with the clause of the special situation that wrote it, when there is one. */
function notesWithClauses(e: Evaluation): { text: string; rule: ConditionResult | null }[] {
  const situations = e.conditions.filter((c) => c.role === 'situation' && c.actual);
  return e.notes.map((text) => ({ text, rule: situations.find((c) => text.startsWith(c.actual)) ?? null }));
}

/** A citation that changes in place (no preview): a link or the label. */
function CitationSlot(p: { c: CitationOut; label?: string }) {
  return <Show when={p.c.url} fallback={<span>{p.label ?? p.c.label}</span>}><a href={p.c.url!} class="cite-link">{p.label ?? p.c.label}</a></Show>;
}

function Procedure(p: { items: readonly ProcedureItem[] }) {
  return (
    <section class="procedure" aria-labelledby="viec-can-lam" data-testid="procedure">
      <h3 id="viec-can-lam">Việc cần làm trước khi xếp loại</h3>
      <ul class="checklist">
        <For each={p.items}>{(it) => (
          <li data-kind={it.kind}>
            <span class="check-box" aria-hidden="true">☐</span> {it.text}{' '}
            <span class="muted">— <CitationSlot c={it.citation} /></span>
          </li>
        )}</For>
      </ul>
    </section>
  );
}

/** Deciding clause, then at most two more on show. */
const SHOWN_CITATIONS = 3;

/**
 * `list()` with every item that equals (same JSON) an item of the previous run replaced by that
 * previous object, and the previous array itself when nothing changed. Each keystroke's evaluation
 * is a new object graph: without this, <For> rebuilt every citation and checklist line per input
 * even when their words were the same (issue 15: patch only what changed).
 */
function sameAsBefore<T>(list: () => readonly T[]): () => readonly T[] {
  let before = new Map<string, T>();
  return createMemo<readonly T[]>((prev) => {
    const now = new Map<string, T>();
    const out = list().map((x) => { const k = JSON.stringify(x); const v = before.get(k) ?? now.get(k) ?? x; now.set(k, v); return v; });
    before = now;
    return prev && prev.length === out.length && prev.every((x, i) => x === out[i]) ? prev : out;
  });
}

/**
 * The result box. The rating is drawn in the frame of the input that decided it; what explains it
 * (the verdict, the clauses, the checklist, why not higher) follows a frame later when the box
 * first opens: drawn at once, that explanation was ≈ 60 % of the first rating's time at 4× CPU
 * (issue 15). Once drawn it follows every input in the same frame as the rating, so it never
 * explains an older input than the one rated.
 */
export function Result(p: { e: Evaluation }) {
  const [explained, setExplained] = createSignal(false);
  onMount(() => onCleanup(afterPaint(() => setExplained(true))));
  return (
    <div class="result" data-testid="result">
      <p class="result-badge" aria-live="polite" data-testid="rating" data-rating={p.e.rating ?? ''}><RatingBadge rating={p.e.rating} large /></p>
      <Show when={explained()}><Explanation e={p.e} /></Show>
    </div>
  );
}

/**
 * Draw the rating once, off-screen, and throw it away: Solid builds each template from its HTML
 * the first time it is used, and the badge's code runs for the first time, which the first
 * answer then does not pay inside its keystroke (issue 15). Its first frame reads only the
 * rating; the explanation waits for a painted frame, so disposing at once never draws it.
 */
export function warmResult(): void {
  const dispose = render(() => <Result e={{ rating: 'HTTNV' } as Evaluation} />, document.createElement('div'));
  dispose();
}

/** Everything under the rating: what decided it, in the meeting's words and the text's. */
function Explanation(p: { e: Evaluation }) {
  const e = () => p.e;
  const v = createMemo(() => verdict(e()));
  const first = () => e().deciding[0] ?? null;
  // The next rating up opens; higher ones are one tap away.
  const bands = createMemo(() => failedBands(e()));
  const moreCites = sameAsBefore(() => e().deciding.slice(1, SHOWN_CITATIONS));
  const otherCites = sameAsBefore(() => e().deciding.slice(SHOWN_CITATIONS));
  const procedure = sameAsBefore(() => e().procedure);
  const notes = sameAsBefore(() => (e().notes.length ? notesWithClauses(e()) : []));
  return (
    <>
      <Show when={v()}>{(x) => (
        <p class="verdict" data-testid="verdict"><strong>{x().rating}</strong> — {x().because}<Show when={x().notHigher}>; {x().notHigher}</Show>.</p>
      )}</Show>
      <Show when={e().rating === 'KHONG_XEP_LOAI'}>
        <p class="reviewed" data-testid="reviewed">{e().reviewed ? 'Không xếp loại chất lượng năm nay, nhưng vẫn phải kiểm điểm.' : 'Không xếp loại và không phải kiểm điểm năm nay.'}</p>
      </Show>
      <p class="muted">Theo {e().rulesetLabel} — kỳ đánh giá năm {e().reviewYear}; áp dụng từ {viDate(e().effectiveFrom)}{e().effectiveTo ? ` đến ${viDate(e().effectiveTo!)}` : ''}.</p>

      <h3>Căn cứ quyết định kết quả</h3>
      <Show when={first()}>{(c) => <DecidingSentence c={c()} words={e().decision.words} />}</Show>
      <Show when={e().deciding.length > 1}>
        <ul class="cites" data-testid="deciding">
          <For each={moreCites()}>{(c) => <li><Citation c={c} /></li>}</For>
        </ul>
      </Show>
      <Show when={e().deciding.length > SHOWN_CITATIONS}>
        <details class="more-cites">
          <summary>Các căn cứ khác ({e().deciding.length - SHOWN_CITATIONS})</summary>
          <ul class="cites"><For each={otherCites()}>{(c) => <li><Citation c={c} /></li>}</For></ul>
        </details>
      </Show>

      <Show when={procedure().length}><Procedure items={procedure()} /></Show>

      <Show when={notes().length}>
        <h3>Lưu ý</h3>
        <ul class="notes"><For each={notes()}>{(n) => <li>{n.text}<Show when={n.rule}>{(r) => <>{' — '}<SituationClause c={r().citation} words={r().words} /></>}</Show></li>}</For></ul>
      </Show>

      <Show when={e().rating !== 'KHONG_XEP_LOAI' && bands().length}>
        <h3>Vì sao chưa đạt mức cao hơn</h3>
        <Index each={bands()}>{(w, i) => <WhyLevel w={w()} open={i === 0} />}</Index>
      </Show>
    </>
  );
}
