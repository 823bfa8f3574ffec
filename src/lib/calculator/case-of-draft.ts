// From the calculator's draft to a case for one ruleset: only the facts that ruleset reads are
// kept (a question the form does not show can never block or change a result), facts that do not
// apply to the subject (a chi bộ has no sub-organizations) are dropped, and the criteria lists are
// built from the levels chosen per named criterion (src/rules/criteria.ts).
import type { RulesetId } from '../../rules/codes.ts';
import { criteriaFor, criterionLabel } from '../../rules/criteria.ts';
import { conditionalFields, fieldApplies } from './fields.ts';
import type { CalcKind } from './labels.ts';
import { isPlain, levelsToCriteria, resultsKey, type CaseDraftData } from './subject.ts';

/** Facts required by the case format for a kind: kept even where the ruleset does not read them. */
const REQUIRED: Record<CalcKind, readonly string[]> = {
  'dang-vien': ['criteria'],
  'can-bo-lanh-dao': ['criteria', 'leadership'],
  'to-chuc-dang': ['criteria', 'orgType'],
  'tap-the-lanh-dao': ['criteria'],
};

function keep(path: string, value: unknown, asked: readonly string[]): unknown {
  if (asked.some((a) => a === path || path.startsWith(a + '.'))) return value;
  if (isPlain(value) && asked.some((a) => a.startsWith(path + '.'))) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = keep(`${path}.${k}`, v, asked);
      if (kept !== undefined) out[k] = kept;
    }
    return out;
  }
  return undefined;
}

/** The subject as one ruleset sees it: the facts it reads (factsAskedBy) that apply, plus the required ones. */
export function subjectFor(data: Pick<CaseDraftData, 'subject' | 'sameLevelBodies'>, asked: readonly string[]): Record<string, unknown> {
  const subject = data.subject;
  const kind = subject.kind;
  // A fact whose question does not apply to this subject (chi bộ vs đảng bộ) is not read either.
  const off = new Set(conditionalFields(kind).filter((f) => !fieldApplies(f, data)).map((f) => f.path));
  const readable = asked.filter((a) => !off.has(a));
  const out: Record<string, unknown> = { kind };
  const required = REQUIRED[kind] ?? [];
  for (const [k, v] of Object.entries(subject)) {
    if (k === 'kind' || v === undefined) continue;
    if (required.includes(k)) { out[k] = v; continue; }
    const kept = keep(k, v, readable);
    if (kept === undefined) continue;
    if (isPlain(kept) && [...off].some((p) => p.startsWith(k + '.'))) {
      const copy = { ...kept }; // never change the draft itself
      for (const p of off) if (p.startsWith(k + '.')) deleteAt(copy, p.slice(k.length + 1));
      if (Object.keys(copy).length) out[k] = copy;
      continue;
    }
    out[k] = kept;
  }
  if (kind === 'can-bo-lanh-dao' && !isPlain(out.leadership)) out.leadership = {};
  return out;
}

function deleteAt(obj: Record<string, unknown>, path: string) {
  const [head, ...rest] = path.split('.');
  if (!rest.length) { delete obj[head!]; return; }
  const next = obj[head!];
  if (isPlain(next)) {
    const copy = { ...next };
    deleteAt(copy, rest.join('.'));
    obj[head!] = copy;
  }
}

/** A criterion that still has no level: what "Còn thiếu" names, and the id of its field. */
export interface UnsetCriterion { id: string; label: string }

/**
 * The criteria lists a ruleset reads, from the draft. Under a ruleset that does not rate by
 * criterion levels (366: by score; factsAskedBy has no criteria there) the case format still
 * requires the list: it gets a fixed placeholder the engine never reads there — the unit tests
 * check that changing it changes nothing.
 */
export function criteriaOf(data: CaseDraftData, rulesetId: RulesetId, asked: readonly string[]): { criteria: unknown; unset: UnsetCriterion[] } {
  const kind = data.subject.kind;
  const readsLevels = asked.some((a) => a.startsWith('criteria'));
  if (!readsLevels) return { criteria: { [resultsKey(kind)]: [PLACEHOLDER_LEVEL] }, unset: [] };
  // A draft that gives its levels by position (older drafts, cases from a link): taken as they are.
  if (!data.levels) return { criteria: data.subject.criteria, unset: [] };
  const list = criteriaFor(rulesetId, kind)?.criteria ?? [];
  const { criteria, unset } = levelsToCriteria(kind, data.levels, list);
  return { criteria, unset: unset.map((id) => ({ id, label: criterionLabel(list.find((c) => c.id === id)!.words) })) };
}

/** The level sent where criteria are not read (see criteriaOf). */
export const PLACEHOLDER_LEVEL = 'tot';

/** The raw case (before validation) for a ruleset, and the criteria that still need a level. */
export function rawCase(data: CaseDraftData, rulesetId: RulesetId, asked: readonly string[], id = 'ban-nhap'): { raw: Record<string, unknown>; unset: UnsetCriterion[] } {
  const subject = subjectFor(data, asked);
  const { criteria, unset } = criteriaOf(data, rulesetId, asked);
  subject.criteria = criteria;
  const raw: Record<string, unknown> = { id, ruleset: rulesetId, evaluationDate: data.evaluationDate, subject };
  if (data.reviewYear !== undefined) raw.reviewYear = data.reviewYear;
  return { raw, unset };
}
