// The chi bộ's (or đảng bộ's) own criteria for its rating: only the facts the chosen ruleset
// reads (factsAskedBy, computed by the page at build time), in plain Vietnamese. The member
// counts come from the roster itself.
import { createMemo, For, Index, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import type { RatingCode } from '../../rules/types.ts';
import type { RosterOrg } from '../../lib/meeting/roster-schema.ts';
import { LevelList, NumberField, RatingSelect } from './fields.tsx';

type Events = NonNullable<RosterOrg['disciplineEvents']>;
const WHO: Record<Events[number]['who'], string> = {
  'to-chuc': 'Chính tổ chức đảng này', 'to-chuc-truc-thuoc': 'Tổ chức đảng trực thuộc', 'cap-uy-vien': 'Cấp ủy viên', 'thanh-vien-lanh-dao': 'Thành viên tập thể lãnh đạo',
};
const FORM: Record<NonNullable<Events[number]['form']>, string> = { 'khien-trach': 'Khiển trách', 'canh-cao': 'Cảnh cáo', 'cach-chuc': 'Cách chức', 'giai-tan': 'Giải tán', 'khai-tru': 'Khai trừ' };

export function OrgForm(props: { asked: readonly string[]; org: RosterOrg; set: SetStoreFunction<RosterOrg>; mode: 'chi-bo' | 'dang-bo' }) {
  const asked = createMemo(() => new Set(props.asked));
  const has = (f: string) => asked().has(f) || [...asked()].some((a) => a.startsWith(f + '.'));
  const o = () => props.org;
  const events = () => o().disciplineEvents ?? [];

  return (
    <div class="org-form">
      <LevelList legend="Các tiêu chí về kết quả thực hiện nhiệm vụ (xây dựng Đảng, lãnh đạo nhiệm vụ chính trị)" values={o().criteria.keyResults} onValues={(v) => props.set('criteria', 'keyResults', v)} testId="org-key" />
      <LevelList legend="Các tiêu chí còn lại" values={o().criteria.other ?? []} onValues={(v) => props.set('criteria', 'other', v)} testId="org-other" />
      <div class="grid">
        <Show when={has('outstanding')}>
          <label class="check"><input type="checkbox" checked={!!o().outstanding} onChange={(e) => props.set('outstanding', e.currentTarget.checked)} data-testid="org-outstanding" /> Có nhiều thành tích nổi bật, đổi mới sáng tạo, điển hình</label>
        </Show>
        <Show when={has('establishedOn')}>
          <label class="field">Ngày thành lập (hoặc chia tách, sáp nhập)
            <input type="date" value={o().establishedOn ?? ''} onInput={(e) => props.set('establishedOn', e.currentTarget.value || undefined)} />
          </label>
        </Show>
        <Show when={has('score')}>
          <NumberField label="Tổng điểm tự chấm (thang 100)" value={o().score} onValue={(n) => props.set('score', n)} min={0} max={100} testId="org-score" />
        </Show>
        <Show when={has('covidResponseInadequate')}>
          <label class="check"><input type="checkbox" checked={!!o().covidResponseInadequate} onChange={(e) => props.set('covidResponseInadequate', e.currentTarget.checked)} /> Phòng, chống dịch Covid-19 chưa quyết liệt, hiệu quả không cao</label>
        </Show>
      </div>
      <Show when={has('tasks')}>
        <fieldset>
          <legend>Chỉ tiêu, nhiệm vụ được giao trong năm</legend>
          <div class="grid">
            <NumberField label="Được giao" value={o().tasks?.assigned} onValue={(n) => props.set('tasks', (t) => ({ ...t, assigned: n }))} min={0} integer />
            <NumberField label="Hoàn thành đúng hạn, bảo đảm chất lượng" value={o().tasks?.completedOnTime} onValue={(n) => props.set('tasks', (t) => ({ ...t, completedOnTime: n }))} min={0} integer />
            <NumberField label="Trong đó vượt mức" value={o().tasks?.exceeded} onValue={(n) => props.set('tasks', (t) => ({ ...t, exceeded: n }))} min={0} integer />
            <NumberField label="Hoàn thành nhưng chậm hoặc chưa bảo đảm chất lượng" value={o().tasks?.completedLate} onValue={(n) => props.set('tasks', (t) => ({ ...t, completedLate: n }))} min={0} integer />
            <NumberField label="Không hoàn thành" value={o().tasks?.notCompleted} onValue={(n) => props.set('tasks', (t) => ({ ...t, notCompleted: n }))} min={0} integer />
          </div>
        </fieldset>
      </Show>
      <Show when={has('targets')}>
        <fieldset>
          <legend>Chỉ tiêu kinh tế - xã hội, quốc phòng, an ninh</legend>
          <div class="grid">
            <Show when={asked().has('targets.completedShare')}>
              <NumberField label="Tỉ lệ chỉ tiêu hoàn thành (%)" value={o().targets?.completedShare === undefined ? undefined : Math.round(o().targets!.completedShare! * 1000) / 10}
                onValue={(n) => props.set('targets', (t) => ({ ...t, completedShare: n === undefined ? undefined : n / 100 }))} min={0} max={100} />
            </Show>
            <Show when={asked().has('targets.mainTargetsMissed')}>
              <label class="check"><input type="checkbox" checked={!!o().targets?.mainTargetsMissed} onChange={(e) => props.set('targets', (t) => ({ ...t, mainTargetsMissed: e.currentTarget.checked }))} /> Có chỉ tiêu chủ yếu không đạt</label>
            </Show>
            <Show when={asked().has('targets.forceMajeure')}>
              <label class="check"><input type="checkbox" checked={!!o().targets?.forceMajeure} onChange={(e) => props.set('targets', (t) => ({ ...t, forceMajeure: e.currentTarget.checked }))} /> Do bất khả kháng</label>
            </Show>
          </div>
        </fieldset>
      </Show>
      <Show when={has('sameLevelBodies')}>
        <fieldset>
          <legend>Chính quyền, Mặt trận và đoàn thể cùng cấp</legend>
          <div class="grid">
            <label class="field">Chính quyền
              <RatingSelect label="Xếp loại chính quyền cùng cấp" value={o().sameLevelBodies?.government ?? ''} emptyLabel="— chưa có —" onValue={(r) => props.set('sameLevelBodies', (b) => ({ ...b, government: (r || undefined) as RatingCode | undefined }))} />
            </label>
            <label class="field">Mặt trận Tổ quốc
              <RatingSelect label="Xếp loại Mặt trận Tổ quốc cùng cấp" value={o().sameLevelBodies?.front ?? ''} emptyLabel="— chưa có —" onValue={(r) => props.set('sameLevelBodies', (b) => ({ ...b, front: (r || undefined) as RatingCode | undefined }))} />
            </label>
          </div>
          <p class="hint">Các tổ chức chính trị - xã hội:</p>
          <div class="levels">
            <Index each={o().sameLevelBodies?.massOrganizations ?? []}>
              {(r, i) => (
                <RatingSelect label={`Tổ chức chính trị - xã hội ${i + 1}`} value={r()} onValue={(v) => props.set('sameLevelBodies', (b) => {
                  const list = [...(b?.massOrganizations ?? [])];
                  if (v) list[i] = v; else list.splice(i, 1);
                  return { ...b, massOrganizations: list };
                })} emptyLabel="— bỏ —" />
              )}
            </Index>
            <button type="button" onClick={() => props.set('sameLevelBodies', (b) => ({ ...b, massOrganizations: [...(b?.massOrganizations ?? []), 'HTTNV'] }))}>+ Thêm tổ chức</button>
          </div>
        </fieldset>
      </Show>
      <Show when={has('disciplineEvents')}>
        <fieldset>
          <legend>Kỷ luật trong năm</legend>
          <Show when={!events().length}><p class="hint">Không có trường hợp kỷ luật.</p></Show>
          <For each={events()}>
            {(ev, i) => (
              <div class="grid">
                <label class="field">Ai bị kỷ luật
                  <select value={ev.who} onChange={(e) => props.set('disciplineEvents', i(), 'who', e.currentTarget.value as Events[number]['who'])}>
                    <For each={Object.entries(WHO)}>{([k, v]) => <option value={k}>{v}</option>}</For>
                  </select>
                </label>
                <label class="field">Hình thức
                  <select value={ev.form ?? ''} onChange={(e) => props.set('disciplineEvents', i(), 'form', (e.currentTarget.value || undefined) as Events[number]['form'])}>
                    <option value="">— chưa rõ —</option>
                    <For each={Object.entries(FORM)}>{([k, v]) => <option value={k}>{v}</option>}</For>
                  </select>
                </label>
                <label class="check"><input type="checkbox" checked={ev.cause === 'tham-nhung-tieu-cuc'} onChange={(e) => props.set('disciplineEvents', i(), 'cause', e.currentTarget.checked ? 'tham-nhung-tieu-cuc' : 'khac')} /> Do tham nhũng, lãng phí, tiêu cực</label>
                <label class="check"><input type="checkbox" checked={!!ev.selfDetectedAndRemedied} onChange={(e) => props.set('disciplineEvents', i(), 'selfDetectedAndRemedied', e.currentTarget.checked)} /> Tự phát hiện và khắc phục xong hậu quả</label>
                <button type="button" onClick={() => props.set('disciplineEvents', events().filter((_, j) => j !== i()))}>Xoá trường hợp này</button>
              </div>
            )}
          </For>
          <button type="button" onClick={() => props.set('disciplineEvents', [...events(), { who: props.mode === 'chi-bo' ? 'cap-uy-vien' : 'to-chuc-truc-thuoc', cause: 'khac' }])}>+ Thêm trường hợp kỷ luật</button>
        </fieldset>
      </Show>
    </div>
  );
}
