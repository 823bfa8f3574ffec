// The chi bộ (or đảng bộ) roster of a rating meeting: its stored shape (roster-schema.ts, zod)
// and what follows from it — the HTXSNV quota and the organization's own rating, both asked of
// the rules engine (`nhom-tuong-dong` and `to-chuc-dang` cases), and the head-of-unit /
// collective caps, read from the engine's own cap rules. No rating rule is re-implemented here.
// What needs no engine (distribution, conflict sentences, a new roster) is in roster-model.ts,
// which the screen loads first; this module loads with the engine.
import { evaluate, parseCase, type Case, type Evaluation, type RatingCode, type RulesetId } from '../../rules/index.ts';
import { shortCitation } from '../../rules/docs.ts';
import type { Roster } from './roster-schema.ts';
import { shareText, type CapRule, type Distribution } from './roster-model.ts';
import { GRADES, RATING_LABEL } from './labels.ts';
import { errorText } from '../error-text.ts';
import type { RosterSummaryData } from '../documents/roster-summary.ts';

// ── Stored shape (draft type 'roster'): roster-schema.ts; no-engine parts: roster-model.ts ──

export * from './roster-schema.ts';
export * from './roster-model.ts';

// ── Engine questions ────────────────────────────────────────────────────────────────────────

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

function ask(raw: unknown): Outcome<Evaluation> {
  const c = parseCase(raw);
  return c.ok ? evaluated(c.value) : { ok: false, error: c.error };
}

function evaluated(c: Case): Outcome<Evaluation> {
  try {
    return { ok: true, value: evaluate(c) };
  } catch (e) {
    return { ok: false, error: `Lỗi khi tính (${errorText(e)})` };
  }
}

/** Subject fields that only hold counts taken from the rows (whole numbers ≥ 0, all the schema asks of them). */
type CountFields = readonly ('members' | 'subOrganizations' | 'qualifyingHttnvOrAbove' | 'proposedHtxsnv')[];
const lastChecked = new Map<string, { key: string; value: Case }>();

/**
 * `ask`, for a question whose counts change at every edit of the roster and whose other facts
 * rarely do (issue 15): the case is checked by its zod schema whenever anything but the counts
 * differs from the last case checked under `slot`; otherwise the new counts go into that checked
 * case. Nothing in the schema relates these counts to the other facts (the group's own
 * "not above its members" holds by counting), so the answer and every error message are those
 * of checking each case; roster.test.ts holds the two equal. The check was the costliest part
 * of an edit at 1 000 rows: ≈ 3 ms per question in each 4× CPU frame.
 */
function askCounted(slot: string, raw: { subject: Record<string, unknown> }, counts: CountFields): Outcome<Evaluation> {
  const rest: Record<string, unknown> = { ...raw.subject };
  for (const k of counts) delete rest[k];
  const key = JSON.stringify({ ...raw, subject: rest });
  const hit = lastChecked.get(slot);
  if (hit?.key === key) {
    const subject = { ...hit.value.subject } as Record<string, unknown>;
    for (const k of counts) { if (raw.subject[k] === undefined) delete subject[k]; else subject[k] = raw.subject[k]; }
    return evaluated({ ...hit.value, subject } as Case);
  }
  const c = parseCase(raw);
  if (!c.ok) { lastChecked.delete(slot); return { ok: false, error: c.error }; }
  lastChecked.set(slot, { key, value: c.value });
  return evaluated(c.value);
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
  const e = askCounted('quota', quotaCase(r, d), ['members', 'qualifyingHttnvOrAbove', 'proposedHtxsnv']);
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
  return askCounted('org', orgCase(r, d), ['members', 'subOrganizations']);
}

// ── Caps (head of unit ≤ unit; collective ≤ organization), from the engine's cap rules ─────

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

// ── The printed list and its Word/Excel files ──────────────────────────────────────────────

/** What the roster's documents say: the rows with their notes, the counts, the quota and the organization's rating as sentences. Here, not in the screen: only the documents need it, and they load with the engine. */
export function rosterSummaryData(r: Roster, d: Distribution, quota: Outcome<QuotaView>, org: Outcome<Evaluation>, conflicts: ReadonlyMap<string, string>, rulesetLabel: string): RosterSummaryData {
  const excess = quota.ok ? quota.value.excess : 0;
  return {
    year: r.reviewYear ?? Number(r.evaluationDate.slice(0, 4)), place: r.place, date: r.evaluationDate, dangBo: r.parent, orgName: r.title, mode: r.mode,
    secretary: r.secretary ?? '',
    rulesetLabel,
    rows: r.rows.map((row) => ({
      name: row.name, proposed: row.proposed || null,
      note: [conflicts.get(row.id) ? 'Vượt mức của đơn vị/tổ chức' : '', row.proposed === 'HTXSNV' && excess > 0 ? 'Trong số đề xuất vượt chỉ tiêu' : '', row.note ?? ''].filter(Boolean).join('; '),
    })),
    distribution: GRADES.map((g) => ({ code: g, count: d.counts[g], share: shareText(d.counts[g], d.rated) })),
    totalRated: d.rated,
    quota: quota.ok ? [
      `Số được xếp loại “Hoàn thành xuất sắc nhiệm vụ” tối đa: ${quota.value.max} (${quota.value.baseLabel}) — ${quota.value.source}.`,
      `Nếu hiểu ${quota.value.alternative.baseLabel}: tối đa ${quota.value.alternative.max}.`,
      `Đề xuất: ${quota.value.proposed}${quota.value.excess ? `, vượt ${quota.value.excess}` : ', trong chỉ tiêu'}.`,
    ] : [quotaErrorText(quota.error)],
    orgRating: org.ok ? {
      label: org.value.rating ? RATING_LABEL[org.value.rating] : 'Chưa xếp loại được (còn thiếu dữ kiện)',
      lines: [
        ...(org.value.decision.words ? [`“${org.value.decision.words}”`] : []),
        ...org.value.deciding.map((c) => `Căn cứ: ${c.label}`),
        ...org.value.whyNotHigher.flatMap((w) => w.failed.map((f) => f.sentence)),
      ],
    } : null,
    conflicts: [...conflicts.values()],
  };
}

/** Why the quota could not be computed, as the screen and the documents say it. */
export const quotaErrorText = (error: string) => `Chưa tính được chỉ tiêu: ${error}`;
