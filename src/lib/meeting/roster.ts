// The chi bộ (or đảng bộ) roster of a rating meeting: its stored shape (roster-schema.ts, zod)
// and what follows from it — the distribution, the HTXSNV quota and the organization's own
// rating, both asked of the rules engine (`nhom-tuong-dong` and `to-chuc-dang` cases), and the
// head-of-unit / collective caps, read from the engine's own cap rules. No rating rule is
// re-implemented here.
import { evaluate, parseCase, type Evaluation, type Grade, type RatingCode, type RulesetId } from '../../rules/index.ts';
import { shortCitation } from '../../rules/docs.ts';
import { GRADES, GRADE_RANK, RATING_LABEL } from './labels.ts';
import type { Roster, RosterRow } from './roster-schema.ts';
import type { ReviewRecord } from './review-record.ts';
import { errorText } from '../error-text.ts';

export { GRADES, GRADE_RANK, RATING_LABEL };
const q = (r: RatingCode) => `“${RATING_LABEL[r]}”`;

// ── Stored shape (draft type 'roster'): roster-schema.ts ────────────────────────────────────

export * from './roster-schema.ts';

// ── Distribution ────────────────────────────────────────────────────────────────────────────

export interface Distribution {
  counts: Record<Grade, number>;
  /** Rows with a grade. */
  rated: number;
  /** Rows marked "Không xếp loại". */
  notRated: number;
  /** Rows with no proposal yet. */
  missing: number;
}

export function distribution(rows: readonly Pick<RosterRow, 'proposed'>[]): Distribution {
  const counts: Record<Grade, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  let notRated = 0;
  let missing = 0;
  for (const r of rows) {
    const p = r.proposed;
    if (p === '') missing++;
    else if (p === 'KHONG_XEP_LOAI') notRated++;
    else counts[p]++;
  }
  return { counts, rated: counts.HTXSNV + counts.HTTNV + counts.HTNV + counts.KHTNV, notRated, missing };
}

/** "3/20 = 15 %" style share, Vietnamese decimal comma. */
export function shareText(n: number, d: number): string {
  if (!d) return '—';
  return `${String(Math.round((n / d) * 1000) / 10).replace('.', ',')} %`;
}

// ── Engine questions ────────────────────────────────────────────────────────────────────────

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

function ask(raw: unknown): Outcome<Evaluation> {
  const c = parseCase(raw);
  if (!c.ok) return { ok: false, error: c.error };
  try {
    return { ok: true, value: evaluate(c.value) };
  } catch (e) {
    return { ok: false, error: `Lỗi khi tính (${errorText(e)})` };
  }
}

/** The quota question for the group (the roster's rated rows), as a `nhom-tuong-dong` case. */
export function quotaCase(r: Pick<Roster, 'rulesetId' | 'evaluationDate' | 'outstandingUnit'>, d: Distribution) {
  return {
    id: 'roster/quota', ruleset: r.rulesetId, evaluationDate: r.evaluationDate,
    subject: {
      kind: 'nhom-tuong-dong', members: d.rated, qualifyingHttnvOrAbove: d.counts.HTXSNV + d.counts.HTTNV, proposedHtxsnv: d.counts.HTXSNV,
      ...(r.outstandingUnit && r.rulesetId === 'hong-quang-2025' ? { outstandingUnit: true } : {}),
    },
  };
}

/** The organization's own rating question, with the members' (or sub-organizations') counts. */
export function orgCase(r: Pick<Roster, 'rulesetId' | 'evaluationDate' | 'mode' | 'org'>, d: Distribution) {
  const counts = { HTXSNV: d.counts.HTXSNV, HTTNV: d.counts.HTTNV, HTNV: d.counts.HTNV, KHTNV: d.counts.KHTNV };
  return {
    id: 'roster/org', ruleset: r.rulesetId, evaluationDate: r.evaluationDate,
    subject: { kind: 'to-chuc-dang', orgType: r.mode, ...r.org, ...(r.mode === 'chi-bo' ? { members: counts } : { subOrganizations: counts }) },
  };
}

export interface QuotaView {
  max: number;
  proposed: number;
  /** How many HTXSNV proposals must go. */
  excess: number;
  baseLabel: string;
  alternative: { max: number; baseLabel: string; excess: number };
  share: number;
  smallGroup: boolean;
  /** Short citation of the quota's first clause. */
  source: string;
  evaluation: Evaluation;
}

export function rosterQuota(r: Pick<Roster, 'rulesetId' | 'evaluationDate' | 'outstandingUnit'>, d: Distribution): Outcome<QuotaView> {
  const e = ask(quotaCase(r, d));
  if (!e.ok) return e;
  const qr = e.value.quota;
  if (!qr) return { ok: false, error: 'Bộ quy tắc không trả về chỉ tiêu.' };
  return {
    ok: true,
    value: {
      max: qr.maxHtxsnv, proposed: qr.proposed, excess: Math.max(0, qr.proposed - qr.maxHtxsnv), baseLabel: qr.baseLabel,
      alternative: { max: qr.alternative.maxHtxsnv, baseLabel: qr.alternative.baseLabel, excess: Math.max(0, qr.proposed - qr.alternative.maxHtxsnv) },
      share: qr.share, smallGroup: qr.smallGroupRule,
      source: e.value.deciding[0] ? shortCitation(e.value.deciding[0]) : '',
      evaluation: e.value,
    },
  };
}

export function rosterOrgRating(r: Pick<Roster, 'rulesetId' | 'evaluationDate' | 'mode' | 'org'>, d: Distribution): Outcome<Evaluation> {
  return ask(orgCase(r, d));
}

// ── Caps (head of unit ≤ unit; collective ≤ organization), from the engine's cap rules ─────

export interface CapRule {
  /** The highest rating allowed, or null when the ruleset has no such cap. */
  limit: Grade | null;
  /** The cap is lifted by an exception (e.g. a head newly transferred in). */
  lifted: boolean;
  source: string;
  words: string;
  /** When the ruleset has no cap: what the sources say instead. */
  silence: string | null;
}

const capCache = new Map<string, CapRule>();

function capFromProbe(key: string, raw: unknown, fact: string, silenceWord: RegExp): CapRule {
  const hit = capCache.get(key);
  if (hit) return hit;
  const e = ask(raw);
  let out: CapRule;
  if (!e.ok) out = { limit: null, lifted: false, source: '', words: '', silence: e.error };
  else {
    const cap = e.value.conditions.find((c) => c.role === 'cap' && c.facts.includes(fact));
    if (!cap) out = { limit: null, lifted: false, source: '', words: '', silence: e.value.notes.find((n) => silenceWord.test(n)) ?? 'Bộ quy tắc này không có mức trần tương ứng.' };
    else {
      const base = { source: shortCitation(cap.citation), words: cap.words, silence: null };
      // Lifted by an exception, or not binding (the unit is not rated): no limit, the clause still named.
      if (cap.overriddenBy) out = { ...base, limit: null, lifted: true };
      else if (cap.met) out = { ...base, limit: null, lifted: false };
      else out = { ...base, limit: cap.rating, lifted: false };
    }
  }
  if (capCache.size > 200) capCache.clear();
  capCache.set(key, out);
  return out;
}

/** The head-of-unit cap for a unit rating, under a ruleset (probe: a head whose own criteria are all excellent). */
export function headCap(rulesetId: RulesetId, date: string, unitRating: RatingCode, newlyTransferred: boolean): CapRule {
  return capFromProbe(`h|${rulesetId}|${date}|${unitRating}|${newlyTransferred}`, {
    id: 'roster/head-cap', ruleset: rulesetId, evaluationDate: date,
    subject: { kind: 'can-bo-lanh-dao', criteria: { taskResults: ['xuat-sac'], other: ['xuat-sac'] }, leadership: { isHead: true, headedUnitRating: unitRating, newlyTransferredHead: newlyTransferred } },
  }, 'leadership.headedUnitRating', /đứng đầu/);
}

/** The collective cap: a leadership collective is not rated above the organization it leads. */
export function collectiveCap(rulesetId: RulesetId, date: string, orgRating: RatingCode): CapRule {
  return capFromProbe(`c|${rulesetId}|${date}|${orgRating}`, {
    id: 'roster/collective-cap', ruleset: rulesetId, evaluationDate: date,
    subject: { kind: 'tap-the-lanh-dao', criteria: { keyResults: ['xuat-sac'], other: ['xuat-sac'] }, organizationRating: orgRating },
  }, 'organizationRating', /tập thể lãnh đạo/);
}

export interface CapConflict {
  rowId: string | null;
  /** Vietnamese sentence with the clause. */
  text: string;
}

/** A conflict when `rating` is above the cap's limit. */
export function capConflict(rule: CapRule, rating: RatingCode | '', subject: string, unit: string, unitRating: RatingCode): string | null {
  if (!rule.limit || rating === '' || rating === 'KHONG_XEP_LOAI') return null;
  if (GRADE_RANK[rating] <= GRADE_RANK[rule.limit]) return null;
  return `${subject}: đề xuất ${q(rating)} cao hơn mức ${q(unitRating)} của ${unit} — không được cao hơn (${rule.source}).`;
}

// ── From the review record ─────────────────────────────────────────────────────────────────

/** What a roster takes from its record. The meeting date is the evaluation date of every rating. */
export function rosterFromRecord(id: string, r: ReviewRecord) {
  return {
    recordId: id, title: r.orgName, parent: r.parentName, place: r.place, mode: r.orgKind, rulesetId: r.rulesetId,
    reviewYear: r.reviewYear, secretary: r.secretary, ...(r.meetingDate ? { evaluationDate: r.meetingDate } : {}),
  };
}
