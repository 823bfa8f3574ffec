// The đảng ủy's summary ("Tổng hợp kết quả xếp loại"): the files the chi bộ sent (the app's own
// JSON, or .xlsx), one or many at a time; each chi bộ with its distribution and its own rating
// (from the rules engine when the file carries the criteria); the totals by rating; the HTXSNV
// quota across the đảng bộ in the ruleset's own terms; every conflict named with its files. The
// summary is a draft; exported as JSON it is the file a đảng ủy sends up (the summary above
// imports it chi bộ by chi bộ), and as Word and Excel for the papers. The rules engine, docx
// and the Excel libraries load when they are needed, not with the page.
import { createEffect, createMemo, createSignal, For, lazy, Show } from 'solid-js';
import { createStoredDraft } from './stored-draft.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import { createRecordLink } from './record-link.ts';
// The banner appears once the record is read: it loads with it, not with the page.
const RecordBanner = lazy(() => import('./RecordBanner.tsx').then((m) => ({ default: m.RecordBanner })));
import { PrintView, printNow } from './PrintView.tsx';
import { downloadDocx } from './export-docx.ts';
import { newSummary, SUMMARY_TYPE, type Summary as SummaryData, type SummaryUnit } from '../../lib/meeting/summary-schema.ts';
import { differs } from '../../lib/meeting/review-record.ts';
import { summaryFormNote, summaryReportSpec, type SummaryReportData } from '../../lib/documents/summary-report.ts';
import { unitTitle } from '../../lib/documents/text.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';
import type { RulesetOption } from '../../lib/calculator/setup.ts';
import type { SummaryView } from '../../lib/meeting/summary.ts';
import { todayIso } from '../../lib/meeting/dates.ts';
import { reviewYearOf } from '../../rules/ruleset-choice.ts';
import { downloadBlob } from '../../lib/download.ts';
import { errorText } from '../../lib/error-text.ts';

type Compute = typeof import('../../lib/meeting/summary.ts');

export default function Summary(props: { rulesets: RulesetOption[] }) {
  const start = todayIso();
  const [fileNotes, setFileNotes] = createSignal<{ file: string; ok: boolean; text: string }[]>([]);
  const { data: s, edit, status, setStatus, opened, draftId, record, saveNow, replaceWith, draftStatus, draftSession } = createStoredDraft<typeof SUMMARY_TYPE>({
    type: SUMMARY_TYPE,
    initial: newSummary(props.rulesets[props.rulesets.length - 1]!.id, reviewYearOf(start), start),
    describe: (d) => ({ name: `Tổng hợp kết quả xếp loại${d.reviewYear ? ` năm ${d.reviewYear}` : ''}${d.title ? ` — ${d.title}` : ''}`, rulesetId: d.rulesetId || null, summary: { text: `${d.units.length} chi bộ, ${d.units.reduce((n, u) => n + u.members.length, 0)} đảng viên` } }),
  });
  const link = createRecordLink({
    linkedId: () => s.recordId, draftKey: draftId,
    apply: (rec) => {
      if (!rec) return;
      const r = rec.data;
      const patch = { recordId: rec.id, title: r.orgName, parent: r.parentName, place: r.place, reviewYear: r.reviewYear, rulesetId: r.rulesetId, secretary: r.secretary, ...(r.meetingDate ? { date: r.meetingDate } : {}) };
      if (differs(patch, s)) edit(patch);
    },
  });

  // The engine-backed computation loads with the first unit (on arrival with a saved summary, or on the first import).
  const [calc, setCalc] = createSignal<Compute | null>(null);
  const loadCalc = async () => { if (!calc()) setCalc(await import('../../lib/meeting/summary.ts')); };
  const view = createMemo<SummaryView | null>(() => { const c = calc(); return c && s.units.length ? c.computeSummary(s) : null; });
  const rulesetLabel = () => props.rulesets.find((r) => r.id === s.rulesetId)?.label ?? s.rulesetId;
  // A saved summary reopened with units: compute at once.
  createEffect(() => { if (s.units.length) void loadCalc(); });

  const importFiles = async (files: FileList | null | undefined) => {
    if (!files?.length) return;
    setStatus(`Đang đọc ${files.length} tệp…`);
    const [{ unitsFromFile }] = await Promise.all([import('../../lib/meeting/summary-import.ts'), loadCalc()]);
    const notes: { file: string; ok: boolean; text: string }[] = [];
    const added: SummaryUnit[] = [];
    for (const f of [...files]) {
      try {
        const r = await unitsFromFile(f);
        if (r.ok) { added.push(...r.units); notes.push({ file: f.name, ok: true, text: `${r.units.length === 1 ? unitTitle('CHI BỘ', r.units[0]!.name) : `${r.units.length} chi bộ`}, ${r.units.reduce((n, u) => n + u.members.length, 0)} đảng viên` }); }
        else notes.push({ file: f.name, ok: false, text: r.error });
      } catch (e) {
        notes.push({ file: f.name, ok: false, text: errorText(e) });
      }
    }
    if (added.length) edit('units', (cur) => [...cur, ...added]);
    setFileNotes(notes);
    setStatus(`Đã nhập ${notes.filter((n) => n.ok).length}/${notes.length} tệp.`);
  };
  const removeUnit = (id: string) => edit('units', (cur) => cur.filter((u) => u.id !== id));

  const quotaLines = (v: SummaryView): string[] => v.quota.ok
    ? [
      ...(v.quota.value.evaluation.decision.words ? [`Quy định: “${v.quota.value.evaluation.decision.words}”${v.quota.value.evaluation.decision.citation ? ` (${v.quota.value.evaluation.decision.citation.label})` : ''}.`] : []),
      `Toàn đảng bộ: ${v.quota.value.proposed} đảng viên “Hoàn thành xuất sắc nhiệm vụ”; tối đa ${v.quota.value.max} (${v.quota.value.baseLabel}) — ${v.quota.value.source}.`,
      `Nếu hiểu ${v.quota.value.alternative.baseLabel}: tối đa ${v.quota.value.alternative.max}.`,
      v.quota.value.excess ? `Vượt ${v.quota.value.excess} người: cần xem xét lại trước khi quyết định.` : 'Trong tỉ lệ cho phép.',
    ]
    : [`Chưa kiểm tra được tỉ lệ: ${v.quota.error}`];
  const reportData = (): SummaryReportData | null => {
    const v = view();
    if (!v) return null;
    return {
      year: s.reviewYear ?? Number(s.date.slice(0, 4)), place: s.place, date: s.date, orgName: s.title, parent: s.parent, formNote: summaryFormNote(s.rulesetId), rulesetLabel: rulesetLabel(),
      byUnit: v.units.map((u) => ({ name: u.title + (u.unit.via ? ` (qua ${u.unit.via})` : ''), members: u.unit.members.length, counts: [u.dist.counts.HTXSNV, u.dist.counts.HTTNV, u.dist.counts.HTNV, u.dist.counts.KHTNV], notRated: u.dist.notRated, rating: u.rating ? RATING_LABEL[u.rating] + (u.ratingFrom === 'file' ? ' (theo tệp)' : '') : 'Chưa có' })),
      byRating: v.byRating.map((r) => ({ label: r.label, members: r.members, share: r.share, units: r.units })),
      quota: quotaLines(v), conflicts: v.conflicts.map((c) => c.text), secretary: s.secretary ?? '',
    };
  };
  const exportWord = async () => {
    const d = reportData();
    if (!d) { setStatus('Chưa có chi bộ nào để tổng hợp.'); return; }
    try { await downloadDocx(summaryReportSpec(d)); setStatus('Đã tạo tệp Word.'); } catch (e) { setStatus(`Không tạo được tệp Word: ${errorText(e)}`); }
  };
  const exportXlsx = async () => {
    const v = view();
    const d = reportData();
    if (!v || !d) { setStatus('Chưa có chi bộ nào để tổng hợp.'); return; }
    try {
      const [{ downloadXlsx }, wb] = await Promise.all([import('./export-xlsx.ts'), import('../../lib/meeting/excel/workbooks.ts')]);
      await downloadXlsx(() => wb.summaryWorkbook({
        heading: { title: `TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG NĂM ${d.year}`, orgName: s.title, kind: 'dang-bo', parent: s.parent, year: d.year, rulesetLabel: rulesetLabel(), rulesetId: s.rulesetId, date: s.date },
        byUnit: v.units.map((u, i) => ({ name: d.byUnit[i]!.name, members: u.unit.members.length, counts: u.dist.counts, notRated: u.dist.notRated, rating: d.byUnit[i]!.rating, note: u.flags.length ? 'Cần kiểm tra (xem trang “Theo mức xếp loại”)' : '' })),
        byRating: d.byRating, quota: d.quota, conflicts: d.conflicts,
        members: v.units.flatMap((u) => u.unit.members.map((m) => ({ name: m.name, unit: u.title, proposed: m.proposed }))),
      }), `tong-hop-xep-loai-${d.year}-${s.title}`);
      setStatus('Đã tạo tệp Excel.');
    } catch (e) { setStatus(`Không tạo được tệp Excel: ${errorText(e)}`); }
  };
  const exportJson = async () => {
    await saveNow();
    const { exportDraftJson, meetingRecord } = await import('../../lib/meeting/drafts.ts');
    downloadBlob(new Blob([exportDraftJson(meetingRecord(record()))], { type: 'application/json' }), `tong-hop-${s.reviewYear ?? ''}-${s.date}.json`);
  };
  const startNew = async () => { await replaceWith(newSummary(s.rulesetId, s.reviewYear ?? reviewYearOf(start), s.date), { save: false }); setFileNotes([]); setStatus('Đã mở bản tổng hợp mới.'); };
  const FLAG_VI = { person: 'trùng người', unit: 'chi bộ trùng', year: 'khác năm', ruleset: 'khác quy định' } as const;

  return (
    <div class="mt" data-testid="summary-app" data-ready={opened() ? 'true' : undefined}>
      <p class="muted" role="status" data-testid="summary-status">{status()}</p>
      <DraftAlerts status={draftStatus()} session={draftSession} />
      <RecordBanner record={link.record()} loaded={link.loaded()} rulesetLabel={rulesetLabel()} />
      <Show when={link.loaded() && !link.record()}>
        <section class="panel" aria-labelledby="th-chung">
          <h2 id="th-chung">Đảng bộ tổng hợp</h2>
          <div class="grid">
            <label class="field">Tên đảng bộ<input type="text" value={s.title} onInput={(e) => edit('title', e.currentTarget.value)} data-testid="summary-title" /></label>
            <label class="field">Đảng bộ cấp trên<input type="text" value={s.parent} onInput={(e) => edit('parent', e.currentTarget.value)} /></label>
            <label class="field">Địa danh<input type="text" value={s.place} onInput={(e) => edit('place', e.currentTarget.value)} /></label>
            <label class="field">Năm kiểm điểm<input type="number" value={s.reviewYear ?? ''} onInput={(e) => { const n = e.currentTarget.valueAsNumber; if (Number.isInteger(n) && n >= 2000 && n <= 2100) edit('reviewYear', n); }} data-testid="summary-year" /></label>
            <label class="field">Quy định áp dụng
              <select value={s.rulesetId} onChange={(e) => edit('rulesetId', e.currentTarget.value)} data-testid="summary-ruleset">
                <For each={props.rulesets}>{(r) => <option value={r.id}>{r.label}</option>}</For>
              </select>
            </label>
          </div>
        </section>
      </Show>

      <section class="panel" aria-labelledby="th-nhap">
        <h2 id="th-nhap">Tệp của các chi bộ ({s.units.length} chi bộ)</h2>
        <p class="hint">Chọn một hoặc nhiều tệp một lần: tệp .json chi bộ xuất ở trang Danh sách (“Xuất bản nháp”), hoặc tệp Excel (.xlsx) tải từ trang đó; tệp tổng hợp của một đảng ủy cấp dưới cũng nhập được.</p>
        <label class="button">Nhập tệp của chi bộ…
          <input class="visually-hidden" type="file" multiple accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => { const input = e.currentTarget; void importFiles(input.files).then(() => { input.value = ''; }); }} data-testid="summary-import" />
        </label>
        <ul class="plain" data-testid="summary-files"><For each={fileNotes()}>{(n) => <li class={n.ok ? 'ok' : 'error'}><strong>{n.file}</strong>: {n.text}</li>}</For></ul>
      </section>

      <Show when={view()}>
        {(v) => (
          <>
            <Show when={v().conflicts.length} fallback={<p class="ok" data-testid="summary-no-conflict">Không thấy trùng lặp hay lệch năm, lệch quy định giữa các tệp.</p>}>
              <section class="panel" aria-labelledby="th-xung-dot">
                <h2 id="th-xung-dot">Cần kiểm tra ({v().conflicts.length})</h2>
                <ul data-testid="summary-conflicts"><For each={v().conflicts}>{(c) => <li class="error" data-kind={c.kind}>{c.text}</li>}</For></ul>
              </section>
            </Show>
            <section aria-labelledby="th-chi-bo">
              <h2 id="th-chi-bo">Theo từng chi bộ</h2>
              <p class="hint">{summaryFormNote(s.rulesetId)}</p>
              <div class="table-wrap">
                <table class="data" data-testid="summary-units">
                  <thead><tr><th scope="col" class="num">STT</th><th scope="col">Chi bộ</th><th scope="col" class="num">Số đảng viên</th>
                    <For each={GRADES}>{(g) => <th scope="col" class="num"><abbr title={RATING_LABEL[g]}>{g}</abbr></th>}</For>
                    <th scope="col" class="num"><abbr title="Không xếp loại">KXL</abbr></th><th scope="col">Xếp loại chi bộ</th><th scope="col"><span class="visually-hidden">Bỏ</span></th></tr></thead>
                  <tbody>
                    <For each={v().units}>
                      {(u, i) => (
                        <tr data-flag={u.flags.length ? 'conflict' : undefined} data-testid={`summary-unit-${i()}`}>
                          <td class="num">{i() + 1}</td>
                          <td>{u.title}<Show when={u.unit.via}> <span class="muted">(qua {u.unit.via})</span></Show><div class="muted">tệp {u.unit.source}{u.flags.length ? ` — ${u.flags.map((f) => FLAG_VI[f]).join(', ')}` : ''}</div></td>
                          <td class="num">{u.unit.members.length}</td>
                          <For each={GRADES}>{(g) => <td class="num">{u.dist.counts[g]}</td>}</For>
                          <td class="num">{u.dist.notRated}</td>
                          <td><span title={u.ratingNote}>{u.rating ? RATING_LABEL[u.rating] : 'Chưa có'}</span><Show when={u.ratingFrom === 'file'}> <span class="muted">(theo tệp)</span></Show></td>
                          <td><button type="button" onClick={() => removeUnit(u.unit.id)} aria-label={`Bỏ ${u.title} (tệp ${u.unit.source})`}>Bỏ</button></td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
            </section>
            <section class="panel" aria-labelledby="th-muc">
              <h2 id="th-muc">Theo mức xếp loại ({v().members} đảng viên)</h2>
              <table class="data" data-testid="summary-ratings">
                <thead><tr><th scope="col">Mức xếp loại</th><th scope="col" class="num">Số đảng viên</th><th scope="col" class="num">Tỉ lệ</th><th scope="col" class="num">Số chi bộ</th></tr></thead>
                <tbody><For each={v().byRating}>{(r) => <tr><td>{r.label}</td><td class="num" data-testid={`summary-count-${r.code}`}>{r.members}</td><td class="num">{r.share}</td><td class="num">{r.units}</td></tr>}</For></tbody>
              </table>
              <h3>Tỉ lệ “Hoàn thành xuất sắc nhiệm vụ” trong toàn đảng bộ</h3>
              <ul data-testid="summary-quota"><For each={quotaLines(v())}>{(q) => <li>{q}</li>}</For></ul>
            </section>
          </>
        )}
      </Show>

      <section class="panel" aria-labelledby="th-xuat">
        <h2 id="th-xuat">In, xuất tệp</h2>
        <div class="row-actions">
          <button type="button" class="primary" onClick={() => void exportWord()} data-testid="summary-docx">Tải Word: báo cáo tổng hợp</button>
          <button type="button" onClick={() => void exportXlsx()} data-testid="summary-xlsx">Tải Excel: tổng hợp (.xlsx)</button>
          <button type="button" onClick={printNow}>In báo cáo (A4)</button>
          <button type="button" onClick={() => void exportJson()} data-testid="summary-export">Xuất tệp gửi cấp trên (.json)</button>
          <button type="button" onClick={() => void startNew()}>Tổng hợp mới</button>
        </div>
        <p class="hint">Tệp .json này là tệp cấp trên nhập vào trang Tổng hợp của mình (từng chi bộ được giữ nguyên). Bản tổng hợp tự lưu trên máy này.</p>
      </section>
      <PrintView doc={() => { const d = reportData(); return d ? summaryReportSpec(d) : { fileName: '', title: '', blocks: [{ type: 'p', runs: [{ text: 'Chưa có chi bộ nào để tổng hợp.' }] }] }; }} />
    </div>
  );
}
