// Applies the commendation rules: for one candidate, every award open to their kind with every
// condition evaluated (no short-circuit, so the list of what is missing is complete); and the
// quota of an award for a given base count.
import { shortCitation } from '../docs.ts';
import { valueAt } from '../params.ts';
import type { Param } from '../model.ts';
import { AWARD_PARAMS, AWARDS, AWARDS_FROM } from './awards.ts';
import type { Award, AwardEvaluation, AwardFacts, QuotaCheck } from './model.ts';

const PARAMS = new Map(AWARD_PARAMS.map((p) => [p.id, p]));

export function awardParam(id: string): Param {
  const p = PARAMS.get(id);
  if (!p) throw new Error(`unknown award parameter ${id}`);
  return p;
}

/** Value of a parameter in force in the given year (evaluated at 31/12 of that year, never before the plan). */
function paramAt(id: string, year: number): number {
  const date = `${year}-12-31`;
  return valueAt(awardParam(id), date < AWARDS_FROM ? AWARDS_FROM : date);
}

export function awardsFor(kind: AwardFacts['kind']): readonly Award[] {
  return AWARDS.filter((a) => a.subject === kind);
}

export function evaluateAwards(f: AwardFacts): AwardEvaluation[] {
  const p = (id: string) => paramAt(id, f.year);
  return awardsFor(f.kind).map((award) => {
    const conditions = award.conditions.map((c) => {
      const r = c.check(f, p);
      return {
        id: c.id, met: r.met, actual: r.actual, required: r.required, words: c.words, cite: c.cite,
        sentence: r.met ? '' : `Chưa đủ điều kiện ${award.label} vì ${r.why} — ${shortCitation(c.cite)}.`,
      };
    });
    return { award, eligible: conditions.every((c) => c.met), conditions };
  });
}

const pctText = (x: number) => `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;

/**
 * The most candidates an award may go to. "Không vượt quá 20% tổng số …": whole units, rounded
 * down so the share is never exceeded (3 of 17 = 17,6 %, 4 would be 23,5 %).
 */
export function checkQuota(award: Award, q: { base: number; proposed: number; khoi?: boolean; year: number }): QuotaCheck | null {
  const quota = award.quota;
  if (!quota) return null;
  const paramId = q.khoi && quota.khoiParam ? quota.khoiParam : quota.param;
  const param = awardParam(paramId);
  const v = paramAt(paramId, q.year);
  const base = Number.isInteger(q.base) && q.base >= 0 ? q.base : 0;
  const max = quota.kind === 'count' ? v : Math.floor(base * v + 1e-9);
  const text = quota.kind === 'count'
    ? `tối đa ${v} đơn vị (${quota.baseLabel}) — ${shortCitation(quota.cite)}`
    : `tối đa ${pctText(v)} của ${base} ${quota.baseLabel} = ${max} (làm tròn xuống để không vượt tỉ lệ)${quota.note ? `; ${quota.note}` : ''} — ${shortCitation(quota.cite)}`;
  return { max, proposed: q.proposed, within: q.proposed <= max, text, param };
}
