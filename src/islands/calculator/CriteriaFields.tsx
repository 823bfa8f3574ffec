// "Mức đạt của các tiêu chí": one question per criterion the ruleset's texts name (the list comes
// from src/rules/criteria.ts through the page's setup), none preset. The criteria the bands single
// out ("kết quả thực hiện nhiệm vụ") come first. One control sets every criterion still without a
// level at once ("tất cả đều Tốt, trừ …" is how a meeting says it); it never overwrites a choice.
import { For, Show } from 'solid-js';
import { LEVEL_LABEL, LEVELS } from '../../lib/calculator/labels.ts';
import { NOT_APPLICABLE, type CriteriaView, type CriterionView, type LevelChoice } from '../../lib/calculator/subject.ts';
import type { LevelCode } from '../../rules/codes.ts';

/** DOM id of a criterion's select (the "Còn thiếu" links point here). */
export const criterionFieldId = (id: string) => 'f-tieu-chi-' + id.replace(/đ/g, 'dd').replace(/[^A-Za-z0-9]+/g, '-');

const GROUP_TITLE = { results: 'Tiêu chí về kết quả thực hiện nhiệm vụ được giao', other: 'Các tiêu chí còn lại' } as const;
const OPTIONAL_TEXT = { 'neu-co': 'chỉ khi có', 'lanh-dao': 'chỉ với người giữ chức vụ lãnh đạo, quản lý' } as const;

export function CriteriaFields(p: {
  view: CriteriaView;
  /** Heading of the group (another ruleset's criteria, in the comparison's extra questions). */
  legend?: string;
  /** Prefix of the group's own ids, so that a second list on the page keeps unique ids. */
  idPrefix?: string;
  levels: Readonly<Record<string, LevelChoice>>;
  onLevel: (id: string, v: LevelChoice | undefined) => void;
  onAllUnset: (v: LevelCode) => void;
}) {
  const pre = () => p.idPrefix ?? '';
  const unsetCount = () => p.view.criteria.filter((c) => p.levels[c.id] === undefined && !c.optional).length;
  const row = (c: CriterionView) => {
    const id = criterionFieldId(c.id);
    return (
      <li class="criterion" data-criterion={c.id} data-set={p.levels[c.id] !== undefined ? 'true' : 'false'}>
        <label class="criterion-label" for={id}>{c.label}</label>
        <span class="criterion-cite muted">
          <Show when={c.url} fallback={c.citeLabel}><a href={c.url!}>{c.citeLabel}</a></Show>
          <Show when={c.optional}>{' · '}{OPTIONAL_TEXT[c.optional!]}</Show>
        </span>
        <select id={id} aria-describedby={`${pre()}nhom-${c.group}`} onChange={(e) => p.onLevel(c.id, (e.currentTarget.value || undefined) as LevelChoice | undefined)}>
          <option value="" selected={p.levels[c.id] === undefined}>{c.optional ? '— Không có —' : '— Chọn mức —'}</option>
          <For each={LEVELS}>{(l) => <option value={l} selected={p.levels[c.id] === l}>{LEVEL_LABEL[l]}</option>}</For>
          <Show when={c.optional}><option value={NOT_APPLICABLE} selected={p.levels[c.id] === NOT_APPLICABLE}>Không áp dụng</option></Show>
        </select>
      </li>
    );
  };
  return (
    <fieldset class="group criteria" data-field="criteria" data-type="criteria">
      <legend>{p.legend ?? 'Mức đạt của các tiêu chí'}</legend>
      <Show when={p.view.note}><p class="field-hint">{p.view.note}</p></Show>
      <div class="criteria-all">
        <label class="field-label" for={`${pre()}f-tieu-chi-tat-ca`}>Chọn cùng một mức cho {unsetCount() ? `${unsetCount()} tiêu chí chưa chọn` : 'các tiêu chí chưa chọn'}</label>
        <select id={`${pre()}f-tieu-chi-tat-ca`} disabled={!unsetCount()} onChange={(e) => { const v = e.currentTarget.value as LevelCode | ''; if (v) p.onAllUnset(v); e.currentTarget.value = ''; }}>
          <option value="">— Chọn —</option>
          <For each={LEVELS}>{(l) => <option value={l}>{LEVEL_LABEL[l]}</option>}</For>
        </select>
      </div>
      <For each={(['results', 'other'] as const)}>{(g) => (
        <Show when={p.view.criteria.some((c) => c.group === g)}>
          <h3 class="criteria-group" id={`${pre()}nhom-${g}`}>{GROUP_TITLE[g]}</h3>
          <ul class="criteria-list" aria-labelledby={`${pre()}nhom-${g}`}>
            <For each={p.view.criteria.filter((c) => c.group === g)}>{(c) => row(c)}</For>
          </ul>
        </Show>
      )}</For>
    </fieldset>
  );
}
