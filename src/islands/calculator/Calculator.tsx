// The calculator for one subject kind. The form asks only the facts the chosen ruleset reads
// (the page passes them in, computed at build time); every change re-evaluates the case in a
// memo, so the rating, its clauses and "why not higher" follow the typing; every case is a
// draft, autosaved and reopened from ?ban-nhap=<id>.
// Loading: the page's own code draws the form at once. The rules engine (core.ts) and the drafts
// schemas (saved.ts) load on the user's first interaction (pointer, key or focus) or when a saved
// draft is opened; saving never waits for the engine. A first visit thus ships only the form; see
// the report of issue 4 and test/e2e/calculator.e2e.test.ts for the sizes. A returning visit
// (the service worker serves the engine from the device) loads it as soon as the page is idle, so
// the first input finds it evaluated and compiled (issue 15: first interaction → first rating).
// What follows a result, the comparison and the clause help, is computed in idle time after it.
import { batch, createEffect, createMemo, createSignal, For, onCleanup, onMount, Show, untrack } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { RulesetId } from '../../rules/types.ts';
import type { SaveState } from '../../lib/drafts/autosave.ts';
import { createDraftSession, type SessionStatus } from '../../lib/drafts/session.ts';
import { hasJournal } from '../../lib/drafts/journal.ts';
import { countByType, onStoreState, storeProblem, storeState } from '../../lib/drafts/db.ts';
import type { DraftRecord } from '../../lib/drafts/schema.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import { fieldApplies, fieldByPath, fieldsFor, GROUPS, hasSameLevelBodies, isAsked } from '../../lib/calculator/fields.ts';
import { CriteriaFields, criterionFieldId } from './CriteriaFields.tsx';
import type { LevelCode } from '../../rules/codes.ts';
import { KIND_LABEL, KIND_SHORT, kindUrl, RATING_LABEL, todayIso, viDate, viDateTime, type CalcKind } from '../../lib/calculator/labels.ts';
import { CASE_DRAFT_TYPE, defaultData, getAt, levelsToCriteria, withAt, type CaseDraftData, type CriterionView, type LevelChoice } from '../../lib/calculator/subject.ts';

import { autoRulesetId, effectiveRulesetId, withEvaluationDate, withReviewYear } from '../../lib/calculator/choice.ts';
import { reviewYearOf } from '../../rules/ruleset-choice.ts';
import { Period, periodLine } from './Period.tsx';
import { CASE_LINK_PREFIX } from '../../lib/calculator/case-link-prefix.ts';
import type { CalculatorSetup } from '../../lib/calculator/setup.ts';
import { FieldInput, fieldId } from './FieldInput.tsx';
import { errorText } from '../../lib/error-text.ts';
import { chunkLoadText } from '../../lib/chunk-load-text.ts';
import { afterPaint, whenIdle } from '../../lib/idle.ts';
import type { CompareRow } from '../../lib/calculator/compute.ts';
import './calculator.css';

const NO_LEVELS: Readonly<Record<string, LevelChoice>> = Object.freeze({});
const NO_SUBJECT = Object.freeze({ kind: 'dang-vien' }) as CaseDraftData['subject'];
const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
};

type Engine = typeof import('../../lib/calculator/core.ts');
type CriteriaViews = typeof import('../../lib/calculator/criteria-views.ts');
type Saved = typeof import('../../lib/calculator/saved.ts');
// The result views show only what the engine computed: they load with it, not with the page.
// They are drawn from the loaded modules, not through lazy(): a lazy component's first render
// waits for its import() to resolve again, a frame or more after the result is known, and the
// result box stood empty meanwhile (neither "Còn thiếu" nor the rating).
type Views = typeof import('./Result.tsx') & typeof import('./Compare.tsx') & typeof import('./PrintSheet.tsx');
const loadViewModules = () => Promise.all([import('./Result.tsx'), import('./Compare.tsx'), import('./PrintSheet.tsx')]).then(([r, c, p]): Views => ({ ...r, ...c, ...p }));

/**
 * What counts as the user starting to work with the form: the engine starts loading then. A change
 * may come without a pointer, key or focus first (autofill, voice control, assistive technology).
 */
const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin', 'input', 'change'] as const;

const SAVE_TEXT: Record<SaveState, string> = {
  idle: 'Bản nháp sẽ được lưu tự động trên máy này khi bạn nhập.',
  pending: 'Đang chờ lưu…',
  saving: 'Đang lưu…',
  saved: 'Đã lưu trên máy này.',
  error: 'Chưa lưu được.',
};

/** What the island says until the draft is read (its mount draws only this line, then the form). */
const OPENING = 'Đang mở bản nháp…';

/** The form's drawing parts (see "Drawing the form"): the period and place take two. */
const PERIOD_PARTS = 2;
const PARTS = PERIOD_PARTS + GROUPS.length + 1;

type CalculatorProps = { kind: CalcKind; setup: CalculatorSetup };

/**
 * The island. Its first task (the modules' evaluation, at the end of the page's load) draws only
 * the line the form's own first state shows; the form's state (its memos, the draft session) is
 * built in the next task: together they were one 110–200 ms task at 4× CPU (Lighthouse's TBT).
 */
export default function Calculator(props: CalculatorProps) {
  const [start, setStart] = createSignal(false);
  const timer = window.setTimeout(() => setStart(true), 0);
  onCleanup(() => clearTimeout(timer));
  return (
    <Show when={start()} fallback={<div class="calc" data-ready="false" data-engine="false"><p class="muted">{OPENING}</p></div>}>
      <CalculatorForm kind={props.kind} setup={props.setup} />
    </Show>
  );
}

function CalculatorForm(props: CalculatorProps) {
  const kind = props.kind;
  // Astro hands an island its props as a Solid store (@astrojs/solid-js client.js): every read of
  // the setup went through a tracking proxy (chooseRuleset, fieldsFor, isAsked: ~40 % of the
  // island's first render at 4× CPU). The setup never changes after the build: read it plain.
  const setup = unwrap(props.setup);
  const defaultName = `${KIND_SHORT[kind]} ${viDateTime(Date.now())}`;
  const [engine, setEngine] = createSignal<Engine | null>(null);
  /** The result views, set together with the engine. */
  const [ui, setUi] = createSignal<Views | null>(null);
  const [ready, setReady] = createSignal(false);
  const [data, setData] = createSignal<CaseDraftData>(defaultData(kind, todayIso()));
  const [name, setName] = createSignal(defaultName);
  const [draftId, setDraftId] = createSignal<string | null>(null);
  const [bad, setBad] = createSignal<Record<string, string>>({});
  const [notice, setNotice] = createSignal('');
  const [loadError, setLoadError] = createSignal('');
  const [saveState, setSaveState] = createSignal<SaveState>('idle');
  const [saveError, setSaveError] = createSignal('');
  const [storeIssue, setStoreIssue] = createSignal(storeState() === 'ok' ? '' : storeProblem());
  const [draftStatus, setDraftStatus] = createSignal<SessionStatus | null>(null);
  const [savedCount, setSavedCount] = createSignal(0);
  /** The last save happened before the engine had loaded, so it has no rating yet. */
  let savedUnrated = false;

  // ── Loading (each module once; a failed load may be retried) ─────────────────────────────
  let engineLoad: Promise<Engine> | null = null;
  // The criteria names come with it: a result computed without them would name criteria by id.
  const loadEngine = () => (engineLoad ??= Promise.all([import('../../lib/calculator/core.ts'), loadViewModules(), loadViews()]).then(
    ([m, v]) => {
      batch(() => { setUi(() => v); setEngine(() => m); setLoadError(''); });
      if (savedUnrated) drafts.touch();
      return m;
    },
    (e: unknown) => { engineLoad = null; setLoadError(`${chunkLoadText('phần tính xếp loại')} Có thể bấm “Thử tải lại phần tính xếp loại”.`); throw e; },
  ));
  let savedLoad: Promise<Saved> | null = null;
  const loadSaved = () => (savedLoad ??= import('../../lib/calculator/saved.ts').catch((e: unknown) => { savedLoad = null; throw e; }));

  // ── Evaluation (memos: recomputed on every change, nothing kept in sync by hand) ──────────
  // The draft id only names the case (it decides nothing): its arrival on the first edit does not
  // evaluate the case a second time within that keystroke.
  const computed = createMemo(() => engine()?.compute(data(), untrack(draftId) ?? undefined) ?? null);
  const rulesetId = createMemo(() => effectiveRulesetId(setup.rulesets, data()));
  const evalDate = createMemo(() => data().evaluationDate);
  const locality = createMemo(() => data().locality);
  const reviewYear = createMemo(() => data().reviewYear);
  // Stable views of the draft for the parts of the form that do not change with most keystrokes.
  const levels = createMemo(() => data().levels ?? NO_LEVELS);
  const period = createMemo(() => { const d = data(); return { ...d, subject: NO_SUBJECT }; }, undefined, {
    equals: (a, b) => !!a && a.evaluationDate === b.evaluationDate && a.locality === b.locality && a.ruleset === b.ruleset && a.reviewYear === b.reviewYear && (a.levels === undefined) === (b.levels === undefined),
  });
  const autoId = createMemo(() => autoRulesetId(setup.rulesets, { evaluationDate: evalDate(), locality: locality(), reviewYear: reviewYear() }));
  /** Review years offered: from the first ruleset (2018) to the one being rated now. */
  const years = Array.from({ length: Math.max(reviewYearOf(todayIso()), 2025) - 2018 + 1 }, (_, i) => 2018 + i).reverse();
  // Same messages → same object, so fields re-render only when their message changes.
  const errors = createMemo(() => ({ ...(computed()?.checked.errors ?? {}), ...bad() }), {}, { equals: sameRecord });
  const evaluation = createMemo(() => (Object.keys(bad()).length ? null : computed()?.evaluation ?? null));
  // The questions the ruleset asks that apply to this subject; equal lists keep their identity (no re-render per keystroke).
  const scoreDef = { ...fieldByPath(kind, 'score')!, hint: setup.scoreHint };
  const askedFields = createMemo(() => { const id = rulesetId(); return fieldsFor(kind, id ? setup.asked[id] ?? [] : []).map((f) => (f.path === 'score' ? scoreDef : f)); });
  const fields = createMemo(() => {
    const list = askedFields(), d = data();
    return list.some((f) => f.when) ? list.filter((f) => fieldApplies(f, d)) : list;
  }, [], { equals: sameList });
  /** The criteria the texts name, when the ruleset rates by criterion levels and the draft keeps levels by name. */
  // The criteria names (src/rules/criteria.ts) load by import() as soon as a ruleset that names
  // criteria is in use (the default, 366, rates by score): the first load stays small.
  const [views, setViews] = createSignal<CriteriaViews | null>(null);
  let viewsLoad: Promise<unknown> | null = null;
  const loadViews = () => (viewsLoad ??= import('../../lib/calculator/criteria-views.ts').then((m) => setViews(() => m), () => { viewsLoad = null; }));
  /** The draft keeps levels by name and the ruleset names criteria: the named list is asked (once loaded). */
  const namedMode = createMemo(() => { const id = rulesetId(); return !!id && !!data().levels && setup.namesCriteria.includes(id); });
  createEffect(() => { if (namedMode() && !views()) void loadViews(); });
  const namedCriteria = (id: RulesetId) => views()?.criteriaView(id, kind) ?? null;
  const criteriaView = createMemo(() => { const id = rulesetId(); return id && namedMode() ? namedCriteria(id) : null; });
  const asksSameLevel = createMemo(() => { const id = rulesetId(); return kind === 'to-chuc-dang' && !!id && isAsked('sameLevelBodies', setup.asked[id] ?? []); });
  const setLevel = (cid: string, v: LevelChoice | undefined) => edit((d) => { const l = { ...d.levels }; if (v === undefined) delete l[cid]; else l[cid] = v; d.levels = l; });
  /** "Chọn cùng một mức": every criterion of `list` still without a level (optional ones excepted) gets `v`. */
  const fillUnset = (list: readonly CriterionView[], v: LevelCode) => edit((d) => {
    const l = { ...d.levels };
    for (const c of list) if (l[c.id] === undefined && !c.optional) l[c.id] = v;
    d.levels = l;
  });
  /** A draft that gives levels by position (older drafts, links): switch to the named criteria (levels are asked again). */
  const useNamedCriteria = () => edit((d) => { d.levels = {}; const { criteria: _c, ...rest } = d.subject; d.subject = rest as CaseDraftData['subject']; });
  const errorList = createMemo(() => Object.entries(errors()));
  const errorTarget = (k: string) => (k === 'ruleset' ? 'f-ruleset' : k === 'evaluationDate' ? 'f-evaluationDate' : fieldId(k));
  /**
   * What is still needed before a rating: criteria without a level (known before the engine loads,
   * from the page's list of criteria) and the facts the engine reports missing (366: the score).
   */
  const missing = createMemo((): { target: string; label: string }[] => {
    const c = computed();
    const view = criteriaView();
    const unset = c ? c.checked.unset.map((u) => u.id) : view ? levelsToCriteria(kind, data().levels ?? {}, view.criteria).unset : [];
    const out = unset.map((id) => ({ target: criterionFieldId(id), label: `Mức đạt của tiêu chí “${view?.criteria.find((x) => x.id === id)?.label ?? id}”` }));
    // Names still loading: the criteria are missing all the same.
    if (!c && namedMode() && !view) out.push({ target: 'tieu-chi', label: 'Mức đạt của các tiêu chí' });
    for (const f of c?.evaluation?.missing ?? []) out.push({ target: fieldId(f), label: fieldByPath(kind, f)?.label ?? f });
    return out;
  }, [], { equals: (a, b) => a.length === b.length && a.every((x, i) => x.target === b[i]!.target) });
  /** An evaluation that shows a rating: never one whose deciding facts are missing. */
  const ratedEvaluation = createMemo(() => { const e = evaluation(); return e && e.rating !== null && !missing().length ? e : null; });
  // Clause wording per question: recomputed when the ruleset or the date changes, not per keystroke.
  // It waits for an idle moment after the engine arrives: three probe evaluations that the first
  // result must not wait for (the questions' wording is one tap away, not part of the result).
  const [helpOn, setHelpOn] = createSignal(false);
  createEffect(() => { if (engine() && !helpOn()) onCleanup(whenIdle(() => setHelpOn(true), 300)); });
  const help = createMemo(() => {
    const c = engine(), id = rulesetId();
    return c && id && helpOn() ? c.clauseHelp(id, kind, evalDate()) : null;
  });
  // The comparison (every ruleset again) is off-screen or secondary: it follows when the browser
  // is idle, so the main result alone is computed within the input's frame.
  // The comparison goes row by row in idle slices, the ruleset in use first; a new input drops the
  // rows still to do and starts again, and until every row is of the current input the comparison
  // says it is updating (never old results shown as current).
  const [rows, setRows] = createSignal<CompareRow[]>([]);
  const [rowsFor, setRowsFor] = createSignal<CaseDraftData | null>(null);
  createEffect(() => {
    const c = engine(), d = data(), current = rulesetId();
    if (!c) return;
    const todo = [...c.COMPARED].sort((a, b) => +(b.id === current) - +(a.id === current));
    // In the comparison's order; a row not computed yet for any input is left out until it is.
    let next: (CompareRow | null)[] = untrack(rows).length === todo.length ? [...untrack(rows)] : todo.map(() => null);
    let cancel = whenIdle(function step(deadline) {
      const start = performance.now();
      do {
        const r = todo.shift()!;
        const i = c.COMPARED.findIndex((x) => x.id === r.id);
        next = next.map((row, k) => (k === i ? c.compareOne(d, current, r) : row));
        // A few ms per slice, not the whole idle period: a key pressed meanwhile waits for the slice.
      } while (todo.length && deadline.timeRemaining() > 4 && performance.now() - start < 6);
      setRows(c.markDiffers(next.filter((r): r is CompareRow => r !== null)));
      if (todo.length) cancel = whenIdle(step, 300);
      else setRowsFor(d);
    }, 300);
    onCleanup(() => cancel());
  });
  const compareBusy = () => rowsFor() !== data();
  // The rating's first drawing, done once while idle (warmResult): the first answer finds its
  // templates built and its code run. Not needed once a rating is on screen (a first visit
  // loads the engine with the first input).
  let resultWarm = false;
  createEffect(() => {
    const v = ui();
    if (v && !resultWarm) onCleanup(whenIdle(() => { resultWarm = true; if (!untrack(ratedEvaluation)) v.warmResult(); }, 2000));
  });
  // The print sheet is drawn only while printing ("beforeprint" fires before the page is laid out
  // for paper, and print media emulation changes the media query): redrawn on every keystroke
  // it cost a whole table of facts per input, for a sheet that is hidden on screen.
  const [printing, setPrinting] = createSignal(false);
  onMount(() => {
    const media = matchMedia('print');
    const sync = () => setPrinting(media.matches);
    const on = () => setPrinting(true);
    setPrinting(media.matches);
    media.addEventListener('change', sync);
    addEventListener('beforeprint', on);
    addEventListener('afterprint', sync);
    onCleanup(() => { media.removeEventListener('change', sync); removeEventListener('beforeprint', on); removeEventListener('afterprint', sync); });
  });
  const printed = createMemo(() => (printing() && ui() ? ratedEvaluation() : null));
  const rulesets = setup.rulesets;
  // The comparison's "Nhập thêm dữ kiện này": the questions another ruleset asks that this form does not.
  const [compareWith, setCompareWith] = createSignal<RulesetId | null>(null);
  const extraCriteria = createMemo(() => {
    const id = compareWith(), here = criteriaView();
    const v = id && data().levels ? namedCriteria(id) : null;
    if (!v) return null;
    const mine = new Set(here?.criteria.map((c) => c.id) ?? []);
    const list = v.criteria.filter((c) => !mine.has(c.id));
    return list.length ? { ...v, criteria: list } : null;
  });
  const extraFields = createMemo(() => {
    const id = compareWith();
    if (!id) return [];
    const mine = new Set(fields().map((f) => f.path));
    const d = data();
    return fieldsFor(kind, setup.asked[id] ?? []).filter((f) => fieldApplies(f, d) && !mine.has(f.path) && !f.path.startsWith('criteria.'));
  }, [], { equals: sameList });
  const addForCompare = (id: RulesetId) => {
    setCompareWith(id);
    requestAnimationFrame(() => document.getElementById('them-du-kien')?.focus());
  };

  // ── Drafts (the shared session: journaled on every edit, autosaved, merged with other tabs) ──
  const drafts = createDraftSession<CaseDraftData>({
    type: CASE_DRAFT_TYPE,
    // Saving never waits for the engine: typing is kept even if the rules are slow to load. The
    // rating in the drafts list is added by a second save once the engine is there.
    prepare: () => loadSaved(),
    read: () => {
      const rated = !!engine();
      const rating = ratedEvaluation()?.rating ?? null;
      const text = rating ? RATING_LABEL[rating] : missing().length ? `Còn thiếu ${missing().length} dữ kiện` : rated ? 'Chưa đủ dữ kiện hợp lệ' : 'Chưa tính xếp loại';
      savedUnrated = !rated;
      return {
        name: name().trim() || defaultName, data: data(), rulesetId: rulesetId(),
        summary: { rating, text },
      };
    },
    show: (c) => { setData(c.data); setName(c.name); setBad({}); },
    labelOf: (p) => {
      if (p[0] === 'name') return 'Tên bản nháp';
      const [, key, ...rest] = p;
      if (key === 'subject') return fields().find((f) => f.path === rest.join('.'))?.label;
      if (key === 'levels') return 'Mức đạt của tiêu chí';
      return ({ evaluationDate: 'Ngày đánh giá, xếp loại', reviewYear: 'Kỳ đánh giá năm', locality: 'Địa phương', ruleset: 'Quy định áp dụng', personName: 'Họ và tên', sameLevelBodies: 'Có chính quyền, Mặt trận, đoàn thể cùng cấp' } as Record<string, string>)[String(key)];
    },
    // One update for the three (each keystroke reports "pending": three updates were ≈ 1.3 ms at 4× CPU).
    onStatus: (s) => batch(() => { setDraftStatus(s); setSaveState(s.save); setSaveError(s.save === 'error' ? s.error : ''); }),
    // From the first edit the case is a draft: its id goes in the address (after the journal
    // holds it), so a reload reopens it; and the browser is asked not to evict it. That request
    // waits until the first edit's frame is painted: 2–13 ms at 4× CPU inside the first
    // keystroke's task (issue 15: first interaction → first rating), for an answer nothing waits for.
    onId: (id) => {
      setDraftId(id);
      history.replaceState(history.state, '', `${location.pathname}?ban-nhap=${encodeURIComponent(id)}`);
      // Its module loads then too: the page's first load does not carry it (issue 4's 45 KB).
      afterPaint(() => void import('../../lib/drafts/storage.ts').then((m) => m.requestPersistence(), () => undefined));
    },
  });
  onCleanup(() => drafts.dispose());

  // ── Drawing the form: one part per task ───────────────────────────────────────────────────
  // Drawn in one go, the form was one long task on every load (240–570 ms of rendering and then
  // 130–300 ms of layout at 4× CPU on this machine: Lighthouse's Total Blocking Time); three groups
  // at once were still a 160–300 ms task. Now the draft's name comes with the page's first answer
  // from the drafts database, then, each in a task of its own, the period and place (in two parts),
  // each group of questions, and the result with the comparison and the rating bar: a key or a tap waits for
  // one part at most, and the browser can lay out and paint between the parts. The
  // result follows the last group, so nothing drawn moves down (CLS); the questions keep their
  // document order (keyboard and screen readers). "data-ready" is set once every part is there.
  /** Parts drawn: 1 and 2 = the period and place, then one per group, then the result (PARTS). */
  const [drawn, setDrawn] = createSignal(0);
  createEffect(() => {
    if (!ready() || untrack(drawn) >= PARTS) return;
    let timer = 0;
    const more = () => { const n = setDrawn((n) => n + 1); if (n < PARTS) timer = window.setTimeout(more, 0); };
    timer = window.setTimeout(more, 0);
    onCleanup(() => clearTimeout(timer));
  });
  const drawnGroups = createMemo(() => GROUPS.slice(0, Math.max(0, drawn() - PERIOD_PARTS)));
  const formDrawn = () => drawn() >= PARTS;

  /** A user change. */
  const changed = () => drafts.changed();
  // One batch for the edit and its journal entry (the first edit also sets the draft's id and
  // the save status): the screen is updated once, not once per signal. The journal still reads
  // the new result: a memo read inside a batch is brought up to date first.
  const edit = (fn: (d: CaseDraftData) => void) => {
    const next = { ...data() };
    fn(next);
    batch(() => { setData(next); changed(); });
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
    setData(r.data as CaseDraftData);
    setName(r.name);
    setDraftId(r.id);
    setBad({});
    drafts.adopt(r);
  };

  onMount(() => {
    const offState = onStoreState((s, why) => setStoreIssue(s === 'ok' ? '' : why));
    // The user is about to type: fetch the engine, and the drafts schemas the first autosave needs.
    const onIntent = () => { void loadEngine().catch(() => undefined); drafts.warm(); void loadViews(); };
    for (const t of INTENT_EVENTS) document.addEventListener(t, onIntent, { capture: true, passive: true, once: true });
    // A case link followed while this page is open: open it like a fresh visit would.
    const onHash = () => { if (location.hash.startsWith(CASE_LINK_PREFIX)) location.reload(); };
    window.addEventListener('hashchange', onHash);
    onCleanup(() => window.removeEventListener('hashchange', onHash));
    onCleanup(() => { offState(); for (const t of INTENT_EVENTS) document.removeEventListener(t, onIntent, { capture: true }); });
    if (location.hash.startsWith(CASE_LINK_PREFIX)) { onIntent(); void openCaseLink(); return; }
    // A returning visit: the engine's files are on the device (the service worker serves them), so
    // loading it costs no network, only idle time. On a first visit the network is busy installing
    // the offline copy and the page ships only the form; the engine follows the first interaction.
    if (navigator.serviceWorker?.controller) onCleanup(whenIdle(onIntent, 2000));
    const id = new URLSearchParams(location.search).get('ban-nhap');
    if (!id) {
      // Drafts left on this device are counted, not read: reading one goes through its zod schema,
      // which loads when the user asks for the draft (openLatest) — or when the journal holds work
      // a reload or a crash cut short, which is stored first.
      const counted = (hasJournal() ? drafts.replay() : Promise.resolve()).then(() => countByType(CASE_DRAFT_TYPE)).then(setSavedCount, () => undefined);
      // The form is drawn once they are counted (300 ms at most): the notice that offers them comes
      // with the form instead of pushing it down a moment later (a layout shift, issue 15).
      void Promise.race([counted, new Promise((r) => setTimeout(r, 300))]).then(() => setReady(true));
      return;
    }
    // Opening a saved draft: its result is wanted at once, so the engine loads alongside.
    onIntent();
    void (async () => {
      try {
        const s = await loadSaved();
        await drafts.replay();
        const p = await s.getDraft(id);
        if (!p) setNotice('Không tìm thấy bản nháp này trên máy (có thể đã bị xoá). Đây là một bản mới.');
        else if (!p.ok) setNotice(`Bản nháp này bị hỏng nên không mở được (${p.error}). Đây là một bản mới; bản hỏng vẫn còn ở trang Bản nháp.`);
        else if (p.value.type !== CASE_DRAFT_TYPE) setNotice('Bản nháp này không phải của trang Tính xếp loại. Đây là một bản mới.');
        else {
          const k = (p.value.data as CaseDraftData).subject.kind;
          if (k !== kind) { location.replace(`${kindUrl(k)}?ban-nhap=${encodeURIComponent(id)}`); return; }
          apply(p.value);
        }
        if (!p || !p.ok || p.value.type !== CASE_DRAFT_TYPE) history.replaceState(history.state, '', location.pathname);
      } catch (e) {
        setNotice(`Không đọc được bản nháp: ${errorText(e)}`);
      }
      setReady(true);
    })();
  });

  /** Contract D: a case in the address (#ho-so=…) opens as a new, unsaved case; a bad one leaves the form empty. */
  const openCaseLink = async () => {
    const hash = location.hash;
    history.replaceState(history.state, '', location.pathname + location.search);
    try {
      const m = await import('../../lib/calculator/case-link.ts');
      const r = m.readCaseLink(hash, (id) => rulesets.find((x) => x.id === id)?.locality ?? null);
      if (!r.ok) setNotice(`Không mở được hồ sơ trong liên kết: ${r.error}. Đây là một biểu mẫu trống.`);
      else if (r.value.kind !== kind) { location.replace(kindUrl(r.value.kind) + hash); return; }
      else {
        const d = r.value.data;
        // The ruleset the case names: left on automatic when the period and the place already choose it.
        if (autoRulesetId(rulesets, d) === d.ruleset) d.ruleset = null;
        setData(d);
        if (r.value.title) setName(r.value.title);
        setNotice('Đã mở hồ sơ từ liên kết. Hồ sơ chưa được lưu; bản nháp sẽ được lưu trên máy này khi bạn sửa một dữ kiện.');
      }
    } catch (e) {
      setNotice(`Không mở được hồ sơ trong liên kết: ${errorText(e)}. Đây là một biểu mẫu trống.`);
    }
    setReady(true);
  };

  /** Open the newest valid draft of this kind (a navigation, so it opens like any draft link). */
  const openLatest = async () => {
    try {
      const all = await (await loadSaved()).listDraftsOfType(CASE_DRAFT_TYPE);
      const newest = all.valid.find((r) => (r.data as CaseDraftData).subject.kind === kind);
      if (newest) location.assign(`${kindUrl(kind)}?ban-nhap=${encodeURIComponent(newest.id)}`);
      else setNotice(`Chưa có bản nháp nào mở được cho ${KIND_LABEL[kind].toLowerCase()}. Các bản nháp khác có ở trang Bản nháp.`);
    } catch (e) {
      setNotice(`Không đọc được bản nháp: ${errorText(e)}`);
    }
  };

  const newCase = async () => {
    await drafts.flush().catch(() => undefined); // not saved: it stays in the journal and is stored on the next load
    location.assign(kindUrl(kind));
  };
  const isIndividual = kind === 'dang-vien' || kind === 'can-bo-lanh-dao';
  /** "Họ và tên" (contract C: stored as personName); the draft's name follows it until the user names the draft. */
  const setPersonName = (v: string) => {
    const before = data().personName ?? '';
    if (name() === defaultName || name() === before) setName(v.trim() ? v : defaultName);
    edit((d) => { if (v.trim()) d.personName = v; else delete d.personName; });
  };
  const useRuleset = (id: RulesetId | null) => edit((d) => { d.ruleset = id; });
  const rulesetLabel = (id: RulesetId | null) => rulesets.find((r) => r.id === id)?.label ?? '';

  return (
    <div class="calc" data-ready={ready() && formDrawn() ? 'true' : 'false'} data-engine={engine() ? 'true' : 'false'}>
      <Show when={storeIssue()}>
        <div class="alert" role="alert"><p>{storeIssue()}</p><button type="button" onClick={() => location.reload()}>Tải lại trang</button></div>
      </Show>
      <Show when={loadError()}><p class="alert" role="alert">{loadError()}</p></Show>
      <Show when={notice()}><p class="notice" role="status">{notice()}</p></Show>
      <DraftAlerts status={draftStatus()} session={drafts} />
      <Show when={ready()} fallback={<p class="muted">{OPENING}</p>}>
        <Show when={savedCount() && !draftId()}>
          <p class="notice no-print" data-testid="saved-drafts">Trên máy này có {savedCount()} bản nháp tính xếp loại.{' '}
            <button type="button" class="small" onClick={() => void openLatest()}>Mở bản nháp gần nhất</button>{' '}
            <a href="/ban-nhap/">Xem tất cả</a>. Hoặc nhập bản mới bên dưới.</p>
        </Show>
        <div class="calc-layout">
          <form class="calc-form no-print" aria-label={`Dữ kiện ${KIND_LABEL[kind].toLowerCase()}`} onSubmit={(e) => e.preventDefault()}>
            <div class="draft-bar">
              <Show when={isIndividual}>
                <label class="field-label" for="f-personName">Họ và tên</label>
                <input id="f-personName" type="text" autocomplete="off" maxLength={200} value={data().personName ?? ''} onInput={(e) => setPersonName(e.currentTarget.value)} />
              </Show>
              <label class="field-label" for="ten-ban-nhap">Tên bản nháp</label>
              <input id="ten-ban-nhap" type="text" maxLength={200} value={name()} onInput={(e) => { setName(e.currentTarget.value); changed(); }} />
              <p class="save-state" role="status" data-testid="save-state" data-state={saveState()}>{SAVE_TEXT[saveState()]}{saveError() ? ` ${saveError()}` : ''}</p>
              <p class="draft-links"><button type="button" class="small" onClick={newCase}>Bản mới</button> <a href="/ban-nhap/">Tất cả bản nháp</a></p>
            </div>

            <Show when={drawn() > 0}>
              <Period setup={setup} data={period()} errors={errors()} rulesetId={rulesetId()} autoId={autoId()} years={years} whole={drawn() >= PERIOD_PARTS}
                onReviewYear={(y) => edit((d) => Object.assign(d, withReviewYear(d, y, todayIso())))}
                onDate={(v) => edit((d) => Object.assign(d, withEvaluationDate(d, v)))}
                onLocality={(v) => edit((d) => { d.locality = v; })}
                onRuleset={useRuleset} />
            </Show>


            <For each={drawnGroups()}>{(g) => {
              const list = createMemo(() => fields().filter((f) => f.group === g.id && !(namedMode() && f.path.startsWith('criteria.'))));
              return (
                <>
                <Show when={g.id === 'tieu-chi' && namedMode()}>
                  <Show when={criteriaView()} fallback={<fieldset class="group criteria criteria--loading" id="tieu-chi"><legend>Mức đạt của các tiêu chí</legend><p class="muted">Đang mở danh sách tiêu chí…</p></fieldset>}>{(v) => (
                    <CriteriaFields view={v()} levels={levels()} onLevel={setLevel} onAllUnset={(l) => fillUnset(v().criteria, l)} />
                  )}</Show>
                </Show>
                <Show when={list().length || (g.id === 'ket-qua' && asksSameLevel())}>
                  <fieldset class="group">
                    <legend>{g.label}</legend>
                    <Show when={g.id === 'tieu-chi' && !data().levels}>
                      <p class="field-hint">Hồ sơ này ghi mức các tiêu chí theo thứ tự, không theo tên tiêu chí của văn bản. <button type="button" class="small" onClick={useNamedCriteria}>Nhập lại theo tên tiêu chí</button></p>
                    </Show>
                    <Show when={g.id === 'ket-qua' && asksSameLevel()}>
                      <label class="check"><input type="checkbox" id="f-co-to-chuc-cung-cap" checked={hasSameLevelBodies(data())}
                        onChange={(e) => { const v = e.currentTarget.checked; edit((d) => { d.sameLevelBodies = v; }); }} />
                        Có chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp (chi bộ cơ sở, đảng bộ cơ sở)</label>
                    </Show>
                    <div class="fields">
                      <For each={list()}>{(f) => (
                        <FieldInput def={f} value={getAt(data().subject, f.path)} errors={errors()} help={(() => { const h = help(), c = engine(); return h && c ? c.helpFor(h, f.path) : null; })()} onChange={setFact} onBadInput={onBadInput} />
                      )}</For>
                    </div>
                  </fieldset>
                </Show>
                </>
              );
            }}</For>
            <Show when={compareWith()}>{(id) => (
              <fieldset class="group compare-extra" id="them-du-kien" tabindex="-1" data-testid="compare-extra">
                <legend>Dữ kiện thêm để so sánh với {rulesetLabel(id())}</legend>
                <p class="field-hint">Quy định đang dùng không xét các dữ kiện này; chúng chỉ dùng cho phần so sánh bên dưới.</p>
                <Show when={extraCriteria()}>{(v) => <CriteriaFields view={v()} legend={`Tiêu chí theo ${rulesetLabel(id())}`} idPrefix="so-sanh-" levels={levels()} onLevel={setLevel} onAllUnset={(l) => fillUnset(v().criteria, l)} />}</Show>
                <div class="fields">
                  <For each={extraFields()}>{(f) => (
                    <FieldInput def={f} value={getAt(data().subject, f.path)} errors={errors()} help={[]} onChange={setFact} onBadInput={onBadInput} />
                  )}</For>
                </div>
                <Show when={!extraCriteria() && !extraFields().length}><p>Không còn dữ kiện nào cần thêm cho quy định này.</p></Show>
                <p><button type="button" class="small" onClick={() => setCompareWith(null)}>Xong</button> <a href="#so-sanh">Xem phần so sánh</a></p>
              </fieldset>
            )}</Show>
          </form>

          <Show when={formDrawn()}><section class="calc-result" id="ket-qua" aria-labelledby="ket-qua-tieu-de">
            <h2 id="ket-qua-tieu-de">Kết quả</h2>
            <Show when={ratedEvaluation()} fallback={
              <>
                <Show when={errorList().length}>
                  <div class="error-summary" role="alert" data-testid="error-summary">
                    <p>Cần sửa {errorList().length} chỗ trước khi có kết quả:</p>
                    <ul><For each={errorList()}>{([k, m]) => <li><a href={`#${errorTarget(k)}`}>{m}</a></li>}</For></ul>
                  </div>
                </Show>
                <Show when={!errorList().length && missing().length}>
                  <div class="missing" data-testid="missing">
                    <p class="missing-title">Còn thiếu {missing().length === 1 ? 'một dữ kiện' : `${missing().length} dữ kiện`} quyết định kết quả, nên chưa xếp loại:</p>
                    <ul><For each={missing()}>{(m) => <li><a href={`#${m.target}`}>{m.label}</a></li>}</For></ul>
                  </div>
                </Show>
                <Show when={computed()?.failure}><p class="no-result" role="alert">{computed()!.failure}</p></Show>
                <Show when={!engine() && !errorList().length}>
                  <p class="no-result" data-testid="no-result">{loadError() ? 'Chưa tải được phần tính xếp loại nên chưa có kết quả; dữ kiện đã nhập vẫn còn trên trang.' : missing().length ? 'Kết quả hiện khi đủ các dữ kiện trên.' : 'Kết quả hiện ngay khi bạn bắt đầu nhập dữ kiện.'}</p>
                  <p class="no-print"><button type="button" onClick={() => void loadEngine().catch(() => undefined)}>{loadError() ? 'Thử tải lại phần tính xếp loại' : 'Xem kết quả với dữ kiện hiện tại'}</button></p>
                </Show>
              </>
            }>{(e) => (
              <>
                {(() => { const R = ui()!.Result; return <R e={e()} />; })()}
                <p class="no-print"><button type="button" onClick={() => window.print()}>In phiếu kết quả (A4)</button></p>
              </>
            )}</Show>
          </section></Show>
        </div>
        <Show when={formDrawn()}>
        <Show when={engine() && rows().length ? ui() : null}>{(v) => { const C = v().Compare; return <C rows={rows()} busy={compareBusy()} onUse={(id) => { setCompareWith(null); useRuleset(id); }} onAdd={addForCompare} />; }}</Show>
        <Show when={printed()}>{(e) => { const P = ui()!.PrintSheet; return <P name={name()} kind={kind} data={data()} fields={fields()} criteria={criteriaView()} texts={(() => { const l = periodLine(setup, data(), rulesetId()); return l ? l.texts : ''; })()} e={e()} />; }}</Show>
        <div class="calc-sticky no-print" data-sticky-bottom>
          <Show when={ratedEvaluation()} fallback={<span>{missing().length ? `Còn thiếu ${missing().length} dữ kiện` : 'Chưa có kết quả'}</span>}>{(e) => { const B = ui()!.RatingBadge; return <B rating={e().rating!} />; }}</Show>
          <a href="#ket-qua">Xem kết quả</a>
        </div>
        </Show>
      </Show>
    </div>
  );
}
