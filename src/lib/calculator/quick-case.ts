// A small check of a calculator case, for the keystroke path (issue 15: zod's parse of the whole
// case was ≈ 5–16 ms of the first keystroke's task at 4× CPU, more when cold). It answers only
// when it is SURE: it returns the case exactly as CaseSchema.safeParse would (same values, same
// key order, fresh objects and arrays), or null for "not sure", and the caller then runs zod,
// which also words the form's errors. Anything unusual (an unknown or explicitly undefined key,
// a number out of range, a half-typed date, a kind the calculator does not rate) is "not sure".
// zod stays the contract at every boundary (drafts read and written, import, export, links, the
// CLI); test/unit/calculator/quick-case.test.ts checks this module against it on generated drafts
// of every kind and ruleset.
import {
  APPOINTMENTS, COLLECTIVE_EVENT_WHO, DISCIPLINE_FORMS, EVENT_CAUSES, EVENT_FORMS, LEVEL_CODES, ORG_EVENT_WHO, ORG_TYPES, PARTY_ACTIVITIES,
  RATING_CODES, RULESET_IDS,
} from '../../rules/codes.ts';
import { caseLevelIssues, fitProblems, LIMITS, SHORTCOMINGS_FIT, SUB_UNITS_FIT, TASKS_FIT, UNIT_FIT, type Fit } from '../../rules/case-checks.ts';
import type { Case } from '../../rules/case-schema.ts';

/** A check of one value: the value zod would output, or NOT for "not sure". */
type Check = (v: unknown) => unknown;
const NOT = Symbol('not sure');

const isInt = (v: unknown): v is number => Number.isSafeInteger(v);
const inRange = ([lo, hi]: readonly [number, number]): Check => (v) => (typeof v === 'number' && v >= lo && v <= hi ? v : NOT);
const count: Check = (v) => (isInt(v) && v >= 0 ? v : NOT);
const share = inRange(LIMITS.share);
const score = inRange(LIMITS.score);
const months = inRange(LIMITS.months);
const year: Check = (v) => (isInt(v) ? inRange(LIMITS.year)(v) : NOT);
const bool: Check = (v) => (typeof v === 'boolean' ? v : NOT);
const oneOf = (values: readonly string[]): Check => { const s = new Set(values); return (v) => (typeof v === 'string' && s.has(v) ? v : NOT); };
const text: Check = (v) => (typeof v === 'string' ? v : NOT);

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** A calendar date YYYY-MM-DD (z.iso.date); only years 1900–2199, the rest is left to zod. */
const date: Check = (v) => {
  if (typeof v !== 'string' || !/^(19|20|21)\d\d-\d\d-\d\d$/.test(v)) return NOT;
  const y = +v.slice(0, 4), m = +v.slice(5, 7), d = +v.slice(8, 10);
  if (m < 1 || m > 12 || d < 1) return NOT;
  return d <= (m === 2 && leap(y) ? 29 : DAYS_IN[m - 1]!) ? v : NOT;
};

const list = (item: Check, min = 0): Check => (v) => {
  if (!Array.isArray(v) || v.length < min) return NOT;
  const out: unknown[] = [];
  for (let i = 0; i < v.length; i++) {
    if (!(i in v)) return NOT; // a hole: zod reads undefined there
    const x = item(v[i]);
    if (x === NOT) return NOT;
    out.push(x);
  }
  return out;
};

/** Optional keys (the default) and required ones (req). */
interface Key { check: Check; req?: boolean }
const req = (check: Check): Key => ({ check, req: true });
type Shape = Record<string, Check | Key>;

/**
 * A strict object (z.strictObject): no key outside the shape, required keys present; output in
 * the shape's order, as zod builds it. `fit`: the schema's part-whole rules (case-checks.ts),
 * none of which may be broken.
 */
const obj = (shape: Shape, fit?: Fit): Check => {
  const keys = Object.entries(shape).map(([k, s]) => [k, typeof s === 'function' ? { check: s } : s] as const);
  const known = new Set(Object.keys(shape));
  return (v) => {
    if (!v || typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) return NOT;
    const input = v as Record<string, unknown>;
    for (const k of Object.keys(input)) if (!known.has(k) || input[k] === undefined) return NOT;
    const out: Record<string, unknown> = {};
    for (const [k, s] of keys) {
      if (!(k in input)) { if (s.req) return NOT; continue; }
      const x = s.check(input[k]);
      if (x === NOT) return NOT;
      out[k] = x;
    }
    return fit && fitProblems(fit, out).length ? NOT : out;
  };
};

// ── The case format (src/rules/case-schema.ts), shape by shape and in its key order ──────────

const rating = oneOf(RATING_CODES);
const levels = list(oneOf(LEVEL_CODES));
const someLevels = list(oneOf(LEVEL_CODES), 1);
const tasks = obj({ assigned: count, completedOnTime: count, completedLate: count, notCompleted: count, exceeded: count }, TASKS_FIT);

const leadership = obj({
  appointedOn: date,
  appointment: oneOf(APPOINTMENTS),
  isHead: bool,
  headedUnitRating: rating,
  newlyTransferredHead: bool,
  unit: obj({ targets: count, targetsCompleted: count, targetsExceeded: count, workOnTimeShare: share }, UNIT_FIT),
  subUnits: obj({ total: count, htnvOrAbove: count, httnvOrAbove: count }, SUB_UNITS_FIT),
  subordinateCorruption: list(obj({ selfDetectedAndRemedied: bool })),
});

const individual = (kind: string, leader: boolean) => obj({
  kind: req(oneOf([kind])),
  admittedOn: date,
  partyActivity: oneOf(PARTY_ACTIVITIES),
  criteria: req(obj({ taskResults: req(someLevels), other: levels })),
  tasks,
  score,
  shortcomings: obj({ pointedOut: count, remedied: count }, SHORTCOMINGS_FIT),
  outstanding: bool,
  exemplary: bool,
  civilServantRating: rating,
  discipline: list(obj({ decidedOn: date, violationYear: year, selfDetectedAndRemedied: bool, form: oneOf(DISCIPLINE_FORMS) })),
  degradationConcluded: bool,
  violatedProhibitions: bool,
  violatedExemplaryDuty: bool,
  lowConfidenceShare: share,
  sickLeaveMonths: months,
  maternityLeave: bool,
  transfer: obj({ movedOn: date, monthsAtFormerOrg: count, formerOrgDissolved: bool }),
  temporaryActivity: bool,
  upperLeadershipMember: bool,
  reorganizedOn: date,
  leadership: leader ? req(leadership) : leadership,
});

const countsByGrade = obj({ HTXSNV: count, HTTNV: count, HTNV: count, KHTNV: count });
const targets = obj({ completedShare: share, mainTargetsMissed: bool, forceMajeure: bool });
const collectiveCriteria = req(obj({ keyResults: req(someLevels), other: levels }));

const SUBJECTS: Record<string, Check> = {
  'dang-vien': individual('dang-vien', false),
  'can-bo-lanh-dao': individual('can-bo-lanh-dao', true),
  'to-chuc-dang': obj({
    kind: req(oneOf(['to-chuc-dang'])),
    orgType: req(oneOf(ORG_TYPES)),
    establishedOn: date,
    criteria: collectiveCriteria,
    score,
    tasks,
    outstanding: bool,
    members: countsByGrade,
    subOrganizations: countsByGrade,
    sameLevelBodies: obj({ government: rating, front: rating, massOrganizations: list(rating) }),
    disciplineEvents: list(obj({
      who: req(oneOf(ORG_EVENT_WHO)),
      cause: oneOf(EVENT_CAUSES),
      selfDetectedAndRemedied: bool,
      form: oneOf(EVENT_FORMS),
    })),
    targets,
    covidResponseInadequate: bool,
  }),
  'tap-the-lanh-dao': obj({
    kind: req(oneOf(['tap-the-lanh-dao'])),
    establishedOn: date,
    criteria: collectiveCriteria,
    score,
    tasks,
    outstanding: bool,
    organizationRating: rating,
    disunityConcluded: bool,
    memberDegradation: bool,
    disciplineEvents: list(obj({ who: req(oneOf(COLLECTIVE_EVENT_WHO)), selfDetectedAndRemedied: bool, form: oneOf(EVENT_FORMS) })),
    targets,
    covidResponseInadequate: bool,
  }),
  // 'nhom-tuong-dong' (the quota of a group) is not a calculator kind: always left to zod.
};

const subject: Check = (v) => {
  const kind = v && typeof v === 'object' ? (v as { kind?: unknown }).kind : undefined;
  const check = typeof kind === 'string' && Object.hasOwn(SUBJECTS, kind) ? SUBJECTS[kind]! : null;
  return check ? check(v) : NOT;
};

/** The case without `expect` (the calculator never sends one: a case with it is left to zod). */
const caseShape = obj({
  id: req((v) => (typeof v === 'string' && v.length >= 1 ? v : NOT)),
  title: text,
  ruleset: req(oneOf(RULESET_IDS)),
  evaluationDate: req(date),
  reviewYear: year,
  subject: req(subject),
});

/**
 * The case zod would return for `raw` (CaseSchema.safeParse(raw).data), when this check is sure
 * zod accepts it; null when it is not sure (then ask zod).
 */
export function quickCase(raw: unknown): Case | null {
  const c = caseShape(raw);
  if (c === NOT) return null;
  return caseLevelIssues(c as Parameters<typeof caseLevelIssues>[0]).length ? null : (c as Case);
}
