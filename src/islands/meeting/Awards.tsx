// Awards screen: who may be proposed for which commendation under part C of the 2023 Sao Đỏ
// plan, from the ratings of recent years and earlier awards, every condition shown with its
// clause; and the quota of each award for the counts the user enters.
import { createMemo, createSignal, onCleanup, onMount, For, Index, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import {
  AWARD_SUBJECTS, AWARD_SUBJECT_VI, checkQuota, evaluateAwards, mandatoryStandardFor, UNIT_AWARDS, UNIT_AWARD_VI, W_TIEU_BIEU_NOTE,
  type AwardFacts, type AwardSubject, type UnitAward,
} from '../../rules/awards/index.ts';
import { citationOut } from '../../rules/docs.ts';
import type { RatingCode } from '../../rules/index.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';
import { CitationLink } from './CitationLink.tsx';
import { registerFlusher } from '../../lib/flush-registry.ts';

const YEARS = 5;
const SECRETARY: readonly AwardSubject[] = ['bi-thu-tccs', 'bi-thu-chi-bo'];

export default function Awards(props: { year?: number }) {
  const [facts, setFacts] = createStore<AwardFacts & { ratings: (RatingCode | null)[] }>({
    kind: 'dang-vien', year: props.year ?? new Date().getFullYear(), ratings: Array.from({ length: YEARS }, () => null),
  });
  const [quotaInput, setQuotaInput] = createStore<Record<string, { base: string; proposed: string; khoi: boolean }>>({});
  const [yearText, setYearText] = createSignal(String(facts.year));

  const results = createMemo(() => evaluateAwards({ ...facts, ratings: [...facts.ratings], unitAwards: [...(facts.unitAwards ?? [])] }));
  const isSecretary = () => SECRETARY.includes(facts.kind);
  const isTccs = () => facts.kind === 'tccs-dang';
  const isChiBo = () => facts.kind === 'chi-bo-truc-thuoc';

  const setYear = (v: string) => {
    setYearText(v);
    const n = Number(v);
    if (Number.isInteger(n) && n >= 1990 && n <= 2100) setFacts('year', n);
  };
  const yearError = () => {
    const n = Number(yearText());
    return Number.isInteger(n) && n >= 1990 && n <= 2100 ? '' : 'Năm xét phải là số từ 1990 đến 2100.';
  };
  const toggleUnitAward = (a: UnitAward, on: boolean) => {
    const cur = new Set(facts.unitAwards ?? []);
    if (on) cur.add(a); else cur.delete(a);
    setFacts('unitAwards', [...cur]);
  };
  const numberOrZero = (s: string) => {
    const n = Number(s);
    return Number.isInteger(n) && n >= 0 ? n : null;
  };

  // What is typed here lives only in this page: registering with the flush registry marks the
  // page as holding a form, so an app update asks before reloading instead of reloading at once.
  // Tests and scripts wait for data-ready: the island is mounted and its handlers are live.
  let root: HTMLDivElement | undefined;
  const [record, setRecord] = createSignal<{ name: string; year: number; rulesetId: string } | null>(null);
  onMount(() => {
    onCleanup(registerFlusher(() => {}));
    root?.setAttribute('data-ready', 'true');
    // The year under review comes from the review record (read once, loaded on demand).
    void import('../../lib/meeting/record-read.ts').then((m) => m.latestRecord()).then((r) => {
      if (!r) return;
      setRecord({ name: r.data.orgName, year: r.data.reviewYear, rulesetId: r.data.rulesetId });
      if (yearText() === String(facts.year) && props.year === undefined) setYear(String(r.data.reviewYear));
    }).catch(() => { /* no record store available: the year stays as typed */ });
  });

  return (
    <div ref={root} class="mt">
      <section class="panel" aria-labelledby="kt-doi-tuong">
        <h2 id="kt-doi-tuong">Đối tượng xét khen</h2>
        <div class="grid">
          <label class="field">Đối tượng
            <select value={facts.kind} onChange={(e) => setFacts('kind', e.currentTarget.value as AwardSubject)} data-testid="award-kind">
              <For each={AWARD_SUBJECTS}>{(k) => <option value={k}>{AWARD_SUBJECT_VI[k]}</option>}</For>
            </select>
          </label>
          <label class="field">Năm xét khen thưởng
            <input type="number" inputmode="numeric" value={yearText()} onInput={(e) => setYear(e.currentTarget.value)} aria-invalid={!!yearError()} aria-describedby="kt-nam-loi" />
          </label>
        </div>
        <p id="kt-nam-loi" class="error" role="alert">{yearError()}</p>
        <Show when={record()}>
          {(r) => (
            <p class="hint" data-testid="award-record">Năm xét theo kỳ kiểm điểm{r().name ? ` của ${r().name}` : ''}: {r().year}.
              <Show when={r().rulesetId !== 'sao-do-2023'}> Kỳ kiểm điểm theo quy định khác với Kế hoạch Sao Đỏ 2023; các điều kiện khen thưởng dưới đây là của kế hoạch Sao Đỏ (phần C), kế hoạch đã chọn không có mục tương ứng trong thư viện.</Show>
            </p>
          )}
        </Show>
        <h3>{isSecretary() ? 'Xếp loại của tổ chức do đồng chí lãnh đạo' : 'Xếp loại chất lượng'} {YEARS} năm gần nhất</h3>
        <div class="levels">
          <Index each={facts.ratings}>
            {(r, i) => (
              <label class="field">Năm {facts.year - i}
                <select value={r() ?? ''} onChange={(e) => setFacts('ratings', i, (e.currentTarget.value || null) as RatingCode | null)} data-testid={`award-rating-${i}`}>
                  <option value="">— chưa nhập —</option>
                  <For each={[...GRADES, 'KHONG_XEP_LOAI' as const]}>{(g) => <option value={g}>{RATING_LABEL[g]}</option>}</For>
                </select>
              </label>
            )}
          </Index>
        </div>
        <div class="row-actions">
          <button type="button" onClick={() => setFacts('ratings', facts.ratings.map(() => 'HTXSNV' as RatingCode))}>Cả {YEARS} năm Hoàn thành xuất sắc</button>
        </div>
        <Show when={!isSecretary() && facts.kind !== 'dang-vien'}>
          <label class="check"><input type="checkbox" checked={!!facts.exemplary} onChange={(e) => setFacts('exemplary', e.currentTarget.checked)} /> Được bình chọn “tiêu biểu”</label>
          <p class="hint">{W_TIEU_BIEU_NOTE}</p>
        </Show>
        <Show when={isChiBo()}>
          <label class="check"><input type="checkbox" checked={!!facts.giayKhenCoSoIn5Years} onChange={(e) => setFacts('giayKhenCoSoIn5Years', e.currentTarget.checked)} /> Trong 5 năm đó đã được cấp ủy cơ sở tặng giấy khen</label>
          <label class="check"><input type="checkbox" checked={!!facts.giayKhenCapTrenIn5Years} onChange={(e) => setFacts('giayKhenCapTrenIn5Years', e.currentTarget.checked)} /> Trong 5 năm đó đã được cấp ủy cấp trên cơ sở tặng giấy khen</label>
        </Show>
        <Show when={isTccs()}>
          <div class="grid">
            <label class="field">Số năm liên tục (đến năm trước) được cấp ủy huyện tặng giấy khen
              <input type="number" min="0" inputmode="numeric" value={facts.giayKhenCapHuyenYears ?? 0} onInput={(e) => setFacts('giayKhenCapHuyenYears', numberOrZero(e.currentTarget.value) ?? 0)} />
            </label>
            <label class="field">Số năm liên tục (đến năm trước) được Tỉnh ủy tặng bằng khen
              <input type="number" min="0" inputmode="numeric" value={facts.bangKhenYears ?? 0} onInput={(e) => setFacts('bangKhenYears', numberOrZero(e.currentTarget.value) ?? 0)} />
            </label>
            <label class="field">Loại hình tổ chức cơ sở đảng
              <select value={facts.tccsType ?? ''} onChange={(e) => setFacts('tccsType', (e.currentTarget.value || undefined) as AwardFacts['tccsType'])}>
                <option value="">— chọn —</option>
                <option value="dang-uy-phuong">Đảng ủy phường</option>
                <option value="luc-luong-vu-trang">Lực lượng vũ trang</option>
                <option value="khac">Loại hình khác</option>
              </select>
            </label>
          </div>
          <label class="check"><input type="checkbox" checked={!!facts.giayKhenQualifiesThisYear} onChange={(e) => setFacts('giayKhenQualifiesThisYear', e.currentTarget.checked)} /> Năm nay tiếp tục được cấp ủy huyện công nhận đủ điều kiện tặng giấy khen và đề nghị bằng khen</label>
          <label class="check"><input type="checkbox" checked={!!facts.bangKhenQualifiesThisYear} onChange={(e) => setFacts('bangKhenQualifiesThisYear', e.currentTarget.checked)} /> Năm nay tiếp tục được Tỉnh ủy công nhận đủ điều kiện tặng bằng khen</label>
          <Show when={facts.tccsType}>
            {(t) => (
              <label class="check"><input type="checkbox" checked={!!facts.mandatoryStandardMet} onChange={(e) => setFacts('mandatoryStandardMet', e.currentTarget.checked)} /> Đạt tiêu chuẩn bắt buộc: {mandatoryStandardFor(t()).words}</label>
            )}
          </Show>
        </Show>
        <Show when={isSecretary()}>
          <div class="grid">
            <label class="field">Số năm liền làm bí thư
              <input type="number" min="0" inputmode="numeric" value={facts.secretaryYears ?? 0} onInput={(e) => setFacts('secretaryYears', numberOrZero(e.currentTarget.value) ?? 0)} data-testid="award-secretary-years" />
            </label>
          </div>
          <label class="check"><input type="checkbox" checked={!!facts.commendedAsSecretary} onChange={(e) => setFacts('commendedAsSecretary', e.currentTarget.checked)} /> Trong thời gian đó đã được cấp ủy cấp trên khen thưởng</label>
          <fieldset>
            <legend>Tổ chức do đồng chí lãnh đạo đã được</legend>
            <For each={UNIT_AWARDS}>{(a) => <label class="check"><input type="checkbox" checked={(facts.unitAwards ?? []).includes(a)} onChange={(e) => toggleUnitAward(a, e.currentTarget.checked)} /> {UNIT_AWARD_VI[a]}</label>}</For>
          </fieldset>
        </Show>
      </section>

      <section aria-labelledby="kt-ket-qua" aria-live="polite">
        <h2 id="kt-ket-qua">Có thể đề nghị</h2>
        <For each={results()}>
          {(r) => {
            const key = r.award.id;
            const qi = () => quotaInput[key] ?? { base: '', proposed: '', khoi: false };
            const setQi = (patch: Partial<{ base: string; proposed: string; khoi: boolean }>) => setQuotaInput(key, { ...qi(), ...patch });
            const quota = () => {
              const base = numberOrZero(qi().base);
              const proposed = numberOrZero(qi().proposed || '0');
              if (base === null || proposed === null || qi().base === '') return null;
              return checkQuota(r.award, { base, proposed, khoi: qi().khoi, year: facts.year });
            };
            return (
              <article class="panel" data-testid={`award-${key}`} data-eligible={r.eligible ? 'yes' : 'no'}>
                <h3>{r.award.label} <span class="muted">— {r.award.grantor} xét, quyết định</span></h3>
                <p class={r.eligible ? 'ok' : 'warn'}><strong>{r.eligible ? 'Đủ điều kiện đề nghị' : 'Chưa đủ điều kiện'}</strong> · <CitationLink c={citationOut(r.award.cite)} /></p>
                <ul class="plain">
                  <For each={r.conditions}>
                    {(c) => (
                      <li class={c.met ? 'cond-met' : 'cond-fail'}>
                        {c.met ? `${c.actual} (cần: ${c.required})` : c.sentence}
                        <details><summary class="muted">Lời văn của kế hoạch</summary><blockquote>{c.words}</blockquote><CitationLink c={citationOut(c.cite)} /></details>
                      </li>
                    )}
                  </For>
                </ul>
                <Show when={r.award.quota}>
                  {(qd) => (
                    <div class="quota">
                      <p><strong>Tỉ lệ khen:</strong> “{qd().words}”</p>
                      <div class="grid">
                        <label class="field">Số {qd().baseLabel}
                          <input type="number" min="0" inputmode="numeric" value={qi().base} onInput={(e) => setQi({ base: e.currentTarget.value })} data-testid={`quota-base-${key}`} />
                        </label>
                        <label class="field">Số đề nghị khen
                          <input type="number" min="0" inputmode="numeric" value={qi().proposed} onInput={(e) => setQi({ proposed: e.currentTarget.value })} data-testid={`quota-proposed-${key}`} />
                        </label>
                        <Show when={qd().khoiParam}>
                          <label class="check"><input type="checkbox" checked={qi().khoi} onChange={(e) => setQi({ khoi: e.currentTarget.checked })} /> Đảng bộ Khối các cơ quan tỉnh</label>
                        </Show>
                      </div>
                      <Show when={quota()} fallback={<p class="hint">Nhập số {qd().baseLabel} để tính số được khen tối đa.</p>}>
                        {(qc) => <p data-testid={`quota-result-${key}`} class={qc().within ? 'ok' : 'error'}>Tối đa <strong>{qc().max}</strong>: {qc().text}. {qc().within ? 'Số đề nghị trong tỉ lệ.' : `Số đề nghị (${qc().proposed}) vượt tỉ lệ.`}</p>}
                      </Show>
                    </div>
                  )}
                </Show>
              </article>
            );
          }}
        </For>
      </section>
    </div>
  );
}
