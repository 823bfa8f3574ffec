// Period and place first: "Kỳ đánh giá năm …" (the year whose work is rated, FORMAT v2), the
// locality, the evaluation date; then one line naming exactly the texts that apply ("Quy định
// 366 + Hướng dẫn 43 (toàn quốc)", plus the locality's plan only when it has one for that year)
// and saying plainly when it has none. Another locality's plan is never used (chooseRuleset).
import { createMemo, For, Show } from 'solid-js';
import { reviewYearOfDraft } from '../../lib/calculator/choice.ts';
import { viDate } from '../../lib/calculator/labels.ts';
import type { CalculatorSetup, RulesetOption } from '../../lib/calculator/setup.ts';
import type { CaseDraftData } from '../../lib/calculator/subject.ts';
import type { RulesetId } from '../../rules/codes.ts';

/** "Quy định 366 + Hướng dẫn 43 (toàn quốc)" or "… + Kế hoạch 15-KH/ĐU …". */
export function textsLine(r: RulesetOption): string {
  return `${r.centralTexts} (toàn quốc)${r.localPlan ? ` + ${r.localPlan}` : ''}`;
}

/** The sentence under the period: the texts applied, and what the locality lacks, if anything. */
export function periodLine(setup: CalculatorSetup, data: CaseDraftData, rulesetId: RulesetId | null): { texts: string; gap: string | null; chosen: boolean } | null {
  const r = setup.rulesets.find((x) => x.id === rulesetId);
  if (!r) return null;
  const year = reviewYearOfDraft(data);
  const place = setup.localities.find((l) => l.slug === data.locality);
  const gap = !data.ruleset && place && r.locality !== place.slug
    ? `Thư viện chưa có kế hoạch của ${place.label} cho kỳ đánh giá năm ${year}; áp dụng văn bản trung ương (kế hoạch của địa phương khác không được dùng).`
    : null;
  return { texts: textsLine(r), gap, chosen: !!data.ruleset };
}

export function Period(p: {
  setup: CalculatorSetup;
  data: CaseDraftData;
  errors: Record<string, string>;
  rulesetId: RulesetId | null;
  autoId: RulesetId | null;
  years: number[];
  onReviewYear: (y: number) => void;
  onDate: (d: string) => void;
  onLocality: (slug: string) => void;
  onRuleset: (id: RulesetId | null) => void;
  /**
   * False while the form is still being drawn: the three questions only. The sentence on the texts
   * and the ruleset's list (a date field and eight options each way) come a task later, below them,
   * so nothing drawn moves (issue 15: one part of the form per task).
   */
  whole: boolean;
}) {
  const year = createMemo(() => reviewYearOfDraft(p.data));
  const line = createMemo(() => periodLine(p.setup, p.data, p.rulesetId));
  const label = (id: RulesetId | null) => p.setup.rulesets.find((r) => r.id === id)?.label ?? '';
  const err = (k: string) => p.errors[k];
  return (
    <fieldset class="group period">
      <legend>Kỳ đánh giá và địa phương</legend>
      <div class="fields">
        <div class="field" data-field="reviewYear">
          <label class="field-label" for="f-reviewYear">Kỳ đánh giá năm</label>
          <select id="f-reviewYear" onChange={(e) => p.onReviewYear(+e.currentTarget.value)}>
            <Show when={year() === null}><option value="" selected>— Chọn năm —</option></Show>
            <For each={p.years}>{(y) => <option value={y} selected={year() === y}>{y}</option>}</For>
          </select>
        </div>
        <div class="field" data-field="locality">
          <label class="field-label" for="f-locality">Địa phương</label>
          <select id="f-locality" onChange={(e) => p.onLocality(e.currentTarget.value)}>
            <option value="" selected={p.data.locality === ''}>Nơi khác (theo văn bản trung ương)</option>
            <For each={p.setup.localities}>{(l) => <option value={l.slug} selected={p.data.locality === l.slug}>{l.label}</option>}</For>
          </select>
        </div>
        <div class="field" data-field="evaluationDate">
          <label class="field-label" for="f-evaluationDate">Ngày đánh giá, xếp loại</label>
          <input id="f-evaluationDate" type="date" value={p.data.evaluationDate} aria-invalid={err('evaluationDate') ? 'true' : undefined}
            aria-describedby={err('evaluationDate') ? 'f-evaluationDate-loi' : undefined}
            onChange={(e) => p.onDate(e.currentTarget.value)} />
          <Show when={err('evaluationDate')}><p class="field-error" id="f-evaluationDate-loi">{err('evaluationDate')}</p></Show>
        </div>
      </div>
      <Show when={p.whole}>
      <div class="period-texts" id="f-ruleset-info" data-testid="ruleset-info" data-ruleset={p.rulesetId ?? undefined} aria-live="polite">
        <Show when={line()} fallback={<p class="field-error">{err('ruleset')}</p>}>{(l) => (
          <>
            <p class="period-applies">Áp dụng: <strong>{l().texts}</strong>.{l().chosen ? ' (Bạn đã chọn quy định này.)' : ''}</p>
            <Show when={l().gap}><p class="period-gap" data-testid="locality-gap">{l().gap}</p></Show>
          </>
        )}</Show>
      </div>
      <div class="field" data-field="ruleset">
        <label class="field-label" for="f-ruleset">Quy định áp dụng</label>
        <select id="f-ruleset" aria-describedby="f-ruleset-info" onChange={(e) => { const v = e.currentTarget.value as RulesetId | ''; p.onRuleset(v || null); }}>
          <option value="" selected={p.data.ruleset === null}>Theo kỳ đánh giá và địa phương{p.autoId ? ` (${label(p.autoId)})` : ''}</option>
          <For each={p.setup.rulesets}>{(r) => <option value={r.id} selected={p.data.ruleset === r.id}>{r.label} — từ {viDate(r.effectiveFrom)}{r.effectiveTo ? ` đến ${viDate(r.effectiveTo)}` : ''}</option>}</For>
        </select>
      </div>
      </Show>
    </fieldset>
  );
}
