// The engine: evaluates every rule of a ruleset for a subject (no short-circuit), takes the
// highest rating whose conditions all hold, and explains the result with citations.
// Types only from case-schema.ts: evaluating carries no zod (a parse is rate.ts's, at the boundary).
import type { Case, Group, RulesetId, Subject, SubjectKind } from './case-schema.ts';
import { citationOut, shortCitation, type CitationRef } from './docs.ts';
import { GRADE_RANK, RATING_VI } from './helpers.ts';
import type { AnySubject, Condition, Ctx, ExceptionRule, Outcome, ProcedureRule, UncountedFact } from './model.ts';
import { applies, compiled, quotaSpecFor, rulesetById, type CompiledRuleset, type KindRules, type QuotaSpec } from './rulesets.ts';
import type { CitationOut, ConditionResult, Decision, Evaluation, FailedCondition, Grade, ProcedureItem, QuotaResult, WhyNotHigher } from './types.ts';
import { viDate } from './dates.ts';
import { reviewYearOf } from './ruleset-choice.ts';

const GRADES_ABOVE_FLOOR: readonly Grade[] = ['HTXSNV', 'HTTNV', 'HTNV'];
const ALL_GRADES: readonly Grade[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/** Collects citations in order, without duplicates (citation objects are shared, so identity works). */
class CiteList {
  readonly list: CitationOut[] = [];
  add(cites: readonly CitationOut[]) {
    for (const c of cites) if (!this.list.includes(c)) this.list.push(c);
  }
}

type RuleLike = { id: string; cite: readonly CitationRef[]; source: ConditionResult['source']; evidence?: ConditionResult['evidence']; words: string; facts: readonly string[] };

const CITES = new WeakMap<object, CitationOut[]>();
/** Output citations of a rule, computed once (rules are immutable data). */
function citesOf(rule: { cite: readonly CitationRef[] }): CitationOut[] {
  let c = CITES.get(rule);
  if (!c) {
    c = rule.cite.length ? rule.cite.map(citationOut) : [citationOut({ doc: 'qd-124-2023', path: [] })];
    CITES.set(rule, c);
  }
  return c;
}

const FACTS = new WeakMap<object, Partial<Record<SubjectKind, string[]>>>();
function factsOf(rule: RuleLike, kind: SubjectKind): string[] {
  let byKind = FACTS.get(rule);
  if (!byKind) FACTS.set(rule, (byKind = {}));
  return (byKind[kind] ??= resolveFacts(rule.facts, kind));
}

const resolveFacts = (facts: readonly string[], kind: SubjectKind) =>
  facts.map((f) => (f === 'criteria.results' ? (kind === 'dang-vien' || kind === 'can-bo-lanh-dao' ? 'criteria.taskResults' : 'criteria.keyResults') : f));

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const trimDot = (s: string) => s.replace(/\.\s*$/, '');

function resultOf(rule: RuleLike, kind: SubjectKind, level: Grade, role: ConditionResult['role'], met: boolean, actual: string, required: string, fired?: readonly ExceptionRule[]): ConditionResult {
  const citations = citesOf(rule);
  const r: ConditionResult = {
    id: rule.id, rating: level, role, met, actual, required, citation: citations[0]!, citations,
    source: rule.source, words: rule.words, facts: factsOf(rule, kind),
  };
  if (rule.evidence) r.evidence = rule.evidence;
  if (fired && fired.length) r.overriddenBy = fired.map((e) => e.id);
  return r;
}

function failed(r: ConditionResult, g: Grade, why: string, unknown: boolean): FailedCondition {
  return { ...r, sentence: `${unknown ? 'Chưa xác định được mức' : 'Không đạt'} ${RATING_VI[g]} vì ${why} — ${shortCitation(r.citation)}` };
}

/** Replace a lazy getter by the value it computed. */
function settle<T>(obj: object, key: string, value: T): T {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

const RANK_GRADE: readonly Grade[] = ['KHTNV', 'HTNV', 'HTTNV', 'HTXSNV'];
/** Whether a condition's outcome blocks grade rank `g`: a failed requirement of level L blocks L and above; a KHTNV case blocks all above KHTNV. */
const blocksRank = (rule: Condition, o: Outcome, g: number) => !o.ok && g > 0 && (rule.role === 'khtnv-case' || GRADE_RANK[rule.level] <= g);

interface Cap0 { cap: RuleLike; grade: Grade | null; actual: string; why: string; lifted: ExceptionRule | null }
const binding = (c: Cap0) => c.grade !== null && !c.lifted;
const pushCites = (into: CitationOut[], list: readonly CitationOut[]) => { for (const c of list) if (!into.includes(c)) into.push(c); };

/** Everything needed to word an evaluation later; built only when someone reads the wording. */
class Explainer {
  private details?: { results: (ConditionResult | undefined)[]; why: string[]; sit: ConditionResult[]; caps: ConditionResult[] };
  private readonly rules: KindRules;
  private readonly kind: SubjectKind;
  private readonly s: AnySubject;
  private readonly x: Ctx;
  private readonly outcomes: readonly (Outcome | undefined)[];
  private readonly sitApplies: number;
  private readonly sitHit: number;
  private readonly sitText: readonly (string | undefined)[] | undefined;
  private readonly caps: readonly Cap0[] | undefined;
  /** Rank of the result; -1 = not rated; -2 = undecided (a deciding fact is missing). */
  private readonly rank: number;
  // Plain assignments (no parameter properties): Node runs this file by stripping types only.
  constructor(rules: KindRules, kind: SubjectKind, s: AnySubject, x: Ctx, outcomes: readonly (Outcome | undefined)[], sitApplies: number, sitHit: number, sitText: readonly (string | undefined)[] | undefined, caps: readonly Cap0[] | undefined, rank: number) {
    this.rules = rules; this.kind = kind; this.s = s; this.x = x; this.outcomes = outcomes;
    this.sitApplies = sitApplies; this.sitHit = sitHit; this.sitText = sitText; this.caps = caps; this.rank = rank;
  }

  private all() {
    if (this.details) return this.details;
    const { rules, kind, s, x, outcomes } = this;
    const conditions = rules.conditions;
    const results: (ConditionResult | undefined)[] = new Array(conditions.length);
    const why: string[] = new Array(conditions.length);
    for (let i = 0; i < conditions.length; i++) {
      const o = outcomes[i];
      if (!o) continue;
      const rule = conditions[i]!;
      const e = rule.explain(s, x);
      why[i] = e.why;
      const r = resultOf(rule, kind, rule.level, rule.role, o.ok, e.actual, e.required, o.fired);
      if (o.missing) r.missing = [...o.missing];
      results[i] = r;
    }
    const sit: ConditionResult[] = [];
    rules.situations.forEach((st, i) => {
      if (!(this.sitApplies & (1 << i))) return;
      const hit = !!(this.sitHit & (1 << i));
      sit.push(resultOf(st, kind, 'HTXSNV', 'situation', !(hit && st.effect === 'not-rated'), hit ? trimDot(this.sitText![i]!) : 'không thuộc trường hợp này', st.words));
    });
    const caps = (this.caps ?? []).map((c) => resultOf(c.cap, kind, c.grade ?? 'HTXSNV', 'cap', !binding(c), c.actual, `không cao hơn mức trần${c.grade ? ` ${RATING_VI[c.grade]}` : ''}`, c.lifted ? [c.lifted] : undefined));
    return (this.details = { results, why, sit, caps });
  }

  conditions(): ConditionResult[] {
    const d = this.all();
    return [...d.sit, ...d.results.filter((r): r is ConditionResult => !!r), ...d.caps];
  }

  whyNotHigher(): WhyNotHigher[] {
    const d = this.all();
    if (this.rank === -1) {
      const sentences = d.sit.filter((r) => !r.met).map((r) => ({ ...r, sentence: `Không xếp loại vì ${lcFirst(r.actual)} — ${shortCitation(r.citation)}` }));
      return ALL_GRADES.map((g) => ({ rating: g, label: RATING_VI[g], failed: sentences }));
    }
    const conditions = this.rules.conditions;
    // Each failure is listed once, under the rating it belongs to: a requirement under its own
    // level, a KHTNV case under HTNV (the rating it denies), a cap under the rating just above it.
    return GRADES_ABOVE_FLOOR.filter((g) => GRADE_RANK[g] > this.rank).map((g) => {
      const list: FailedCondition[] = [];
      const gr = GRADE_RANK[g];
      for (let i = 0; i < conditions.length; i++) {
        const o = this.outcomes[i];
        if (!o || o.ok) continue;
        const rule = conditions[i]!;
        const own = rule.role === 'khtnv-case' ? gr === 1 : rule.level === g;
        if (own) list.push(failed(d.results[i]!, g, d.why[i]!, !!o.missing));
      }
      (this.caps ?? []).forEach((c, i) => { if (binding(c) && GRADE_RANK[c.grade!] === gr - 1) list.push(failed({ ...d.caps[i]!, actual: c.why }, g, c.why, false)); });
      return { rating: g, label: RATING_VI[g], failed: list };
    });
  }
}

/** Notes in order, each once (several exceptions share one wording). */
const pushNote = (notes: string[], text: string) => { if (!notes.includes(text)) notes.push(text); };

/** One note per fact with nothing to count (the Record makes every UncountedFact have one). */
const UNCOUNTED_VI: Record<UncountedFact, string> = {
  tasks: 'Chưa kê chỉ tiêu, nhiệm vụ được giao: các điều kiện về tỉ lệ hoàn thành nhiệm vụ không kiểm tra được và được coi là không áp dụng.',
  members: 'Chưa kê số đảng viên của chi bộ theo từng mức xếp loại: các điều kiện về tỉ lệ đảng viên không kiểm tra được và được coi là không áp dụng.',
  subOrganizations: 'Chưa kê số tổ chức đảng trực thuộc theo từng mức xếp loại: các điều kiện về tỉ lệ tổ chức trực thuộc không kiểm tra được và được coi là không áp dụng.',
  'leadership.unit': 'Chưa kê đủ kết quả của địa phương, cơ quan, đơn vị trực tiếp phụ trách (số chỉ tiêu, số hoàn thành, số vượt mức, tỉ lệ công việc đúng tiến độ): điều kiện nào thiếu số liệu thì không kiểm tra được và được coi là không áp dụng.',
  'leadership.subUnits': 'Chưa kê xếp loại của các cơ quan, đơn vị thuộc quyền lãnh đạo, quản lý trực tiếp: các điều kiện về tỉ lệ đơn vị thuộc quyền không kiểm tra được và được coi là không áp dụng.',
};
const UNCOUNTED = Object.keys(UNCOUNTED_VI) as UncountedFact[];
const UNCOUNTED_BIT = Object.fromEntries(UNCOUNTED.map((f, i) => [f, 1 << i])) as Record<UncountedFact, number>;

const MISSING_VI: Record<string, string> = { score: 'tổng điểm theo thang 100 điểm' };

/**
 * Evaluate one subject under a ruleset on a date. `id` is the case id, if any; `reviewYear` the
 * year rated (default: derived from the date, FORMAT.md v2).
 * Every rule is evaluated (no short-circuit). The decision phase allocates little: rating,
 * citations, procedure and notes are computed at once; `conditions` and `whyNotHigher` (all
 * the wording) are built the first time they are read.
 */
export function evaluateSubject(rulesetId: RulesetId, subject: Subject, date: string, id?: string, reviewYear?: number): Evaluation {
  const rs = compiled(rulesetId);
  const year = reviewYear ?? reviewYearOf(date);
  if (subject.kind === 'nhom-tuong-dong') return evaluateGroup(rs, subject, date, year, id);
  const s = subject as AnySubject;
  const kind = s.kind;
  const x = rs.ctx(date, year);
  const rules = rs.byKind[kind];
  const meta = rs.meta;
  const notes: string[] = [];
  if (date < meta.effectiveFrom || (meta.effectiveTo && date > meta.effectiveTo)) {
    notes.push(`Ngày đánh giá ${viDate(date)} nằm ngoài thời gian áp dụng của “${meta.label}” (${viDate(meta.effectiveFrom)}${meta.effectiveTo ? ` – ${viDate(meta.effectiveTo)}` : ' trở đi'}); kết quả vẫn tính theo quy định này.`);
  } else if (meta.reviewYears && (year < meta.reviewYears.from || (meta.reviewYears.to !== null && year > meta.reviewYears.to))) {
    notes.push(`Kế hoạch trong “${meta.label}” được ban hành cho kỳ đánh giá năm ${meta.reviewYears.from}${meta.reviewYears.to === meta.reviewYears.from ? '' : meta.reviewYears.to === null ? ' trở đi' : `–${meta.reviewYears.to}`}, không phải năm ${year}; kết quả vẫn tính theo kế hoạch này.`);
  }

  // 1. Who is rated, special situations (bit i: situation i applies / is hit).
  const situations = rules.situations;
  let sitApplies = 0, sitHit = 0;
  let sitText: (string | undefined)[] | undefined;
  let notRated = 0, notRatedReviewed = true;
  for (let i = 0; i < situations.length; i++) {
    const sit = situations[i]!;
    if (!applies(sit, s, x)) continue;
    sitApplies |= 1 << i;
    if (!sit.applies(s, x)) continue;
    sitHit |= 1 << i;
    const text = sit.note(s, x);
    (sitText ??= [])[i] = text;
    pushNote(notes, text);
    if (sit.effect === 'not-rated') { notRated++; if (sit.reviewed !== true) notRatedReviewed = false; }
  }

  // 2. Every condition: decisions only.
  const conditions = rules.conditions;
  const outcomes: (Outcome | undefined)[] = new Array(conditions.length);
  let fired: ExceptionRule[] | undefined;
  let missing: string[] | undefined;
  let caseHit = false, unknownCase = false;
  // Checks that had nothing to count (no task, no member rating entered): the lowest level one was
  // treated as met for (4 = none), whether a KHTNV case was, and which facts were absent.
  let vacuousRank = 4, vacuousCase = false;
  let vacuousFacts = 0; // bit i: UNCOUNTED[i] had nothing to count (a bit set, not a list: no allocation per evaluation)
  let lowestFailedRank = 4; // rank of the lowest level whose requirement fails (4 = none)
  let lowestUnknownRank = 4; // the same for requirements that could not be checked
  for (let i = 0; i < conditions.length; i++) {
    const rule = conditions[i]!;
    if (!applies(rule, s, x)) continue;
    const o = rule.check(s, x);
    outcomes[i] = o;
    if (o.fired) for (const e of o.fired) if (!(fired ??= []).includes(e)) fired.push(e);
    if (o.vacuous) {
      vacuousFacts |= UNCOUNTED_BIT[o.vacuous];
      if (rule.role === 'khtnv-case') vacuousCase = true; else if (GRADE_RANK[rule.level] < vacuousRank) vacuousRank = GRADE_RANK[rule.level];
    }
    if (o.missing) {
      for (const f of o.missing) if (!(missing ??= []).includes(f)) missing.push(f);
      if (rule.role === 'khtnv-case') unknownCase = true;
      else if (GRADE_RANK[rule.level] < lowestUnknownRank) lowestUnknownRank = GRADE_RANK[rule.level];
    } else if (!o.ok) {
      if (rule.role === 'khtnv-case') caseHit = true;
      else if (GRADE_RANK[rule.level] < lowestFailedRank) lowestFailedRank = GRADE_RANK[rule.level];
    }
  }

  // 3. Caps.
  let caps: Cap0[] | undefined;
  let capRank = 3;
  for (const cap of rules.caps) {
    if (!applies(cap, s, x)) continue;
    const lim = cap.limit(s, x);
    const lifted = lim ? cap.lifted?.(s, x) ?? null : null;
    if (lifted && !(fired ??= []).includes(lifted)) fired.push(lifted);
    (caps ??= []).push({ cap, grade: lim?.grade ?? null, actual: lim?.actual ?? 'không áp dụng', why: lim?.why ?? '', lifted });
    if (lim && !lifted) capRank = Math.min(capRank, GRADE_RANK[lim.grade]);
  }

  // 4. The rating: the highest whose conditions the known facts meet; open when an unknown fact
  // could still change it (the facts given do not already decide the result).
  const reqRank = Math.min(3, lowestFailedRank - 1);
  const knownRank = caseHit ? 0 : Math.min(reqRank, capRank);
  const worstRank = unknownCase ? 0 : Math.min(knownRank, lowestUnknownRank - 1);
  const undecided = !notRated && !!missing && worstRank !== knownRank;
  const rank = notRated ? -1 : undecided ? -2 : knownRank;
  const rating: Evaluation['rating'] = notRated ? 'KHONG_XEP_LOAI' : undecided ? null : RANK_GRADE[knownRank]!;

  // 5. What decided it, and the clauses: the deciding clause first, then the others.
  const deciding: CitationOut[] = [];
  const ruleIds: string[] = [];
  let by: Decision['by'];
  let words = '';
  // Within what decided, the plan's own clause comes before the central one it builds on.
  const picked: RuleLike[] = [];
  if (notRated) {
    by = 'situation';
    for (let i = 0; i < situations.length; i++) if (sitHit & (1 << i) && situations[i]!.effect === 'not-rated') picked.push(situations[i]!);
  } else if (undecided) {
    by = 'missing';
    for (let i = 0; i < conditions.length; i++) if (outcomes[i]?.missing) picked.push(conditions[i]!);
  } else if (caseHit) {
    by = 'khtnv-case';
    for (let i = 0; i < conditions.length; i++) { const o = outcomes[i]; if (o && !o.ok && !o.missing && conditions[i]!.role === 'khtnv-case') picked.push(conditions[i]!); }
  } else if (capRank < reqRank) {
    by = 'cap';
    if (caps) for (const c of caps) if (binding(c) && GRADE_RANK[c.grade!] === capRank) picked.push(c.cap);
  } else {
    by = 'band';
    if (knownRank === 0) {
      // No KHTNV case: the HTNV requirements the facts fail.
      for (let i = 0; i < conditions.length; i++) { const o = outcomes[i], r = conditions[i]!; if (o && !o.ok && !o.missing && r.role === 'requirement' && r.level === 'HTNV') picked.push(r); }
    } else {
      const g = RANK_GRADE[knownRank]!;
      for (let i = 0; i < conditions.length; i++) { const o = outcomes[i], r = conditions[i]!; if (o && o.ok && r.role === 'requirement' && r.level === g) picked.push(r); }
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const rule of picked) {
      if ((rule.source === 'ke-hoach-dia-phuong') !== (pass === 0)) continue;
      ruleIds.push(rule.id);
      if (!words) words = rule.words;
      pushCites(deciding, citesOf(rule));
    }
  }
  if (!notRated && !undecided) {
    // Then why not the next rating up.
    const up = knownRank + 1;
    if (up <= 3) {
      for (let i = 0; i < conditions.length; i++) { const o = outcomes[i]; if (o && !o.ok && blocksRank(conditions[i]!, o, up)) pushCites(deciding, citesOf(conditions[i]!)); }
      if (caps) for (const c of caps) if (binding(c) && GRADE_RANK[c.grade!] < up) pushCites(deciding, citesOf(c.cap));
    }
    // A band reached with no condition of its own is decided by what keeps it from the next one.
    if (by === 'band' && !ruleIds.length && deciding.length) words = '';
    if (knownRank === 3) notes.push('Mức “Hoàn thành xuất sắc nhiệm vụ” còn tùy tỉ lệ tối đa so với số được xếp loại “Hoàn thành tốt nhiệm vụ” trong nhóm có vị trí, vai trò tương đồng; tỉ lệ này tính cho cả nhóm ở Công cụ họp.');
  }
  for (let i = 0; i < situations.length; i++) if (sitHit & (1 << i) && situations[i]!.effect === 'note') pushCites(deciding, citesOf(situations[i]!));
  if (fired) for (const e of fired) pushCites(deciding, citesOf(e));
  if (!words && deciding.length) words = deciding[0]!.label;

  // 6. What the meeting must do (only for a subject who is rated).
  const procedure = notRated || !rules.procedures.length ? NONE : proceduresFor(rules.procedures, s, x);

  // 7. Notes: where the sources are silent (only for a subject who is rated, and not where a
  // procedure item answers), exceptions that fired.
  if (!notRated) {
    for (const sil of rules.silences) {
      if (!applies(sil, s, x)) continue;
      if (sil.forRatings && (rating === null || !sil.forRatings.includes(rating as Grade))) continue;
      if (sil.answeredBy && answered(procedure, sil.answeredBy)) continue;
      pushNote(notes, sil.note);
    }
    if (fired) for (const e of fired) pushNote(notes, e.note);
    // Said only where the unchecked task conditions could have changed the result: a requirement
    // of the rating reached or below, or a KHTNV case on a result above KHTNV (not on a result
    // already decided lower by something else, e.g. a KHTNV for discipline).
    if (vacuousFacts && (undecided || vacuousRank <= knownRank || (vacuousCase && knownRank > 0)))
      for (let i = 0; i < UNCOUNTED.length; i++) if (vacuousFacts & (1 << i)) pushNote(notes, UNCOUNTED_VI[UNCOUNTED[i]!]);
    if (undecided) pushNote(notes, `Chưa đủ dữ kiện để xếp loại: thiếu ${missing!.map((f) => MISSING_VI[f] ?? f).join(', ')}, là căn cứ quyết định mọi mức xếp loại; các dữ kiện đã nhập chưa đủ để kết luận.`);
  }

  // 8. The wording, on demand.
  const out = new SubjectEvaluation(new Explainer(rules, kind, s, x, outcomes, sitApplies, sitHit, sitText, caps, rank));
  if (id !== undefined) out.id = id;
  out.rulesetId = rulesetId; out.rulesetLabel = meta.label; out.effectiveFrom = meta.effectiveFrom; out.effectiveTo = meta.effectiveTo;
  out.kind = kind; out.rating = rating; out.reviewYear = year; out.missing = undecided ? missing! : NONE; out.reviewed = notRated ? notRatedReviewed : true;
  out.decision = { by, ruleIds, citation: deciding[0] ?? null, words }; out.deciding = deciding; out.procedure = procedure; out.notes = notes;
  return out as unknown as Evaluation;
}

/**
 * The evaluation of one subject. `whyNotHigher` and `conditions` (all the wording) are built on
 * first read and then stored as plain own properties; `toJSON` reads them, so a serialized
 * evaluation is complete. A class, not an object literal with getters: creating such a literal
 * costs V8 several microseconds each time, more than evaluating most rulesets.
 */
class SubjectEvaluation {
  declare id?: string;
  declare rulesetId: RulesetId;
  declare rulesetLabel: string;
  declare effectiveFrom: string;
  declare effectiveTo: string | null;
  declare kind: SubjectKind;
  declare rating: Evaluation['rating'];
  declare reviewYear: number;
  declare missing: string[];
  declare reviewed: boolean;
  declare decision: Decision;
  declare deciding: CitationOut[];
  declare procedure: ProcedureItem[];
  declare notes: string[];
  readonly #words: Explainer;
  constructor(words: Explainer) { this.#words = words; }
  get whyNotHigher(): WhyNotHigher[] { return settle(this, 'whyNotHigher', this.#words.whyNotHigher()); }
  get conditions(): ConditionResult[] { return settle(this, 'conditions', this.#words.conditions()); }
  toJSON(): Evaluation { return { ...this, whyNotHigher: this.whyNotHigher, conditions: this.conditions } as Evaluation; }
}

/** The shared empty list of results that have no missing fact or no procedure item (frozen: results are never mutated). */
const NONE = Object.freeze([]) as unknown as never[];
const answered = (items: readonly ProcedureItem[], kinds: readonly string[]) => { for (const p of items) if (kinds.includes(p.kind)) return true; return false; };

const PROC_CITES = new WeakMap<object, CitationOut[]>();
/** The procedure items that apply; an item that stands in for others (`replaces`) removes them. */
function proceduresFor(rules: readonly ProcedureRule[], s: AnySubject, x: Ctx): ProcedureItem[] {
  let hit: ProcedureRule[] | undefined;
  for (const r of rules) if (r.applies(s, x)) (hit ??= []).push(r);
  if (!hit) return NONE;
  const out: ProcedureItem[] = [];
  for (const r of hit) {
    // An item that stands in for this kind (the superior committee for a dissolved organization…) removes it.
    if (hit.some((o) => o !== r && o.replaces?.includes(r.kind))) continue;
    let citations = PROC_CITES.get(r);
    if (!citations) PROC_CITES.set(r, (citations = r.cite.map(citationOut)));
    const item: ProcedureItem = { id: r.id, kind: r.kind, text: r.text(s, x), words: r.words, citation: citations[0]!, citations, source: r.source };
    if (r.evidence) item.evidence = r.evidence;
    out.push(item);
  }
  return out;
}

// ── Groups: the HTXSNV quota ────────────────────────────────────────────────────────────────

const BASE_LABEL = {
  'tat-ca-du-dieu-kien': 'tỉ lệ tính trên tổng số đủ điều kiện “Hoàn thành tốt nhiệm vụ” trở lên (kể cả những người được chọn “Hoàn thành xuất sắc nhiệm vụ”)',
  'sau-khi-chon': 'tỉ lệ tính trên số còn lại được xếp loại “Hoàn thành tốt nhiệm vụ” sau khi đã chọn những người “Hoàn thành xuất sắc nhiệm vụ”',
} as const;

/** Largest number of HTXSNV allowed, under both readings of "20 % số được xếp loại HTTNV". */
export function quotaFor(spec: QuotaSpec, p: (id: string) => number, g: Pick<Group, 'members' | 'qualifyingHttnvOrAbove' | 'outstandingUnit'>) {
  const members = g.members;
  const q = Math.min(g.qualifyingHttnvOrAbove ?? members, members);
  const outstanding = !!g.outstandingUnit && !!spec.outstandingParam;
  const share = outstanding ? p(spec.outstandingParam!) : p(spec.shareParam);
  // Integer arithmetic on the percentage avoids 0.2 × 15 = 3.0000000000000004.
  const P = Math.round(share * 100);
  const byShare = Math.floor((P * q) / 100);
  const byShareAfter = Math.floor((P * q) / (100 + P));
  let small = false;
  if (spec.small && q >= 1) {
    const n = p(spec.small.param);
    small = spec.small.rule === 'all-httnv' ? members < n && q === members : spec.small.rule === 'count-httnv' ? q < n : members <= n;
  }
  return { q, share, outstanding, small, byShare, all: small ? Math.max(byShare, 1) : byShare, after: small ? Math.max(byShareAfter, 1) : byShareAfter };
}

/** How each small-group rule is worded, for the note that says it is what gives 01. */
const SMALL_VI = { 'all-httnv': 'dưới 05 và 100 % đều “Hoàn thành tốt nhiệm vụ”', 'count-httnv': 'dưới 05 được xếp loại “Hoàn thành tốt nhiệm vụ”', 'at-most': 'từ 05 thành viên trở xuống' } as const;
const decimal = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');

function evaluateGroup(rs: CompiledRuleset, g: Group, date: string, reviewYear: number, id?: string): Evaluation {
  const x = rs.ctx(date, reviewYear);
  const spec = quotaSpecFor(rs, g.groupType);
  const r = quotaFor(spec, (pid) => x.p(pid), g);
  const proposed = g.proposedHtxsnv ?? 0;
  const notes: string[] = [];
  const deciding = new CiteList();
  // The clause that gives the maximum first: the small-group rule when it is what allows 01.
  const smallDecides = r.small && !!spec.small && r.all > r.byShare;
  if (smallDecides) deciding.add(citesOf(spec.small!));
  deciding.add(citesOf(spec));
  if (r.small && spec.small) deciding.add(citesOf(spec.small));

  if (g.qualifyingHttnvOrAbove === undefined) notes.push(`Chưa kê số đủ điều kiện “Hoàn thành tốt nhiệm vụ” trở lên: coi như cả ${g.members} thành viên đều đủ điều kiện.`);
  const pctText = `${Math.round(r.share * 100)} %`;
  let smallGroupNote: string | undefined;
  if (smallDecides) {
    notes.push(smallGroupNote = `Tối đa ${r.all} “Hoàn thành xuất sắc nhiệm vụ”: ${spec.small!.rule === 'count-httnv' ? `nhóm có ${r.q} thành viên đủ điều kiện “Hoàn thành tốt nhiệm vụ”` : spec.small!.rule === 'all-httnv' ? `nhóm có ${g.members} thành viên, đều đủ điều kiện “Hoàn thành tốt nhiệm vụ”,` : `nhóm có ${g.members} thành viên`} nên áp dụng quy định nhóm nhỏ (${SMALL_VI[spec.small!.rule]}) cho chọn 01 nếu đủ điều kiện — ${shortCitation(spec.small!.cite[0]!)}: “${spec.small!.words}” Theo tỉ lệ ${pctText} thì chỉ được ${r.byShare} (${pctText} của ${r.q} là ${decimal((r.share * r.q))}).`);
  } else {
    notes.push(`Tối đa ${r.all} “Hoàn thành xuất sắc nhiệm vụ” trên ${r.q} đủ điều kiện “Hoàn thành tốt nhiệm vụ” trở lên (tỉ lệ ${pctText}, làm tròn xuống vì “không vượt quá”); cách hiểu dùng ở đây: ${BASE_LABEL['tat-ca-du-dieu-kien']}.`);
    if (r.small && spec.small) notes.push(`Nhóm thuộc quy định nhóm nhỏ (${shortCitation(spec.small.cite[0]!)}: ${SMALL_VI[spec.small.rule]}), nhưng tỉ lệ ${pctText} đã cho từ 01 trở lên.`);
  }
  if (smallDecides) notes.push(`Cách hiểu tỉ lệ dùng khi nhóm lớn hơn: ${BASE_LABEL['tat-ca-du-dieu-kien']}.`);
  notes.push(`Nếu hiểu ${BASE_LABEL['sau-khi-chon']}, thì tối đa ${r.after} (${proposed <= r.after ? 'đề xuất vẫn trong tỉ lệ' : 'đề xuất vượt tỉ lệ'}).`);
  if (r.outstanding) notes.push(`Đơn vị có thành tích xuất sắc, nổi trội: cấp có thẩm quyền có thể quyết định tỉ lệ đến ${pctText} (${shortCitation(spec.cite[0]!)}).`);
  else if (g.outstandingUnit) notes.push('Bộ quy tắc này không có ngoại lệ nâng tỉ lệ cho đơn vị có thành tích nổi trội (ngoại lệ 25 % chỉ có từ năm 2025).');
  if (!spec.small && r.q > 0 && r.q < 5) notes.push(`${spec.silentSmall ?? 'Văn bản trung ương không có quy định riêng cho nhóm dưới 05 người'}; chỉ áp dụng tỉ lệ ${pctText} (kế hoạch địa phương có thể cho chọn 01).`);
  if (spec.note) notes.push(spec.note);
  if (proposed > r.q) notes.push(`Số đề xuất (${proposed}) lớn hơn số đủ điều kiện “Hoàn thành tốt nhiệm vụ” trở lên (${r.q}).`);

  const within = proposed <= r.all;
  const quota: QuotaResult = {
    maxHtxsnv: r.all, withinQuota: within, proposed, base: 'tat-ca-du-dieu-kien', baseLabel: BASE_LABEL['tat-ca-du-dieu-kien'],
    alternative: { base: 'sau-khi-chon', baseLabel: BASE_LABEL['sau-khi-chon'], maxHtxsnv: r.after, withinQuota: proposed <= r.after },
    share: r.share, smallGroupRule: r.small, ...(smallGroupNote ? { smallGroupNote } : {}),
  };
  notes.push('Nhóm tương đồng không tự được xếp loại: kết quả là số tối đa được xếp loại “Hoàn thành xuất sắc nhiệm vụ”.');
  const decider = smallDecides ? spec.small! : spec;
  return {
    ...(id !== undefined ? { id } : {}),
    rulesetId: rs.meta.id, rulesetLabel: rs.meta.label, effectiveFrom: rs.meta.effectiveFrom, effectiveTo: rs.meta.effectiveTo,
    kind: 'nhom-tuong-dong', rating: 'KHONG_XEP_LOAI', reviewYear, missing: [], reviewed: false,
    decision: { by: 'band', ruleIds: [smallDecides ? 'quota.nhom-nho' : 'quota'], citation: deciding.list[0] ?? null, words: decider.words },
    deciding: deciding.list, whyNotHigher: [], procedure: [], notes, conditions: [],
    maxHtxsnv: r.all, withinQuota: within, quota,
  };
}

// ── Public entry points ─────────────────────────────────────────────────────────────────────

/** Evaluate a parsed case. */
export function evaluate(c: Case): Evaluation {
  return evaluateSubject(c.ruleset, c.subject, c.evaluationDate, c.id, c.reviewYear);
}

const factsCache = new Map<string, string[]>();
/** The subject facts a ruleset reads for a kind, so a form asks only what matters. */
export function factsAskedBy(rulesetId: string, kind: SubjectKind): string[] {
  const key = rulesetId + '|' + kind;
  const hit = factsCache.get(key);
  if (hit) return [...hit];
  if (!rulesetById(rulesetId)) return [];
  const rs = compiled(rulesetId as RulesetId);
  let out: string[];
  if (kind === 'nhom-tuong-dong') {
    out = ['members', 'qualifyingHttnvOrAbove', 'proposedHtxsnv', ...(rs.quota.outstandingParam ? ['outstandingUnit'] : [])];
  } else {
    const set = new Set<string>();
    const r = rs.byKind[kind];
    // The fact that decides every band (the 366 score) is asked first.
    for (const rule of r.conditions) if (rule.decisive) for (const f of resolveFacts(rule.facts, kind)) set.add(f);
    if (kind === 'to-chuc-dang') set.add('orgType');
    for (const rule of [...r.situations, ...r.conditions, ...r.caps, ...r.procedures]) for (const f of resolveFacts(rule.facts, kind)) set.add(f);
    out = [...set];
  }
  factsCache.set(key, out);
  return [...out];
}
