// The calculator's quick check (src/lib/calculator/quick-case.ts) against zod, on generated
// drafts of every kind under every ruleset, valid and not: whenever it is sure, CaseSchema
// accepts the same case with the same data (values and key order), and the form's check
// (checkInput) says exactly what it says through zod alone — errors, missing criteria and case.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickCase } from '../../../src/lib/calculator/quick-case.ts';
import { checkInput } from '../../../src/lib/calculator/validate.ts';
import { rawCase } from '../../../src/lib/calculator/case-of-draft.ts';
import { fieldsFor, type FieldDef } from '../../../src/lib/calculator/fields.ts';
import { CALC_KINDS, type CalcKind } from '../../../src/lib/calculator/labels.ts';
import { defaultData, withAt, type CaseDraftData } from '../../../src/lib/calculator/subject.ts';
import { CaseSchema, factsAskedBy, RULESET_IDS, type RulesetId } from '../../../src/rules/index.ts';
import { criteriaFor } from '../../../src/rules/criteria.ts';
import { LEVEL_CODES, RATING_CODES } from '../../../src/rules/codes.ts';

const asked = (r: RulesetId, kind: CalcKind) => factsAskedBy(r, kind);
/** Every question any ruleset asks of a kind. */
const allFields = (kind: CalcKind): FieldDef[] => fieldsFor(kind, [...new Set(RULESET_IDS.flatMap((r) => asked(r, kind)))]);

let clean = false;
/** Mostly good values, with every kind of bad one among them (none in a clean draft: valid cases must be common too). */
const mostly = <T,>(good: fc.Arbitrary<T>, ...bad: unknown[]): fc.Arbitrary<unknown> =>
  clean ? good : fc.oneof({ weight: 8, arbitrary: good }, { weight: 2, arbitrary: fc.constantFrom(...bad, '', '1', null, undefined, NaN, true, {}, []) });
/** 2011 … 2021: before every evaluation date. */
const goodDay = fc.integer({ min: 15_000, max: 18_900 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
const day = () => clean ? goodDay : fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 15_000, max: 20_700 }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10)) }, // some after the evaluation date
  { weight: 1, arbitrary: fc.constantFrom('2024-02-29', '2023-02-29', '2023-02-30', '2023-04-31', '2023-13-01', '2023-00-10', '2023-12-00', '2023-1-05', '1900-02-29', '2000-02-29', '1899-12-31', '2200-01-01', '2100-02-29', '0000-01-01', '2023-12-05T00:00') },
);
const count = () => mostly(fc.integer({ min: 0, max: 25 }), -1, 2.5, 1e20, Infinity, -0);
const codeOf = (values: readonly string[]) => mostly(fc.constantFrom(...values), 'zzz', values[0]!.toLowerCase() + ' ');
const rating = () => codeOf(RATING_CODES);
const bool = () => mostly(fc.boolean(), 0, 1);
const levels = () => mostly(fc.array(fc.constantFrom(...LEVEL_CODES), { maxLength: 3 }), ['tot', 'zzz'], [undefined], 'tot');
const listOf = (item: fc.Arbitrary<unknown>) => mostly(fc.array(item, { maxLength: 2 }), [1], [null]);
/** An object with some of `keys`, sometimes a key of the format it does not have, sometimes an explicit undefined. */
const record = (keys: Record<string, fc.Arbitrary<unknown>>) => {
  const odd = !clean;
  return fc.tuple(fc.record(keys, { requiredKeys: [] }), fc.nat(20)).map(([o, n]) => {
    const out: Record<string, unknown> = { ...o };
    if (odd && n === 0) out.zzz = 1;
    if (odd && n === 1) out[Object.keys(keys)[0]!] = undefined;
    return out;
  });
};

function valueFor(f: FieldDef): fc.Arbitrary<unknown> {
  const t = f.type;
  switch (t.t) {
    // Clean drafts keep the parts inside their wholes (tasks done ≤ assigned…) more often than not.
    case 'count': return clean ? fc.integer(/(assigned|total|targets|pointedOut)$/.test(f.path) ? { min: 12, max: 30 } : /(xceeded|httnvOrAbove|remedied)$/.test(f.path) ? { min: 0, max: 2 } : { min: 0, max: 6 }) : count();
    case 'score': return mostly(fc.integer({ min: 0, max: 100 }), -1, 100.5, 101, 55.5);
    case 'percent': return mostly(fc.integer({ min: 0, max: 100 }).map((n) => n / 100), 1.2, -0.1, 2);
    case 'months': return mostly(fc.integer({ min: 0, max: 12 }), 12.5, 13, -1, 3.5);
    case 'date': return mostly(day());
    case 'bool': return bool();
    case 'rating': return rating();
    case 'enum': return codeOf(t.options.map(([v]) => v));
    case 'levels': return levels();
    case 'ratings': return listOf(rating());
    case 'discipline': return listOf(record({ decidedOn: mostly(day()), violationYear: mostly(fc.integer({ min: 2015, max: 2027 }), 1929, 2101, 2020.5), selfDetectedAndRemedied: bool(), form: codeOf(['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru', 'giai-tan']) }));
    case 'events': return listOf(record({ who: codeOf([...t.who.map(([v]) => v), 'tap-the', 'to-chuc']), cause: codeOf(['tham-nhung-tieu-cuc', 'khac']), selfDetectedAndRemedied: bool(), form: codeOf(['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru']) }));
    case 'corruption': return listOf(record({ selfDetectedAndRemedied: bool() }));
  }
}

const EVAL_DATES = ['2021-12-10', '2022-11-28', '2022-12-10', '2023-12-05', '2023-12-15', '2024-12-10', '2025-12-05', '2026-01-10'];

/** A calculator draft of `kind` as the form could hold it, facts given or not, good or bad. */
const draftArb = (kind: CalcKind): fc.Arbitrary<CaseDraftData> => {
  const fields = allFields(kind);
  const factsArb = () => fc.tuple(...fields.map((f) => fc.option(valueFor(f), { freq: 2, nil: undefined }))).map((vs) => vs.map((v, i) => [fields[i]!.path, v] as const));
  const mixed = factsArb();
  clean = true;
  const good = factsArb();
  clean = false;
  // Levels of the criteria a ruleset names: all of them (every ruleset's), or some of one ruleset's.
  const named = [...new Set(RULESET_IDS.flatMap((r) => (criteriaFor(r, kind)?.criteria ?? []).map((c) => c.id)))];
  const choices = [...LEVEL_CODES, 'khong-ap-dung', 'tot'];
  const allLevels = fc.array(fc.constantFrom(...LEVEL_CODES), { minLength: named.length, maxLength: named.length }).map((ls) => Object.fromEntries(named.map((id, i) => [id, ls[i]!])));
  const someLevels = fc.tuple(fc.constantFrom(...RULESET_IDS), fc.nat()).map(([r, seed]) => {
    const list = criteriaFor(r, kind)?.criteria ?? [];
    const out: Record<string, string> = {};
    list.forEach((c, i) => { const pick = (seed >> (i % 16)) % 7; if (pick < 6) out[c.id] = choices[pick]!; });
    return out;
  });
  const levelsArb = fc.oneof(allLevels, someLevels);
  const cleanDraft = fc.record({ facts: good, reviewYear: fc.constant(undefined), levels: allLevels });
  const mixedDraft = fc.record({ facts: mixed, reviewYear: fc.option(fc.integer({ min: 2020, max: 2026 }), { nil: undefined }), levels: fc.option(levelsArb, { freq: 5, nil: undefined }) });
  return fc.record({
    part: fc.oneof(cleanDraft, mixedDraft),
    evaluationDate: fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...EVAL_DATES) }, { weight: 1, arbitrary: fc.constantFrom('', '2023-02-30', '2023-12') }),
    locality: fc.constantFrom('', 'sao-do', 'tuy-phuoc', 'hong-quang'),
    ruleset: fc.option(fc.constantFrom(...RULESET_IDS), { nil: null }),
    sameLevelBodies: fc.option(fc.boolean(), { nil: undefined }),
    orgType: fc.constantFrom('chi-bo', 'dang-bo', 'chi-bo', 'zzz'),
    junk: fc.nat(12),
  }).map(({ part, ...rest }) => ({ ...rest, ...part })).map((d) => {
    const data = defaultData(kind, d.evaluationDate);
    let subject = data.subject as Record<string, unknown>;
    if (kind === 'to-chuc-dang') subject = { ...subject, orgType: d.orgType };
    for (const [path, v] of d.facts) if (v !== undefined) subject = withAt(subject, path, v);
    if (d.junk === 0) subject = withAt(subject, 'tasks.zzz', 1);
    if (d.junk === 1) subject = { ...subject, score: undefined };
    const out: CaseDraftData = { ...data, locality: d.locality, ruleset: d.ruleset, subject: subject as CaseDraftData['subject'] };
    if (d.levels) out.levels = d.levels as CaseDraftData['levels']; else delete out.levels; // no levels: the criteria lists come from the facts (by position)
    if (d.reviewYear !== undefined) out.reviewYear = d.reviewYear;
    if (d.sameLevelBodies !== undefined) out.sameLevelBodies = d.sameLevelBodies;
    return out;
  });
};

describe('quickCase agrees with zod', () => {
  for (const kind of CALC_KINDS) {
    it(`${kind}: sure only of what CaseSchema accepts, with the same data; the form's check unchanged`, () => {
      let sure = 0, parsedOk = 0, checks = 0;
      fc.assert(fc.property(draftArb(kind), (data) => {
        for (const r of RULESET_IDS) {
          const facts = asked(r, kind);
          const { raw } = rawCase(data, r, facts, 'ban-nhap');
          const q = quickCase(raw);
          const z = CaseSchema.safeParse(raw);
          checks++;
          if (z.success) parsedOk++;
          if (q) {
            sure++;
            expect(z.success).toBe(true);
            expect(q).toStrictEqual(z.data);
            expect(JSON.stringify(q)).toBe(JSON.stringify(z.data)); // the same key order too
          }
          expect(checkInput(data, r, facts, 'ban-nhap')).toStrictEqual(checkInput(data, r, facts, 'ban-nhap', { quick: false }));
        }
      }), { numRuns: 400, seed: 15 });
      // Not a vacuous pass: hundreds of valid cases, the quick check sure of nearly all, and zod refusing many drafts.
      expect(parsedOk).toBeGreaterThan(200);
      expect(sure).toBeGreaterThan(parsedOk * 0.95);
      expect(parsedOk).toBeLessThan(checks * 0.8);
    });
  }

  it('is sure of an ordinary case, and leaves every unusual one to zod', () => {
    const data = { ...defaultData('dang-vien', '2023-12-05'), ruleset: 'qd124-2023' as const, levels: undefined, subject: { kind: 'dang-vien' as const, criteria: { taskResults: ['tot'], other: ['tot'] }, tasks: { assigned: 4, completedOnTime: 4 } } };
    const { raw } = rawCase(data, 'qd124-2023', asked('qd124-2023', 'dang-vien'));
    const q = quickCase(raw);
    expect(q).toStrictEqual(CaseSchema.parse(raw));
    expect(q!.subject).not.toBe(raw.subject); // fresh objects, as zod returns
    const sub = raw.subject as Record<string, unknown>;
    const variants: unknown[] = [
      { ...raw, expect: {} }, { ...raw, id: '' }, { ...raw, evaluationDate: '2023-02-29' },
      { ...raw, subject: { ...sub, tasks: { assigned: 3, completedOnTime: 4 } } },
      { ...raw, subject: { ...sub, tasks: { assigned: 2.5 } } },
      { ...raw, subject: { ...sub, admittedOn: '2024-01-01' } }, // after the evaluation date
      { ...raw, subject: { ...sub, zzz: 1 } }, { ...raw, subject: { ...sub, score: undefined } },
      { ...raw, subject: { kind: 'nhom-tuong-dong', members: 3 } },
    ];
    for (const v of variants) expect(quickCase(v)).toBeNull();
  });
});
