// The calculator's working copy of a case: what the user entered (the FORMAT.md subject, values
// possibly still inconsistent, plus the level chosen for each named criterion). Light on purpose
// (no engine, no zod): the page reads it before the rules engine loads. How it becomes a case for
// one ruleset is case-of-draft.ts.
import type { LevelCode, RulesetId } from '../../rules/codes.ts';
import type { CalcKind } from './labels.ts';

export interface SubjectInput {
  kind: CalcKind;
  [fact: string]: unknown;
}

/** The draft type of calculator cases in the drafts store (its schema: case-draft.ts). */
export const CASE_DRAFT_TYPE = 'case';

/** The `data` of a calculator draft (type 'case'). */
export interface CaseDraftData {
  /** ISO date; '' until chosen. */
  evaluationDate: string;
  /** Locality slug of a ruleset (e.g. "sao-do"), '' for none. */
  locality: string;
  /** Ruleset chosen by the user; null = chosen from the date and the locality. */
  ruleset: RulesetId | null;
  /** The year whose work is rated (FORMAT v2 `reviewYear`); absent = derived from the evaluation date. */
  reviewYear?: number;
  /** "Họ và tên" of the person rated (individual kinds; contract C: the meeting tools read it). */
  personName?: string;
  /**
   * The level chosen for each criterion the texts name, by criterion id (src/rules/criteria.ts);
   * an unchosen criterion is absent. When this is absent the draft gives its levels by position in
   * `subject.criteria`, as the case format does (drafts before issue 10, cases opened from a link).
   */
  levels?: Record<string, LevelChoice>;
  /**
   * A party organization has a government, Fatherland Front and mass organizations at its own
   * level (a chi bộ cơ sở, a đảng bộ cơ sở): only then are their ratings asked.
   */
  sameLevelBodies?: boolean;
  subject: SubjectInput;
}

/** A criterion's level, or "không áp dụng" for one the text makes conditional ("nếu có"). */
export type LevelChoice = LevelCode | 'khong-ap-dung';
export const NOT_APPLICABLE = 'khong-ap-dung' as const;

/** What the page knows of a named criterion (built at build time from src/rules/criteria.ts). */
export interface CriterionView {
  id: string;
  group: 'results' | 'other';
  /** Short name (the text's words, cut at a clause boundary); the link opens the whole text. */
  label: string;
  citeLabel: string;
  url: string | null;
  optional?: 'neu-co' | 'lanh-dao';
}

/** The criteria a ruleset names for the form's kind, or null when it rates by score (366). */
export interface CriteriaView {
  criteria: CriterionView[];
  note?: string;
}

/** FORMAT.md name of the "results" criteria list for a kind. */
export const resultsKey = (kind: CalcKind) => (kind === 'dang-vien' || kind === 'can-bo-lanh-dao' ? 'taskResults' : 'keyResults');

/**
 * The case format's criteria lists from the levels chosen per named criterion, and the criteria
 * still without a level. An optional criterion left unchosen, or marked "không áp dụng", is not
 * rated (it is not in the lists).
 */
export function levelsToCriteria(kind: CalcKind, levels: Readonly<Record<string, LevelChoice>>, list: readonly Pick<CriterionView, 'id' | 'group' | 'optional'>[]):
  { criteria: Record<string, LevelCode[]>; unset: string[] } {
  const results: LevelCode[] = [], other: LevelCode[] = [], unset: string[] = [];
  for (const c of list) {
    const v = levels[c.id];
    if (v === undefined) { if (!c.optional) unset.push(c.id); continue; }
    if (v === NOT_APPLICABLE) continue;
    (c.group === 'results' ? results : other).push(v);
  }
  return { criteria: { [resultsKey(kind)]: results, other }, unset };
}


/** A new case: no level preset (a criterion has a level only once someone chooses it). */
export function defaultSubject(kind: CalcKind): SubjectInput {
  switch (kind) {
    case 'dang-vien': return { kind, partyActivity: 'binh-thuong' };
    case 'can-bo-lanh-dao': return { kind, partyActivity: 'binh-thuong', leadership: {} };
    case 'to-chuc-dang': return { kind, orgType: 'chi-bo' };
    case 'tap-the-lanh-dao': return { kind };
  }
}

export const defaultData = (kind: CalcKind, today: string): CaseDraftData => ({ evaluationDate: today, locality: '', ruleset: null, levels: {}, subject: defaultSubject(kind) });

/** A plain object (not an array): a node of a subject's fact tree. */
export const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** Value at a dotted path ("tasks.assigned"). */
export function getAt(obj: unknown, path: string): unknown {
  let cur = obj;
  for (const k of path.split('.')) {
    if (!isPlain(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** Set (or with `undefined`, remove) the value at a dotted path, creating objects on the way. Mutates. */
export function setAt(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let cur = obj;
  for (const k of keys.slice(0, -1)) {
    if (!isPlain(cur[k])) cur[k] = {};
    cur = cur[k] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
}

/** A copy of `obj` with the value at `path` set (or removed with undefined); only objects on the path are copied. */
export function withAt(obj: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [head, ...rest] = path.split('.');
  const out = { ...obj };
  if (!rest.length) {
    if (value === undefined) delete out[head!];
    else out[head!] = value;
    return out;
  }
  out[head!] = withAt(isPlain(obj[head!]) ? (obj[head!] as Record<string, unknown>) : {}, rest.join('.'), value);
  return out;
}

