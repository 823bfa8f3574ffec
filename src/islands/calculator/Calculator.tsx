// The calculator for one subject kind. The form asks only the facts the chosen ruleset reads
// (factsAskedBy); every change re-evaluates the case in a memo, so the rating, its clauses and
// "why not higher" follow the typing; every case is a draft, autosaved and reopened from
// ?ban-nhap=<id>. The rules engine and zod arrive as one lazily imported chunk (core.ts) so the
// page itself stays small.
import { createDeferred, createMemo, createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { RulesetId } from '../../rules/types.ts';
import { createAutosaver, type SaveState } from '../../lib/drafts/autosave.ts';
import { requestPersistence } from '../../lib/drafts/storage.ts';
import { newDraftId, onDraftMessage, onStoreState, storeProblem, storeState, DB_VERSION, type DraftMessage } from '../../lib/drafts/db.ts';
import type { DraftRecord } from '../../lib/drafts/schema.ts';
import { fieldsFor, GROUPS } from '../../lib/calculator/fields.ts';
import { KIND_LABEL, KIND_SHORT, kindUrl, RATING_LABEL, todayIso, viDate, viDateTime, type CalcKind } from '../../lib/calculator/labels.ts';
import { defaultData, getAt, withAt, type CaseDraftData } from '../../lib/calculator/subject.ts';
import { FieldInput, fieldId } from './FieldInput.tsx';
import { Result, RatingBadge } from './Result.tsx';
import { Compare } from './Compare.tsx';
import { PrintSheet } from './PrintSheet.tsx';
import './calculator.css';

const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

type Core = typeof import('../../lib/calculator/core.ts');

const SAVE_TEXT: Record<SaveState, string> = {
  idle: 'Bản nháp sẽ được lưu tự động trên máy này khi bạn nhập.',
  pending: 'Đang chờ lưu…',
  saving: 'Đang lưu…',
  saved: 'Đã lưu trên máy này.',
  error: 'Chưa lưu được.',
};

export default function Calculator(props: { kind: CalcKind }) {
  const kind = props.kind;
  const defaultName = `${KIND_SHORT[kind]} ${viDateTime(Date.now())}`;
  const [core, setCore] = createSignal<Core | null>(null);
  const [data, setData] = createSignal<CaseDraftData>(defaultData(kind, todayIso()));
  const [name, setName] = createSignal(defaultName);
  const [draftId, setDraftId] = createSignal<string | null>(null);
  const [bad, setBad] = createSignal<Record<string, string>>({});
  const [notice, setNotice] = createSignal('');
  const [loadError, setLoadError] = createSignal('');
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  const [saveError, setSaveError] = createSignal('');
  const [storeIssue, setStoreIssue] = createSignal(storeState() === 'ok' ? '' : storeProblem());
  const [deletedElsewhere, setDeletedElsewhere] = createSignal(false);
  const [latest, setLatest] = createSignal<DraftRecord | null>(null);
  let createdAt = Date.now();
  let lastSaved = 0;

  // ── Evaluation (memos: recomputed on every change, nothing kept in sync by hand) ──────────
  const computed = createMemo(() => core()?.compute(data(), draftId() ?? undefined) ?? null);
  const rulesetId = createMemo(() => computed()?.rulesetId ?? null);
  const evalDate = createMemo(() => data().evaluationDate);
  const locality = createMemo(() => data().locality);
  const autoId = createMemo(() => core()?.autoRuleset({ evaluationDate: evalDate(), locality: locality() }) ?? null);
  // Same messages → same object, so fields re-render only when their message changes.
  const errors = createMemo(() => ({ ...(computed()?.checked.errors ?? {}), ...bad() }), {}, { equals: sameRecord });
  const evaluation = createMemo(() => (Object.keys(bad()).length ? null : computed()?.evaluation ?? null));
  const fields = createMemo(() => { const c = core(); return c ? fieldsFor(kind, c.asked(rulesetId(), kind)) : []; });
  // Clause wording per question: recomputed when the ruleset or the date changes, not per keystroke.
  const help = createMemo(() => {
    const c = core(), id = rulesetId();
    return c && id ? c.clauseHelp(id, kind, evalDate()) : new Map();
  });
  // The comparison (four more evaluations) and the print sheet are off-screen or secondary: they
  // follow when the browser is idle, so the main result alone is computed within the input's frame.
  const idleData = createDeferred(data, { timeoutMs: 150 });
  const rows = createMemo(() => core()?.compareAll(idleData(), rulesetId()) ?? []);
  const idleEvaluation = createDeferred(() => evaluation(), { timeoutMs: 150 });
  const rulesets = createMemo(() => core()?.rulesetOptions() ?? []);
  const errorList = createMemo(() => Object.entries(errors()));

  // ── Drafts ──────────────────────────────────────────────────────────────────────────────
  const saver = createAutosaver({
    save: async () => {
      const c = core();
      const id = draftId();
      if (!c || !id || deletedElsewhere()) return;
      const now = Date.now();
      const rating = evaluation()?.rating ?? null;
      await c.saveDraft({
        id, name: name().trim() || defaultName, type: c.CASE_DRAFT_TYPE, data: data(), rulesetId: rulesetId(),
        summary: { rating, text: rating ? RATING_LABEL[rating] : 'Chưa đủ dữ kiện hợp lệ' },
        createdAt, updatedAt: now, schemaVersion: DB_VERSION,
      });
      lastSaved = now;
    },
    onState: (s, err) => {
      setSaveState(s);
      setSaveError(s === 'error' ? (err instanceof Error ? err.message : String(err)) : '');
    },
  });
  onCleanup(() => saver.dispose());

  /** A user change: from here on the case is a draft (id in the address, so a reload reopens it). */
  const changed = () => {
    if (!draftId()) {
      const id = newDraftId();
      createdAt = Date.now();
      setDraftId(id);
      history.replaceState(history.state, '', `${location.pathname}?ban-nhap=${encodeURIComponent(id)}`);
      // The first draft is the moment the user has something to lose: ask the browser not to evict it.
      void requestPersistence();
    }
    saver.changed();
  };
  const edit = (fn: (d: CaseDraftData) => void) => {
    const next = { ...data() };
    fn(next);
    setData(next);
    changed();
  };
  // Immutable update: only the objects on the path are copied (the memos see a new value; drafts
  // already saved keep theirs).
  const setFact = (path: string, v: unknown) => edit((d) => { d.subject = withAt(d.subject, path, v) as CaseDraftData['subject']; });
  const onBadInput = (key: string, isBad: boolean) => setBad((b) => {
    if (!!b[key] === isBad) return b;
    const n = { ...b };
    if (isBad) n[key] = 'Nhập một số (chỉ gồm chữ số).'; else delete n[key];
    return n;
  });

  const apply = (r: DraftRecord) => {
    const d = r.data as CaseDraftData;
    setData(d);
    setName(r.name);
    setDraftId(r.id);
    setBad({});
    createdAt = r.createdAt;
    lastSaved = r.updatedAt;
  };

  const onMessage = async (m: DraftMessage, local: boolean) => {
    const id = draftId();
    if (local || !id || !('ids' in m) || !m.ids.includes(id)) return;
    if (m.t === 'deleted') { setDeletedElsewhere(true); return; }
    // Another tab changed this draft: take its version unless we have unsaved typing (ours is newer then).
    const c = core();
    if (!c || saver.dirty) return;
    const p = await c.getDraft(id).catch(() => null);
    if (p && p.ok && p.value.updatedAt > lastSaved && !saver.dirty) { apply(p.value); setDeletedElsewhere(false); }
  };

  onMount(() => {
    const offState = onStoreState((s, why) => setStoreIssue(s === 'ok' ? '' : why));
    const offMsg = onDraftMessage((m, local) => void onMessage(m, local));
    onCleanup(() => { offState(); offMsg(); });
    void (async () => {
      let c: Core;
      try {
        c = await import('../../lib/calculator/core.ts');
      } catch (e) {
        setLoadError(`Không tải được bộ quy tắc (${e instanceof Error ? e.message : String(e)}). Hãy kiểm tra kết nối rồi tải lại trang.`);
        return;
      }
      const id = new URLSearchParams(location.search).get('ban-nhap');
      try {
        if (id) {
          const p = await c.getDraft(id);
          if (!p) setNotice('Không tìm thấy bản nháp này trên máy (có thể đã bị xoá). Đây là một bản mới.');
          else if (!p.ok) setNotice(`Bản nháp này bị hỏng nên không mở được (${p.error}). Đây là một bản mới; bản hỏng vẫn còn ở trang Bản nháp.`);
          else if (p.value.type !== c.CASE_DRAFT_TYPE) setNotice('Bản nháp này không phải của trang Tính xếp loại. Đây là một bản mới.');
          else {
            const k = (p.value.data as CaseDraftData).subject.kind;
            if (k !== kind) { location.replace(`${kindUrl(k)}?ban-nhap=${encodeURIComponent(id)}`); return; }
            apply(p.value);
          }
          if (!p || !p.ok || p.value.type !== c.CASE_DRAFT_TYPE) history.replaceState(history.state, '', location.pathname);
        } else {
          const all = await c.listDraftsOfType(c.CASE_DRAFT_TYPE);
          setLatest(all.valid.find((r) => (r.data as CaseDraftData).subject.kind === kind) ?? null);
        }
      } catch (e) {
        setNotice(`Không đọc được bản nháp: ${e instanceof Error ? e.message : String(e)}`);
      }
      setCore(c);
    })();
  });

  const newCase = async () => {
    await saver.flush();
    location.assign(kindUrl(kind));
  };
  const restoreDeleted = () => { setDeletedElsewhere(false); saver.changed(); };
  const useRuleset = (id: RulesetId | null) => edit((d) => { d.ruleset = id; });
  const rulesetLabel = (id: RulesetId | null) => rulesets().find((r) => r.id === id)?.label ?? '';

  return (
    <div class="calc" data-ready={core() ? 'true' : 'false'}>
      <Show when={storeIssue()}>
        <div class="alert" role="alert"><p>{storeIssue()}</p><button type="button" onClick={() => location.reload()}>Tải lại trang</button></div>
      </Show>
      <Show when={loadError()}><p class="alert" role="alert">{loadError()}</p></Show>
      <Show when={notice()}><p class="notice" role="status">{notice()}</p></Show>
      <Show when={deletedElsewhere()}>
        <div class="alert" role="alert"><p>Bản nháp này đã bị xoá ở một tab khác; thay đổi ở đây chưa được lưu.</p><button type="button" onClick={restoreDeleted}>Lưu lại bản nháp này</button></div>
      </Show>
      <Show when={core()} fallback={<Show when={!loadError()}><p class="muted">Đang tải bộ quy tắc…</p></Show>}>
        <Show when={latest()}>{(l) => (
          <p class="notice no-print">Bản nháp gần nhất: <a href={`${kindUrl(kind)}?ban-nhap=${encodeURIComponent(l().id)}`}>{l().name}</a> (sửa lúc {viDateTime(l().updatedAt)}). Hoặc nhập bản mới bên dưới.</p>
        )}</Show>
        <div class="calc-layout">
          <form class="calc-form no-print" aria-label={`Dữ kiện ${KIND_LABEL[kind].toLowerCase()}`} onSubmit={(e) => e.preventDefault()}>
            <div class="draft-bar">
              <label class="field-label" for="ten-ban-nhap">Tên bản nháp</label>
              <input id="ten-ban-nhap" type="text" maxLength={200} value={name()} onInput={(e) => { setName(e.currentTarget.value); changed(); }} />
              <p class="save-state" role="status" data-testid="save-state" data-state={saveState()}>{SAVE_TEXT[saveState()]}{saveError() ? ` ${saveError()}` : ''}</p>
              <p class="draft-links"><button type="button" class="small" onClick={newCase}>Bản mới</button> <a href="/ban-nhap/">Tất cả bản nháp</a></p>
            </div>

            <fieldset class="group">
              <legend>Quy định áp dụng</legend>
              <div class="field" data-field="evaluationDate">
                <label class="field-label" for="f-evaluationDate">Ngày đánh giá, xếp loại</label>
                <input id="f-evaluationDate" type="date" value={data().evaluationDate} aria-invalid={errors().evaluationDate ? 'true' : undefined}
                  aria-describedby={errors().evaluationDate ? 'f-evaluationDate-loi' : undefined}
                  onChange={(e) => { const v = e.currentTarget.value; edit((d) => { d.evaluationDate = v; }); }} />
                <Show when={errors().evaluationDate}><p class="field-error" id="f-evaluationDate-loi">{errors().evaluationDate}</p></Show>
              </div>
              <div class="field">
                <label class="field-label" for="f-locality">Địa phương</label>
                <select id="f-locality" onChange={(e) => { const v = e.currentTarget.value; edit((d) => { d.locality = v; }); }}>
                  <option value="" selected={data().locality === ''}>— Không chọn (theo văn bản trung ương) —</option>
                  <For each={core()!.localities()}>{(l) => <option value={l.slug} selected={data().locality === l.slug}>{l.label}</option>}</For>
                </select>
              </div>
              <div class="field" data-field="ruleset">
                <label class="field-label" for="f-ruleset">Bộ quy định</label>
                <select id="f-ruleset" aria-describedby="f-ruleset-info" onChange={(e) => { const v = e.currentTarget.value as RulesetId | ''; useRuleset(v || null); }}>
                  <option value="" selected={data().ruleset === null}>Tự chọn theo ngày và địa phương{autoId() ? ` (${rulesetLabel(autoId())})` : ''}</option>
                  <For each={rulesets()}>{(r) => <option value={r.id} selected={data().ruleset === r.id}>{r.label}</option>}</For>
                </select>
                <p class="field-hint" id="f-ruleset-info" data-testid="ruleset-info">
                  <Show when={rulesetId()} fallback={errors().ruleset}>
                    {(() => { const r = rulesets().find((x) => x.id === rulesetId()); return r ? `Đang dùng: ${r.label} — áp dụng từ ${viDate(r.effectiveFrom)}${r.effectiveTo ? ` đến ${viDate(r.effectiveTo)}` : ''}.` : ''; })()}
                  </Show>
                </p>
              </div>
            </fieldset>

            <Show when={errorList().length}>
              <div class="error-summary" role="alert" data-testid="error-summary">
                <p>Cần sửa {errorList().length} chỗ trước khi có kết quả:</p>
                <ul><For each={errorList()}>{([k, m]) => <li><a href={`#${k === 'ruleset' ? 'f-ruleset' : k === 'evaluationDate' ? 'f-evaluationDate' : fieldId(k)}`}>{m}</a></li>}</For></ul>
              </div>
            </Show>

            <For each={GROUPS}>{(g) => {
              const list = createMemo(() => fields().filter((f) => f.group === g.id));
              return (
                <Show when={list().length}>
                  <fieldset class="group">
                    <legend>{g.label}</legend>
                    <div class="fields">
                      <For each={list()}>{(f) => (
                        <FieldInput def={f} value={getAt(data().subject, f.path)} errors={errors()} help={core()!.helpFor(help(), f.path)} onChange={setFact} onBadInput={onBadInput} />
                      )}</For>
                    </div>
                  </fieldset>
                </Show>
              );
            }}</For>
          </form>

          <section class="calc-result" id="ket-qua" aria-labelledby="ket-qua-tieu-de">
            <h2 id="ket-qua-tieu-de">Kết quả</h2>
            <Show when={evaluation()} fallback={
              <p class="no-result" data-testid="no-result">{computed()?.failure ?? `Chưa có kết quả: dữ kiện còn ${errorList().length} chỗ chưa hợp lệ (xem thông báo bên cạnh từng ô).`}</p>
            }>{(e) => (
              <>
                <Result e={e()} />
                <p class="no-print"><button type="button" onClick={() => window.print()}>In phiếu kết quả (A4)</button></p>
              </>
            )}</Show>
          </section>
        </div>
        <Compare rows={rows()} onUse={(id) => useRuleset(id)} />
        <Show when={idleEvaluation()}>{(e) => <PrintSheet name={name()} kind={kind} data={idleData()} fields={fields()} e={e()} />}</Show>
        <div class="calc-sticky no-print">
          <Show when={evaluation()} fallback={<span>Chưa có kết quả</span>}>{(e) => <RatingBadge rating={e().rating} />}</Show>
          <a href="#ket-qua">Xem kết quả</a>
        </div>
      </Show>
    </div>
  );
}
