// Windowing of a long list in the page (issue 15): only the rows in or near the viewport are in
// the DOM, so the frame after an edit styles, lays out and paints a screenful, not 1 000 rows
// (a trace of the roster at 1 000 rows: ≈ 30 ms a frame at 4× CPU for the DOM alone, whatever
// the edit). No virtual-list library is installed and the design card adds none, so this is the
// small piece the roster needs, written here:
// - the page scrolls (the list is part of the page, not a scroll box): the window follows the
//   viewport's position over the list;
// - rows differ in height (a head of unit shows more fields, a phone stacks the columns): each
//   drawn row is measured (ResizeObserver), an undrawn one counts as the smallest height seen;
//   the rows above and below the window are the list's padding, so the scrollbar and the page's
//   length are those of the whole list and the browser's scroll anchoring keeps what is on
//   screen in place when an estimate is corrected;
// - the row that holds the focus stays drawn wherever the user scrolls (typing never goes into
//   a removed element), and a row can be brought in before it is focused (`keep`);
// - the window can be made for a list already drawn (its code loads only when a list grows long):
//   it finds the list's place and the focused row then;
// - a list of up to `all` rows is drawn whole: the browser's find-in-page sees every row of an
//   ordinary chi bộ; a longer list offers its own search instead (Roster.tsx).
import { createMemo, createSignal, onCleanup, onMount, type Accessor } from 'solid-js';
import { afterPaint } from '../../lib/idle.ts';

export interface RowWindowOptions {
  /** The ids of the rows, in order (plain values: read once per change of the list). */
  ids: Accessor<readonly string[]>;
  /** Up to this many rows, every row is drawn. */
  all: number;
  /** Rows drawn beyond each edge of the viewport, in pixels (a fast flick shows no blank). */
  overscanPx: number;
  /** Height of a row before any was measured (px). */
  estimatePx: number;
}

/** More rows than this arriving at once (a paste, an import) are drawn without overscan in their first frame. */
const JUMP = 100;

export interface RowWindow {
  /** The indices drawn, ascending (a contiguous range, plus the kept row when outside it). */
  indices: Accessor<readonly number[]>;
  /** Space above the first drawn row (px): the rows not drawn there. */
  padTop: Accessor<number>;
  /** Space below the last drawn row (px). */
  padBottom: Accessor<number>;
  /** Space between a drawn row and the drawn row before it (px; 0 when adjacent). */
  gapBefore: (index: number) => number;
  /** Attach to the list element. */
  listRef: (el: HTMLElement) => void;
  /** Measure this drawn row (call from the row's ref; it stops when the row leaves the DOM). */
  measure: (el: HTMLElement, id: string) => void;
  /** Keep this row drawn (e.g. before focusing it); null lets go. The focused row is kept without asking. */
  keep: (id: string | null) => void;
}

/** First index i with off[i] > x (off ascending). */
function firstAbove(off: Float64Array, x: number): number {
  let lo = 0, hi = off.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (off[mid]! > x) hi = mid; else lo = mid + 1; }
  return lo;
}

export function createRowWindow(opts: RowWindowOptions): RowWindow {
  const heights = new Map<string, number>();
  let estimate = opts.estimatePx;
  let smallest = Infinity;
  const [measured, setMeasured] = createSignal(0);
  /** The viewport, in the list's own coordinates (px from the list's top edge). */
  const [view, setView] = createSignal({ top: 0, bottom: typeof innerHeight === 'number' ? innerHeight : 1000 });
  const [focusId, setFocusId] = createSignal<string | null>(null);
  const [keptId, setKeptId] = createSignal<string | null>(null);
  let list: HTMLElement | undefined;

  /** off[i] = top of row i, off[n] = the list's length (padding excluded). */
  const offsets = createMemo(() => {
    measured();
    const ids = opts.ids();
    const off = new Float64Array(ids.length + 1);
    for (let i = 0; i < ids.length; i++) off[i + 1] = off[i]! + (heights.get(ids[i]!) ?? estimate);
    return off;
  });
  // The frame in which many rows arrive at once draws only those on screen (each drawn row costs
  // its style and layout in that frame: a 1 000-line paste's frame at 4× CPU); the overscan is
  // drawn after that frame is painted.
  const [widen, setWiden] = createSignal(0);
  let drawnFor = 0;
  const range = createMemo(() => {
    const n = opts.ids().length;
    widen();
    const jump = n - drawnFor > JUMP;
    drawnFor = n;
    if (n <= opts.all) return { first: 0, last: n };
    const off = offsets(), v = view();
    const over = jump ? 0 : opts.overscanPx;
    if (jump) afterPaint(() => setWiden((k) => k + 1));
    const first = Math.max(0, Math.min(n - 1, firstAbove(off, v.top - over) - 1));
    const last = Math.max(first + 1, Math.min(n, firstAbove(off, v.bottom + over)));
    return { first, last };
  }, { first: 0, last: 0 }, { equals: (a, b) => a.first === b.first && a.last === b.last });
  /** Rows drawn outside the range: the focused one and the one asked for. */
  const extra = createMemo(() => {
    const want = [focusId(), keptId()].filter((x): x is string => !!x);
    if (!want.length) return [] as number[];
    const ids = opts.ids(), { first, last } = range();
    const out: number[] = [];
    for (const id of want) { const i = ids.indexOf(id); if (i >= 0 && (i < first || i >= last) && !out.includes(i)) out.push(i); }
    return out;
  }, [], { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) });
  /** True while the DOM of the rows is being changed (see the focus handling in listRef). */
  let moving = false;
  const indices = createMemo(() => {
    moving = true;
    queueMicrotask(() => { moving = false; });
    const { first, last } = range();
    const out: number[] = [];
    const ex = extra();
    for (const i of ex) if (i < first) out.push(i);
    for (let i = first; i < last; i++) out.push(i);
    for (const i of ex) if (i >= last) out.push(i);
    return out.sort((a, b) => a - b);
  });
  const padTop = () => { const ix = indices(); return ix.length ? offsets()[ix[0]!]! : 0; };
  const padBottom = () => { const ix = indices(), off = offsets(); return ix.length ? off[off.length - 1]! - off[ix[ix.length - 1]! + 1]! : 0; };
  /** For each drawn index after a hole, the hole's height. */
  const gaps = createMemo(() => {
    const ix = indices(), off = offsets();
    const out = new Map<number, number>();
    for (let k = 1; k < ix.length; k++) if (ix[k]! !== ix[k - 1]! + 1) out.set(ix[k]!, off[ix[k]!]! - off[ix[k - 1]! + 1]!);
    return out;
  });

  const locate = () => {
    if (!list) return;
    // Row i's top is the list's top edge + off[i] (the padding stands for the rows above).
    const top = list.getBoundingClientRect().top;
    setView({ top: -top, bottom: innerHeight - top });
  };
  let frame = 0;
  const locateSoon = () => { if (!frame) frame = requestAnimationFrame(() => { frame = 0; locate(); }); };

  const rowOf = new WeakMap<Element, string>();
  let remeasure = false;
  const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => {
    let changed = false;
    for (const e of entries) {
      const id = rowOf.get(e.target);
      if (!id || !e.target.isConnected) continue;
      const h = e.borderBoxSize?.[0]?.blockSize ?? (e.target as HTMLElement).offsetHeight;
      if (!h) continue;
      if (h < smallest) { smallest = h; if (Math.abs(estimate - h) > 0.5) { estimate = h; changed = true; } }
      if (Math.abs((heights.get(id) ?? -1) - h) > 0.5) { heights.set(id, h); changed = true; }
    }
    // The padding follows the measured heights from the next frame on: applied here (the observer
    // runs between layout and paint), it re-rendered and laid out the list again inside the
    // frame being measured. One frame on estimates moves nothing on screen: the drawn rows are in
    // the page's flow, the padding stands for rows out of view.
    if (changed && !remeasure) { remeasure = true; afterPaint(() => { remeasure = false; setMeasured((n) => n + 1); }); }
  });
  // What is above the list (a panel opened, a message) moves it without a scroll event.
  const above = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(locateSoon);

  onMount(() => {
    addEventListener('scroll', locate, { passive: true });
    addEventListener('resize', locateSoon, { passive: true });
    locate();
  });
  onCleanup(() => {
    removeEventListener('scroll', locate);
    removeEventListener('resize', locateSoon);
    if (frame) cancelAnimationFrame(frame);
    ro?.disconnect();
    above?.disconnect();
  });

  const rowIdOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLElement>('[data-row-id]')?.dataset.rowId ?? null : null);
  return {
    indices, padTop, padBottom,
    gapBefore: (index) => gaps().get(index) ?? 0,
    listRef: (el) => {
      list = el;
      el.addEventListener('focusin', (e) => setFocusId(rowIdOf(e.target)));
      el.addEventListener('focusout', (e) => {
        const t = e.target as HTMLElement;
        // Solid moves a kept row's element when the rows around it change (insertBefore: out of
        // the document and back), and the browser drops the focus then: give it back, caret included.
        if (moving && !e.relatedTarget) {
          const caret = t instanceof HTMLInputElement && t.type === 'text' ? [t.selectionStart, t.selectionEnd] as const : null;
          queueMicrotask(() => {
            if (!t.isConnected || (document.activeElement && document.activeElement !== document.body)) { setFocusId(rowIdOf(document.activeElement)); return; }
            t.focus({ preventScroll: true });
            if (caret && t instanceof HTMLInputElement) t.setSelectionRange(caret[0], caret[1]);
          });
          return;
        }
        if (!el.contains(e.relatedTarget as Node | null)) setFocusId(null);
      });
      if (above && el.parentElement?.parentElement) above.observe(el.parentElement.parentElement);
      // A window made for a list already on screen (Roster.tsx loads this code when a list grows
      // long): where the list is now, and the row that already has the focus.
      if (el.isConnected) { locate(); setFocusId(el.contains(document.activeElement) ? rowIdOf(document.activeElement) : null); }
    },
    measure: (el, id) => { rowOf.set(el, id); ro?.observe(el); onCleanup(() => ro?.unobserve(el)); },
    keep: setKeptId,
  };
}
