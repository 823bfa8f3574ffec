// Small form controls shared by the meeting screens. Invalid input is flagged next to the field
// in Vietnamese and never reaches the stored draft.
import { createSignal, createEffect, createRenderEffect, For, Index, Show, type JSX } from 'solid-js';
import type { LevelCode, RatingCode } from '../../rules/index.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';

export const LEVELS: readonly LevelCode[] = ['xuat-sac', 'tot', 'trung-binh', 'kem'];
export const LEVEL_LABEL: Record<LevelCode, string> = { 'xuat-sac': 'Xuất sắc', tot: 'Tốt', 'trung-binh': 'Trung bình', kem: 'Kém' };

let uid = 0;
export const nextId = (p: string) => `${p}-${++uid}`;

/** A number field: keeps what the user typed, reports a valid number (or undefined when empty). */
export function NumberField(props: {
  label: JSX.Element; value: number | undefined; onValue: (n: number | undefined) => void;
  min?: number; max?: number; integer?: boolean; testId?: string; hint?: string; required?: boolean;
}) {
  const id = nextId('nf');
  const [text, setText] = createSignal(props.value === undefined ? '' : String(props.value));
  const [error, setError] = createSignal('');
  // Follow outside changes (e.g. a draft loaded) unless the user is mid-edit with an error.
  createEffect(() => {
    const v = props.value;
    if (!error() && Number(text()) !== v) setText(v === undefined ? '' : String(v));
  });
  const onInput = (raw: string) => {
    setText(raw);
    const s = raw.trim().replace(',', '.');
    if (s === '') {
      setError(props.required ? 'Cần nhập số.' : '');
      props.onValue(undefined);
      return;
    }
    const n = Number(s);
    let msg = '';
    if (!Number.isFinite(n)) msg = 'Phải là một số.';
    else if (props.integer && !Number.isInteger(n)) msg = 'Phải là số nguyên.';
    else if (props.min !== undefined && n < props.min) msg = `Không được nhỏ hơn ${props.min}.`;
    else if (props.max !== undefined && n > props.max) msg = `Không được lớn hơn ${props.max}.`;
    setError(msg);
    if (!msg) props.onValue(n);
  };
  return (
    <label class="field" for={id}>
      {props.label}
      <input id={id} type="text" inputmode={props.integer ? 'numeric' : 'decimal'} value={text()} onInput={(e) => onInput(e.currentTarget.value)}
        aria-invalid={!!error()} aria-describedby={`${id}-msg`} data-testid={props.testId} />
      <span id={`${id}-msg`} class={error() ? 'error' : 'hint'}>{error() || props.hint || ''}</span>
    </label>
  );
}

export function RatingSelect(props: { value: RatingCode | ''; onValue: (r: RatingCode | '') => void; label: string; withNotRated?: boolean; emptyLabel?: string; testId?: string; extra?: JSX.Element }) {
  const el = (
    <select aria-label={props.label} onChange={(e) => props.onValue(e.currentTarget.value as RatingCode | '')} data-testid={props.testId}>
      <option value="">{props.emptyLabel ?? '— chọn —'}</option>
      <For each={GRADES}>{(g) => <option value={g}>{RATING_LABEL[g]}</option>}</For>
      <Show when={props.withNotRated}><option value="KHONG_XEP_LOAI">Không xếp loại</option></Show>
      {props.extra}
    </select>
  ) as HTMLSelectElement;
  // The value is set only when the select does not show it already (after its options, as
  // `value={…}` would): the select the user just changed shows the new value, and setting it again
  // made Chromium select that option anew inside the change's task (≈ 0.8 ms at 4× CPU in an edit
  // of a roster of 1 000, a CDP trace; issue 15).
  createRenderEffect(() => { const v = props.value; if (el.value !== v) el.value = v; });
  return el;
}

/** A list of criterion levels (each criterion one select), with add/remove. */
export function LevelList(props: { legend: string; values: readonly LevelCode[]; onValues: (v: LevelCode[]) => void; hint?: string; testId?: string }) {
  return (
    <fieldset data-testid={props.testId}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}><p class="hint">{props.hint}</p></Show>
      <div class="levels">
        <Index each={props.values}>
          {(v, i) => (
            <select value={v()} aria-label={`${props.legend} — tiêu chí ${i + 1}`} onChange={(e) => { const next = [...props.values]; next[i] = e.currentTarget.value as LevelCode; props.onValues(next); }}>
              <For each={LEVELS}>{(l) => <option value={l}>{LEVEL_LABEL[l]}</option>}</For>
            </select>
          )}
        </Index>
        <button type="button" onClick={() => props.onValues([...props.values, 'tot'])} aria-label={`Thêm tiêu chí: ${props.legend}`}>+</button>
        <Show when={props.values.length > 0}>
          <button type="button" onClick={() => props.onValues(props.values.slice(0, -1))} aria-label={`Bớt tiêu chí cuối: ${props.legend}`}>−</button>
        </Show>
      </div>
    </fieldset>
  );
}
