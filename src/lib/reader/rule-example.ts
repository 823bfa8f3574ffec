// An example case that triggers one rule, to open in the calculator (contract D:
// /tinh-xep-loai/<kind>/#ho-so=<encodeURIComponent(JSON of a FORMAT case)>). Found, not typed:
// starting from a subject whose criteria are all "Xuất sắc", the facts the rule reads take values
// from what the case format allows for them (read from its zod schema: true/false, each level,
// each code, shares, counts, dates in and before the review year) until the rule itself says it
// is not met (a condition), binds (a ceiling) or applies (a situation, a procedure, an exception).
// The search asks the rule, so an example can never claim what the engine does not do; the case
// is checked with the format's own parser before it is offered. Runs in the browser when a
// reader opens a clause's rules (the engine and zod are already cached for the calculator), and
// in the tests.
import { CASE_LINK_PREFIX } from '../calculator/case-link-prefix.ts';
import { parseCase, SubjectSchema } from '../../rules/index.ts';
import type { RulesetId, SubjectKind } from '../../rules/codes.ts';
import type { AnySubject, Cap, Condition, Ctx, ProcedureRule, Situation } from '../../rules/model.ts';
import { compiled } from '../../rules/rulesets.ts';
import { sampleDate } from './rules-beside.ts';

type Json = Record<string, unknown>;
type Rule = Condition | Cap | Situation | ProcedureRule;
type Zod = { _zod: { def: Record<string, unknown> & { type: string } } };

const CALC_KINDS: readonly SubjectKind[] = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'];
const MAX_TRIES = 4000;

const def = (s: Zod) => s._zod.def;
function unwrap(s: Zod): Zod {
  let d = def(s);
  while (d.type === 'optional' || d.type === 'nullable' || d.type === 'default') { s = d.innerType as Zod; d = def(s); }
  return s;
}
function schemaOf(kind: SubjectKind): Zod | null {
  const options = (def(SubjectSchema as unknown as Zod).options ?? []) as Zod[];
  return options.find((o) => {
    const kindField = (def(o).shape as Record<string, Zod> | undefined)?.kind;
    return kindField && ((def(kindField).values as unknown[] | undefined) ?? []).includes(kind);
  }) ?? null;
}
const shapeOf = (s: Zod) => def(unwrap(s)).shape as Record<string, Zod> | undefined;

/**
 * The field a fact path segment names. The rules read some facts under a shared name:
 * "criteria.results" is a member's `taskResults` and an organization's `keyResults`.
 */
function fieldOf(shape: Record<string, Zod> | undefined, seg: string): string | null {
  if (!shape) return null;
  if (shape[seg]) return seg;
  const tail = seg[0]!.toUpperCase() + seg.slice(1);
  return Object.keys(shape).find((k) => k.endsWith(tail)) ?? null;
}

/** The schema path and schema of a dotted fact path ("tasks.exceeded", "criteria.results"), arrays stepping into their items. */
function leafAt(root: Zod, path: string): { path: string; schema: Zod } | null {
  let s: Zod = root;
  const real: string[] = [];
  for (const seg of path.split('.')) {
    s = unwrap(s);
    if (def(s).type === 'array') s = unwrap(def(s).element as Zod);
    const shape = shapeOf(s);
    const field = fieldOf(shape, seg);
    if (!field) return null;
    real.push(field);
    s = shape![field]!;
  }
  return { path: real.join('.'), schema: unwrap(s) };
}

/** Upper bound of a number schema, from its checks (shares ≤ 1, months ≤ 12, score ≤ 100). */
function maxOf(s: Zod): number | null {
  for (const c of (def(s).checks ?? []) as Zod[]) {
    const d = def(c) as { check?: string; value?: number };
    if (d.check === 'less_than' && typeof d.value === 'number') return d.value;
  }
  return null;
}

/** Values the case format allows for a fact, the telling ones first. */
function candidates(s: Zod, year: number, date: string, depth = 0): unknown[] {
  const d = def(s);
  switch (d.type) {
    case 'boolean': return [true, false];
    case 'enum': return Object.values(d.entries as Record<string, string>);
    case 'literal': return [...(d.values as unknown[])];
    case 'number': case 'int': {
      const max = maxOf(s);
      if (max === 1) return [0, 0.2, 0.25, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1];
      if (max === 12) return [4, 3, 6, 0, 12];
      if (max === 100) return [40, 49, 60, 69, 80, 89, 95];
      if (max && max < 2200) return [year, year - 1, year - 2];
      return [0, 1, 2, 3, 5, 10, 20];
    }
    case 'string': return [`${year}-06-15`, `${year - 1}-06-15`, date, `${year - 3}-01-15`];
    case 'array': {
      const item = unwrap(d.element as Zod);
      const one = depth < 2 ? candidates(item, year, date, depth + 1) : [];
      return one.slice(0, 60).flatMap((v) => [[v], [v, v, v]]);
    }
    case 'object': {
      // The fields it requires at their first value, then one field and then two fields varied
      // at a time (a discipline event by whom and self-detected: two fields decide an exception).
      const shape = d.shape as Record<string, Zod>;
      const fields = Object.entries(shape)
        .map(([k, f]) => ({ k, optional: def(f).type === 'optional', vs: candidates(unwrap(f), year, date, depth + 1).slice(0, 5) }))
        .filter((f) => f.vs.length);
      const base: Json = Object.fromEntries(fields.filter((f) => !f.optional).map((f) => [f.k, f.vs[0]]));
      const out: Json[] = [base];
      fields.forEach((a, i) => {
        for (const va of a.vs) {
          out.push({ ...base, [a.k]: va });
          for (const b of fields.slice(i + 1)) for (const vb of b.vs) out.push({ ...base, [a.k]: va, [b.k]: vb });
        }
      });
      return out;
    }
    default: return [];
  }
}

function setPath(obj: Json, path: string, value: unknown): void {
  const segs = path.split('.');
  let o = obj;
  for (const seg of segs.slice(0, -1)) {
    let next = o[seg];
    if (Array.isArray(next)) next = next[0];
    if (!next || typeof next !== 'object') { next = {}; o[seg] = next; }
    o = next as Json;
  }
  o[segs[segs.length - 1]!] = value;
}

/** A valid subject of this kind to start from: criteria all "Xuất sắc", what the kind requires. */
function baseSubject(kind: SubjectKind, variant: number): Json {
  const criteria = kind === 'dang-vien' || kind === 'can-bo-lanh-dao'
    ? { taskResults: ['xuat-sac', 'xuat-sac'], other: ['xuat-sac'] }
    : { keyResults: ['xuat-sac', 'xuat-sac'], other: ['xuat-sac'] };
  const s: Json = { kind, criteria };
  if (kind === 'to-chuc-dang') s.orgType = variant % 2 ? 'dang-bo' : 'chi-bo';
  if (kind === 'can-bo-lanh-dao') s.leadership = variant % 2 ? { isHead: true } : {};
  return s;
}

function triggers(rule: Rule, exceptionId: string | null, s: AnySubject, x: Ctx): boolean {
  if ('when' in rule && rule.when && !rule.when(s, x)) return false;
  if ('check' in rule) {
    const o = rule.check(s, x);
    if (exceptionId) return (o.fired ?? []).some((e) => e.id === exceptionId);
    return !o.ok && !o.missing?.length && !o.vacuous;
  }
  // A ceiling shows when it holds the subject below the top rating.
  if ('limit' in rule) {
    const l = rule.limit(s, x);
    if (exceptionId) return l !== null && rule.lifted?.(s, x)?.id === exceptionId;
    return l !== null && l.grade !== 'HTXSNV' && !rule.lifted?.(s, x);
  }
  return rule.applies(s, x);
}

function findRule(rs: RulesetId, kind: SubjectKind, id: string): { rule: Rule; exception: string | null } | null {
  const k = compiled(rs).byKind[kind as keyof ReturnType<typeof compiled>['byKind']];
  if (!k) return null;
  for (const r of [...k.conditions, ...k.caps, ...k.situations, ...k.procedures] as Rule[]) {
    if (r.id === id) return { rule: r, exception: null };
    if ('exceptions' in r && r.exceptions?.some((e) => e.id === id)) return { rule: r, exception: id };
  }
  return null;
}

export interface ExampleCase { kind: SubjectKind; case: Json }

/** A FORMAT case under `rulesetId` in which rule `ruleId` (for subjects of `kind`) is triggered, or null when none is found. */
export function exampleCase(rulesetId: RulesetId, kind: SubjectKind, ruleId: string): ExampleCase | null {
  if (!CALC_KINDS.includes(kind)) return null;
  const found = findRule(rulesetId, kind, ruleId);
  const schema = schemaOf(kind);
  if (!found || !schema) return null;
  const rs = compiled(rulesetId);
  const date = sampleDate(rs.meta);
  const x = rs.ctx(date);
  const leaves = [...new Set(found.rule.facts)].map((f) => leafAt(schema, f));
  if (leaves.some((l) => !l)) return null;
  const facts = leaves.map((l) => l!.path);
  const options = leaves.map((l) => candidates(l!.schema, x.year, date));
  if (options.some((o) => !o.length)) return null;
  let tries = 0;
  for (let variant = 0; variant < 2; variant += 1) {
    const idx = options.map(() => 0);
    for (;;) {
      if ((tries += 1) > MAX_TRIES) return null;
      const subject = baseSubject(kind, variant);
      facts.forEach((f, i) => setPath(subject, f, structuredClone(options[i]![idx[i]!])));
      if (triggers(found.rule, found.exception, subject as unknown as AnySubject, x)) {
        const c = { id: `vi-du/${ruleId}`, title: `Ví dụ: ${ruleId}`, ruleset: rulesetId, evaluationDate: date, subject };
        if (parseCase(c).ok) return { kind, case: c };
      }
      let i = 0;
      while (i < idx.length && (idx[i]! += 1) >= options[i]!.length) { idx[i] = 0; i += 1; }
      if (i === idx.length) break;
    }
  }
  return null;
}

/** The calculator link of an example (contract D). */
export const exampleLink = (e: ExampleCase) => `/tinh-xep-loai/${e.kind}/${CASE_LINK_PREFIX}${encodeURIComponent(JSON.stringify(e.case))}`;
