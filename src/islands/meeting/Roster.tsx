// The roster screen: the whole chi bộ (or the đảng bộ's sub-organizations) on one screen with
// each proposed rating; the distribution, the HTXSNV quota with the reading of its base, who is
// over it, the organization's own rating and the cap conflicts update on every edit. The
// roster is a draft: autosaved, exported and imported as a file.
//
// Loading (issue 15): the page's own code draws the screen and keeps the counts; the rules engine
// (roster.ts: quota, the organization's rating, caps) loads on the first interaction or as soon
// as the roster has rows, and the drafts schemas when a draft is read or saved (stored-draft.ts).
// A long roster draws only the rows near the viewport (row-window.ts, with its own find box),
// and an edit touches its own row: a row is updated by index and computes its own cap conflict.
// The window and the find box load when a roster first grows past the rows drawn whole (or a
// list that long is being pasted): an ordinary chi bộ's first load carries neither.
import { batch, createComputed, createEffect, createMemo, createSignal, For, getOwner, Index, lazy, onCleanup, onMount, runWithOwner, Show, type Accessor } from 'solid-js';
import { unwrap, type SetStoreFunction } from 'solid-js/store';
import type { CitationOut, RatingCode, RulesetId } from '../../rules/types.ts';
import { chooseRuleset } from '../../rules/ruleset-choice.ts';
import type { RulesetOption } from '../../lib/calculator/setup.ts';
import { capConflict, distribution, moveProposal, newRoster, newRowId, rosterFromRecord, sameCitations, sameDistribution, sameList, shareText, type Distribution } from '../../lib/meeting/roster-model.ts';
import type { Roster, RosterRow } from '../../lib/meeting/roster-schema.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';
import { parsePastedList } from '../../lib/meeting/paste.ts';
import type { CalculatorDraftSummary } from '../../lib/meeting/drafts.ts';
import { createStoredDraft } from './stored-draft.ts';
import { SAVE_DELAY_MS } from '../../lib/drafts/autosave.ts';
import { onIntent } from './intent.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import { RatingSelect } from './fields.tsx';
import { createRecordLink } from './record-link.ts';
import type { RowWindow } from './row-window.ts';
import { RecordBanner } from './RecordBanner.tsx';
import { differs } from '../../lib/meeting/review-record.ts';
import { SheetImport } from './SheetImport.tsx';
// What shows the engine's results, and the printed list, load with the engine.
const resultViews = () => import('./ResultView.tsx');
const ResultView = lazy(() => resultViews().then((m) => ({ default: m.ResultView })));
const CitationLink = lazy(() => import('./CitationLink.tsx').then((m) => ({ default: m.CitationLink })));
const printViews = () => import('./PrintView.tsx');
// The organization's own criteria (below the list) come with them too.
const orgForms = () => import('./OrgForm.tsx');
const OrgForm = lazy(() => orgForms().then((m) => ({ default: m.OrgForm })));
const PrintView = lazy(() => printViews().then((m) => ({ default: m.PrintView })));
// Pulling from the calculator's drafts: with the drafts list, on its button.
const CalcPick = lazy(() => import('./CalcPick.tsx').then((m) => ({ default: m.CalcPick })));
// What only a long roster needs (see DRAWN_WHOLE).
const rowWindowCode = () => import('./row-window.ts');
const FindInList = lazy(() => import('./FindInList.tsx').then((m) => ({ default: m.FindInList })));
import { downloadBlob } from '../../lib/download.ts';
import { errorText } from '../../lib/error-text.ts';
import { todayIso } from '../../lib/meeting/dates.ts';
import { afterPaint } from '../../lib/idle.ts';

type Engine = typeof import('../../lib/meeting/roster.ts') & typeof import('../../lib/documents/roster-summary.ts');
/** A list up to this long is drawn whole (find-in-page sees every row); a longer one only near the viewport. */
const DRAWN_WHOLE = 150;
/** Height of a row before any was measured (px). */
const ROW_ESTIMATE_PX = 56;
/** A roster this long saves less eagerly: each save clones, validates and writes every row. */
const BIG_ROSTER = 500;
const LOADING = 'Đang tải bộ quy tắc…';
/**
 * The screen waits this long at most for the review record and the draft to be read before it is
 * drawn: what they add (the record's banner or "Thông tin chung", the rows) would otherwise appear
 * above what is already on screen and push it down (Lighthouse CLS 0.085 on a first visit).
 */
const OPEN_WAIT_MS = 1000;

export interface RosterSetup {
  /** Rulesets (names, dates, localities), computed by the page at build time. */
  rulesets: RulesetOption[];
  /** Per ruleset, the facts of a party organization it reads (OrgForm asks only those). */
  orgFacts: Record<string, string[]>;
}

export default function Roster(props: { setup: RosterSetup }) {
  const rulesets = props.setup.rulesets;
  const rulesetFor = (date: string) => chooseRuleset(rulesets, date);
  const rulesetLabel = (id: string) => rulesets.find((r) => r.id === id)?.label;
  const start = todayIso();
  const { data: draft, edit, status, setStatus, draftId, loads, opened, record, saveNow, replaceWith, draftStatus, draftSession } = createStoredDraft<'roster'>({
    type: 'roster',
    initial: newRoster(start, (rulesetFor(start)?.id ?? 'hong-quang-2025') as RulesetId),
    describe: (data) => {
      const own: RatingCode | null = orgRating();
      return {
        name: data.title || 'Danh sách chưa đặt tên', rulesetId: data.rulesetId,
        summary: { text: `${data.rows.length} ${data.mode === 'chi-bo' ? 'đảng viên' : 'tổ chức'}; ${distribution(data.rows).counts.HTXSNV} đề xuất Hoàn thành xuất sắc`, ...(own ? { rating: own } : {}) },
      };
    },
    schema: () => import('../../lib/meeting/draft-types.ts'),
    // Every edit is journaled at once (the drafts session); the store's write of a big roster waits longer.
    saveDelayMs: (): number => (draft.rows.length > BIG_ROSTER ? 2000 : SAVE_DELAY_MS),
  });

  // ── The rules engine, on demand ───────────────────────────────────────────────────────────────
  const [engine, setEngine] = createSignal<Engine | null>(null);
  let engineLoad: Promise<Engine> | null = null;
  const loadEngine = () => (engineLoad ??= Promise.all([import('../../lib/meeting/roster.ts'), import('../../lib/documents/roster-summary.ts'), resultViews(), printViews(), orgForms()]).then(
    ([rules, docs]) => { const m = { ...rules, ...docs }; setEngine(() => m); return m; },
    (e: unknown) => { engineLoad = null; setStatus(`Không tải được bộ quy tắc (${errorText(e)}). Hãy kiểm tra kết nối rồi tải lại trang.`); throw e; },
  ));
  onMount(() => onIntent(() => void loadEngine().catch(() => undefined)));
  // A roster with rows (opened, pasted, imported) is rated at once.
  createEffect(() => { if (draft.rows.length) void loadEngine().catch(() => undefined); });
  const [pasteText, setPasteText] = createSignal('');
  const [pasteErrors, setPasteErrors] = createSignal<string[]>([]);
  const [calc, setCalc] = createSignal<CalculatorDraftSummary[] | null>(null);
  const [busy, setBusy] = createSignal(false);
  // The review record: its values are copied into this roster (so an exported file carries them).
  const link = createRecordLink({
    linkedId: () => draft.recordId, draftKey: draftId,
    apply: (rec) => { if (rec) { const patch = rosterFromRecord(rec.id, rec.data); if (differs(patch, draft)) edit(patch); } },
  });
  // Drawn once the record and the draft are read, or after OPEN_WAIT_MS whatever is read by then.
  const [waited, setWaited] = createSignal(false);
  const waitTimer = setTimeout(() => setWaited(true), OPEN_WAIT_MS);
  onCleanup(() => clearTimeout(waitTimer));
  const shown = createMemo((was: boolean) => was || waited() || (link.loaded() && opened()), false);
  // The list and the panels below it are drawn once the top of the screen has painted (issue 15,
  // TBT): the whole screen was one task at load (≈ 70 ms at 4× CPU, the date field alone ≈ 20 ms
  // to create), two shorter ones now. They come below what is drawn first, so nothing moves.
  const [listShown, setListShown] = createSignal(false);
  createEffect(() => { if (shown()) afterPaint(() => setListShown(true)); });

  // ── Derived, recomputed on every edit ────────────────────────────────────────────────────────
  // What reads every row (the caps panel, the documents) reads the plain rows, recomputed when a
  // row changed (rowsTouched) or another draft was loaded: subscribing to 1 000 rows × their
  // fields cost Solid more, at each edit, than the counting itself (a loop over plain objects).
  // A row's own view subscribes to its own fields only. The list itself (its rows' ids, their
  // number) changes only when rows are added or removed (listTouched) or a draft is loaded: a
  // field's edit does not rebuild the ids of 1 000 rows (issue 15).
  const [rowsVersion, setRowsVersion] = createSignal(0);
  const rowsTouched = () => setRowsVersion((n) => n + 1);
  const [listVersion, setListVersion] = createSignal(0);
  const listTouched = () => batch(() => { setListVersion((n) => n + 1); rowsTouched(); });
  const plainRows = (): readonly RosterRow[] => { rowsVersion(); loads(); return unwrap(draft.rows); };
  // The counts: counted from the rows when the list changed or a draft was loaded, and moved by
  // one at each proposal edit (editRow below), so an edit does not count 1 000 rows. The same
  // counts ask the engine the same questions (sameDistribution): an edit that moves none (a name
  // typed, a head ticked) re-runs neither the quota nor the organization's rating.
  const [dist, setDist] = createSignal<Distribution>(distribution([]), { equals: sameDistribution });
  createComputed(() => { listVersion(); loads(); setDist(distribution(unwrap(draft.rows))); });
  /** One row's field edited, by index (one row's path, not a search through every row). */
  const editRow = <K extends keyof RosterRow>(index: number, k: K, v: RosterRow[K]) => batch(() => {
    const from = unwrap(draft.rows)[index]!.proposed;
    edit('rows', index, k, v);
    if (k === 'proposed') setDist((d) => moveProposal(d, from, v as RosterRow['proposed']));
    rowsTouched();
  });
  const quota = createMemo(() => engine()?.rosterQuota({ rulesetId: draft.rulesetId, evaluationDate: draft.evaluationDate, outstandingUnit: draft.outstandingUnit }, dist()) ?? null);
  const orgEval = createMemo(() => engine()?.rosterOrgRating({ rulesetId: draft.rulesetId, evaluationDate: draft.evaluationDate, mode: draft.mode, org: draft.org }, dist()) ?? null);
  const orgRating: Accessor<RatingCode | null> = createMemo<RatingCode | null>(() => { const e = orgEval(); return e?.ok ? e.value.rating : null; });
  const quotaOk = () => { const x = quota(); return x?.ok ? x.value : null; };
  const quotaError = () => { const x = quota(); return !x ? LOADING : x.ok ? '' : engine()!.quotaErrorText(x.error); };
  const orgOk = () => { const x = orgEval(); return x?.ok ? x.value : null; };
  const orgError = () => { const x = orgEval(); return !x ? LOADING : x.ok ? '' : `Chưa tính được: ${x.error}`; };
  // The quota's clauses and notes, kept while they read the same: re-given to <Index> with every
  // new quota, the clauses (text and lazily loaded links in one line) were taken out of the DOM and
  // put back at each edit that moved a count (a MutationObserver: 15 node removals and insertions).
  const quotaCites = createMemo((): readonly CitationOut[] => quotaOk()?.evaluation.deciding ?? [], [], { equals: sameCitations });
  const quotaNotes = createMemo((): readonly string[] => quotaOk()?.evaluation.notes ?? [], [], { equals: sameList });
  const excess = () => quotaOk()?.excess ?? 0;
  // Every drawn row reads this one: a signal set only when it changes, not a memo. Solid marks
  // every computation downstream of a changed source before it compares anything, so through a
  // memo each new quota (every edit that moves a count) marked each drawn row's flag and its
  // warning for a re-check; the signal stops the mark here.
  const [overQuota, setOverQuota] = createSignal(false);
  createComputed(() => setOverQuota(excess() > 0));
  const orgWord = () => (draft.mode === 'chi-bo' ? 'chi bộ' : 'đảng bộ');

  /** Whether a row can have a cap conflict at all: the check below reads the engine and the draft only for those. */
  const mayConflict = (row: RosterRow, mode: Roster['mode']) => !!row.head || (mode === 'dang-bo' && !!row.collectiveRating);
  /**
   * A row's cap conflict (head of a unit rated lower; a đảng bộ row's collective above its
   * organization), or null. Each row calls it in its own memo, so an edit re-checks its own row
   * only (and the heads, when the organization's rating changes). Reads nothing it does not need:
   * Solid records a source again whenever reads of two signals alternate, so 1 000 rows each
   * reading the engine and the draft's mode made every recount of the conflicts subscribe and
   * unsubscribe 2 000 times (a profile of an edit at 1 000 rows: its costliest part in Roster.tsx).
   */
  const conflictOf = (row: RosterRow): string | null => {
    if (!mayConflict(row, draft.mode)) return null;
    const m = engine();
    if (!m) return null;
    const h = row.head;
    if (h) {
      const unitRating = h.unitRating === 'TO_CHUC_NAY' ? orgRating() : h.unitRating || null;
      if (unitRating) {
        const unit = h.unitRating === 'TO_CHUC_NAY' ? `${orgWord()} ${draft.title || 'này'}` : h.unit || 'đơn vị do mình đứng đầu';
        const c = capConflict(m.headCap(draft.rulesetId, draft.evaluationDate, unitRating, h.newlyTransferred), row.proposed, row.name || 'Người đứng đầu', unit, unitRating);
        if (c) return c;
      }
    }
    if (draft.mode === 'dang-bo' && row.collectiveRating && row.proposed && row.proposed !== 'KHONG_XEP_LOAI') {
      return capConflict(m.collectiveCap(draft.rulesetId, draft.evaluationDate, row.proposed), row.collectiveRating, `Tập thể lãnh đạo của ${row.name || 'tổ chức'}`, row.name || 'tổ chức', row.proposed);
    }
    return null;
  };
  /** The organization's own collective (chi ủy / đảng ủy) above the organization. */
  const ownConflict = createMemo(() => {
    const m = engine(), own = orgRating();
    if (!m || !draft.collectiveRating || !own || own === 'KHONG_XEP_LOAI') return null;
    return capConflict(m.collectiveCap(draft.rulesetId, draft.evaluationDate, own), draft.collectiveRating, `Tập thể ${draft.mode === 'chi-bo' ? 'chi ủy' : 'đảng ủy'}`, `${orgWord()} ${draft.title || 'này'}`, own);
  });
  /** Every conflict, by row id (the organization's own collective under ''): for the caps panel and the documents. */
  const conflicts = createMemo(() => {
    const out = new Map<string, string>();
    const mode = draft.mode;
    for (const row of plainRows()) { if (!mayConflict(row, mode)) continue; const c = conflictOf(row); if (c) out.set(row.id, c); }
    const own = ownConflict();
    if (own) out.set('', own);
    return out;
  });
  const headRule = createMemo(() => engine()?.headCap(draft.rulesetId, draft.evaluationDate, 'HTNV', false) ?? null);
  const collRule = createMemo(() => engine()?.collectiveCap(draft.rulesetId, draft.evaluationDate, 'HTNV') ?? null);

  // ── Rows drawn: all of a short list; of a long one, those on screen and near it (row-window.ts) ──
  const rowIds = createMemo(() => { listVersion(); loads(); return unwrap(draft.rows).map((r) => r.id); }, [], { equals: sameList });
  const [win, setWin] = createSignal<RowWindow | null>(null);
  /** Set when the window's code could not be loaded: then every row is drawn (slow, but all there). */
  const [drawAll, setDrawAll] = createSignal(false);
  let listEl: HTMLElement | undefined;
  let windowLoad: Promise<void> | null = null;
  const owner = getOwner();
  /** The row window, created once its code is here (it lives as long as the screen). */
  const loadWindow = () => (windowLoad ??= rowWindowCode().then((m) => {
    runWithOwner(owner, () => {
      const w = m.createRowWindow({ ids: rowIds, all: DRAWN_WHOLE, overscanPx: 600, estimatePx: ROW_ESTIMATE_PX });
      if (listEl) w.listRef(listEl);
      setWin(() => w);
    });
  }, (e: unknown) => {
    setDrawAll(true);
    setStatus(`Không tải được phần hiển thị danh sách dài (${errorText(e)}): đang hiện mọi dòng. Hãy tải lại trang.`);
  }));
  // Loaded as soon as the roster is long (a paste, an import, a reopened draft, another tab's edit).
  createEffect(() => { if (rowIds().length > DRAWN_WHOLE) void loadWindow(); });
  /**
   * The indices drawn. Until the window is here (for the moment its code takes after a long list
   * arrived), the first DRAWN_WHOLE rows, the list's padding standing for the rest: the rows the
   * window draws first are among them, no row is drawn in a wrong place, and the cost is bounded.
   */
  const drawnIndices = createMemo((): readonly number[] => {
    const w = win();
    if (w) return w.indices();
    const n = rowIds().length, k = drawAll() ? n : Math.min(n, DRAWN_WHOLE);
    return Array.from({ length: k }, (_, i) => i);
  });
  const padBottom = () => win()?.padBottom() ?? (rowIds().length - drawnIndices().length) * ROW_ESTIMATE_PX;
  // The store's row objects, so a row keeps its view (and its focus) when rows above it are removed.
  const shownRows = createMemo(() => drawnIndices().map((i) => draft.rows[i]!));
  /** A row's ref: measured by the window from the moment there is one. */
  const measureRow = (el: HTMLElement, id: string) => createEffect(() => win()?.measure(el, id));
  /** The row found by "Tìm tên trong danh sách" (FindInList.tsx): drawn wherever the window is, and marked. */
  const [foundId, setFoundId] = createSignal<string | null>(null);
  const showFound = (id: string | null) => { setFoundId(id); win()?.keep(id); };

  // ── Row edits ────────────────────────────────────────────────────────────────────────────────
  const addRows = (rows: Omit<RosterRow, 'id'>[]) => batch(() => { edit('rows', (cur) => [...cur, ...rows.map((r) => ({ ...r, id: newRowId() }))]); listTouched(); });
  const addOne = async () => {
    // The row past DRAWN_WHOLE is focused below: the window must be there to draw it (a wait only the first time).
    if (!win() && draft.rows.length >= DRAWN_WHOLE) await loadWindow();
    addRows([{ name: '', proposed: '' }]);
    // The new row is drawn at the end of the list (wherever the window is) to take the focus, which scrolls it into view.
    win()?.keep(draft.rows[draft.rows.length - 1]!.id);
    queueMicrotask(() => { (document.querySelector(`[data-row-index="${draft.rows.length - 1}"] input[type="text"]`) as HTMLInputElement | null)?.focus(); win()?.keep(null); });
  };
  /** While a list is being pasted: the row window, if the list will be long, is loaded before it is added. */
  const prepareFor = (text: string) => {
    if (windowLoad) return;
    let lines = draft.rows.length + 1;
    for (let at = text.indexOf('\n'); at >= 0 && lines <= DRAWN_WHOLE; at = text.indexOf('\n', at + 1)) lines++;
    if (lines > DRAWN_WHOLE) void loadWindow();
  };
  /** The text just added, until the box is emptied (a second click before that adds nothing). */
  let pasted: string | null = null;
  const addPasted = () => {
    const text = pasteText();
    if (text === pasted) return;
    const { lines, errors } = parsePastedList(text);
    setPasteErrors(errors);
    if (!lines.length) { setPasteErrors([...errors, 'Chưa có tên nào để thêm.']); return; }
    addRows(lines.map((l) => ({ name: l.name, proposed: l.proposed })));
    setStatus(`Đã thêm ${lines.length} dòng.`);
    // The box is emptied after the frame that shows the rows: emptying a textarea of 1 000 lines
    // took ≈ 30 ms of that frame at 4× CPU. Not if something was typed into it meanwhile.
    pasted = text;
    afterPaint(() => { if (pasteText() === text) setPasteText(''); pasted = null; });
  };
  const removeRow = (id: string) => batch(() => { edit('rows', (cur) => cur.filter((r) => r.id !== id)); listTouched(); });
  // Members take individual drafts; a đảng bộ's rows take party-organization drafts.
  const loadCalc = async () => {
    const kinds = draft.mode === 'chi-bo' ? ['dang-vien', 'can-bo-lanh-dao'] : ['to-chuc-dang'];
    const [{ calculatorDrafts }] = await Promise.all([import('../../lib/meeting/drafts.ts'), CalcPick.preload()]);
    setCalc((await calculatorDrafts()).filter((c) => !c.case || kinds.includes(c.case.subject.kind)));
  };
  const onRoster = (draftId: string) => draft.rows.some((r) => r.fromDraft === draftId);
  const addPicked = (list: CalculatorDraftSummary[]) => {
    const linked = new Set(draft.rows.map((r) => r.fromDraft).filter(Boolean));
    const fresh = list.filter((c) => !linked.has(c.id));
    addRows(fresh.map((c) => ({ name: c.name, proposed: c.rating ?? '', fromDraft: c.id })));
    setStatus(`Đã thêm ${fresh.length} người từ bản nháp Tính xếp loại${fresh.length < list.length ? ` (${list.length - fresh.length} người đã có trong danh sách)` : ''}.`);
    setCalc(null);
  };

  // ── Documents ────────────────────────────────────────────────────────────────────────────────
  /** The documents' data (the engine is loaded whenever a document is made). */
  const summaryData = (m: Engine) => m.rosterSummaryData(unwrap(draft), dist(), quota()!, orgEval()!, conflicts(), rulesetLabel(draft.rulesetId) ?? draft.rulesetId);
  const exportWord = async () => {
    setBusy(true);
    try {
      const m = await loadEngine();
      const { downloadDocx } = await import('./export-docx.ts');
      await downloadDocx(m.rosterSummarySpec(summaryData(m)));
      setStatus('Đã tạo tệp Word.');
    }
    catch (e) { setStatus(`Không tạo được tệp Word: ${errorText(e)}`); }
    finally { setBusy(false); }
  };
  const exportXlsx = async () => {
    setBusy(true);
    try {
      const d = summaryData(await loadEngine());
      // Excel code loads on this click only (the page's first load carries none of it).
      const [{ downloadXlsx }, wb] = await Promise.all([import('./export-xlsx.ts'), import('../../lib/meeting/excel/workbooks.ts')]);
      await downloadXlsx(() => wb.rosterWorkbook(
        { title: `DANH SÁCH ĐỀ XUẤT XẾP LOẠI CHẤT LƯỢNG ${draft.mode === 'chi-bo' ? 'ĐẢNG VIÊN' : 'TỔ CHỨC ĐẢNG'} NĂM ${d.year}`, orgName: draft.title, kind: draft.mode, parent: draft.parent, year: d.year, rulesetLabel: d.rulesetLabel, rulesetId: draft.rulesetId, date: draft.evaluationDate, rating: orgRating() },
        draft.rows.map((r) => ({ name: r.name, proposed: r.proposed, note: r.note ?? '' })), d.distribution,
      ), `danh-sach-xep-loai-${d.year}-${draft.title}`);
      setStatus('Đã tạo tệp Excel.');
    } catch (e) { setStatus(`Không tạo được tệp Excel: ${errorText(e)}`); }
    finally { setBusy(false); }
  };
  const exportJson = async () => {
    await saveNow();
    const { exportDraftJson, meetingRecord } = await import('../../lib/meeting/drafts.ts');
    downloadBlob(new Blob([exportDraftJson(meetingRecord(record()))], { type: 'application/json' }), `danh-sach-${draft.evaluationDate}.json`);
  };
  const importJson = async (file: File | undefined) => {
    if (!file) return;
    const [{ importDraftJson }, { readImportFile }] = await Promise.all([import('../../lib/meeting/drafts.ts'), import('../../lib/drafts/transfer.ts')]);
    const text = await readImportFile(file); // the size is checked before the file is read
    const r = text.ok ? importDraftJson('roster', text.value) : text;
    if (!r.ok) { setStatus(`Không nhập được tệp: ${r.error}`); return; }
    // Always a new draft: an import here never overwrites work in the store.
    await replaceWith(r.value.data, { save: true });
    setStatus(`Đã nhập “${r.value.name}” thành bản nháp mới (${r.value.data.rows.length} dòng).`);
  };
  const startNew = async () => {
    await replaceWith(newRoster(draft.evaluationDate, draft.rulesetId), { save: false });
    setStatus('Đã mở danh sách mới.');
  };

  const setRuleset = (id: RulesetId) => edit('rulesetId', id);
  const suggested = () => rulesetFor(draft.evaluationDate);
  // The print view loads with the engine; a task later it is mounted and hears beforeprint.
  const printNow = async () => { await loadEngine().catch(() => undefined); await new Promise((r) => setTimeout(r)); window.print(); };

  return (
    <div class="mt" data-testid="roster-app" aria-busy={!listShown()} data-ready={listShown() && opened() ? 'true' : undefined}>
      <p class="muted status-line" role="status" data-testid="roster-status">{status()}</p>
      <Show when={shown()}>
      <RecordBanner record={link.record()} loaded={link.loaded()} rulesetLabel={rulesetLabel(draft.rulesetId)} />
      <DraftAlerts status={draftStatus()} session={draftSession} />

      <Show when={link.loaded() && !link.record()}>
      <section class="panel" aria-labelledby="ds-chung">
        <h2 id="ds-chung">Thông tin chung</h2>
        <div class="grid">
          <label class="field">Cấp xếp loại
            <select value={draft.mode} onChange={(e) => edit('mode', e.currentTarget.value as Roster['mode'])} data-testid="roster-mode">
              <option value="chi-bo">Chi bộ — danh sách đảng viên</option>
              <option value="dang-bo">Đảng bộ — các tổ chức đảng trực thuộc</option>
            </select>
          </label>
          <label class="field">Tên {orgWord()}
            <input type="text" value={draft.title} onInput={(e) => edit('title', e.currentTarget.value)} data-testid="roster-title" />
          </label>
          <label class="field">Đảng bộ cấp trên
            <input type="text" value={draft.parent} onInput={(e) => edit('parent', e.currentTarget.value)} />
          </label>
          <label class="field">Địa danh (ghi trên văn bản)
            <input type="text" value={draft.place} onInput={(e) => edit('place', e.currentTarget.value)} />
          </label>
          <label class="field">Ngày đánh giá, xếp loại
            <input type="date" value={draft.evaluationDate} onInput={(e) => { if (e.currentTarget.value) edit('evaluationDate', e.currentTarget.value); }} data-testid="roster-date" />
          </label>
          <label class="field">Quy định áp dụng
            <select value={draft.rulesetId} onChange={(e) => setRuleset(e.currentTarget.value as RulesetId)} data-testid="roster-ruleset">
              <For each={rulesets}>{(r) => <option value={r.id}>{r.label}</option>}</For>
            </select>
          </label>
        </div>
        <Show when={suggested() && suggested()!.id !== draft.rulesetId && suggested()!.locality === null}>
          <p class="hint">Theo ngày đánh giá, quy định trung ương đang có hiệu lực: {suggested()!.label}.</p>
        </Show>
      </section>
      </Show>

      <Show when={listShown()}>
      <section aria-labelledby="ds-danh-sach">
        <h2 id="ds-danh-sach">{draft.mode === 'chi-bo' ? 'Danh sách đảng viên' : 'Các tổ chức đảng trực thuộc'} ({draft.rows.length})</h2>
        <div class="row-actions">
          <button type="button" onClick={() => void addOne()} data-testid="roster-add">+ Thêm {draft.mode === 'chi-bo' ? 'đảng viên' : 'tổ chức'}</button>
          <button type="button" onClick={() => void loadCalc()}>Lấy từ bản nháp Tính xếp loại…</button>
        </div>
        <SheetImport what="danh sách" onConfirm={(rows, file) => {
          addRows(rows.map((r) => ({ name: r.name, proposed: r.proposed, ...(r.note ? { note: r.note } : {}) })));
          setStatus(`Đã thêm ${rows.length} dòng từ tệp “${file}”.`);
        }} />
        <Show when={calc()} keyed>
          {(list) => <CalcPick list={list} onRoster={onRoster} add={addPicked} close={() => setCalc(null)} />}
        </Show>
        <details>
          <summary>Dán danh sách (mỗi dòng một {draft.mode === 'chi-bo' ? 'người' : 'tổ chức'}; có thể thêm mức sau dấu “;”)</summary>
          <label class="field">Danh sách
            <textarea rows="5" value={pasteText()} onInput={(e) => { setPasteText(e.currentTarget.value); prepareFor(e.currentTarget.value); }} placeholder={'Nguyễn Văn A; HTTNV\nTrần Thị B; HTXSNV\nL.V.C'} data-testid="roster-paste" />
          </label>
          <button type="button" onClick={addPasted} data-testid="roster-paste-add">Thêm các dòng này</button>
          <For each={pasteErrors()}>{(e) => <p class="warn">{e}</p>}</For>
        </details>
        {/* A list, not a table: a long one draws only the rows near the viewport (row-window.ts),
            each row says its place in the whole list; every control is labelled with its row. */}
        <Show when={draft.rows.length > DRAWN_WHOLE}>
          <FindInList rows={plainRows} show={showFound} />
        </Show>
        <div class="roster-head" aria-hidden="true">
          <span class="num">STT</span>
          <span>{draft.mode === 'chi-bo' ? 'Họ tên hoặc viết tắt' : 'Tổ chức đảng'}</span>
          <span>Mức đề xuất</span>
          <span>{draft.mode === 'chi-bo' ? 'Người đứng đầu đơn vị' : 'Bí thư / tập thể lãnh đạo'}</span>
          <span>Cảnh báo</span>
          <span />
        </div>
        <ol class="roster-list" data-testid="roster-table" aria-label="Danh sách và mức xếp loại đề xuất" ref={(el) => { listEl = el; win()?.listRef(el); }}
          style={{ 'padding-top': `${win()?.padTop() ?? 0}px`, 'padding-bottom': `${padBottom()}px` }}>
          <For each={shownRows()}>
            {(row, i) => {
              const index = () => drawnIndices()[i()]!;
              return <RowView row={row} index={index()} count={draft.rows.length} found={foundId() === row.id} gapBefore={win()?.gapBefore(index()) ?? 0} measure={measureRow} edit={editRow} remove={removeRow} mode={draft.mode} orgRating={orgRating()} overQuota={overQuota()} conflictOf={conflictOf} />;
            }}
          </For>
        </ol>
        <Show when={!draft.rows.length}><p class="hint">Chưa có ai trong danh sách. Thêm từng người, dán cả danh sách, hoặc lấy từ bản nháp.</p></Show>
      </section>

      <section class="panel below-list" aria-labelledby="ds-tong-hop">
        <h2 id="ds-tong-hop">Tổng hợp</h2>
        <table class="data" data-testid="roster-distribution">
          <thead><tr><th scope="col">Mức xếp loại</th><th class="num" scope="col">Số lượng</th><th class="num" scope="col">Tỉ lệ</th></tr></thead>
          <tbody>
            <For each={GRADES}>{(g) => <tr><td>{RATING_LABEL[g]}</td><td class="num" data-testid={`count-${g}`}>{dist().counts[g]}</td><td class="num" data-testid={`share-${g}`}>{shareText(dist().counts[g], dist().rated)}</td></tr>}</For>
            <tr><th scope="row">Cộng (được xếp loại)</th><td class="num" data-testid="count-rated">{dist().rated}</td><td class="num">{dist().rated ? '100 %' : '—'}</td></tr>
          </tbody>
        </table>
        <p class="muted">Không xếp loại: {dist().notRated} · Chưa đề xuất mức: <span data-testid="count-missing">{dist().missing}</span>. Tỉ lệ tính trên số được xếp loại.</p>

        <h3>Số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” tối đa</h3>
        <Show when={quotaOk()} fallback={<p class={quota() ? 'error' : 'muted'}>{quotaError()}</p>}>
          {(v) => {
            return (
              <div data-testid="roster-quota">
                <p><span class="figure" data-testid="quota-max">{v().max}</span> người — <span data-testid="quota-base">{v().baseLabel}</span>. <span class="muted">{v().source}</span></p>
                <p class="muted" data-testid="quota-alt">Nếu hiểu {v().alternative.baseLabel}: tối đa {v().alternative.max}.</p>
                <Show when={v().smallGroup}><p class="hint">Đã áp dụng quy định cho nơi có dưới 05 người (xem lưu ý bên dưới).</p></Show>
                <p role="status" data-testid="quota-status" class={v().excess ? 'error' : 'ok'}>
                  Đang đề xuất {v().proposed}. {v().excess ? `Vượt ${v().excess} người: cần bớt ${v().excess} người trong số đề xuất dưới đây (chọn theo số phiếu ở mục Kiểm phiếu).` : 'Trong chỉ tiêu.'}
                </p>
                <Show when={v().excess}>
                  <p data-testid="quota-over-names">Đề xuất “Hoàn thành xuất sắc nhiệm vụ”: {plainRows().filter((r) => r.proposed === 'HTXSNV').slice(0, 60).map((r) => r.name || '(chưa ghi tên)').join(', ')}{dist().counts.HTXSNV > 60 ? ', …' : ''}</p>
                </Show>
                <Show when={draft.rulesetId === 'hong-quang-2025'}>
                  <label class="check"><input type="checkbox" checked={draft.outstandingUnit} onChange={(e) => edit('outstandingUnit', e.currentTarget.checked)} data-testid="quota-outstanding" /> Tổ chức, cơ quan, đơn vị có thành tích xuất sắc, nổi trội (cấp có thẩm quyền quyết định tỉ lệ đến 25 %)</label>
                </Show>
                <details><summary>Cách tính và lưu ý</summary>
                  <ul><Index each={quotaNotes()}>{(n) => <li>{n()}</li>}</Index></ul>
                  <p>Căn cứ: <Index each={quotaCites()}>{(c, i) => <>{i ? '; ' : ''}<CitationLink c={c()} /></>}</Index></p>
                  <Show when={draft.mode === 'chi-bo'}><p class="hint">Tỉ lệ tính theo nhóm đối tượng tương đồng; với đảng viên, các kế hoạch tính trong từng tổ chức cơ sở đảng — nếu chi bộ là chi bộ trực thuộc, đảng ủy cơ sở tổng hợp chung cho cả đảng bộ.</p></Show>
                </details>
              </div>
            );
          }}
        </Show>
      </section>

      <section class="panel below-list" aria-labelledby="ds-to-chuc">
        <h2 id="ds-to-chuc">Xếp loại {orgWord()}</h2>
        <p class="hint">Từ kết quả {draft.mode === 'chi-bo' ? 'xếp loại đảng viên ở trên' : 'xếp loại các tổ chức trực thuộc ở trên'} và các tiêu chí của chính {orgWord()}:</p>
        <Show when={engine()} fallback={<p class="muted">{LOADING}</p>}>
          <OrgForm asked={props.setup.orgFacts[draft.rulesetId] ?? []} org={draft.org} set={((...a: unknown[]) => (edit as (...x: unknown[]) => void)('org', ...a)) as SetStoreFunction<Roster['org']>} mode={draft.mode} />
        </Show>
        <div aria-live="polite">
          <Show when={orgOk()} fallback={<p class={orgEval() ? 'error' : 'muted'} data-testid="org-error">{orgError()}</p>}>
            {(e) => <ResultView evaluation={e()} subject={`Mức xếp loại ${orgWord()}`} testId="org-result" />}
          </Show>
        </div>
      </section>

      <section class="panel below-list" aria-labelledby="ds-tran">
        <h2 id="ds-tran">Mức trần: người đứng đầu, tập thể lãnh đạo</h2>
        <Show when={headRule() && collRule()} fallback={<p class="muted">{LOADING}</p>}>
          <p class="hint">
            <Show when={headRule()!.source} fallback={<>Người đứng đầu: {headRule()!.silence}</>}>Người đứng đầu: “{headRule()!.words}” ({headRule()!.source}).</Show>{' '}
            <Show when={collRule()!.source} fallback={<>Tập thể lãnh đạo: {collRule()!.silence}</>}>Tập thể lãnh đạo: “{collRule()!.words}” ({collRule()!.source}).</Show>
          </p>
        </Show>
        <label class="field">Tập thể {draft.mode === 'chi-bo' ? 'chi ủy' : 'đảng ủy'} của {orgWord()} này xếp loại
          <RatingSelect label={`Xếp loại tập thể ${draft.mode === 'chi-bo' ? 'chi ủy' : 'đảng ủy'}`} value={draft.collectiveRating} onValue={(r) => edit('collectiveRating', r)} emptyLabel="— chưa có —" testId="roster-collective" />
        </label>
        <Show when={conflicts().size} fallback={<p class="ok" data-testid="cap-none">Không có trường hợp vượt mức trần.</p>}>
          <ul data-testid="cap-conflicts"><For each={[...conflicts().values()]}>{(c) => <li class="error">{c}</li>}</For></ul>
        </Show>
      </section>

      <section class="panel below-list" aria-labelledby="ds-xuat">
        <h2 id="ds-xuat">In, xuất tệp</h2>
        <div class="row-actions">
          <button type="button" class="primary" disabled={busy()} onClick={() => void exportWord()} data-testid="roster-docx">Tải Word: danh sách đề xuất</button>
          <button type="button" disabled={busy()} onClick={() => void exportXlsx()} data-testid="roster-xlsx">Tải Excel: danh sách (.xlsx)</button>
          <button type="button" onClick={() => void printNow()} data-testid="roster-print">In danh sách (A4)</button>
          <button type="button" onClick={() => void exportJson()} data-testid="roster-export">Xuất bản nháp (.json)</button>
          <label class="button">Nhập bản nháp (.json)<input class="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void importJson(e.currentTarget.files?.[0])} data-testid="roster-import" /></label>
          <button type="button" onClick={() => void startNew()}>Danh sách mới</button>
        </div>
        <p class="hint">Bản nháp tự lưu trên máy này. Xem tất cả bản nháp ở mục <a href="/ban-nhap/">Bản nháp</a>.</p>
      </section>
      <Show when={engine()}>{(m) => <PrintView doc={() => m().rosterSummarySpec(summaryData(m()))} />}</Show>
      </Show>
      </Show>
    </div>
  );
}

function RowView(props: {
  row: RosterRow; index: number; count: number; found: boolean; gapBefore: number; measure: (el: HTMLElement, id: string) => void;
  edit: <K extends keyof RosterRow>(index: number, k: K, v: RosterRow[K]) => void; remove: (id: string) => void; mode: Roster['mode'];
  orgRating: RatingCode | null; overQuota: boolean; conflictOf: (row: RosterRow) => string | null;
}) {
  const n = () => props.index + 1;
  const set = <K extends keyof RosterRow>(k: K, v: RosterRow[K]) => props.edit(props.index, k, v);
  const conflict = createMemo(() => props.conflictOf(props.row));
  const flag = () => (conflict() ? 'conflict' : props.overQuota && props.row.proposed === 'HTXSNV' ? 'over' : undefined);
  const label = () => props.row.name || `dòng ${n()}`;
  return (
    <li class="roster-row" data-row-index={props.index} data-row-id={props.row.id} data-flag={flag()} data-found={props.found ? '' : undefined} aria-posinset={n()} aria-setsize={props.count}
      ref={(el) => props.measure(el, props.row.id)} style={{ 'margin-top': props.gapBefore ? `${props.gapBefore}px` : undefined }}>
      {/* A form of its own per row (display: contents, nothing is submitted): after every change of a
          control with no form, Chromium's autofill reads every form-less control of the page (each
          drawn row's and the panels'), forcing style and layout dozens of times: a task of 40–150 ms
          at 4× CPU after each edit at 1 000 rows, often before the frame with the totals (a CDP
          trace, issue 15; 4–8 ms with the row's form). */}
      <form class="row-form" onSubmit={(e) => e.preventDefault()}>
      <span class="num">{n()}</span>
      <span><input type="text" value={props.row.name} aria-label={`Tên, dòng ${n()}`} onInput={(e) => set('name', e.currentTarget.value)} /></span>
      <div>
        <RatingSelect label={`Mức đề xuất của ${label()}`} value={props.row.proposed} onValue={(r) => batch(() => { set('proposed', r); if (props.row.fromDraft) set('fromDraft', undefined); })} withNotRated testId={`row-rating-${props.index}`} />
        <Show when={props.row.fromDraft}><div class="muted">từ bản nháp</div></Show>
      </div>
      <div>
        <Show when={props.mode === 'dang-bo'}>
          <label class="field">Tập thể lãnh đạo
            <RatingSelect label={`Xếp loại tập thể lãnh đạo của ${label()}`} value={props.row.collectiveRating ?? ''} onValue={(r) => set('collectiveRating', r)} emptyLabel="— chưa có —" />
          </label>
        </Show>
        <label class="check"><input type="checkbox" checked={!!props.row.head} aria-label={`${label()} là người đứng đầu một đơn vị`} onChange={(e) => set('head', e.currentTarget.checked ? { unit: '', unitRating: 'TO_CHUC_NAY', newlyTransferred: false } : undefined)} /> đứng đầu</label>
        <Show when={props.row.head}>
          {(h) => (
            <div>
              <input type="text" value={h().unit} placeholder="Đơn vị do đồng chí đứng đầu" aria-label={`Đơn vị do ${label()} đứng đầu`} onInput={(e) => set('head', { ...h(), unit: e.currentTarget.value })} />
              <select value={h().unitRating} aria-label={`Xếp loại của đơn vị do ${label()} đứng đầu`} onChange={(e) => set('head', { ...h(), unitRating: e.currentTarget.value as NonNullable<RosterRow['head']>['unitRating'] })}>
                <option value="TO_CHUC_NAY">= mức của {props.mode === 'chi-bo' ? 'chi bộ' : 'đảng bộ'} này ({props.orgRating ? RATING_LABEL[props.orgRating] : 'chưa tính'})</option>
                <option value="">— chưa có —</option>
                <For each={GRADES}>{(g) => <option value={g}>{RATING_LABEL[g]}</option>}</For>
              </select>
              <label class="check"><input type="checkbox" checked={h().newlyTransferred} onChange={(e) => set('head', { ...h(), newlyTransferred: e.currentTarget.checked })} /> mới chuyển đến</label>
            </div>
          )}
        </Show>
      </div>
      <div class="flag">
        <Show when={conflict()}><span class="error">{conflict()}</span></Show>
        <Show when={!conflict() && flag() === 'over'}><span class="warn">Vượt chỉ tiêu nhóm</span></Show>
      </div>
      <span><button type="button" onClick={() => props.remove(props.row.id)} aria-label={`Xoá ${label()}`}>Xoá</button></span>
      </form>
    </li>
  );
}

