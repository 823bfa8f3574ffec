// The calculator's path through the engine must not change any result: for every case-book case
// of a calculator kind, the form's data (only the facts the ruleset reads are kept) gives exactly
// the rating, reviewed flag and deciding clauses the engine gives the case file itself.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, factsAskedBy, parseCase, reviewYearOf, RULESETS, SubjectSchema } from '../../../src/rules/index.ts';
import { COMPARED, compareOne, compute } from '../../../src/lib/calculator/compute.ts';
import { FIELDS, isAsked } from '../../../src/lib/calculator/fields.ts';
import { CALC_KINDS, isCalcKind } from '../../../src/lib/calculator/labels.ts';
import type { CaseDraftData } from '../../../src/lib/calculator/subject.ts';

function caseFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? caseFiles(p) : n.endsWith('.json') ? [p] : []; });
}
const cases = caseFiles('test/casebook').flatMap((f) => { const j = JSON.parse(readFileSync(f, 'utf8')); return Array.isArray(j) ? j : [j]; })
  .filter((c) => isCalcKind(c?.subject?.kind))
  // Malformed cases (expect.error) have no result by design; the form has no review-year field yet.
  .filter((c) => !c.expect?.error && (c.reviewYear === undefined || c.reviewYear === reviewYearOf(c.evaluationDate)));

describe('calculator path = engine', () => {
  it('covers case-book cases of every calculator kind', () => {
    for (const k of CALC_KINDS) expect(cases.filter((c) => c.subject.kind === k).length, k).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [c.id, c]))('%s', (_id, c) => {
    const parsed = parseCase(c);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const direct = evaluate(parsed.value);
    const data: CaseDraftData = { evaluationDate: c.evaluationDate, locality: '', ruleset: c.ruleset, subject: c.subject };
    const got = compute(data, c.id);
    expect(got.checked.errors).toEqual({});
    expect(got.evaluation?.rating).toBe(direct.rating);
    expect(got.evaluation?.reviewed).toBe(direct.reviewed);
    expect(got.evaluation?.deciding).toEqual(direct.deciding);
    if (c.expect?.rating) expect(got.evaluation?.rating).toBe(c.expect.rating);
    const row = compareOne(data, c.ruleset, COMPARED.find((r) => r.id === c.ruleset)!);
    expect(row.rating).toBe(direct.rating);
  });
});

describe('the form can ask every fact a ruleset reads', () => {
  it.each(RULESETS.flatMap((r) => CALC_KINDS.map((k) => [r.id, k] as const)))('%s / %s', (rulesetId, kind) => {
    for (const fact of factsAskedBy(rulesetId, kind)) {
      if (FIELDS[kind].some((f) => isAsked(f.path, [fact]))) continue;
      // A fact with no question must be one this kind cannot have at all (the rule reads it for other kinds).
      const probe: Record<string, unknown> = { kind, criteria: kind === 'dang-vien' || kind === 'can-bo-lanh-dao' ? { taskResults: [] } : { keyResults: [] } };
      if (kind === 'to-chuc-dang') probe.orgType = 'chi-bo';
      if (kind === 'can-bo-lanh-dao') probe.leadership = {};
      const top = fact.split('.')[0]!;
      probe[top] = {};
      const r = SubjectSchema.safeParse(probe);
      const unknown = !r.success && r.error.issues.some((i) => i.code === 'unrecognized_keys' && i.keys.includes(top));
      expect(unknown, `${rulesetId}/${kind} reads "${fact}" but the form has no question for it`).toBe(true);
    }
  });
});
