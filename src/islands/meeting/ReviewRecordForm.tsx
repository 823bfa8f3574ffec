// The review record screen ("Kỳ kiểm điểm"): the chi bộ (or đảng bộ), the committee above, the
// year, the ruleset (chosen by the engine's own chooseRuleset from the meeting date and the
// locality, or picked by hand), the meeting date, the place and the secretary — entered once;
// every other meeting screen and document reads them. Below, the plan's calendar as a
// checklist with each step's clause. The record is a draft (autosaved, listed on /ban-nhap/).
import { createMemo, createSignal, For, Show } from 'solid-js';
import { citationOut } from '../../rules/docs.ts';
import { daysLeft, dayMonthYear, timelineFor } from '../../rules/timeline/index.ts';
import type { RulesetId } from '../../rules/codes.ts';
import type { RulesetOption } from '../../lib/calculator/setup.ts';
import { recordUnitName, REVIEW_RECORD_TYPE, type ReviewRecord } from '../../lib/meeting/review-record.ts';
// The record's schema registers its draft type before the first save.
import { newReviewRecord, reviewRecordName } from '../../lib/meeting/review-record-schema.ts';
import { todayIso } from '../../lib/meeting/dates.ts';
import { chooseRuleset, reviewYearOf } from '../../rules/ruleset-choice.ts';
import { unitTitle } from '../../lib/documents/text.ts';
import { MEETING_NAV } from '../../pages/cong-cu-hop/_nav.ts';
import { createStoredDraft } from './stored-draft.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import { CitationLink } from './CitationLink.tsx';

export default function ReviewRecordForm(props: { rulesets: RulesetOption[]; localities: { slug: string; label: string }[] }) {
  const start = todayIso();
  // The engine's own choice: the locality's ruleset for the review year, else the central one in force.
  const choose = (date: string, locality: string, year?: number) => (chooseRuleset(props.rulesets, date || start, locality || null, year)?.id ?? props.rulesets[props.rulesets.length - 1]!.id) as RulesetId;
  const { data: r, edit, status, setStatus, opened, draftStatus, draftSession } = createStoredDraft<typeof REVIEW_RECORD_TYPE>({
    type: REVIEW_RECORD_TYPE,
    initial: newReviewRecord(start, choose(start, ''), reviewYearOf(start)),
    describe: (d) => ({ name: reviewRecordName(d), rulesetId: d.rulesetId, summary: { text: `${recordUnitName(d)} — ${d.meetingDate ? `họp ngày ${dayMonthYear(d.meetingDate)}` : 'chưa định ngày họp'}` } }),
  });

  const label = (id: string) => props.rulesets.find((x) => x.id === id)?.label ?? id;
  const suggested = createMemo(() => choose(r.meetingDate, r.locality, r.reviewYear));
  /** Date and locality pick the ruleset unless the user chose one by hand. */
  const follow = (patch: Partial<Pick<ReviewRecord, 'meetingDate' | 'locality'>>) => {
    const date = patch.meetingDate ?? r.meetingDate;
    const locality = patch.locality ?? r.locality;
    edit({ ...patch, ...(r.rulesetManual ? {} : { rulesetId: choose(date, locality, date ? reviewYearOf(date) : r.reviewYear) }) });
  };
  const setDate = (v: string) => {
    // The review year follows the date (a January meeting reviews the year before) until typed by hand.
    const yearFollows = r.reviewYear === reviewYearOf(r.meetingDate || start);
    follow({ meetingDate: v });
    if (v && yearFollows) edit('reviewYear', reviewYearOf(v));
  };
  const [yearText, setYearText] = createSignal<string | null>(null);
  const yearError = () => { const t = yearText(); if (t === null) return ''; const n = Number(t); return Number.isInteger(n) && n >= 2000 && n <= 2100 ? '' : 'Năm kiểm điểm phải là số từ 2000 đến 2100.'; };
  const timeline = createMemo(() => timelineFor(r.rulesetId));
  const isDone = (id: string) => r.done.includes(id);
  const toggle = (id: string, on: boolean) => edit('done', (cur) => (on ? [...new Set([...cur, id])] : cur.filter((x) => x !== id)));
  const wordOrg = () => (r.orgKind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ');

  return (
    <div class="mt" data-testid="record-app" data-ready={opened() ? 'true' : undefined}>
      <p class="muted" role="status" data-testid="record-status">{status()}</p>
      <DraftAlerts status={draftStatus()} session={draftSession} />
      <section class="panel" aria-labelledby="kkd-chung">
        <h2 id="kkd-chung">Thông tin kỳ kiểm điểm</h2>
        <div class="grid">
          <label class="field">Cấp kiểm điểm
            <select value={r.orgKind} onChange={(e) => edit('orgKind', e.currentTarget.value as ReviewRecord['orgKind'])} data-testid="record-kind">
              <option value="chi-bo">Chi bộ — xếp loại đảng viên</option>
              <option value="dang-bo">Đảng bộ — xếp loại các tổ chức đảng trực thuộc</option>
            </select>
          </label>
          <label class="field">Tên {r.orgKind === 'chi-bo' ? 'chi bộ' : 'đảng bộ'}
            <input type="text" value={r.orgName} onInput={(e) => edit('orgName', e.currentTarget.value)} placeholder={r.orgKind === 'chi-bo' ? 'Chi bộ Khu dân cư số 3' : 'Đảng bộ phường Sao Đỏ'} data-testid="record-org" />
          </label>
          <label class="field">Đảng bộ cấp trên
            <input type="text" value={r.parentName} onInput={(e) => edit('parentName', e.currentTarget.value)} placeholder="Đảng bộ phường Sao Đỏ" data-testid="record-parent" />
          </label>
          <label class="field">Địa danh (ghi trên văn bản)
            <input type="text" value={r.place} onInput={(e) => edit('place', e.currentTarget.value)} placeholder="Sao Đỏ" data-testid="record-place" />
          </label>
          <label class="field">Ngày họp
            <input type="date" value={r.meetingDate} onInput={(e) => setDate(e.currentTarget.value)} data-testid="record-date" />
          </label>
          <label class="field">Năm kiểm điểm
            <input type="number" inputmode="numeric" value={yearText() ?? String(r.reviewYear)} aria-invalid={!!yearError()} aria-describedby="kkd-nam-loi"
              onInput={(e) => { const t = e.currentTarget.value; setYearText(t); const n = Number(t); if (Number.isInteger(n) && n >= 2000 && n <= 2100) edit({ reviewYear: n, ...(r.rulesetManual ? {} : { rulesetId: choose(r.meetingDate, r.locality, n) }) }); }}
              onBlur={() => { if (!yearError()) setYearText(null); }} data-testid="record-year" />
          </label>
          <label class="field">Kế hoạch của địa phương
            <select value={r.locality} onChange={(e) => follow({ locality: e.currentTarget.value })} data-testid="record-locality">
              <option value="">— không có (chỉ quy định của Trung ương) —</option>
              <For each={props.localities}>{(l) => <option value={l.slug}>{l.label}</option>}</For>
            </select>
          </label>
          <label class="field">Bí thư (người ký văn bản)
            <input type="text" value={r.secretary} onInput={(e) => edit('secretary', e.currentTarget.value)} data-testid="record-secretary" />
          </label>
        </div>
        <p id="kkd-nam-loi" class="error" role="alert">{yearError()}</p>
        <label class="field">Quy định áp dụng
          <select value={r.rulesetId} onChange={(e) => { const id = e.currentTarget.value as RulesetId; edit({ rulesetId: id, rulesetManual: id !== suggested() }); }} data-testid="record-ruleset">
            <For each={props.rulesets}>{(o) => <option value={o.id}>{o.label}</option>}</For>
          </select>
        </label>
        <p class="hint" data-testid="record-ruleset-why">
          <Show when={r.rulesetId === suggested()} fallback={<>Đã chọn tay. Theo ngày họp và địa phương, quy định áp dụng là: {label(suggested())}. <button type="button" onClick={() => edit({ rulesetId: suggested(), rulesetManual: false })}>Dùng quy định này</button></>}>
            Chọn theo ngày họp{r.locality ? ' và kế hoạch của địa phương' : ''}.
          </Show>
        </p>
        <p class="hint">Trên văn bản: <strong data-testid="record-header-parent">{unitTitle('ĐẢNG BỘ', r.parentName, { upper: true })}</strong> · <strong data-testid="record-header-org">{unitTitle(wordOrg(), r.orgName, { upper: true })}</strong></p>
      </section>

      <section class="panel" aria-labelledby="kkd-lich">
        <h2 id="kkd-lich">Các bước và thời hạn theo {timeline().doc ? citationOut({ doc: timeline().doc, path: [] }).label : 'quy định'}</h2>
        <Show when={timeline().steps.length} fallback={<p class="hint" data-testid="timeline-none">{timeline().silence}</p>}>
          <ol class="timeline" data-testid="timeline">
            <For each={timeline().steps}>
              {(s) => {
                const left = () => (s.before ? daysLeft(s.before, start) : null);
                return (
                  <li data-step={s.id} data-done={isDone(s.id) ? 'yes' : 'no'}>
                    <label class="check"><input type="checkbox" checked={isDone(s.id)} onChange={(e) => toggle(s.id, e.currentTarget.checked)} /> {s.text}</label>
                    <div class="muted">
                      <Show when={s.who}>{s.who} · </Show>
                      <Show when={s.when}><strong>{s.when}</strong></Show>
                      <Show when={!isDone(s.id) && left() !== null}>
                        {' '}<span class={left()! <= 0 ? 'error' : left()! <= 7 ? 'warn' : ''}>({left()! <= 0 ? 'đã quá hạn' : `còn ${left()} ngày`})</span>
                      </Show>
                      {' · '}<CitationLink c={citationOut(s.cite)} />
                    </div>
                    <details><summary class="muted">Lời văn</summary><blockquote>{s.words}</blockquote></details>
                  </li>
                );
              }}
            </For>
          </ol>
          <Show when={timeline().silence}><p class="hint">{timeline().silence}</p></Show>
        </Show>
      </section>

      <section class="panel" aria-labelledby="kkd-tiep">
        <h2 id="kkd-tiep">Giấy tờ của cuộc họp</h2>
        <p class="hint">Các trang dưới đây dùng thông tin của kỳ kiểm điểm này; không cần nhập lại.</p>
        <ul class="plain"><For each={MEETING_NAV.filter((n) => n.href !== '/cong-cu-hop/ky-kiem-diem/')}>{(n) => <li><a href={n.href}>{n.label}</a></li>}</For></ul>
      </section>
    </div>
  );
}
