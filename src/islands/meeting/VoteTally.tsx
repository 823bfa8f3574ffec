// Vote-tally screen: the rule of the chosen plan (with its words and clause, or the plain
// statement that the plan is silent), the voters entitled and present, the votes for each level
// per person or organization, and the result — HTXSNV within the quota by votes, ties at the
// quota line and "no majority" with what to do next. A tally sheet is a draft.
//
// Loading (issue 15): the page's own code draws the form from build-time data (the plans' names,
// who votes, today's default plan) and checks the ballot figures, which is arithmetic. The count
// (the plan's rule, its threshold and base, the quota asked of the rules engine) loads on the
// first tap, key or focus, on any edit, or as soon as the sheet has names — on a returning visit
// while the page is idle; until it is there the screen shows no rule and no result rather than a
// guess. The saving code follows the count, in an idle moment once the rule is drawn (a draft
// to open loads its schema at once, stored-draft.ts); Word, Excel and the JSON files on use.
import { createEffect, createMemo, createSignal, For, lazy, onCleanup, onMount, Show } from 'solid-js';
import { chooseRuleset } from '../../rules/ruleset-choice.ts';
import type { VoteSituation, VotingProfile } from '../../rules/voting/model.ts';
import { ballotProblems, newVoteTally, resultPhrase, shortResult, tallyFromRecord, type TallySetup } from '../../lib/meeting/vote-tally-model.ts';
import type { Ballots, Candidate } from '../../lib/meeting/vote-tally-schema.ts';
import { newRowId } from '../../lib/meeting/roster-model.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';
import { parsePastedList } from '../../lib/meeting/paste.ts';
import { createStoredDraft } from './stored-draft.ts';
import { onIntent } from './intent.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import type { VoteMinutesData } from '../../lib/documents/index.ts';
import { CitationLink } from './CitationLink.tsx';
import { NumberField } from './fields.tsx';
import { createRecordLink } from './record-link.ts';
import { RecordBanner } from './RecordBanner.tsx';
import { differs } from '../../lib/meeting/review-record.ts';
import { downloadBlob } from '../../lib/download.ts';
import { errorText } from '../../lib/error-text.ts';
import { todayIso } from '../../lib/meeting/dates.ts';
import { whenIdle } from '../../lib/idle.ts';
// The printed minutes are drawn from the count: the print view loads with it.
const printViews = () => import('./PrintView.tsx');
const PrintView = lazy(() => printViews().then((m) => ({ default: m.PrintView })));

type Engine = typeof import('../../lib/meeting/vote-tally.ts') & typeof import('../../lib/documents/vote-minutes.ts');
const LOADING = 'Đang tải bộ quy tắc…';

const SUBJECT_OF: Record<VoteSituation, string> = {
  'dang-vien/chi-bo': 'xếp loại chất lượng đảng viên', 'dang-vien/cap-uy': 'xếp loại chất lượng đảng viên',
  'to-chuc-dang/cap-uy': 'xếp loại chất lượng tổ chức đảng trực thuộc', 'to-chuc-dang/tu-danh-gia': 'tự xếp loại chất lượng tổ chức đảng',
  'thanh-vien-lanh-dao': 'xếp loại thành viên tập thể lãnh đạo',
};

export default function VoteTally(props: { setup: TallySetup }) {
  const { profiles, situations } = props.setup;
  const profileOf = (id: string) => profiles.find((p) => p.id === id) ?? profiles[0]!;
  const start = todayIso();
  const { data: t, edit: store, status, setStatus, opened, draftId, record, saveNow, replaceWith, draftStatus, draftSession } = createStoredDraft<'vote-tally'>({
    type: 'vote-tally',
    initial: newVoteTally(start, (chooseRuleset(props.setup.rulesets, start)?.id ?? 'hong-quang-2025') as VotingProfile['id']),
    describe: (data) => ({
      name: data.title ? `Kiểm phiếu — ${data.title}` : 'Kiểm phiếu chưa đặt tên', rulesetId: profiles.find((p) => p.id === data.profileId)?.ruleset ?? null,
      summary: { text: `${data.candidates.length} người/tổ chức; ${situations.find((s) => s.id === data.situation)?.label ?? ''}` },
    }),
    schema: () => import('../../lib/meeting/draft-types.ts'),
    // The saving code loads after the count (below): on the first tap the count alone is fetched.
    warmOnIntent: false,
  });

  // ── The count, on demand ──────────────────────────────────────────────────────────────────────
  const [engine, setEngine] = createSignal<Engine | null>(null);
  let engineLoad: Promise<Engine> | null = null;
  let cancelWarm: () => void = () => {};
  onCleanup(() => cancelWarm());
  const loadEngine = () => (engineLoad ??= Promise.all([import('../../lib/meeting/vote-tally.ts'), import('../../lib/documents/vote-minutes.ts'), printViews()]).then(
    ([count, minutes]) => {
      const m = { ...count, ...minutes };
      setEngine(() => m);
      // Then the saving code and the database, in the next idle moment after the rule is drawn
      // (issue 15: started on the same tap, their modules and zod schemas delayed the rule).
      cancelWarm = whenIdle(() => draftSession.warm(), 1000);
      return m;
    },
    (e: unknown) => { engineLoad = null; setStatus(`Không tải được bộ quy tắc (${errorText(e)}). Hãy kiểm tra kết nối rồi tải lại trang.`); throw e; },
  ));
  const wantEngine = () => void loadEngine().catch(() => undefined);
  onMount(() => {
    onIntent(wantEngine);
    // A returning visit (a service worker controls the page, so the files are on the device):
    // the count loads while the page is idle (then the saving code, in an idle moment of its
    // own), so the first tap finds the rule on screen (issue 15). A first visit waits for the
    // tap: its network is busy installing the offline copy.
    if (navigator.serviceWorker?.controller) onCleanup(whenIdle(wantEngine, 2000));
  });
  // A sheet with names (opened, pasted, imported, taken from the roster) is counted at once.
  createEffect(() => { if (t.candidates.length) wantEngine(); });
  // Every edit by the user wants the count too: a value set by autofill or assistive technology
  // comes without a tap or a key. (The review record's values are copied in with `store` alone.)
  const edit = ((...args: unknown[]) => { (store as (...a: unknown[]) => void)(...args); wantEngine(); }) as typeof store;

  const [pasteText, setPasteText] = createSignal('');
  const [pasteNote, setPasteNote] = createSignal<string[]>([]);
  const link = createRecordLink({
    linkedId: () => t.recordId, draftKey: draftId,
    apply: (rec) => { if (rec) { const patch = tallyFromRecord(rec.id, rec.data, profiles.map((p) => p.id)); if (differs(patch, t)) store(patch); } },
  });
  /** The record fixes the plan when the ruleset has a voting profile of its own. */
  const planFixed = () => !!link.record() && profiles.some((p) => p.id === link.record()!.data.rulesetId);

  const profile = createMemo(() => profileOf(t.profileId));
  /** The count under the plan's rule, or null until the rules have loaded (then nothing is shown). */
  const result = createMemo(() => engine()?.countVotes(t) ?? null);
  const rule = () => result()?.rule;
  const byId = createMemo(() => new Map(result()?.candidates.map((c) => [c.id, c]) ?? []));
  const ballots = (): Ballots => t.ballots ?? { issued: 0, returned: 0, valid: 0, invalid: 0 };
  const setBallot = (k: keyof Ballots, n: number | undefined) => edit('ballots', { ...ballots(), [k]: n ?? 0 });
  const ballotNotes = createMemo(() => ballotProblems(t.ballots, t.present, t.candidates));
  /** What is left to do, once per kind of problem (not one line per person). */
  const todo = createMemo(() => {
    const out = new Map<string, string[]>();
    for (const c of result()?.candidates ?? []) {
      if (!c.next || c.status === 'chua-co-quy-tac') continue;
      const who = out.get(c.next) ?? [];
      who.push(c.name || '(chưa ghi tên)');
      out.set(c.next, who);
    }
    return [...out].map(([next, names]) => ({ next, names }));
  });
  const undecided = () => !!result()?.candidates.some((c) => c.status === 'chua-co-quy-tac');

  const addCandidates = (names: { name: string }[]) =>
    edit('candidates', (cur) => [...cur, ...names.map((n) => ({ id: newRowId(), name: n.name, votes: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 } }))]);
  const addPasted = () => {
    const { lines, errors } = parsePastedList(pasteText());
    if (!lines.length) { setPasteNote([...errors, 'Chưa có tên nào để thêm.']); return; }
    addCandidates(lines);
    setPasteNote(errors);
    setPasteText('');
  };
  const fromRoster = async () => {
    // The drafts store loads on this tap and may fail (storage blocked or full, a chunk not
    // fetched): the user is told, instead of the button doing nothing.
    let r;
    try {
      const { rosterForRecord } = await import('../../lib/meeting/drafts.ts');
      r = await rosterForRecord(t.recordId);
    } catch (e) { setStatus(`Không đọc được danh sách chi bộ: ${errorText(e)}`); return; }
    if (!r || !r.data.rows.length) { setStatus('Chưa có danh sách nào ở trang Công cụ họp.'); return; }
    const have = new Set(t.candidates.map((c) => c.name));
    const names = r.data.rows.filter((x) => x.proposed !== 'KHONG_XEP_LOAI' && !have.has(x.name)).map((x) => ({ name: x.name }));
    addCandidates(names);
    setStatus(`Đã thêm ${names.length} tên từ danh sách “${r.name}”.`);
  };

  /** The minutes' data: only from the count (callers load it first). */
  const minutesData = (m: Engine): VoteMinutesData => {
    const r = m.countVotes(t);
    const notes: string[] = [];
    for (const c of r.candidates) if (c.next && c.status !== 'chua-co-quy-tac') notes.push(`${c.name || '(chưa ghi tên)'}: ${c.sentence} ${c.next}`);
    if (r.candidates.some((c) => c.status === 'chua-co-quy-tac')) notes.push('Chưa xác định được mức của người nào: cuộc họp chưa thống nhất cách tính tỉ lệ phiếu (kế hoạch không quy định).');
    notes.push(...r.notes, ...ballotNotes());
    return {
      year: t.reviewYear ?? Number(t.date.slice(0, 4)), place: t.place, date: t.date, dangBo: t.parent, orgName: t.title, subject: SUBJECT_OF[t.situation],
      orgIsChiBo: t.situation === 'dang-vien/chi-bo', planLabel: profile().label, ballots: t.ballots ?? null,
      voters: r.rule.voters, eligible: t.eligible, present: t.present, ruleText: r.ruleText,
      quotaText: r.quota ? `tối đa ${r.quota.maxHtxsnv} (${r.quota.baseLabel}) — ${r.quota.source}` : null,
      rows: r.candidates.map((c) => ({ name: c.name, votes: c.votes, result: resultPhrase(c) })),
      notes,
    };
  };
  const exportWord = async () => {
    try {
      const [m, { downloadDocx }] = await Promise.all([loadEngine(), import('./export-docx.ts')]);
      await downloadDocx(m.voteMinutesSpec(minutesData(m)));
      setStatus('Đã tạo biên bản Word.');
    } catch (e) { setStatus(`Không tạo được tệp Word: ${errorText(e)}`); }
  };
  const exportXlsx = async () => {
    try {
      // Excel code loads on this click only (the page's first load carries none of it).
      const [m, { downloadXlsx }, wb] = await Promise.all([loadEngine(), import('./export-xlsx.ts'), import('../../lib/meeting/excel/workbooks.ts')]);
      const d = minutesData(m);
      await downloadXlsx(() => wb.voteWorkbook(
        { title: `KẾT QUẢ KIỂM PHIẾU — BIỂU QUYẾT ${d.subject.toUpperCase()} NĂM ${d.year}`, orgName: t.title, kind: t.situation.startsWith('to-chuc') ? 'dang-bo' : 'chi-bo', parent: t.parent, year: d.year, rulesetLabel: profile().label, rulesetId: t.profileId, date: t.date },
        { eligible: t.eligible, present: t.present, ballots: t.ballots ?? null, ruleText: d.ruleText }, d.rows,
      ), `ket-qua-kiem-phieu-${d.year}-${t.title}`);
      setStatus('Đã tạo tệp Excel kết quả kiểm phiếu.');
    } catch (e) { setStatus(`Không tạo được tệp Excel: ${errorText(e)}`); }
  };
  // The print view loads with the count; a task later it is mounted and hears beforeprint.
  const printNow = async () => { await loadEngine().catch(() => undefined); await new Promise((r) => setTimeout(r)); window.print(); };
  const exportJson = async () => {
    await saveNow();
    const { exportDraftJson, meetingRecord } = await import('../../lib/meeting/drafts.ts');
    downloadBlob(new Blob([exportDraftJson(meetingRecord(record()))], { type: 'application/json' }), `kiem-phieu-${t.date}.json`);
  };
  const importJson = async (file: File | undefined) => {
    if (!file) return;
    const [{ importDraftJson }, { readImportFile }] = await Promise.all([import('../../lib/meeting/drafts.ts'), import('../../lib/drafts/transfer.ts')]);
    const text = await readImportFile(file); // the size is checked before the file is read
    const r = text.ok ? importDraftJson('vote-tally', text.value) : text;
    if (!r.ok) { setStatus(`Không nhập được tệp: ${r.error}`); return; }
    // Always a new draft: an import here never overwrites work in the store.
    await replaceWith(r.value.data, { save: true });
    setStatus(`Đã nhập “${r.value.name}” thành bản nháp mới.`);
  };
  const startNew = async () => {
    await replaceWith(newVoteTally(t.date, t.profileId), { save: false });
  };

  const setVote = (c: Candidate, g: (typeof GRADES)[number], n: number | undefined) => edit('candidates', (x) => x.id === c.id, 'votes', g, n ?? 0);

  return (
    <div class="mt" data-testid="tally-app" data-ready={opened() ? 'true' : undefined} data-engine={engine() ? 'true' : 'false'}>
      <p class="muted" role="status">{status()}</p>
      <RecordBanner record={link.record()} loaded={link.loaded()} rulesetLabel={profile().label} />
      <DraftAlerts status={draftStatus()} session={draftSession} />
      <section class="panel" aria-labelledby="kp-quy-tac">
        <h2 id="kp-quy-tac">Cách tính theo kế hoạch</h2>
        <div class="grid">
          <Show when={!planFixed()} fallback={<p class="field">Kế hoạch, quy định: <strong data-testid="tally-plan">{profile().label}</strong></p>}>
          <label class="field">Kế hoạch, quy định
            <select value={t.profileId} onChange={(e) => edit('profileId', e.currentTarget.value as VotingProfile['id'])} data-testid="tally-profile">
              <For each={profiles}>{(p) => <option value={p.id}>{p.label}</option>}</For>
            </select>
          </label>
          </Show>
          <label class="field">Biểu quyết
            <select value={t.situation} onChange={(e) => edit('situation', e.currentTarget.value as VoteSituation)} data-testid="tally-situation">
              <For each={situations}>{(s) => <option value={s.id}>{s.label}</option>}</For>
            </select>
          </label>
          <Show when={link.loaded() && !link.record()}>
          <label class="field">Tên chi bộ / tổ chức
            <input type="text" value={t.title} onInput={(e) => edit('title', e.currentTarget.value)} />
          </label>
          <label class="field">Đảng bộ cấp trên
            <input type="text" value={t.parent} onInput={(e) => edit('parent', e.currentTarget.value)} />
          </label>
          <label class="field">Địa danh
            <input type="text" value={t.place} onInput={(e) => edit('place', e.currentTarget.value)} />
          </label>
          <label class="field">Ngày họp
            <input type="date" value={t.date} onInput={(e) => { if (e.currentTarget.value) edit('date', e.currentTarget.value); }} />
          </label>
          </Show>
        </div>
        <Show when={result()} fallback={<p class="muted" data-testid="tally-loading">{LOADING}</p>}>
        {(r) => (
        <div data-testid="tally-rule">
          <p><strong>Người biểu quyết:</strong> {r().rule.voters}{r().rule.secretBallot ? ' — bỏ phiếu kín' : ''}.</p>
          <p><strong>Cách tính:</strong> <span data-testid="tally-rule-text">{r().ruleText}</span></p>
          <Show when={r().rule.words}>
            <blockquote>{r().rule.words}</blockquote>
          </Show>
          <Show when={r().rule.cite.length}><p class="muted">Căn cứ: <For each={engine()!.ruleCitations(r().rule)}>{(c, i) => <>{i() ? '; ' : ''}<CitationLink c={c} /></>}</For></p></Show>
          <Show when={r().rule.silence}><p class="warn" data-testid="tally-silence">{r().rule.silence}</p></Show>
        </div>
        )}
        </Show>
        {/* The meeting's own working rule, offered only once the plan's rule is known to lack a share. */}
        <Show when={rule() && !rule()!.threshold}>
          <fieldset>
            <legend>Kế hoạch không quy định tỉ lệ phiếu — cuộc họp thống nhất cách tính (ghi vào biên bản)</legend>
            <label class="check"><input type="radio" name="assumed" checked={t.assumed === ''} onChange={() => edit('assumed', '')} /> Chưa chọn (chỉ đếm phiếu)</label>
            <label class="check"><input type="radio" name="assumed" checked={t.assumed === 'toan-bo'} onChange={() => edit('assumed', 'toan-bo')} data-testid="assume-all" /> Trên 50 % tổng số người có quyền biểu quyết (kể cả vắng mặt)</label>
            <Show when={rule()?.base !== 'toan-bo'}>
              <label class="check"><input type="radio" name="assumed" checked={t.assumed === 'du-hop'} onChange={() => edit('assumed', 'du-hop')} /> Trên 50 % số người dự họp bỏ phiếu</label>
            </Show>
          </fieldset>
        </Show>
        <Show when={profile().ruleset === 'hong-quang-2025'}>
          <label class="check"><input type="checkbox" checked={t.outstandingUnit} onChange={(e) => edit('outstandingUnit', e.currentTarget.checked)} /> Đơn vị có thành tích xuất sắc, nổi trội (tỉ lệ đến 25 %, do cấp có thẩm quyền quyết định)</label>
        </Show>
      </section>

      <section class="panel" aria-labelledby="kp-so-nguoi">
        <h2 id="kp-so-nguoi">Số người biểu quyết</h2>
        <div class="grid">
          <NumberField label={`Tổng số ${profile().voters[t.situation]} (kể cả vắng mặt)`} value={t.eligible || undefined} onValue={(n) => edit('eligible', n ?? 0)} min={0} integer testId="tally-eligible" />
          <NumberField label="Số có mặt, bỏ phiếu" value={t.present || undefined} onValue={(n) => edit('present', n ?? 0)} min={0} integer testId="tally-present" />
        </div>
        <For each={result()?.errors}>{(e) => <p class="error" role="alert">{e}</p>}</For>
        <h3>Phiếu (ghi vào biên bản)</h3>
        <div class="grid">
          <NumberField label="Số phiếu phát ra" value={t.ballots?.issued} onValue={(n) => setBallot('issued', n)} min={0} integer testId="ballots-issued" />
          <NumberField label="Số phiếu thu vào" value={t.ballots?.returned} onValue={(n) => setBallot('returned', n)} min={0} integer testId="ballots-returned" />
          <NumberField label="Số phiếu hợp lệ" value={t.ballots?.valid} onValue={(n) => setBallot('valid', n)} min={0} integer testId="ballots-valid" />
          <NumberField label="Số phiếu không hợp lệ" value={t.ballots?.invalid} onValue={(n) => setBallot('invalid', n)} min={0} integer testId="ballots-invalid" />
        </div>
        <For each={ballotNotes()}>{(e) => <p class="warn" data-testid="ballot-problem">{e}</p>}</For>
      </section>

      <section aria-labelledby="kp-phieu">
        <h2 id="kp-phieu">Phiếu của từng người ({t.candidates.length})</h2>
        <div class="row-actions">
          <button type="button" onClick={() => addCandidates([{ name: '' }])} data-testid="tally-add">+ Thêm người / tổ chức</button>
          <button type="button" onClick={() => void fromRoster()}>Lấy tên từ danh sách chi bộ</button>
        </div>
        <details>
          <summary>Dán danh sách tên (mỗi dòng một tên)</summary>
          <label class="field">Danh sách<textarea rows="4" value={pasteText()} onInput={(e) => setPasteText(e.currentTarget.value)} data-testid="tally-paste" /></label>
          <button type="button" onClick={addPasted} data-testid="tally-paste-add">Thêm các tên này</button>
          <For each={pasteNote()}>{(n) => <p class="warn">{n}</p>}</For>
        </details>
        <Show when={undecided()}>
          <p class="warn" data-testid="tally-undecided">Chưa tính được mức của từng người: kế hoạch không quy định tỉ lệ phiếu cần đạt — chọn cách tính một lần cho cả phiếu kiểm ở mục “Cách tính theo kế hoạch” bên trên (và ghi vào biên bản), hoặc báo cáo cấp có thẩm quyền quyết định.</p>
        </Show>
        <div class="table-wrap">
          <table class="data compact" data-testid="tally-table">
            <caption class="visually-hidden">Số phiếu từng mức</caption>
            <thead><tr>
              <th scope="col">Họ tên / tổ chức</th>
              <For each={GRADES}>{(g) => <th scope="col" class="num"><abbr title={RATING_LABEL[g]}>{g}</abbr></th>}</For>
              <th scope="col">Kết quả</th><th scope="col"><span class="visually-hidden">Xoá</span></th>
            </tr></thead>
            <tbody>
              <For each={t.candidates}>
                {(c, i) => {
                  const r = () => byId().get(c.id);
                  const who = () => c.name || `dòng ${i() + 1}`;
                  return (
                    <tr data-status={r()?.status} data-testid={`tally-row-${i()}`}>
                      <td><input type="text" value={c.name} aria-label={`Tên, dòng ${i() + 1}`} onInput={(e) => edit('candidates', (x) => x.id === c.id, 'name', e.currentTarget.value)} /></td>
                      <For each={GRADES}>
                        {(g) => (
                          <td class="num"><input type="number" min="0" inputmode="numeric" value={c.votes[g]} aria-label={`Số phiếu ${RATING_LABEL[g]} cho ${who()}`}
                            onInput={(e) => { if (e.currentTarget.value === '') return; const n = e.currentTarget.valueAsNumber; setVote(c, g, Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0); }}
                            onBlur={(e) => { if (e.currentTarget.value === '') e.currentTarget.value = String(c.votes[g]); }} data-testid={`votes-${i()}-${g}`} /></td>
                        )}
                      </For>
                      <td data-testid={`tally-result-${i()}`} class="result-cell">
                        {/* One line per person; the count's full sentence on hover or keyboard focus. */}
                        <span class="tip" tabindex="0" aria-describedby={`tally-why-${c.id}`}>{r() ? shortResult(r()!) : ''}</span>
                        <span class="tip-text" role="tooltip" id={`tally-why-${c.id}`}>{r()?.sentence}</span>
                      </td>
                      <td><button type="button" aria-label={`Xoá ${who()}`} onClick={() => edit('candidates', (cur) => cur.filter((x) => x.id !== c.id))}>Xoá</button></td>
                    </tr>
                  );
                }}
              </For>
            </tbody>
          </table>
        </div>
      </section>

      <Show when={todo().length}>
        <section class="panel" aria-labelledby="kp-viec">
          <h2 id="kp-viec">Việc cần làm tiếp</h2>
          <ul data-testid="tally-todo"><For each={todo()}>{(x) => <li><strong>{x.names.join(', ')}</strong>: {x.next}</li>}</For></ul>
        </section>
      </Show>
      <section class="panel" aria-labelledby="kp-tong-hop" aria-live="polite">
        <h2 id="kp-tong-hop">Kết quả</h2>
        <Show when={result()} fallback={<p class="muted">{LOADING}</p>}>
        {(r) => (<>
        <Show when={r().quota} fallback={<p class="muted">Chỉ tiêu “Hoàn thành xuất sắc nhiệm vụ”: chưa tính (chưa có cách tính tỉ lệ phiếu).</p>}>
          {(qv) => (
            <p data-testid="tally-quota">Chỉ tiêu “Hoàn thành xuất sắc nhiệm vụ”: tối đa <strong>{qv().maxHtxsnv}</strong> — {qv().baseLabel}. <span class="muted">{qv().source}</span>
              <Show when={qv().alternative}>{(alt) => <span class="muted"> Nếu hiểu {alt().baseLabel}: tối đa {alt().maxHtxsnv}.</span>}</Show></p>
          )}
        </Show>
        <ul data-testid="tally-summary">
          <For each={GRADES}>{(g) => <li>{RATING_LABEL[g]}: {r().candidates.filter((c) => c.result === g).length}</li>}</For>
          <li>Chưa xác định: {r().candidates.filter((c) => !c.result).length}</li>
        </ul>
        <For each={r().notes}>{(n) => <p class="muted">{n}</p>}</For>
        </>)}
        </Show>
        <div class="row-actions">
          <button type="button" class="primary" onClick={() => void exportWord()} data-testid="tally-docx">Tải Word: biên bản kiểm phiếu</button>
          <button type="button" onClick={() => void exportXlsx()} data-testid="tally-xlsx">Tải Excel: kết quả (.xlsx)</button>
          <button type="button" onClick={() => void printNow()} data-testid="tally-print">In biên bản (A4)</button>
          <button type="button" onClick={() => void exportJson()}>Xuất bản nháp (.json)</button>
          <label class="button">Nhập bản nháp (.json)<input class="visually-hidden" type="file" accept="application/json,.json" onChange={(e) => void importJson(e.currentTarget.files?.[0])} /></label>
          <button type="button" onClick={() => void startNew()}>Phiếu kiểm mới</button>
        </div>
      </section>
      <Show when={engine()}>{(m) => <PrintView doc={() => m().voteMinutesSpec(minutesData(m()))} />}</Show>
    </div>
  );
}
