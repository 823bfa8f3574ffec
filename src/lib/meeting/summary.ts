// The đảng ủy's summary ("Tổng hợp kết quả xếp loại"), computed from the chi bộ files it
// imported: each chi bộ's distribution and its own rating (asked of the rules engine when the
// file carries the chi bộ's criteria, else the rating the file states), the totals by rating,
// the HTXSNV quota checked across the whole đảng bộ (a `nhom-tuong-dong` case under the
// summary's ruleset), and the conflicts a person has to look at: a person in two files, a chi
// bộ twice, files of another year or another ruleset. Nothing here re-implements a rating rule.
import { RULESET_IDS, type RatingCode, type RulesetId } from '../../rules/codes.ts';
import { distribution, rosterOrgRating, rosterQuota, shareText, type Distribution, type QuotaView } from './roster.ts';
import { GRADES, RATING_LABEL } from './labels.ts';
import type { Summary, SummaryUnit } from './summary-schema.ts';
import { fold } from './rating-words.ts';
import { bareUnitName, unitTitle } from '../documents/text.ts';

export interface UnitView {
  unit: SummaryUnit;
  /** "Chi bộ Khu 3", the word once. */
  title: string;
  dist: Distribution;
  rating: RatingCode | null;
  /** Where the rating comes from: the engine (the file had the criteria), the file's own statement, or nowhere. */
  ratingFrom: 'engine' | 'file' | 'none';
  ratingNote: string;
  /** Conflict kinds that concern this unit (the row is flagged). */
  flags: ConflictKind[];
}

export type ConflictKind = 'person' | 'unit' | 'year' | 'ruleset';
export interface Conflict { kind: ConflictKind; text: string; unitIds: string[] }

export interface SummaryView {
  units: UnitView[];
  totals: Distribution;
  members: number;
  byRating: { code: RatingCode; label: string; members: number; share: string; units: number }[];
  quota: { ok: true; value: QuotaView } | { ok: false; error: string };
  conflicts: Conflict[];
}

const isRuleset = (id: string): id is RulesetId => (RULESET_IDS as readonly string[]).includes(id);
const where = (u: SummaryUnit) => `${unitTitle(u.kind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', u.name)} (tệp ${u.source}${u.via ? `, qua ${u.via}` : ''})`;

function unitRating(u: SummaryUnit, dist: Distribution, fallbackDate: string): Pick<UnitView, 'rating' | 'ratingFrom' | 'ratingNote'> {
  if (u.org && isRuleset(u.rulesetId)) {
    const e = rosterOrgRating({ rulesetId: u.rulesetId, evaluationDate: u.evaluationDate || fallbackDate, mode: u.kind, org: u.org }, dist);
    if (e.ok) return { rating: e.value.rating, ratingFrom: 'engine', ratingNote: e.value.deciding[0] ? `Căn cứ: ${e.value.deciding[0].label}` : '' };
    return { rating: null, ratingFrom: 'none', ratingNote: `Chưa tính được: ${e.error}` };
  }
  if (u.statedRating) return { rating: u.statedRating, ratingFrom: 'file', ratingNote: 'Theo tệp (tệp Excel không có các tiêu chí của chi bộ để tính lại).' };
  return { rating: null, ratingFrom: 'none', ratingNote: 'Tệp không có mức xếp loại của chi bộ.' };
}

export function computeSummary(s: Summary): SummaryView {
  const fallbackDate = s.date || `${s.reviewYear ?? new Date().getFullYear()}-12-15`;
  const units: UnitView[] = s.units.map((u) => {
    const dist = distribution(u.members);
    return { unit: u, title: unitTitle(u.kind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', u.name), dist, ...unitRating(u, dist, fallbackDate), flags: [] };
  });

  // ── Conflicts ─────────────────────────────────────────────────────────────────────────────
  const conflicts: Conflict[] = [];
  const byPerson = new Map<string, { name: string; ids: Set<string> }>();
  for (const u of s.units) {
    for (const m of u.members) {
      const key = fold(m.name);
      if (!key) continue;
      const hit = byPerson.get(key) ?? { name: m.name, ids: new Set<string>() };
      hit.ids.add(u.id);
      byPerson.set(key, hit);
    }
  }
  const unitById = new Map(s.units.map((u) => [u.id, u]));
  for (const { name, ids } of byPerson.values()) {
    if (ids.size < 2) continue;
    const list = [...ids].map((id) => unitById.get(id)!);
    conflicts.push({ kind: 'person', unitIds: [...ids], text: `“${name}” có tên trong ${ids.size} tệp: ${list.map(where).join('; ')} — kiểm tra có phải một người không, và chỉ giữ ở chi bộ nơi đồng chí sinh hoạt.` });
  }
  const byUnit = new Map<string, SummaryUnit[]>();
  for (const u of s.units) {
    const key = fold(bareUnitName(u.kind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', u.name));
    byUnit.set(key, [...(byUnit.get(key) ?? []), u]);
  }
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    conflicts.push({ kind: 'unit', unitIds: list.map((u) => u.id), text: `${unitTitle(list[0]!.kind === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG BỘ', list[0]!.name)} được nhập ${list.length} lần: ${list.map((u) => `tệp ${u.source}`).join(', ')} — bỏ bớt tệp trùng.` });
  }
  for (const u of s.units) {
    if (s.reviewYear && u.reviewYear !== s.reviewYear)
      conflicts.push({ kind: 'year', unitIds: [u.id], text: `${where(u)}: ${u.reviewYear ? `năm ${u.reviewYear}` : 'không ghi năm kiểm điểm'}, khác năm ${s.reviewYear} của bản tổng hợp.` });
    if (s.rulesetId && u.rulesetId !== s.rulesetId)
      conflicts.push({ kind: 'ruleset', unitIds: [u.id], text: `${where(u)}: theo ${u.rulesetId || 'quy định không ghi rõ'}, khác quy định của bản tổng hợp (${s.rulesetId}).` });
  }
  const flagged = new Map<string, Set<ConflictKind>>();
  for (const c of conflicts) for (const id of c.unitIds) flagged.set(id, (flagged.get(id) ?? new Set()).add(c.kind));
  for (const v of units) v.flags = [...(flagged.get(v.unit.id) ?? [])];

  // ── Totals, by rating, and the quota across the đảng bộ ───────────────────────────────────
  const totals: Distribution = { counts: { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }, rated: 0, notRated: 0, missing: 0 };
  for (const v of units) {
    for (const g of GRADES) totals.counts[g] += v.dist.counts[g];
    totals.rated += v.dist.rated; totals.notRated += v.dist.notRated; totals.missing += v.dist.missing;
  }
  const byRating = ([...GRADES, 'KHONG_XEP_LOAI'] as RatingCode[]).map((code) => ({
    code, label: RATING_LABEL[code],
    members: code === 'KHONG_XEP_LOAI' ? totals.notRated : totals.counts[code],
    share: code === 'KHONG_XEP_LOAI' ? '' : shareText(totals.counts[code], totals.rated),
    units: units.filter((v) => v.rating === code).length,
  }));
  const quota = isRuleset(s.rulesetId)
    ? rosterQuota({ rulesetId: s.rulesetId, evaluationDate: fallbackDate, outstandingUnit: false }, totals)
    : { ok: false as const, error: 'Chưa chọn quy định áp dụng cho bản tổng hợp.' };
  return { units, totals, members: units.reduce((n, v) => n + v.unit.members.length, 0), byRating, quota, conflicts };
}
