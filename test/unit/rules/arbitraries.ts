// fast-check generators of valid case subjects (FORMAT.md), and the "improve one fact" moves
// used by the monotonicity property. Generated subjects respect the cross-field constraints of
// the schema (parts of a whole never exceed it).
import fc from 'fast-check';
import type { Subject } from '../../../src/rules/case-schema.ts';

export const RULESET_DATES = {
  'qd132-2018': '2022-12-10',
  'tuy-phuoc-2021': '2021-12-10',
  'tinh-uy-2022': '2022-11-28',
  'qd124-2023': '2023-12-15',
  'sao-do-2023': '2023-12-10',
  'qd366-2025': '2025-12-05',
  'hong-quang-2025': '2025-12-05',
} as const;
export type RulesetKey = keyof typeof RULESET_DATES;
export const RULESET_KEYS = Object.keys(RULESET_DATES) as RulesetKey[];

const LEVELS = ['xuat-sac', 'tot', 'trung-binh', 'kem'] as const;
const RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
const RATINGS_OR_NONE = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'KHONG_XEP_LOAI'] as const;

const level = fc.constantFrom(...LEVELS);
/** Levels skewed to the good end so that high ratings are reached often enough. */
const goodLevel = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('xuat-sac' as const, 'tot' as const) }, { weight: 1, arbitrary: level });
const isoDate = (from: number, to: number) => fc.integer({ min: from, max: to }).map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
/** Days since epoch for 2000-01-01 … 2026-06-30. */
const DAYS = { from: 10_957, to: 20_634 };
/** `a` in `percent` % of the draws, otherwise undefined (a missing fact). */
const sometimes = <T>(a: fc.Arbitrary<T>, percent: number): fc.Arbitrary<T | undefined> => fc.oneof({ weight: 100 - percent, arbitrary: fc.constant(undefined) }, { weight: percent, arbitrary: a });
const opt = <T>(a: fc.Arbitrary<T>) => sometimes(a, 70);

const anyTasks = fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }));
/** Mostly near-complete task records, so every rating (and every boundary) is reached often. */
const goodTasks = fc.tuple(fc.integer({ min: 4, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.constantFrom(0, 0, 0, 1), fc.integer({ min: 0, max: 20 }));
export const tasksArb = fc.oneof({ weight: 4, arbitrary: goodTasks }, { weight: 1, arbitrary: anyTasks })
  .map(([onTime, late, nc, ex]) => ({ assigned: onTime + late + nc, completedOnTime: onTime, completedLate: late, notCompleted: nc, exceeded: Math.min(ex, onTime) }));
const rare = (a: fc.Arbitrary<boolean>) => sometimes(a, 12);
const score = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 45, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) });
const goodRating = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('HTXSNV' as const, 'HTTNV' as const) }, { weight: 1, arbitrary: fc.constantFrom(...RATINGS_OR_NONE) });

const disciplineArb = fc.record({
  decidedOn: isoDate(18_000, 20_600),
  violationYear: fc.integer({ min: 2018, max: 2025 }),
  selfDetectedAndRemedied: fc.boolean(),
  form: fc.constantFrom('khien-trach' as const, 'canh-cao' as const, 'cach-chuc' as const, 'khai-tru' as const),
});

const unitArb = fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 75, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }), fc.boolean())
  .map(([t, c, e, w, full]) => { const done = full ? t : Math.min(c, t); return { targets: t, targetsCompleted: done, targetsExceeded: Math.min(e, done), workOnTimeShare: w / 100 }; });
const subUnitsArb = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 12 }))
  .map(([t, missing, g]) => { const n = Math.max(0, t - missing); return { total: t, htnvOrAbove: n, httnvOrAbove: Math.min(g, n) }; });

function strip<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

export const individualArb = (kind: 'dang-vien' | 'can-bo-lanh-dao'): fc.Arbitrary<Subject> =>
  fc.record({
    admittedOn: fc.oneof({ weight: 6, arbitrary: opt(isoDate(DAYS.from, 16_000)) }, { weight: 1, arbitrary: isoDate(DAYS.from, DAYS.to) }),
    partyActivity: sometimes(fc.constantFrom('binh-thuong' as const, 'mien-sinh-hoat' as const, 'dinh-chi' as const), 6),
    criteria: fc.record({ taskResults: fc.array(goodLevel, { minLength: 1, maxLength: 3 }), other: fc.array(goodLevel, { maxLength: 4 }) }),
    tasks: opt(tasksArb),
    score: opt(score),
    shortcomings: opt(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 })).map(([p, r]) => ({ pointedOut: p, remedied: Math.min(p, r) }))),
    outstanding: opt(fc.boolean()),
    exemplary: opt(fc.boolean()),
    civilServantRating: opt(goodRating),
    discipline: sometimes(fc.array(disciplineArb, { maxLength: 2 }), 12),
    degradationConcluded: rare(fc.boolean()),
    violatedProhibitions: rare(fc.boolean()),
    violatedExemplaryDuty: rare(fc.boolean()),
    lowConfidenceShare: opt(fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: 30 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }).map((n) => n / 100)),
    sickLeaveMonths: sometimes(fc.integer({ min: 0, max: 12 }), 25),
    maternityLeave: opt(fc.boolean()),
    transfer: sometimes(fc.record({ movedOn: opt(isoDate(DAYS.from, DAYS.to)), monthsAtFormerOrg: opt(fc.integer({ min: 0, max: 24 })), formerOrgDissolved: opt(fc.boolean()) }).map(strip), 15),
    temporaryActivity: rare(fc.boolean()),
    upperLeadershipMember: rare(fc.boolean()),
    reorganizedOn: sometimes(isoDate(DAYS.from, DAYS.to), 10),
    leadership: kind === 'can-bo-lanh-dao'
      ? fc.record({
          appointedOn: fc.oneof({ weight: 5, arbitrary: opt(isoDate(DAYS.from, 16_000)) }, { weight: 1, arbitrary: isoDate(DAYS.from, DAYS.to) }),
          appointment: opt(fc.constantFrom('moi' as const, 'thang-chuc-cung-don-vi' as const, 'dieu-dong-don-vi-moi' as const)),
          isHead: opt(fc.boolean()),
          headedUnitRating: opt(goodRating),
          newlyTransferredHead: opt(fc.boolean()),
          unit: opt(unitArb),
          subUnits: opt(subUnitsArb),
          subordinateCorruption: sometimes(fc.array(fc.record({ selfDetectedAndRemedied: fc.boolean() }), { maxLength: 2 }), 12),
        }).map(strip)
      : fc.constant(undefined),
  }).map((r) => strip({ kind, ...r }) as Subject);

const countsArb = fc.record({ HTXSNV: fc.integer({ min: 0, max: 8 }), HTTNV: fc.integer({ min: 0, max: 30 }), HTNV: fc.integer({ min: 0, max: 8 }), KHTNV: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 0, max: 1 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 8 }) }) });
const targetsArb = fc.record({ completedShare: opt(fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 70, max: 100 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 100 }) }).map((n) => n / 100)), mainTargetsMissed: rare(fc.boolean()), forceMajeure: opt(fc.boolean()) }).map(strip);

export const organizationArb: fc.Arbitrary<Subject> = fc.record({
  orgType: fc.constantFrom('chi-bo' as const, 'dang-bo' as const),
  establishedOn: fc.oneof({ weight: 6, arbitrary: opt(isoDate(DAYS.from, 16_000)) }, { weight: 1, arbitrary: isoDate(DAYS.from, DAYS.to) }),
  criteria: fc.record({ keyResults: fc.array(goodLevel, { minLength: 1, maxLength: 3 }), other: fc.array(goodLevel, { maxLength: 4 }) }),
  score: opt(score),
  tasks: opt(tasksArb),
  outstanding: opt(fc.boolean()),
  members: opt(countsArb),
  subOrganizations: opt(countsArb),
  sameLevelBodies: opt(fc.record({ government: opt(goodRating), front: opt(goodRating), massOrganizations: opt(fc.array(goodRating, { maxLength: 4 })) }).map(strip)),
  disciplineEvents: sometimes(fc.array(fc.record({
    who: fc.constantFrom('to-chuc' as const, 'to-chuc-truc-thuoc' as const, 'cap-uy-vien' as const, 'thanh-vien-lanh-dao' as const),
    cause: fc.constantFrom('tham-nhung-tieu-cuc' as const, 'khac' as const),
    selfDetectedAndRemedied: fc.boolean(),
    form: fc.constantFrom('khien-trach' as const, 'canh-cao' as const),
  }), { maxLength: 2 }), 15),
  targets: opt(targetsArb),
  covidResponseInadequate: rare(fc.boolean()),
}).map((r) => strip({ kind: 'to-chuc-dang' as const, ...r }) as Subject);

export const collectiveArb: fc.Arbitrary<Subject> = fc.record({
  establishedOn: fc.oneof({ weight: 6, arbitrary: opt(isoDate(DAYS.from, 16_000)) }, { weight: 1, arbitrary: isoDate(DAYS.from, DAYS.to) }),
  criteria: fc.record({ keyResults: fc.array(goodLevel, { minLength: 1, maxLength: 3 }), other: fc.array(goodLevel, { maxLength: 4 }) }),
  score: opt(score),
  tasks: opt(tasksArb),
  outstanding: opt(fc.boolean()),
  organizationRating: opt(goodRating),
  disunityConcluded: rare(fc.boolean()),
  memberDegradation: rare(fc.boolean()),
  disciplineEvents: sometimes(fc.array(fc.record({
    who: fc.constantFrom('tap-the' as const, 'thanh-vien' as const, 'don-vi-truc-thuoc' as const),
    selfDetectedAndRemedied: fc.boolean(),
    form: fc.constantFrom('khien-trach' as const, 'canh-cao' as const, 'cach-chuc' as const),
  }), { maxLength: 2 }), 15),
  targets: opt(targetsArb),
  covidResponseInadequate: rare(fc.boolean()),
}).map((r) => strip({ kind: 'tap-the-lanh-dao' as const, ...r }) as Subject);

const GROUP_TYPES = ['dang-vien', 'can-bo-lanh-dao', 'thanh-vien-tap-the-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const;
export const groupArb: fc.Arbitrary<Subject> = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }), fc.option(fc.boolean(), { nil: undefined }), sometimes(fc.constantFrom(...GROUP_TYPES), 50))
  .map(([m, q, p, o, t]) => strip({ kind: 'nhom-tuong-dong' as const, members: m, qualifyingHttnvOrAbove: Math.min(q, m), proposedHtxsnv: Math.min(p, m), outstandingUnit: o, groupType: t }) as Subject);

/**
 * The subject made consistent with an evaluation date (FORMAT.md v2 refuses facts dated after
 * it, and discipline decided before admission): later dates become the evaluation date.
 */
export function fitToDate(subject: Subject, date: string): Subject {
  const c = structuredClone(subject) as S;
  const clamp = (o: S | undefined, k: string) => { if (o && typeof o[k] === 'string' && o[k] > date) o[k] = date; };
  for (const k of ['admittedOn', 'establishedOn', 'reorganizedOn']) clamp(c, k);
  clamp(c.leadership, 'appointedOn');
  clamp(c.transfer, 'movedOn');
  const year = +date.slice(0, 4);
  for (const d of (c.discipline ?? []) as S[]) {
    clamp(d, 'decidedOn');
    if (c.admittedOn && d.decidedOn && d.decidedOn < c.admittedOn) d.decidedOn = c.admittedOn;
    const cap = d.decidedOn ? +d.decidedOn.slice(0, 4) : year;
    if (d.violationYear > cap) d.violationYear = cap;
  }
  return c as Subject;
}

export const subjectArb: fc.Arbitrary<Subject> = fc.oneof(individualArb('dang-vien'), individualArb('can-bo-lanh-dao'), organizationArb, collectiveArb);

export const caseArb = fc.tuple(fc.constantFrom(...RULESET_KEYS), fc.oneof(subjectArb, groupArb), fc.nat()).map(([ruleset, subject, n]) => ({
  id: `prop/${ruleset}/${subject.kind}/${n}`, title: 'Tình huống sinh ngẫu nhiên', ruleset, evaluationDate: RULESET_DATES[ruleset], subject: fitToDate(subject, RULESET_DATES[ruleset]),
}));

// ── One-fact improvements ───────────────────────────────────────────────────────────────────

type S = Record<string, any>;
const up = <T extends string>(order: readonly T[], v: T | undefined): T | undefined => {
  if (v === undefined) return undefined;
  const i = order.indexOf(v);
  return i > 0 ? order[i - 1] : undefined;
};
const LEVEL_ORDER = LEVELS;
const GRADE_ORDER = RATINGS;

/**
 * Every way to make exactly one fact of `s` better (a better level, one more task on time,
 * one fewer disciplinary event…). Status facts (admission, activity, appointment, establishment)
 * are not "better" or "worse" and are left alone. Returns [name, improved subject] pairs.
 */
export function improvements(s: Subject): [string, Subject][] {
  const out: [string, Subject][] = [];
  const add = (name: string, f: (c: S) => boolean) => {
    const c = structuredClone(s) as S;
    if (f(c)) out.push([name, c as Subject]);
  };
  const c0 = s as S;
  // Criteria levels
  for (const key of ['taskResults', 'keyResults', 'other']) {
    const list: string[] | undefined = c0.criteria?.[key];
    list?.forEach((l, i) => {
      const better = up(LEVEL_ORDER, l as (typeof LEVELS)[number]);
      if (better) add(`criteria.${key}[${i}]↑`, (c) => ((c.criteria[key][i] = better), true));
    });
  }
  // Tasks
  if (c0.tasks) {
    add('late→onTime', (c) => c.tasks.completedLate > 0 && (c.tasks.completedLate--, c.tasks.completedOnTime++, true));
    add('notCompleted→late', (c) => c.tasks.notCompleted > 0 && (c.tasks.notCompleted--, c.tasks.completedLate++, true));
    add('notCompleted→onTime', (c) => c.tasks.notCompleted > 0 && (c.tasks.notCompleted--, c.tasks.completedOnTime++, true));
    add('exceeded+1', (c) => c.tasks.exceeded < c.tasks.completedOnTime && (c.tasks.exceeded++, true));
  }
  if (c0.score !== undefined) add('score+5', (c) => c.score < 100 && ((c.score = Math.min(100, c.score + 5)), true));
  for (const flag of ['outstanding', 'exemplary']) if ((s.kind === 'dang-vien' || s.kind === 'can-bo-lanh-dao' || flag === 'outstanding') && !c0[flag]) add(`${flag}=true`, (c) => ((c[flag] = true), true));
  for (const flag of ['degradationConcluded', 'violatedProhibitions', 'violatedExemplaryDuty', 'maternityLeave', 'disunityConcluded', 'memberDegradation', 'covidResponseInadequate']) {
    if (c0[flag]) add(`${flag}=false`, (c) => ((c[flag] = false), true));
  }
  if (c0.civilServantRating) { const b = up(GRADE_ORDER, c0.civilServantRating); if (b) add('civilServantRating↑', (c) => ((c.civilServantRating = b), true)); }
  if (c0.lowConfidenceShare !== undefined) add('lowConfidence-0.1', (c) => c.lowConfidenceShare > 0 && ((c.lowConfidenceShare = Math.max(0, Math.round((c.lowConfidenceShare - 0.1) * 100) / 100)), true));
  if (c0.sickLeaveMonths !== undefined) add('sickLeave-1', (c) => c.sickLeaveMonths > 0 && (c.sickLeaveMonths--, true));
  if (c0.shortcomings) add('remedied+1', (c) => c.shortcomings.remedied < c.shortcomings.pointedOut && (c.shortcomings.remedied++, true));
  (c0.discipline ?? []).forEach((_: unknown, i: number) => {
    add(`discipline[${i}] removed`, (c) => (c.discipline.splice(i, 1), true));
    add(`discipline[${i}] self-detected`, (c) => !c.discipline[i].selfDetectedAndRemedied && ((c.discipline[i].selfDetectedAndRemedied = true), true));
  });
  (c0.disciplineEvents ?? []).forEach((_: unknown, i: number) => {
    add(`event[${i}] removed`, (c) => (c.disciplineEvents.splice(i, 1), true));
    add(`event[${i}] self-detected`, (c) => !c.disciplineEvents[i].selfDetectedAndRemedied && ((c.disciplineEvents[i].selfDetectedAndRemedied = true), true));
  });
  const L = c0.leadership;
  if (L) {
    if (L.headedUnitRating) { const b = up(GRADE_ORDER, L.headedUnitRating); if (b) add('headedUnitRating↑', (c) => ((c.leadership.headedUnitRating = b), true)); }
    if (L.unit) {
      add('unit.completed+1', (c) => c.leadership.unit.targetsCompleted < c.leadership.unit.targets && (c.leadership.unit.targetsCompleted++, true));
      add('unit.exceeded+1', (c) => c.leadership.unit.targetsExceeded < c.leadership.unit.targetsCompleted && (c.leadership.unit.targetsExceeded++, true));
      add('unit.onTime+0.1', (c) => c.leadership.unit.workOnTimeShare < 1 && ((c.leadership.unit.workOnTimeShare = Math.min(1, Math.round((c.leadership.unit.workOnTimeShare + 0.1) * 100) / 100)), true));
    }
    if (L.subUnits) {
      add('subUnits.htnv+1', (c) => c.leadership.subUnits.htnvOrAbove < c.leadership.subUnits.total && (c.leadership.subUnits.htnvOrAbove++, true));
      add('subUnits.httnv+1', (c) => c.leadership.subUnits.httnvOrAbove < c.leadership.subUnits.htnvOrAbove && (c.leadership.subUnits.httnvOrAbove++, true));
    }
    (L.subordinateCorruption ?? []).forEach((_: unknown, i: number) => {
      add(`corruption[${i}] removed`, (c) => (c.leadership.subordinateCorruption.splice(i, 1), true));
      add(`corruption[${i}] self-detected`, (c) => !c.leadership.subordinateCorruption[i].selfDetectedAndRemedied && ((c.leadership.subordinateCorruption[i].selfDetectedAndRemedied = true), true));
    });
  }
  for (const key of ['members', 'subOrganizations']) {
    if (!c0[key]) continue;
    for (const [from, to] of [['KHTNV', 'HTNV'], ['HTNV', 'HTTNV'], ['HTTNV', 'HTXSNV']]) add(`${key} ${from}→${to}`, (c) => c[key][from] > 0 && (c[key][from]--, c[key][to]++, true));
  }
  if (c0.sameLevelBodies) {
    for (const k of ['government', 'front']) if (c0.sameLevelBodies[k]) { const b = up(GRADE_ORDER, c0.sameLevelBodies[k]); if (b) add(`sameLevel.${k}↑`, (c) => ((c.sameLevelBodies[k] = b), true)); }
    (c0.sameLevelBodies.massOrganizations ?? []).forEach((r: (typeof RATINGS)[number], i: number) => { const b = up(GRADE_ORDER, r); if (b) add(`mass[${i}]↑`, (c) => ((c.sameLevelBodies.massOrganizations[i] = b), true)); });
  }
  if (c0.organizationRating) { const b = up(GRADE_ORDER, c0.organizationRating); if (b) add('organizationRating↑', (c) => ((c.organizationRating = b), true)); }
  if (c0.targets) {
    if (c0.targets.completedShare !== undefined) add('targets+0.1', (c) => c.targets.completedShare < 1 && ((c.targets.completedShare = Math.min(1, Math.round((c.targets.completedShare + 0.1) * 100) / 100)), true));
    if (c0.targets.mainTargetsMissed) add('mainTargets met', (c) => ((c.targets.mainTargetsMissed = false), true));
    if (!c0.targets.forceMajeure) add('forceMajeure', (c) => ((c.targets.forceMajeure = true), true));
  }
  return out;
}

/**
 * Subjects close to the top ratings: a generated subject "polished" (excellent criteria, no
 * negative flags, tasks nearly all on time) with a few facts left at their drawn values, so
 * the HTXSNV/HTTNV boundaries are crossed by single improvements.
 */
export const nearTopArb: fc.Arbitrary<Subject> = fc.tuple(subjectArb, fc.integer({ min: 0, max: 1023 }), fc.integer({ min: 4, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 2 }))
  .map(([s0, keep, n, ex, late]) => {
    const s = structuredClone(s0) as S;
    const k = (bit: number) => (keep >> bit) & 1;
    if (!k(0)) { const key = 'taskResults' in s.criteria ? 'taskResults' : 'keyResults'; s.criteria[key] = s.criteria[key].map((l: string, i: number) => (i === 0 && k(9) ? l : 'xuat-sac')); s.criteria.other = (s.criteria.other ?? []).map(() => 'tot'); }
    if (!k(1)) s.outstanding = true;
    if (!k(2)) s.tasks = { assigned: n + late, completedOnTime: n, completedLate: late, notCompleted: 0, exceeded: Math.min(ex, n) };
    if (!k(3)) for (const f of ['degradationConcluded', 'violatedProhibitions', 'violatedExemplaryDuty', 'disunityConcluded', 'memberDegradation', 'covidResponseInadequate', 'discipline', 'disciplineEvents', 'lowConfidenceShare']) delete s[f];
    if (!k(4) && s.score !== undefined) s.score = Math.max(s.score, 80 + (ex % 21));
    if (!k(5) && s.kind === 'can-bo-lanh-dao') { s.exemplary = true; s.leadership.unit = { targets: n, targetsCompleted: n, targetsExceeded: Math.min(ex, n), workOnTimeShare: 1 - late / 10 }; delete s.leadership.subordinateCorruption; }
    if (!k(6) && s.members) s.members = { HTXSNV: 3, HTTNV: 14 + late, HTNV: 2, KHTNV: late === 2 ? 1 : 0 };
    if (!k(7) && s.targets) s.targets = { completedShare: 1, mainTargetsMissed: false };
    if (!k(8)) { delete s.sickLeaveMonths; if (s.kind === 'dang-vien' || s.kind === 'can-bo-lanh-dao') { delete s.partyActivity; s.admittedOn = '2005-05-05'; } }
    if (s.shortcomings && !k(4)) s.shortcomings.remedied = Math.max(0, s.shortcomings.pointedOut - late);
    return s as Subject;
  });

/** Collectives with few sub-units and several disciplinary events: where discipline rules meet. */
export const eventHeavyArb: fc.Arbitrary<Subject> = fc.tuple(fc.oneof(organizationArb, collectiveArb), fc.integer({ min: 1, max: 6 }), fc.array(fc.tuple(fc.nat(), fc.boolean(), fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([s0, n, evs]) => {
    const s = structuredClone(s0) as S;
    const orgWho = ['to-chuc', 'to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'];
    const collWho = ['tap-the', 'thanh-vien', 'don-vi-truc-thuoc'];
    const who = s.kind === 'to-chuc-dang' ? orgWho : collWho;
    s.disciplineEvents = evs.map(([w, self, heavy]) => ({ who: who[w % who.length], selfDetectedAndRemedied: self, form: heavy ? 'canh-cao' : 'khien-trach', ...(s.kind === 'to-chuc-dang' ? { cause: heavy ? 'tham-nhung-tieu-cuc' : 'khac' } : {}) }));
    if (s.kind === 'to-chuc-dang') s.subOrganizations = { HTXSNV: 0, HTTNV: n, HTNV: 0, KHTNV: 0 };
    return s as Subject;
  });
