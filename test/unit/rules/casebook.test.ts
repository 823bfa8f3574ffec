// Runs every case file of test/casebook (the shared examples and our own) through the engine
// and checks the expectations with FORMAT.md semantics: a citation matches when the output
// holds one of the same document whose path starts with the expected path.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExpectSchema, parseCase, PROCEDURE_KINDS, rate, RULESET_IDS } from '../../../src/rules/index.ts';
import type { CaseExpect, RateLine } from '../../../src/rules/index.ts';

const ROOT = join(__dirname, '../../casebook');

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.json') ? [join(dir, n)] : []));
}

interface Ref { doc: string; path: string[] }
interface Loaded { file: string; raw: Record<string, unknown> & { id: string; expect?: Record<string, unknown> } }

const loaded: Loaded[] = files(ROOT).flatMap((file) => {
  const data = JSON.parse(readFileSync(file, 'utf8').normalize('NFC'));
  return (Array.isArray(data) ? data : [data]).map((raw) => ({ file: relative(ROOT, file), raw }));
});

/** FORMAT.md: same doc, and the output path starts with the expected path. */
export const citationMatches = (got: readonly Ref[], want: Ref) => got.some((g) => g.doc === want.doc && want.path.every((seg, i) => g.path[i] === seg));

type Expect = CaseExpect;
type Line = Exclude<RateLine, { error: string }>;
const refs = (list: readonly Ref[]) => list.map((x) => `${x.doc} ${x.path.join('.')}`).join(', ') || '(không có)';

/** Every v2 `expect` field (FORMAT.md), checked against the `rate` line of the case. */
export function checkExpect(e: Expect, line: RateLine): void {
  if (e.error) {
    expect('error' in line, `expected an error, got ${JSON.stringify(line)}`).toBe(true);
    return;
  }
  expect('error' in line ? (line as { error: string }).error : null).toBeNull();
  const l = line as Line;
  if (e.rating !== undefined) expect(l.rating).toBe(e.rating);
  if (e.reviewed !== undefined) expect(l.reviewed).toBe(e.reviewed);
  if (e.reviewYear !== undefined) expect(l.reviewYear).toBe(e.reviewYear);
  if (e.missing !== undefined) expect([...l.missing].sort()).toEqual([...e.missing].sort());
  for (const c of e.citations ?? []) expect(citationMatches(l.citations, c), `missing ${c.doc} ${c.path.join('.')}; got ${refs(l.citations)}`).toBe(true);
  if (e.citationsAnyOf) expect(e.citationsAnyOf.some((c) => citationMatches(l.citations, c)), `none of ${JSON.stringify(e.citationsAnyOf)}; got ${refs(l.citations)}`).toBe(true);
  if (e.firstCitation) expect(citationMatches(l.citations.slice(0, 1), e.firstCitation), `first citation should be ${e.firstCitation.doc} ${e.firstCitation.path.join('.')}; got ${refs(l.citations)}`).toBe(true);
  const kinds = l.procedure.map((p) => p.kind);
  for (const k of e.procedureKinds ?? []) expect(kinds, `procedure kinds`).toContain(k);
  const procCites = l.procedure.flatMap((p) => p.citations);
  for (const c of e.procedureCitations ?? []) expect(citationMatches(procCites, c), `procedure lacks ${c.doc} ${c.path.join('.')}; got ${refs(procCites)}`).toBe(true);
  if (e.procedureCitationsAnyOf) expect(e.procedureCitationsAnyOf.some((c) => citationMatches(procCites, c)), `procedure has none of ${JSON.stringify(e.procedureCitationsAnyOf)}; got ${refs(procCites)}`).toBe(true);
  if (e.procedureEmpty) expect(l.procedure, 'procedure should be empty').toEqual([]);
  if (e.maxHtxsnv !== undefined) expect(l.maxHtxsnv).toBe(e.maxHtxsnv);
  if (e.withinQuota !== undefined) expect(l.withinQuota).toBe(e.withinQuota);
  // Every output citation carries a label, and a reader link exactly when the text is published.
  for (const c of [...l.citations, ...procCites]) {
    expect(c.label.length).toBeGreaterThan(5);
    expect(c.url === null).toBe(UNPUBLISHED.includes(c.doc));
  }
}
const UNPUBLISHED = ['qd-366-2025', 'hd-43-2025', 'qd-132-2018', 'hd-21-2019'];

describe('case book', () => {
  const own = loaded.filter((l) => l.file.includes('/'));
  it('holds the shared examples and at least 80 v1 + 60 v2 cases of our own', () => {
    const shared = loaded.filter((l) => !l.file.includes('/'));
    expect(shared.length).toBeGreaterThanOrEqual(34);
    expect(own.length).toBeGreaterThanOrEqual(80 + 60);
  });

  it('has unique ids, and each own case file is named after its id', () => {
    const ids = loaded.map((l) => l.raw.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of own) expect(l.file).toBe(`${l.raw.id}.json`);
  });

  it('covers every ruleset and every subject kind', () => {
    const seen = new Set(loaded.map((l) => `${l.raw.ruleset}|${(l.raw.subject as { kind: string }).kind}`));
    for (const r of RULESET_IDS)
      for (const k of ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao', 'nhom-tuong-dong']) expect(seen.has(`${r}|${k}`), `${r} × ${k}`).toBe(true);
  });

  it('covers every procedure kind, and the expect fields of v2', () => {
    const exp = loaded.map((l) => (l.raw.expect ?? {}) as Expect);
    for (const k of PROCEDURE_KINDS) expect(exp.some((e) => e.procedureKinds?.includes(k)), k).toBe(true);
    for (const f of ['reviewYear', 'missing', 'firstCitation', 'procedureKinds', 'procedureCitations', 'procedureCitationsAnyOf', 'procedureEmpty', 'error'] as const)
      expect(exp.some((e) => e[f] !== undefined), f).toBe(true);
    expect(exp.some((e) => e.rating === null)).toBe(true);
  });

  for (const { file, raw } of loaded) {
    it(`${raw.id} (${file})`, () => {
      const ex = ExpectSchema.safeParse(raw.expect ?? {});
      if (!ex.success) throw new Error(`expect: ${JSON.stringify(ex.error.issues)}`);
      const e = ex.data;
      expect(Object.keys(e).length, 'a case must expect something').toBeGreaterThan(0);
      if (!e.error) {
        const parsed = parseCase(raw);
        if (!parsed.ok) throw new Error(parsed.error);
      }
      checkExpect(e, rate(raw));
    });
  }
});

describe('citation matching semantics', () => {
  const got = [{ doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'] }];
  it('matches a prefix of the same document', () => {
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2'] })).toBe(true);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'] })).toBe(true);
  });
  it('does not match another document, a sibling or a deeper path', () => {
    expect(citationMatches(got, { doc: 'qd-124-2023', path: ['II'] })).toBe(false);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'b'] })).toBe(false);
    expect(citationMatches(got, { doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a', '1'] })).toBe(false);
  });
});
