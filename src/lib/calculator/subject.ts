// The calculator's working copy of a case: what the user entered (the FORMAT.md subject, values
// possibly still inconsistent), and how it becomes a case for one ruleset: only the facts that
// ruleset reads are kept, so a question the form does not show can never block a result.
import type { Case, RulesetId } from '../../rules/index.ts';
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
  subject: SubjectInput;
}

export function defaultSubject(kind: CalcKind): SubjectInput {
  switch (kind) {
    case 'dang-vien': return { kind, partyActivity: 'binh-thuong', criteria: { taskResults: ['tot'], other: ['tot', 'tot', 'tot'] } };
    case 'can-bo-lanh-dao': return { kind, partyActivity: 'binh-thuong', criteria: { taskResults: ['tot'], other: ['tot', 'tot', 'tot'] }, leadership: {} };
    case 'to-chuc-dang': return { kind, orgType: 'chi-bo', criteria: { keyResults: ['tot', 'tot'], other: ['tot'] } };
    case 'tap-the-lanh-dao': return { kind, criteria: { keyResults: ['tot', 'tot'], other: ['tot'] } };
  }
}

export const defaultData = (kind: CalcKind, today: string): CaseDraftData => ({ evaluationDate: today, locality: '', ruleset: null, subject: defaultSubject(kind) });

const isPlain = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

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

/** The subject as one ruleset sees it: the facts it reads (factsAskedBy) plus the required ones. */
export function subjectFor(subject: SubjectInput, asked: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: subject.kind };
  const required = REQUIRED[subject.kind] ?? [];
  for (const [k, v] of Object.entries(subject)) {
    if (k === 'kind' || v === undefined) continue;
    if (required.includes(k)) { out[k] = v; continue; }
    const kept = keep(k, v, asked);
    if (kept !== undefined) out[k] = kept;
  }
  if (subject.kind === 'can-bo-lanh-dao' && !isPlain(out.leadership)) out.leadership = {};
  return out;
}

/** The raw case (before validation) for a ruleset. */
export function rawCase(data: CaseDraftData, rulesetId: RulesetId, asked: readonly string[], id = 'ban-nhap'): Record<string, unknown> {
  return { id, ruleset: rulesetId, evaluationDate: data.evaluationDate, subject: subjectFor(data.subject, asked) };
}

export type { Case };
