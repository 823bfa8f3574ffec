// Strict zod schemas for the case-book format (shared/casebook/FORMAT.md, v2), the contract
// between the case files, the `rate` command, the calculator and the tests. Unknown fields are
// rejected everywhere; every message is Vietnamese and names the field path.
// Built with zod/mini (functional API, tree-shakable): the calculator loads these schemas before
// its first result, and classic zod would triple what it downloads. Mini objects never compile
// parsers with eval, so they run under the pages' CSP (no 'unsafe-eval') without any setting.
import * as z from 'zod/mini';
import {
  APPOINTMENTS, COLLECTIVE_EVENT_WHO, DISCIPLINE_FORMS, EVENT_CAUSES, EVENT_FORMS, GRADES, GROUP_TYPES, LEVEL_CODES, ORG_EVENT_WHO, ORG_TYPES,
  PARTY_ACTIVITIES, PROCEDURE_KINDS, RATING_CODES, RULESET_IDS, SUBJECT_KINDS,
} from './codes.ts';
import { caseLevelIssues, fitProblems, GROUP_FIT, LIMITS, SHORTCOMINGS_FIT, SUB_UNITS_FIT, TASKS_FIT, UNIT_FIT, type Fit } from './case-checks.ts';

// ── Codes (codes.ts, kept free of zod so light modules can use them) ─────────────────────────

export { APPOINTMENTS, GRADES, GROUP_TYPES, LEVEL_CODES, PROCEDURE_KINDS, RATING_CODES, RULESET_IDS, SUBJECT_KINDS };
export type { Appointment, Grade, GroupType, LevelCode, ProcedureKind, RatingCode, RulesetId, SubjectKind } from './codes.ts';

// ── Building blocks (each carries its own Vietnamese message) ───────────────────────────────

const MSG_COUNT = 'phải là số nguyên không âm';
const MSG_SHARE = 'phải là tỉ lệ từ 0 đến 1 (ví dụ 0.85 cho 85 %)';
const MSG_SCORE = 'phải là số điểm từ 0 đến 100';
const MSG_BOOL = 'phải là true hoặc false';
const MSG_DATE = 'phải là ngày theo dạng YYYY-MM-DD (ví dụ 2023-12-05)';
const MSG_YEAR = 'phải là năm (số nguyên 4 chữ số, ví dụ 2023)';
const MSG_MONTHS = 'phải là số tháng từ 0 đến 12';
const oneOf = (values: readonly string[]) => `phải là một trong: ${values.map((v) => `"${v}"`).join(', ')}`;

const count = () => z.int({ error: MSG_COUNT }).check(z.minimum(0, { error: MSG_COUNT }));
const between = (min: number, max: number, error: string) => z.number({ error }).check(z.minimum(min, { error }), z.maximum(max, { error }));
const share = () => between(...LIMITS.share, MSG_SHARE);
const score = () => between(...LIMITS.score, MSG_SCORE);
const bool = () => z.boolean({ error: MSG_BOOL });
const isoDate = () => z.iso.date({ error: MSG_DATE });
const year = () => z.int({ error: MSG_YEAR }).check(z.minimum(LIMITS.year[0], { error: MSG_YEAR }), z.maximum(LIMITS.year[1], { error: MSG_YEAR }));
const months = () => between(...LIMITS.months, MSG_MONTHS);
const enumOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: oneOf(values) });
/** The part-whole rules of case-checks.ts as a zod check: each broken one an issue on its field. */
const fits = <T extends object>(fit: Fit) => z.superRefine((o: T, ctx) => {
  for (const p of fitProblems(fit, o)) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
});
const grade = () => enumOf(GRADES);
const rating = () => enumOf(RATING_CODES);
const level = () => enumOf(LEVEL_CODES);
const levels = () => z.array(level(), { error: 'phải là danh sách mức của tiêu chí' });
/** The results criteria decide the bands of the criteria-level regimes: an empty list would read as "every criterion met". */
const someLevels = () => levels().check(z.minLength(1, { error: 'không được để trống: cần mức của ít nhất một tiêu chí' }));
const text = (what: string) => z.string({ error: `phải là chuỗi ký tự (${what})` });
const strict = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.strictObject(shape, { error: (iss) => (iss.code === 'invalid_type' ? (iss.input === undefined ? 'thiếu trường bắt buộc' : 'phải là một đối tượng JSON { … }') : undefined) });
const list = <T extends z.ZodMiniType>(item: T) => z.array(item, { error: 'phải là một danh sách [ … ]' });

export const LevelSchema = level();
export const RatingCodeSchema = rating();
export const GradeSchema = grade();

/** Chỉ tiêu, nhiệm vụ được giao trong năm. Parts must fit inside the whole. */
export const TasksSchema = strict({
  assigned: z.optional(count()),
  completedOnTime: z.optional(count()),
  completedLate: z.optional(count()),
  notCompleted: z.optional(count()),
  exceeded: z.optional(count()),
}).check(fits(TASKS_FIT));

const CriteriaIndividual = strict({ taskResults: someLevels(), other: z.optional(levels()) });
const CriteriaCollective = strict({ keyResults: someLevels(), other: z.optional(levels()) });

export const DisciplineSchema = strict({
  decidedOn: z.optional(isoDate()),
  violationYear: z.optional(year()),
  selfDetectedAndRemedied: z.optional(bool()),
  form: z.optional(enumOf(DISCIPLINE_FORMS)),
});

const LeadershipSchema = strict({
  appointedOn: z.optional(isoDate()),
  appointment: z.optional(enumOf(APPOINTMENTS)),
  isHead: z.optional(bool()),
  headedUnitRating: z.optional(rating()),
  newlyTransferredHead: z.optional(bool()),
  unit: z.optional(strict({
    targets: z.optional(count()),
    targetsCompleted: z.optional(count()),
    targetsExceeded: z.optional(count()),
    workOnTimeShare: z.optional(share()),
  }).check(fits(UNIT_FIT))),
  subUnits: z.optional(strict({ total: z.optional(count()), htnvOrAbove: z.optional(count()), httnvOrAbove: z.optional(count()) }).check(fits(SUB_UNITS_FIT))),
  subordinateCorruption: z.optional(list(strict({ selfDetectedAndRemedied: z.optional(bool()) }))),
});

const individualShape = {
  admittedOn: z.optional(isoDate()),
  partyActivity: z.optional(enumOf(PARTY_ACTIVITIES)),
  criteria: CriteriaIndividual,
  tasks: z.optional(TasksSchema),
  score: z.optional(score()),
  shortcomings: z.optional(strict({ pointedOut: z.optional(count()), remedied: z.optional(count()) }).check(fits(SHORTCOMINGS_FIT))),
  outstanding: z.optional(bool()),
  exemplary: z.optional(bool()),
  civilServantRating: z.optional(rating()),
  discipline: z.optional(list(DisciplineSchema)),
  degradationConcluded: z.optional(bool()),
  violatedProhibitions: z.optional(bool()),
  violatedExemplaryDuty: z.optional(bool()),
  lowConfidenceShare: z.optional(share()),
  sickLeaveMonths: z.optional(months()),
  maternityLeave: z.optional(bool()),
  transfer: z.optional(strict({
    movedOn: z.optional(isoDate()),
    monthsAtFormerOrg: z.optional(count()),
    formerOrgDissolved: z.optional(bool()),
  })),
  temporaryActivity: z.optional(bool()),
  upperLeadershipMember: z.optional(bool()),
  reorganizedOn: z.optional(isoDate()),
};

export const PartyMemberSchema = strict({ kind: z.literal('dang-vien'), ...individualShape, leadership: z.optional(LeadershipSchema) });
export const LeaderSchema = strict({ kind: z.literal('can-bo-lanh-dao'), ...individualShape, leadership: LeadershipSchema });

const countsByGrade = () => strict({ HTXSNV: z.optional(count()), HTTNV: z.optional(count()), HTNV: z.optional(count()), KHTNV: z.optional(count()) });
const targetsSchema = () => strict({ completedShare: z.optional(share()), mainTargetsMissed: z.optional(bool()), forceMajeure: z.optional(bool()) });

export const OrganizationSchema = strict({
  kind: z.literal('to-chuc-dang'),
  orgType: enumOf(ORG_TYPES),
  establishedOn: z.optional(isoDate()),
  criteria: CriteriaCollective,
  score: z.optional(score()),
  tasks: z.optional(TasksSchema),
  outstanding: z.optional(bool()),
  members: z.optional(countsByGrade()),
  subOrganizations: z.optional(countsByGrade()),
  sameLevelBodies: z.optional(strict({ government: z.optional(rating()), front: z.optional(rating()), massOrganizations: z.optional(list(rating())) })),
  disciplineEvents: z.optional(list(strict({
    who: enumOf(ORG_EVENT_WHO),
    cause: z.optional(enumOf(EVENT_CAUSES)),
    selfDetectedAndRemedied: z.optional(bool()),
    form: z.optional(enumOf(EVENT_FORMS)),
  }))),
  targets: z.optional(targetsSchema()),
  covidResponseInadequate: z.optional(bool()),
});

export const CollectiveSchema = strict({
  kind: z.literal('tap-the-lanh-dao'),
  establishedOn: z.optional(isoDate()),
  criteria: CriteriaCollective,
  score: z.optional(score()),
  tasks: z.optional(TasksSchema),
  outstanding: z.optional(bool()),
  organizationRating: z.optional(rating()),
  disunityConcluded: z.optional(bool()),
  memberDegradation: z.optional(bool()),
  disciplineEvents: z.optional(list(strict({
    who: enumOf(COLLECTIVE_EVENT_WHO),
    selfDetectedAndRemedied: z.optional(bool()),
    form: z.optional(enumOf(EVENT_FORMS)),
  }))),
  targets: z.optional(targetsSchema()),
  covidResponseInadequate: z.optional(bool()),
});

export const GroupSchema = strict({
  kind: z.literal('nhom-tuong-dong'),
  members: count(),
  qualifyingHttnvOrAbove: z.optional(count()),
  proposedHtxsnv: z.optional(count()),
  groupType: z.optional(enumOf(GROUP_TYPES)),
  outstandingUnit: z.optional(bool()),
}).check(fits(GROUP_FIT));

export const SubjectSchema = z.discriminatedUnion('kind', [PartyMemberSchema, LeaderSchema, OrganizationSchema, CollectiveSchema, GroupSchema], {
  error: (iss) => (iss.input === undefined ? 'thiếu trường bắt buộc' : oneOf(SUBJECT_KINDS)),
});

const CitationRefSchema = strict({ doc: text('mã văn bản'), path: list(text('số hiệu mục')) });

/** What a case expects (read by the tests, ignored by `rate`). */
export const ExpectSchema = strict({
  rating: z.optional(z.nullable(rating())),
  reviewed: z.optional(bool()),
  reviewYear: z.optional(year()),
  missing: z.optional(list(text('tên dữ kiện'))),
  citations: z.optional(list(CitationRefSchema)),
  citationsAnyOf: z.optional(list(CitationRefSchema)),
  firstCitation: z.optional(CitationRefSchema),
  procedureKinds: z.optional(list(enumOf(PROCEDURE_KINDS))),
  procedureCitations: z.optional(list(CitationRefSchema)),
  procedureCitationsAnyOf: z.optional(list(CitationRefSchema)),
  procedureEmpty: z.optional(z.literal(true, { error: 'chỉ nhận giá trị true' })),
  maxHtxsnv: z.optional(count()),
  withinQuota: z.optional(bool()),
  error: z.optional(z.literal(true, { error: 'chỉ nhận giá trị true' })),
});

const caseShape = {
  id: text('mã tình huống').check(z.minLength(1, { error: 'không được để trống' })),
  title: z.optional(text('tiêu đề')),
  ruleset: enumOf(RULESET_IDS),
  evaluationDate: isoDate(),
  reviewYear: z.optional(year()),
  subject: SubjectSchema,
};
const crossChecked = z.superRefine((c: { evaluationDate: string; reviewYear?: number; subject: object }, ctx) => {
  for (const iss of caseLevelIssues(c as never)) ctx.addIssue({ code: 'custom', path: iss.path as (string | number)[], message: iss.message });
});

export const CaseSchema = strict({ ...caseShape, expect: z.optional(ExpectSchema) }).check(crossChecked);
/** What `rate` reads: a case whose `expect` block, malformed or not, is left aside (FORMAT.md: "ignored by rate"). */
export const RatedCaseSchema = strict({ ...caseShape, expect: z.optional(z.unknown()) }).check(crossChecked);

export type Case = z.infer<typeof CaseSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type PartyMember = z.infer<typeof PartyMemberSchema>;
export type Leader = z.infer<typeof LeaderSchema>;
export type Individual = PartyMember | Leader;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Collective = z.infer<typeof CollectiveSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Tasks = z.infer<typeof TasksSchema>;
export type Discipline = z.infer<typeof DisciplineSchema>;
export type CaseExpect = z.infer<typeof ExpectSchema>;

// ── Errors → Vietnamese ─────────────────────────────────────────────────────────────────────

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự', number: 'số', int: 'số nguyên', boolean: 'true hoặc false', object: 'đối tượng JSON { … }', array: 'danh sách [ … ]',
};

/** Dotted field path as people read it: subject.criteria.other[2]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += (out ? '.' : '') + String(seg);
  }
  return out || '(tệp)';
}

function issueMessage(iss: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const path = [...iss.path];
  switch (iss.code) {
    case 'unrecognized_keys':
      // Name the unknown field itself, so the path points at it.
      if (iss.keys.length === 1) return { path: [...path, iss.keys[0]!], message: 'trường không có trong định dạng (FORMAT.md), hãy xoá hoặc sửa tên' };
      return { path, message: `có trường không có trong định dạng (FORMAT.md): ${iss.keys.join(', ')}` };
    case 'invalid_type':
      if (!path.length) return { path, message: 'phải là một đối tượng JSON { … } mô tả một tình huống' };
      // Our schemas set their own messages; keep them, fall back for anything generic.
      if (iss.message && !/^Invalid|^Đầu vào/.test(iss.message)) return { path, message: iss.message };
      return { path, message: iss.input === undefined ? 'thiếu trường bắt buộc' : `phải là ${TYPE_VI[iss.expected] ?? iss.expected}` };
    case 'invalid_union':
      return { path, message: iss.message || 'giá trị không hợp lệ' };
    default:
      return { path, message: iss.message || 'giá trị không hợp lệ' };
  }
}

/** One Vietnamese line per problem, each starting with the field path: "subject.tasks.assigned: phải là số nguyên không âm". */
export function zodErrorLines(err: z.core.$ZodError): string[] {
  return err.issues.map((iss) => {
    const { path, message } = issueMessage(iss);
    return `${fieldPath(path)}: ${message}`;
  });
}

/** The whole error as one Vietnamese message (problems joined with "; "). */
export function formatCaseError(err: z.core.$ZodError): string {
  return zodErrorLines(err).join('; ');
}

/** Parse a raw case; never throws. `forRating`: leave the `expect` block aside, as `rate` does. */
export function parseCase(raw: unknown, opts: { forRating?: boolean } = {}): { ok: true; value: Case } | { ok: false; error: string } {
  const r = (opts.forRating ? RatedCaseSchema : CaseSchema).safeParse(raw);
  if (!r.success) return { ok: false, error: formatCaseError(r.error) };
  const value = r.data as Case;
  if (opts.forRating && 'expect' in value) { const { expect: _ignored, ...rest } = value; return { ok: true, value: rest as Case }; }
  return { ok: true, value };
}
