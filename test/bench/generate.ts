// Deterministic generator of valid case files for the benchmark (seeded, no dependencies, runs
// on plain Node). Subjects are spread over all rulesets and kinds and over the whole rating
// range, so every rule is exercised.
import type { Case, Subject } from '../../src/rules/index.ts';

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DATES = {
  'qd132-2018': '2022-12-10', 'tuy-phuoc-2021': '2021-12-10', 'tinh-uy-2022': '2022-11-28', 'qd124-2023': '2023-12-15', 'sao-do-2023': '2023-12-10',
  'qd366-2025': '2025-12-05', 'hong-quang-2025': '2025-12-05',
} as const;
type RulesetId = keyof typeof DATES;
const RULESETS = Object.keys(DATES) as RulesetId[];
const LEVELS = ['xuat-sac', 'tot', 'tot', 'trung-binh', 'kem'] as const;
const GRADES = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;

export function generator(seed: number) {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const chance = (p: number) => r() < p;
  const levels = (n: number) => Array.from({ length: n }, () => (chance(0.6) ? pick(['xuat-sac', 'tot'] as const) : pick(LEVELS)));
  const tasks = () => {
    const onTime = int(4, 20), late = chance(0.3) ? int(0, 3) : 0, nc = chance(0.15) ? int(0, 6) : 0;
    return { assigned: onTime + late + nc, completedOnTime: onTime, completedLate: late, notCompleted: nc, exceeded: int(0, onTime) };
  };

  function member(kind: 'dang-vien' | 'can-bo-lanh-dao', year: number): Subject {
    const s: Record<string, unknown> = {
      kind,
      admittedOn: chance(0.03) ? `${year}-${String(int(7, 11)).padStart(2, '0')}-01` : `${int(1990, year - 2)}-${String(int(1, 12)).padStart(2, '0')}-15`,
      criteria: { taskResults: levels(int(1, 2)), other: levels(int(1, 4)) },
      tasks: tasks(),
      score: chance(0.8) ? int(40, 100) : int(0, 100),
      shortcomings: (() => { const p = int(0, 3); return { pointedOut: p, remedied: chance(0.8) ? p : int(0, p) }; })(),
      outstanding: chance(0.4),
    };
    if (chance(0.03)) s.partyActivity = pick(['mien-sinh-hoat', 'dinh-chi'] as const);
    if (chance(0.5)) s.civilServantRating = pick(GRADES);
    // Decided after admission (FORMAT v2 refuses an earlier one): members admitted this year have none.
    if (chance(0.08) && !(s.admittedOn as string).startsWith(String(year))) s.discipline = [{ decidedOn: `${year}-0${int(1, 9)}-10`, violationYear: year - int(0, 1), selfDetectedAndRemedied: chance(0.4), form: pick(['khien-trach', 'canh-cao'] as const) }];
    if (chance(0.03)) s.degradationConcluded = true;
    if (chance(0.03)) s.violatedProhibitions = true;
    if (chance(0.2)) s.lowConfidenceShare = int(0, 70) / 100;
    if (chance(0.1)) s.sickLeaveMonths = int(1, 6);
    if (chance(0.05)) s.maternityLeave = true;
    // v2 facts that raise procedure items.
    if (chance(0.08)) s.transfer = { movedOn: `${year}-0${int(2, 9)}-01`, monthsAtFormerOrg: int(1, 24), formerOrgDissolved: chance(0.2) };
    if (chance(0.05)) s.temporaryActivity = true;
    if (chance(0.05)) s.upperLeadershipMember = true;
    if (chance(0.05)) s.reorganizedOn = `${year}-0${int(1, 9)}-01`;
    if (kind === 'can-bo-lanh-dao') {
      const t = int(5, 20), c = chance(0.7) ? t : int(0, t), tot = int(1, 10), n = chance(0.7) ? tot : int(0, tot);
      s.exemplary = chance(0.6);
      s.leadership = {
        appointedOn: chance(0.1) ? `${year}-0${int(7, 9)}-01` : `${int(2010, year - 1)}-03-01`,
        isHead: chance(0.4), headedUnitRating: pick(GRADES), newlyTransferredHead: chance(0.1),
        appointment: pick(['moi', 'thang-chuc-cung-don-vi', 'dieu-dong-don-vi-moi'] as const),
        unit: { targets: t, targetsCompleted: c, targetsExceeded: int(0, c), workOnTimeShare: int(60, 100) / 100 },
        subUnits: { total: tot, htnvOrAbove: n, httnvOrAbove: int(0, n) },
        ...(chance(0.05) ? { subordinateCorruption: [{ selfDetectedAndRemedied: chance(0.5) }] } : {}),
      };
    }
    return s as unknown as Subject;
  }

  function organization(): Subject {
    const chiBo = chance(0.7);
    const counts = () => ({ HTXSNV: int(0, 5), HTTNV: int(5, 30), HTNV: int(0, 6), KHTNV: chance(0.6) ? 0 : int(0, 5) });
    return {
      kind: 'to-chuc-dang', orgType: chiBo ? 'chi-bo' : 'dang-bo', establishedOn: `${int(1990, 2020)}-01-01`,
      criteria: { keyResults: levels(2), other: levels(3) }, score: int(40, 100), outstanding: chance(0.4),
      ...(chiBo ? { members: counts() } : { subOrganizations: counts() }),
      sameLevelBodies: { government: pick(GRADES), front: pick(GRADES), massOrganizations: [pick(GRADES), pick(GRADES), pick(GRADES)] },
      ...(chance(0.1) ? { disciplineEvents: [{ who: pick(['to-chuc', 'to-chuc-truc-thuoc', 'cap-uy-vien'] as const), cause: 'khac' as const, selfDetectedAndRemedied: chance(0.5), form: 'khien-trach' as const }] } : {}),
      targets: { completedShare: int(30, 100) / 100, mainTargetsMissed: chance(0.1), forceMajeure: chance(0.05) },
      covidResponseInadequate: chance(0.05),
    } as Subject;
  }

  function collective(): Subject {
    return {
      kind: 'tap-the-lanh-dao', establishedOn: `${int(1990, 2020)}-01-01`, criteria: { keyResults: levels(2), other: levels(2) }, score: int(40, 100),
      outstanding: chance(0.4), organizationRating: pick(GRADES), disunityConcluded: chance(0.03), memberDegradation: chance(0.03),
      ...(chance(0.1) ? { disciplineEvents: [{ who: pick(['tap-the', 'thanh-vien', 'don-vi-truc-thuoc'] as const), selfDetectedAndRemedied: chance(0.5), form: pick(['khien-trach', 'canh-cao'] as const) }] } : {}),
      targets: { completedShare: int(30, 100) / 100, mainTargetsMissed: chance(0.1) },
    } as Subject;
  }

  function group(): Subject {
    const m = int(1, 60);
    return { kind: 'nhom-tuong-dong', members: m, qualifyingHttnvOrAbove: int(0, m), proposedHtxsnv: int(0, Math.ceil(m / 4)), outstandingUnit: chance(0.2),
      ...(chance(0.5) ? { groupType: pick(['dang-vien', 'can-bo-lanh-dao', 'thanh-vien-tap-the-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'] as const) } : {}) } as Subject;
  }

  return {
    member,
    case(i: number): Case {
      const ruleset = pick(RULESETS);
      const year = +DATES[ruleset].slice(0, 4);
      const k = r();
      const subject = k < 0.45 ? member('dang-vien', year) : k < 0.65 ? member('can-bo-lanh-dao', year) : k < 0.82 ? organization() : k < 0.95 ? collective() : group();
      return { id: `bench/${i}`, title: 'Tình huống sinh cho đo hiệu năng', ruleset, evaluationDate: DATES[ruleset], subject } as Case;
    },
  };
}
