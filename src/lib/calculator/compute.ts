// The calculator's use of the rules engine: choose the ruleset, check the input, evaluate, and
// evaluate the same facts under every ruleset for the comparison. Nothing here decides a rating:
// every decision, citation and explanation comes from src/rules.
import { evaluate, factsAskedBy, RULESETS, type CitationOut, type Evaluation, type RatingCode, type RulesetId, type SourceKind } from '../../rules/index.ts';
import type { CalcKind } from './labels.ts';
import { fieldApplies, fieldByPath, fieldsFor, isAsked } from './fields.ts';
import { defaultSubject, resultsKey, type CaseDraftData } from './subject.ts';
import { PLACEHOLDER_LEVEL } from './case-of-draft.ts';
import { checkInput, type Checked } from './validate.ts';
import { effectiveRulesetId, isIsoDate } from './choice.ts';
import { rulesetOptions } from './setup.ts';
import { errorText } from '../error-text.ts';

/** The ruleset the draft is evaluated under (the user's choice, else the date and locality's). */
const effectiveRuleset = (data: CaseDraftData): RulesetId | null => effectiveRulesetId(RULESETS, data);

export const asked = (rulesetId: RulesetId | null, kind: CalcKind): string[] => (rulesetId ? factsAskedBy(rulesetId, kind) : []);

export interface Computed {
  rulesetId: RulesetId | null;
  asked: string[];
  checked: Checked;
  evaluation: Evaluation | null;
  /** An unexpected engine failure, said to the user instead of crashing. */
  failure: string | null;
}

export function compute(data: CaseDraftData, id?: string): Computed {
  const rulesetId = effectiveRuleset(data);
  const facts = asked(rulesetId, data.subject.kind);
  const checked = checkInput(data, rulesetId, facts, id);
  if (!checked.case) return { rulesetId, asked: facts, checked, evaluation: null, failure: null };
  try {
    return { rulesetId, asked: facts, checked, evaluation: evaluate(checked.case), failure: null };
  } catch (e) {
    return { rulesetId, asked: facts, checked, evaluation: null, failure: `Không tính được kết quả (${errorText(e)}).` };
  }
}

export interface CompareRow {
  rulesetId: RulesetId;
  label: string;
  /** Null until this ruleset's deciding facts are in (see `needs`), or while input is not valid for it. */
  rating: RatingCode | null;
  reviewed: boolean | null;
  deciding: CitationOut[];
  /** The sentence that decides this ruleset's result (its clause's words), when it has one. */
  decidingWords: string | null;
  /** What this ruleset needs that the form has not been given: criteria it names, facts it decides on. */
  needs: string[];
  /** Why there is no result under this ruleset (input it asks for is not valid). */
  problem: string | null;
  current: boolean;
  /** Differs from the current ruleset's result. */
  differs: boolean;
  /** Questions this ruleset asks that the current form does not (their facts count as not entered until added). */
  notAskedHere: string[];
  /** Questions the current form asks that this ruleset does not read. */
  notReadThere: string[];
}

/** The rulesets in the comparison's order (oldest first): built once, not on every keystroke. */
export const COMPARED: readonly { id: RulesetId; label: string }[] = rulesetOptions().map(({ id, label }) => ({ id, label }));

const questionLabel = (kind: CalcKind, fact: string) => fieldByPath(kind, fact)?.label ?? fact;
/** Questions (form fields) of a ruleset, by path, that apply to the subject. */
const questions = (kind: CalcKind, facts: readonly string[], data: CaseDraftData) =>
  new Set(fieldsFor(kind, facts).filter((f) => fieldApplies(f, data) && !f.path.startsWith('criteria.')).map((f) => f.path));

/**
 * The same facts (and evaluation date) under one ruleset of the comparison. A ruleset whose
 * deciding facts the form has not been given (criteria it names, the 100-point score) gets no
 * rating but the list of what it needs: a missing fact is never read as a floor rating.
 * `differs` is left false: it needs the current ruleset's row (markDiffers).
 */
export function compareOne(data: CaseDraftData, currentId: RulesetId | null, r: { id: RulesetId; label: string }): CompareRow {
  const kind = data.subject.kind;
  const here = questions(kind, asked(currentId, kind), data);
  const facts = asked(r.id, kind);
  const checked = checkInput(data, r.id, facts);
  const there = questions(kind, facts, data);
  let rating: RatingCode | null = null, reviewed: boolean | null = null, deciding: CitationOut[] = [], decidingWords: string | null = null, problem: string | null = null;
  const needs = checked.unset.map((u) => `mức đạt của tiêu chí “${u.label}”`);
  if (checked.case) {
    try {
      const e = evaluate(checked.case);
      const missing = e.missing;
      for (const f of missing) needs.push(questionLabel(kind, f));
      if (!missing.length) {
        rating = e.rating; reviewed = e.reviewed; deciding = e.deciding;
        decidingWords = e.decision.words || null;
      }
    } catch (err) {
      problem = `Không tính được (${errorText(err)}).`;
    }
  } else if (!checked.unset.length || Object.keys(checked.errors).length) {
    problem = `Dữ kiện chưa hợp lệ cho quy định này (${Object.keys(checked.errors).length} chỗ cần sửa).`;
  }
  return {
    rulesetId: r.id, label: r.label, rating, reviewed, deciding, decidingWords, needs, problem, current: r.id === currentId, differs: false,
    notAskedHere: [...there].filter((f) => !here.has(f)).map((f) => questionLabel(kind, f)),
    notReadThere: [...here].filter((f) => !there.has(f)).map((f) => questionLabel(kind, f)),
  };
}

/** Each row's `differs`, against the current ruleset's row (rows are replaced, never mutated). */
export function markDiffers(rows: readonly CompareRow[]): CompareRow[] {
  const cur = rows.find((r) => r.current);
  return rows.map((r) => {
    const differs = !!cur && !r.current && r.rating !== null && cur.rating !== null && (r.rating !== cur.rating || r.reviewed !== cur.reviewed);
    return differs === r.differs ? r : { ...r, differs };
  });
}

export interface ClauseHelp {
  id: string;
  words: string;
  citation: CitationOut;
  source: SourceKind;
}

/**
 * For each fact, the clauses (words and citation) of the conditions that read it, taken from
 * evaluations of the kind's default situations: the wording shown
 * under "Quy định nói gì?" next to a question.
 */
export function clauseHelp(rulesetId: RulesetId, kind: CalcKind, date: string): Map<string, ClauseHelp[]> {
  const day = isIsoDate(date) ? date : RULESETS.find((r) => r.id === rulesetId)!.effectiveFrom;
  // Probes only (never shown as a result): any level will do, the wording of each rule is wanted.
  const probe = { ...defaultSubject(kind), criteria: { [resultsKey(kind)]: [PLACEHOLDER_LEVEL], other: [PLACEHOLDER_LEVEL] } };
  const variants: Record<string, unknown>[] = [probe];
  if (kind === 'can-bo-lanh-dao') variants.push({ ...probe, leadership: { isHead: true } });
  if (kind === 'to-chuc-dang') variants.push({ ...probe, orgType: 'dang-bo' });
  const evals: Evaluation[] = [];
  for (const subject of variants) {
    try { evals.push(evaluate({ id: 'goi-y', ruleset: rulesetId, evaluationDate: day, subject } as Parameters<typeof evaluate>[0])); } catch { /* a variant the engine refuses adds nothing */ }
  }
  const out = new Map<string, ClauseHelp[]>();
  const seen = new Set<string>();
  for (const e of evals) {
    let conditions: Evaluation['conditions'];
    try { conditions = e.conditions; } catch { continue; } // wording is built lazily; help is optional, never a crash
    for (const c of conditions) {
      for (const f of c.facts) {
        const key = `${f}|${c.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const list = out.get(f) ?? [];
        list.push({ id: c.id, words: c.words, citation: c.citation, source: c.source });
        out.set(f, list);
      }
    }
  }
  return out;
}

/** Help entries for a form field: conditions reading the field's fact, a part of it or the whole. */
export function helpFor(help: Map<string, ClauseHelp[]>, path: string): ClauseHelp[] {
  const out: ClauseHelp[] = [];
  const ids = new Set<string>();
  for (const [fact, list] of help) {
    if (!isAsked(path, [fact])) continue;
    for (const h of list) if (!ids.has(h.id)) { ids.add(h.id); out.push(h); }
  }
  return out;
}
