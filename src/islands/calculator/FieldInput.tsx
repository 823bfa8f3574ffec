// One question of the calculator form: label in plain Vietnamese, the input, the message when
// the value is not valid (next to the field, linked with aria-describedby), and "Quy định nói
// gì?" — the words of the clauses that read this fact, one tap away.
import { createMemo, createSignal, For, Index, Show, type JSX } from 'solid-js';
import { CAUSES, DISCIPLINE_FORMS, EVENT_FORMS, type FieldDef } from '../../lib/calculator/fields.ts';
import { GRADES, LEVEL_LABEL, LEVELS, RATING_LABEL, SOURCE_LABEL } from '../../lib/calculator/labels.ts';
import type { ClauseHelp } from '../../lib/calculator/compute.ts';

export interface FieldProps {
  def: FieldDef;
  value: unknown;
  errors: Record<string, string>;
  /** null while the rules engine has not loaded yet (opening the help loads it). */
  help: ClauseHelp[] | null;
  onChange: (path: string, value: unknown) => void;
  /** A number input holds text that is not a number (reported like any other error). */
  onBadInput: (key: string, bad: boolean) => void;
}

/** DOM id of a field (or of one part of a list item). */
export const fieldId = (key: string) => 'f-' + key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Field access for one object in a list (a disciplinary decision, an event): its current value,
 *  the error key of each of its fields, and an update that drops a field set to undefined. */
function listItemFields(key: string, item: unknown, i: number, put: (next: unknown) => void) {
  const r = () => obj(item);
  const k = (f: string) => `${key}[${i}].${f}`;
  const upd = (f: string, v: unknown) => { const n = { ...r() }; if (v === undefined) delete n[f]; else n[f] = v; put(n); };
  return { r, k, upd };
}

function ErrorText(p: { fkey: string; errors: Record<string, string> }) {
  return <Show when={p.errors[p.fkey]}><p class="field-error" id={`${fieldId(p.fkey)}-loi`}>{p.errors[p.fkey]}</p></Show>;
}

function describedBy(key: string, errors: Record<string, string>, hint?: boolean): string | undefined {
  const ids = [hint ? `${fieldId(key)}-goi-y` : '', errors[key] ? `${fieldId(key)}-loi` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

interface NumberProps {
  fkey: string;
  value: unknown;
  errors: Record<string, string>;
  /** Percent fields show 0–100 and store a share 0–1. */
  percent?: boolean;
  decimals?: boolean;
  min?: number;
  max?: number;
  onValue: (v: number | undefined) => void;
  onBadInput: (key: string, bad: boolean) => void;
  hint?: boolean;
  label?: string;
}

function NumberInput(p: NumberProps) {
  const shown = () => (typeof p.value === 'number' ? String(p.percent ? Math.round(p.value * 10000) / 100 : p.value) : '');
  return (
    <input
      id={fieldId(p.fkey)} type="number" inputmode={p.decimals || p.percent ? 'decimal' : 'numeric'}
      min={p.min ?? 0} max={p.max} step={p.decimals || p.percent ? 'any' : 1}
      value={shown()} aria-label={p.label}
      aria-invalid={p.errors[p.fkey] ? 'true' : undefined} aria-describedby={describedBy(p.fkey, p.errors, p.hint)}
      onInput={(e) => {
        const el = e.currentTarget;
        if (el.value === '') {
          p.onBadInput(p.fkey, el.validity.badInput);
          if (!el.validity.badInput) p.onValue(undefined);
          return;
        }
        p.onBadInput(p.fkey, false);
        const n = Number(el.value);
        p.onValue(p.percent ? Math.round(n * 100) / 10000 : n);
      }}
    />
  );
}

function Select(p: { fkey: string; value: unknown; errors: Record<string, string>; options: readonly (readonly [string, string])[]; empty?: string; onValue: (v: string | undefined) => void; label?: string; hint?: boolean }) {
  return (
    <select id={fieldId(p.fkey)} aria-label={p.label} aria-invalid={p.errors[p.fkey] ? 'true' : undefined} aria-describedby={describedBy(p.fkey, p.errors, p.hint)}
      onChange={(e) => p.onValue(e.currentTarget.value || undefined)}>
      <Show when={p.empty !== undefined}><option value="" selected={p.value === undefined}>{p.empty}</option></Show>
      <For each={p.options}>{([v, l]) => <option value={v} selected={p.value === v}>{l}</option>}</For>
    </select>
  );
}

const RATING_OPTIONS = [...GRADES, 'KHONG_XEP_LOAI' as const].map((g) => [g, RATING_LABEL[g]] as const);
const LEVEL_OPTIONS = LEVELS.map((l) => [l, LEVEL_LABEL[l]] as const);

/** Lists (criteria levels, ratings, discipline decisions): one row per item, add and remove buttons. */
function ListEditor(p: {
  fkey: string; label: string; items: unknown[]; errors: Record<string, string>;
  addLabel: string; itemLabel: (i: number) => string; blank: () => unknown; min?: number;
  onItems: (items: unknown[] | undefined) => void; row: (item: unknown, i: number, set: (v: unknown) => void) => JSX.Element;
}) {
  const set = (i: number, v: unknown) => { const next = [...p.items]; next[i] = v; p.onItems(next); };
  const remove = (i: number) => { const next = p.items.filter((_, j) => j !== i); p.onItems(next.length ? next : undefined); };
  // A list of criteria is never emptied: a rating needs at least one criterion.
  const removable = () => p.items.length > (p.min ?? 0);
  return (
    <div class="list-editor" id={fieldId(p.fkey)} role="group" aria-label={p.label}>
      <Show when={p.items.length === 0}><p class="list-empty">Chưa có.</p></Show>
      <Index each={p.items}>{(item, i) => (
        <div class="list-row">
          <span class="list-num">{p.itemLabel(i)}</span>
          {p.row(item(), i, (v) => set(i, v))}
          <Show when={removable()}><button type="button" class="small" onClick={() => remove(i)}>Xoá<span class="visually-hidden"> {p.itemLabel(i).toLowerCase()}</span></button></Show>
        </div>
      )}</Index>
      <button type="button" class="small" onClick={() => p.onItems([...p.items, p.blank()])}>+ {p.addLabel}</button>
    </div>
  );
}

function Check(p: { fkey: string; checked: boolean; label: string; onValue: (v: boolean) => void }) {
  return <label class="check"><input type="checkbox" id={fieldId(p.fkey)} checked={p.checked} onChange={(e) => p.onValue(e.currentTarget.checked)} />{p.label}</label>;
}

/** "Quy định nói gì?": rendered only when opened (most people never open most of them). */
function Help(p: { help: ClauseHelp[] | null }) {
  const [open, setOpen] = createSignal(false);
  return (
    <Show when={p.help === null || p.help.length}>
      <details class="rule-help" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Quy định nói gì?</summary>
        <Show when={open()}>
          <Show when={p.help} fallback={<p class="muted">Đang tải nguyên văn điều khoản…</p>}>{(list) => (
            <ul>
              <For each={list()}>{(h) => (
                <li>
                  <blockquote>{h.words}</blockquote>
                  <p class="rule-cite">
                    <Show when={h.citation.url} fallback={<span>{h.citation.label}</span>}><a href={h.citation.url!}>{h.citation.label}</a></Show>
                    {' · '}<span class="source">{SOURCE_LABEL[h.source]}</span>
                  </p>
                </li>
              )}</For>
            </ul>
          )}</Show>
        </Show>
      </details>
    </Show>
  );
}

export function FieldInput(p: FieldProps) {
  // A memo per field: typing in one box re-renders that box only (=== on values; lists keep their identity when untouched).
  const value = createMemo(() => p.value);
  const d = p.def;
  const key = d.path;
  const set = (v: unknown) => p.onChange(key, v);
  const hint = !!d.hint;
  const t = d.type;
  const labelled = t.t !== 'bool';
  const input = (): JSX.Element => {
    switch (t.t) {
      case 'count': return <NumberInput fkey={key} value={value()} errors={p.errors} onValue={set} onBadInput={p.onBadInput} hint={hint} />;
      case 'score': return <NumberInput fkey={key} value={value()} errors={p.errors} decimals max={100} onValue={set} onBadInput={p.onBadInput} hint={hint} />;
      case 'months': return <NumberInput fkey={key} value={value()} errors={p.errors} decimals max={12} onValue={set} onBadInput={p.onBadInput} hint={hint} />;
      case 'percent': return <NumberInput fkey={key} value={value()} errors={p.errors} percent max={100} onValue={set} onBadInput={p.onBadInput} hint={hint} />;
      case 'date': return <input id={fieldId(key)} type="date" value={typeof value() === 'string' ? (value() as string) : ''} aria-invalid={p.errors[key] ? 'true' : undefined} aria-describedby={describedBy(key, p.errors, hint)} onChange={(e) => set(e.currentTarget.value || undefined)} />;
      case 'bool': return <Check fkey={key} checked={value() === true} label={d.label} onValue={(v) => set(v || undefined)} />;
      case 'rating': return <Select fkey={key} value={value()} errors={p.errors} options={RATING_OPTIONS} empty="— Không có / chưa biết —" onValue={set} hint={hint} />;
      case 'enum': return <Select fkey={key} value={value()} errors={p.errors} options={t.options} onValue={set} hint={hint} />;
      case 'levels': return (
        <ListEditor fkey={key} label={d.label} items={arr(value())} errors={p.errors} min={1} addLabel="Thêm tiêu chí" itemLabel={(i) => `Tiêu chí ${i + 1}`} blank={() => 'tot'}
          onItems={(v) => set(v ?? [])}
          row={(item, i, put) => <Select fkey={`${key}[${i}]`} label={`${d.label}: tiêu chí ${i + 1}`} value={item} errors={p.errors} options={LEVEL_OPTIONS} onValue={(v) => put(v ?? 'tot')} />} />
      );
      case 'ratings': return (
        <ListEditor fkey={key} label={d.label} items={arr(value())} errors={p.errors} addLabel="Thêm tổ chức" itemLabel={(i) => `Tổ chức ${i + 1}`} blank={() => 'HTTNV'}
          onItems={set}
          row={(item, i, put) => <Select fkey={`${key}[${i}]`} label={`Xếp loại tổ chức ${i + 1}`} value={item} errors={p.errors} options={RATING_OPTIONS} onValue={(v) => put(v ?? 'HTTNV')} />} />
      );
      case 'discipline': return (
        <ListEditor fkey={key} label={d.label} items={arr(value())} errors={p.errors} addLabel="Thêm quyết định kỷ luật" itemLabel={(i) => `Quyết định ${i + 1}`} blank={() => ({ form: 'khien-trach' })}
          onItems={set}
          row={(item, i, put) => {
            const { r, k, upd } = listItemFields(key, item, i, put);
            return (
              <div class="sub-fields">
                <label>Hình thức <Select fkey={k('form')} value={r().form} errors={p.errors} options={DISCIPLINE_FORMS} empty="— chưa rõ —" onValue={(v) => upd('form', v)} /></label>
                <label>Ngày quyết định <input id={fieldId(k('decidedOn'))} type="date" value={typeof r().decidedOn === 'string' ? (r().decidedOn as string) : ''} aria-invalid={p.errors[k('decidedOn')] ? 'true' : undefined} aria-describedby={describedBy(k('decidedOn'), p.errors)} onChange={(e) => upd('decidedOn', e.currentTarget.value || undefined)} /></label>
                <ErrorText fkey={k('decidedOn')} errors={p.errors} />
                <label>Năm xảy ra vi phạm <NumberInput fkey={k('violationYear')} value={r().violationYear} errors={p.errors} min={1930} max={2100} onValue={(v) => upd('violationYear', v)} onBadInput={p.onBadInput} /></label>
                <ErrorText fkey={k('violationYear')} errors={p.errors} />
                <Check fkey={k('selfDetectedAndRemedied')} checked={r().selfDetectedAndRemedied === true} label="Tự phát hiện và khắc phục xong hậu quả" onValue={(v) => upd('selfDetectedAndRemedied', v || undefined)} />
              </div>
            );
          }} />
      );
      case 'events': return (
        <ListEditor fkey={key} label={d.label} items={arr(value())} errors={p.errors} addLabel="Thêm trường hợp" itemLabel={(i) => `Trường hợp ${i + 1}`} blank={() => ({ who: t.who[0]![0] })}
          onItems={set}
          row={(item, i, put) => {
            const { r, k, upd } = listItemFields(key, item, i, put);
            return (
              <div class="sub-fields">
                <label>Ai bị xử lý <Select fkey={k('who')} value={r().who} errors={p.errors} options={t.who} onValue={(v) => upd('who', v)} /></label>
                <Show when={t.cause}><label>Lý do <Select fkey={k('cause')} value={r().cause} errors={p.errors} options={CAUSES} empty="— chưa rõ —" onValue={(v) => upd('cause', v)} /></label></Show>
                <label>Hình thức <Select fkey={k('form')} value={r().form} errors={p.errors} options={EVENT_FORMS} empty="— chưa rõ —" onValue={(v) => upd('form', v)} /></label>
                <Check fkey={k('selfDetectedAndRemedied')} checked={r().selfDetectedAndRemedied === true} label="Tự phát hiện và khắc phục xong hậu quả" onValue={(v) => upd('selfDetectedAndRemedied', v || undefined)} />
              </div>
            );
          }} />
      );
      case 'corruption': {
        // Stored as the list of cases (FORMAT.md); asked as two counts.
        const self = () => arr(value()).filter((c) => obj(c).selfDetectedAndRemedied === true).length;
        const other = () => arr(value()).length - self();
        const put = (o: number, s: number) => {
          const list = [...Array.from({ length: o }, () => ({})), ...Array.from({ length: s }, () => ({ selfDetectedAndRemedied: true }))];
          set(list.length ? list : undefined);
        };
        const safe = (n: number | undefined) => (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 500 ? n : 0);
        return (
          <div class="sub-fields" role="group" aria-label={d.label}>
            <label>Số trường hợp <NumberInput fkey={`${key}.khac`} value={other()} errors={p.errors} max={500} onValue={(v) => put(safe(v), self())} onBadInput={p.onBadInput} /></label>
            <label>Số trường hợp tự phát hiện và khắc phục xong <NumberInput fkey={`${key}.tu-phat-hien`} value={self()} errors={p.errors} max={500} onValue={(v) => put(other(), safe(v))} onBadInput={p.onBadInput} /></label>
          </div>
        );
      }
    }
  };
  const isGroup = t.t === 'levels' || t.t === 'ratings' || t.t === 'discipline' || t.t === 'events' || t.t === 'corruption';
  return (
    <div class="field" classList={{ 'field--invalid': !!p.errors[key] }} data-field={key} data-type={t.t}>
      <Show when={labelled}>
        <Show when={isGroup} fallback={<label class="field-label" for={fieldId(key)}>{d.label}</label>}>
          <p class="field-label" id={`${fieldId(key)}-nhan`}>{d.label}</p>
        </Show>
      </Show>
      <Show when={d.hint}><p class="field-hint" id={`${fieldId(key)}-goi-y`}>{d.hint}</p></Show>
      {input()}
      <ErrorText fkey={key} errors={p.errors} />
      <Help help={p.help} />
    </div>
  );
}
