// Property tests: the engine is monotone (a better fact never lowers the rating), total (any
// input gives a rating or a field-named error, never an exception), and its rules never
// contradict each other (overlap check, as Catala / DMN decision tables do).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaseSchema, evaluateSubject, parseCase, rate } from '../../../src/rules/index.ts';
import { conflictsAmong, declarationProblems, findConflicts } from '../../../src/rules/overlap.ts';
import { compiled } from '../../../src/rules/rulesets.ts';
import { eventsCase } from '../../../src/rules/factories.ts';
import { caseArb, eventHeavyArb, groupArb, improvements, nearTopArb, RULESET_DATES, RULESET_KEYS, subjectArb } from './arbitraries.ts';

const RANK = { HTXSNV: 3, HTTNV: 2, HTNV: 1, KHTNV: 0 } as const;

describe('generated subjects are valid case files', () => {
  it('every generated case passes the schema', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const r = CaseSchema.safeParse(c);
      if (!r.success) throw new Error(JSON.stringify(r.error.issues));
    }), { numRuns: 300 });
  });
});

describe('monotonicity: improving any single fact never lowers the rating', () => {
  for (const ruleset of RULESET_KEYS) {
    it(ruleset, () => {
      const date = RULESET_DATES[ruleset];
      fc.assert(fc.property(fc.oneof(subjectArb, nearTopArb, eventHeavyArb), (s) => {
        const before = evaluateSubject(ruleset, s, date).rating;
        if (before === 'KHONG_XEP_LOAI' || before === null) return;
        for (const [move, better] of improvements(s)) {
          expect(CaseSchema.shape.subject.safeParse(better).success, move).toBe(true);
          const after = evaluateSubject(ruleset, better, date).rating;
          if (after === 'KHONG_XEP_LOAI') throw new Error(`${move} changed who is rated`);
          // A better fact can lift a KHTNV case that decided the result without the score: the
          // result is then open (rating null) until the score is entered — never a lower rating.
          if (after === null) { if (!('score' in better) || better.score === undefined) continue; throw new Error(`${move} made a decided result undecided`); }
          if (RANK[after] < RANK[before]) throw new Error(`${move}: ${before} → ${after} for ${JSON.stringify(s)}`);
        }
      }), { numRuns: 1500 });
    });
  }
  it('a larger quota group never gets a smaller maximum', () => {
    fc.assert(fc.property(groupArb, fc.constantFrom(...RULESET_KEYS), (g, ruleset) => {
      const s = g as { kind: 'nhom-tuong-dong'; members: number; qualifyingHttnvOrAbove?: number };
      const more = { ...s, members: s.members + 1, qualifyingHttnvOrAbove: (s.qualifyingHttnvOrAbove ?? s.members) + 1 };
      const a = evaluateSubject(ruleset, s, RULESET_DATES[ruleset]).maxHtxsnv!;
      const b = evaluateSubject(ruleset, more, RULESET_DATES[ruleset]).maxHtxsnv!;
      // The small-group rule can give 1 to a group below 5; the next size must keep at least what 20 % gives.
      expect(b).toBeGreaterThanOrEqual(Math.min(a, Math.floor((more.qualifyingHttnvOrAbove * 20) / 100)));
    }), { numRuns: 300 });
  });
});

describe('totality: random and malformed input never throws', () => {
  const errorNamesField = (e: string) => /^(\(tệp\)|[A-Za-z]+(\[\d+\])?(\.[A-Za-z]+(\[\d+\])?)*): \S/.test(e);
  it('arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const line = rate(v);
      expect('error' in line || 'rating' in line).toBe(true);
      if ('error' in line) expect(errorNamesField(line.error), line.error).toBe(true);
    }), { numRuns: 500 });
  });
  it('arbitrary values (undefined, NaN, nested objects)', () => {
    fc.assert(fc.property(fc.anything(), (v) => {
      expect(() => rate(v)).not.toThrow();
    }), { numRuns: 500 });
  });
  it('valid cases with one field replaced by garbage', () => {
    const garbage = fc.oneof(fc.constant(null), fc.string(), fc.integer({ min: -5, max: 5 }), fc.double(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant('2023-13-45'));
    fc.assert(fc.property(caseArb, garbage, fc.nat(), (c, junk, pick) => {
      const paths: (string | number)[][] = [];
      const walk = (o: unknown, p: (string | number)[]) => {
        if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) { const q = [...p, Array.isArray(o) ? Number(k) : k]; paths.push(q); walk(v, q); }
      };
      walk(c, []);
      const path = paths[pick % paths.length]!;
      const broken = structuredClone(c) as Record<string | number, unknown>;
      let o: Record<string | number, unknown> = broken;
      for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
      o[path[path.length - 1]!] = junk;
      const line = rate(broken);
      if ('error' in line) {
        expect(errorNamesField(line.error), line.error).toBe(true);
        expect(line.id).toBe(typeof broken.id === 'string' && broken.id ? broken.id : '(không có id)');
      } else {
        // The replacement happened to be valid (e.g. a boolean for a boolean): it must parse.
        expect(parseCase(broken).ok).toBe(true);
      }
    }), { numRuns: 600 });
  });
  it('unknown fields are rejected wherever they appear', () => {
    fc.assert(fc.property(caseArb, fc.nat(), (c, pick) => {
      const objects: Record<string, unknown>[] = [];
      const walk = (o: unknown) => { if (o && typeof o === 'object' && !Array.isArray(o)) { objects.push(o as Record<string, unknown>); for (const v of Object.values(o)) walk(v); } else if (Array.isArray(o)) o.forEach(walk); };
      const broken = structuredClone(c);
      walk(broken);
      objects[pick % objects.length]!.khongCoTrongDinhDang = 1;
      const line = rate(broken);
      expect('error' in line && line.error).toMatch(/khongCoTrongDinhDang: trường không có trong định dạng/);
    }), { numRuns: 200 });
  });
});

describe('no two conditions of a ruleset contradict each other', () => {
  it('exceptions and priorities are declared on the rules they name', () => {
    for (const r of RULESET_KEYS) expect(declarationProblems(r)).toEqual([]);
  });
  for (const ruleset of RULESET_KEYS) {
    it(`${ruleset}: no overlap on generated subjects`, () => {
      fc.assert(fc.property(fc.oneof(subjectArb, nearTopArb, eventHeavyArb), (s) => {
        const c = findConflicts(ruleset, s, RULESET_DATES[ruleset]);
        if (c.length) throw new Error(c.map((x) => x.text).join('\n'));
      }), { numRuns: 1500 });
    });
  }
  it('the check finds a real contradiction: 2021 plan, "Tổ chức đảng bị xử lý kỷ luật" without the exception of c)', () => {
    const rs = compiled('tuy-phuoc-2021');
    const conditions = rs.byKind['to-chuc-dang'].conditions.map((c) => (c.id === 'tp.tc.khtnv.ky-luat'
      ? eventsCase(c.id, c.topic, { who: ['to-chuc'] }, { cite: c.cite, source: c.source, words: c.words, kinds: c.kinds })
      : c));
    const org = { kind: 'to-chuc-dang' as const, orgType: 'chi-bo' as const, criteria: { keyResults: ['tot' as const], other: ['tot' as const] }, disciplineEvents: [{ who: 'to-chuc' as const, selfDetectedAndRemedied: true }] };
    const found = conflictsAmong(conditions, org, rs.ctx('2021-12-10'));
    expect(found.map((f) => [f.kind, f.a, f.b])).toContainEqual(['case-vs-requirement', 'tp.tc.htnv.ky-luat', 'tp.tc.khtnv.ky-luat']);
    // With the exception carried, as the ruleset has it, there is none.
    expect(findConflicts('tuy-phuoc-2021', org, '2021-12-10')).toEqual([]);
  });
  it('the check finds a ladder inversion (a higher level that is easier than a lower one)', () => {
    const rs = compiled('sao-do-2023');
    const conditions = rs.byKind['to-chuc-dang'].conditions;
    const chiBo = { kind: 'to-chuc-dang' as const, orgType: 'chi-bo' as const, criteria: { keyResults: ['xuat-sac' as const], other: ['tot' as const] }, members: { HTXSNV: 2, HTTNV: 16, HTNV: 1, KHTNV: 1 } };
    // 19/20 = 95 %: meets the HTXSNV 95 % and the HTTNV 90 %, so no inversion …
    expect(conflictsAmong(conditions, chiBo, rs.ctx('2023-12-10'))).toEqual([]);
    // … but with the two thresholds swapped (HTXSNV 90 %, HTTNV 95 %) 18/20 would be one.
    const swapped = { ...rs.ctx('2023-12-10'), p: (id: string) => (id === 'sd.chi-bo.htxsnv.htnv' ? 0.9 : id === 'sd.chi-bo.httnv.htnv' ? 0.95 : rs.ctx('2023-12-10').p(id)) };
    const found = conflictsAmong(conditions, { ...chiBo, members: { HTXSNV: 2, HTTNV: 15, HTNV: 1, KHTNV: 2 } }, swapped);
    expect(found.some((f) => f.kind === 'ladder' && f.a === 'sd.tc.htxsnv.chi-bo-htnv' && f.b === 'sd.tc.httnv.chi-bo-htnv')).toBe(true);
  });
});
