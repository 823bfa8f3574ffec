// Strict zod schemas for the case-book format (shared/casebook/FORMAT.md, v2), the contract
// between the case files, the `rate` command, the calculator and the tests. Unknown fields are
// rejected everywhere; every message is Vietnamese and names the field path.
// Built with zod/mini (functional API, tree-shakable): the calculator loads these schemas before
// its first result, and classic zod would triple what it downloads. Mini objects never compile
// parsers with eval, so they run under the pages' CSP (no 'unsafe-eval') without any setting.
import * as z from 'zod/mini';
import { APPOINTMENTS, GRADES, GROUP_TYPES, LEVEL_CODES, PROCEDURE_KINDS, RATING_CODES, RULESET_IDS, SUBJECT_KINDS } from './codes.ts';
import { viDate } from './dates.ts';

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
/** Cross-field checks only make sense once every number involved is itself valid. */
const valid = (...ns: unknown[]) => ns.every((n) => n === undefined || (typeof n === 'number' && Number.isInteger(n) && n >= 0));
const oneOf = (values: readonly string[]) => `phải là một trong: ${values.map((v) => `"${v}"`).join(', ')}`;

const count = () => z.int({ error: MSG_COUNT }).check(z.minimum(0, { error: MSG_COUNT }));
const share = () => z.number({ error: MSG_SHARE }).check(z.minimum(0, { error: MSG_SHARE }), z.maximum(1, { error: MSG_SHARE }));
const score = () => z.number({ error: MSG_SCORE }).check(z.minimum(0, { error: MSG_SCORE }), z.maximum(100, { error: MSG_SCORE }));
const bool = () => z.boolean({ error: MSG_BOOL });
const isoDate = () => z.iso.date({ error: MSG_DATE });
const year = () => z.int({ error: MSG_YEAR }).check(z.minimum(1930, { error: MSG_YEAR }), z.maximum(2100, { error: MSG_YEAR }));
const months = () => z.number({ error: MSG_MONTHS }).check(z.minimum(0, { error: MSG_MONTHS }), z.maximum(12, { error: MSG_MONTHS }));
const grade = () => z.enum(GRADES, { error: oneOf(GRADES) });
const rating = () => z.enum(RATING_CODES, { error: oneOf(RATING_CODES) });
const level = () => z.enum(LEVEL_CODES, { error: oneOf(LEVEL_CODES) });
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
}).check(z.superRefine((t, ctx) => {
  if (!valid(t.assigned, t.completedOnTime, t.completedLate, t.notCompleted, t.exceeded)) return;
  const done = (t.completedOnTime ?? 0) + (t.completedLate ?? 0) + (t.notCompleted ?? 0);
  if (t.assigned !== undefined && done > t.assigned)
    ctx.addIssue({ code: 'custom', path: ['assigned'], message: `nhỏ hơn tổng số nhiệm vụ đã kê (${done}): completedOnTime + completedLate + notCompleted không được vượt quá assigned` });
  if ((t.exceeded ?? 0) > (t.completedOnTime ?? (t.assigned ?? Infinity)))
    ctx.addIssue({ code: 'custom', path: ['exceeded'], message: 'số nhiệm vụ vượt mức phải nằm trong số nhiệm vụ hoàn thành đúng hạn (completedOnTime)' });
}));

const CriteriaIndividual = strict({ taskResults: someLevels(), other: z.optional(levels()) });
const CriteriaCollective = strict({ keyResults: someLevels(), other: z.optional(levels()) });

export const DisciplineSchema = strict({
  decidedOn: z.optional(isoDate()),
  violationYear: z.optional(year()),
  selfDetectedAndRemedied: z.optional(bool()),
  form: z.optional(z.enum(['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru'], { error: oneOf(['khien-trach', 'canh-cao', 'cach-chuc', 'khai-tru']) })),
});

const LeadershipSchema = strict({
  appointedOn: z.optional(isoDate()),
  appointment: z.optional(z.enum(APPOINTMENTS, { error: oneOf(APPOINTMENTS) })),
  isHead: z.optional(bool()),
  headedUnitRating: z.optional(rating()),
  newlyTransferredHead: z.optional(bool()),
  unit: z.optional(strict({
    targets: z.optional(count()),
    targetsCompleted: z.optional(count()),
    targetsExceeded: z.optional(count()),
    workOnTimeShare: z.optional(share()),
  }).check(z.superRefine((u, ctx) => {
    if (!valid(u.targets, u.targetsCompleted, u.targetsExceeded)) return;
    if (u.targets !== undefined && (u.targetsCompleted ?? 0) > u.targets)
      ctx.addIssue({ code: 'custom', path: ['targetsCompleted'], message: 'không được lớn hơn số chỉ tiêu (targets)' });
    if ((u.targetsExceeded ?? 0) > (u.targetsCompleted ?? u.targets ?? Infinity))
      ctx.addIssue({ code: 'custom', path: ['targetsExceeded'], message: 'số chỉ tiêu vượt phải nằm trong số chỉ tiêu hoàn thành (targetsCompleted)' });
  }))),
  subUnits: z.optional(strict({ total: z.optional(count()), htnvOrAbove: z.optional(count()), httnvOrAbove: z.optional(count()) }).check(z.superRefine((s, ctx) => {
    if (!valid(s.total, s.htnvOrAbove, s.httnvOrAbove)) return;
    if (s.total !== undefined && (s.htnvOrAbove ?? 0) > s.total)
      ctx.addIssue({ code: 'custom', path: ['htnvOrAbove'], message: 'không được lớn hơn tổng số đơn vị (total)' });
    if ((s.httnvOrAbove ?? 0) > (s.htnvOrAbove ?? s.total ?? Infinity))
      ctx.addIssue({ code: 'custom', path: ['httnvOrAbove'], message: 'số đơn vị hoàn thành tốt trở lên phải nằm trong số hoàn thành trở lên (htnvOrAbove)' });
  }))),
  subordinateCorruption: z.optional(list(strict({ selfDetectedAndRemedied: z.optional(bool()) }))),
});

const individualShape = {
  admittedOn: z.optional(isoDate()),
  partyActivity: z.optional(z.enum(['binh-thuong', 'mien-sinh-hoat', 'dinh-chi'], { error: oneOf(['binh-thuong', 'mien-sinh-hoat', 'dinh-chi']) })),
  criteria: CriteriaIndividual,
  tasks: z.optional(TasksSchema),
  score: z.optional(score()),
  shortcomings: z.optional(strict({ pointedOut: z.optional(count()), remedied: z.optional(count()) }).check(z.superRefine((s, ctx) => {
    if (!valid(s.pointedOut, s.remedied)) return;
    if ((s.remedied ?? 0) > (s.pointedOut ?? Infinity))
      ctx.addIssue({ code: 'custom', path: ['remedied'], message: 'số đã khắc phục không được lớn hơn số đã chỉ ra (pointedOut)' });
  }))),
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
  orgType: z.enum(['chi-bo', 'dang-bo'], { error: oneOf(['chi-bo', 'dang-bo']) }),
  establishedOn: z.optional(isoDate()),
  criteria: CriteriaCollective,
  score: z.optional(score()),
  tasks: z.optional(TasksSchema),
  outstanding: z.optional(bool()),
  members: z.optional(countsByGrade()),
  subOrganizations: z.optional(countsByGrade()),
  sameLevelBodies: z.optional(strict({ government: z.optional(rating()), front: z.optional(rating()), massOrganizations: z.optional(list(rating())) })),
  disciplineEvents: z.optional(list(strict({
    who: z.enum(['to-chuc', 'to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'], { error: oneOf(['to-chuc', 'to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao']) }),
    cause: z.optional(z.enum(['tham-nhung-tieu-cuc', 'khac'], { error: oneOf(['tham-nhung-tieu-cuc', 'khac']) })),
    selfDetectedAndRemedied: z.optional(bool()),
    form: z.optional(z.enum(['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru'], { error: oneOf(['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru']) })),
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
    who: z.enum(['tap-the', 'thanh-vien', 'don-vi-truc-thuoc'], { error: oneOf(['tap-the', 'thanh-vien', 'don-vi-truc-thuoc']) }),
    selfDetectedAndRemedied: z.optional(bool()),
    form: z.optional(z.enum(['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru'], { error: oneOf(['khien-trach', 'canh-cao', 'cach-chuc', 'giai-tan', 'khai-tru']) })),
  }))),
  targets: z.optional(targetsSchema()),
  covidResponseInadequate: z.optional(bool()),
});

export const GroupSchema = strict({
  kind: z.literal('nhom-tuong-dong'),
  members: count(),
  qualifyingHttnvOrAbove: z.optional(count()),
  proposedHtxsnv: z.optional(count()),
  groupType: z.optional(z.enum(GROUP_TYPES, { error: oneOf(GROUP_TYPES) })),
  outstandingUnit: z.optional(bool()),
}).check(z.superRefine((g, ctx) => {
  if (!valid(g.members, g.qualifyingHttnvOrAbove, g.proposedHtxsnv)) return;
  if ((g.qualifyingHttnvOrAbove ?? 0) > g.members)
    ctx.addIssue({ code: 'custom', path: ['qualifyingHttnvOrAbove'], message: 'không được lớn hơn số thành viên của nhóm (members)' });
  if ((g.proposedHtxsnv ?? 0) > g.members)
    ctx.addIssue({ code: 'custom', path: ['proposedHtxsnv'], message: 'không được lớn hơn số thành viên của nhóm (members)' });
}));

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
  procedureKinds: z.optional(list(z.enum(PROCEDURE_KINDS, { error: oneOf(PROCEDURE_KINDS) }))),
  procedureCitations: z.optional(list(CitationRefSchema)),
  procedureCitationsAnyOf: z.optional(list(CitationRefSchema)),
  procedureEmpty: z.optional(z.literal(true, { error: 'chỉ nhận giá trị true' })),
  maxHtxsnv: z.optional(count()),
  withinQuota: z.optional(bool()),
  error: z.optional(z.literal(true, { error: 'chỉ nhận giá trị true' })),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown): v is string => typeof v === 'string' && ISO_DAY.test(v);

/**
 * Checks across fields of a whole case (FORMAT.md v2): no fact dated after the evaluation date,
 * no discipline decided before admission, and a review year that is the evaluation date's year
 * or the year before it. Each problem names its field. Exported for the calculator's quick check
 * of a case (src/lib/calculator/quick-case.ts), which must agree with this schema exactly.
 */
export function caseLevelIssues(c: { evaluationDate: string; reviewYear?: number; subject: Record<string, unknown> }): { path: PropertyKey[]; message: string }[] {
  const out: { path: PropertyKey[]; message: string }[] = [];
  const ev = c.evaluationDate;
  if (!day(ev)) return out;
  const evYear = +ev.slice(0, 4);
  if (typeof c.reviewYear === 'number' && c.reviewYear !== evYear && c.reviewYear !== evYear - 1)
    out.push({ path: ['reviewYear'], message: `phải là năm của ngày đánh giá (${evYear}) hoặc năm trước đó (${evYear - 1})` });
  const s = c.subject;
  const late = (path: PropertyKey[], v: unknown) => { if (day(v) && v > ev) out.push({ path: ['subject', ...path], message: `ngày này (${viDate(v)}) sau ngày đánh giá (${viDate(ev)})` }); };
  late(['admittedOn'], s.admittedOn);
  late(['establishedOn'], s.establishedOn);
  late(['reorganizedOn'], s.reorganizedOn);
  const leadership = s.leadership as Record<string, unknown> | undefined;
  if (leadership) late(['leadership', 'appointedOn'], leadership.appointedOn);
  const transfer = s.transfer as Record<string, unknown> | undefined;
  if (transfer) late(['transfer', 'movedOn'], transfer.movedOn);
  const list = Array.isArray(s.discipline) ? (s.discipline as Record<string, unknown>[]) : [];
  list.forEach((d, i) => {
    late(['discipline', i, 'decidedOn'], d.decidedOn);
    if (typeof d.violationYear === 'number' && d.violationYear > evYear) out.push({ path: ['subject', 'discipline', i, 'violationYear'], message: `năm vi phạm (${d.violationYear}) sau năm đánh giá (${evYear})` });
    else if (typeof d.violationYear === 'number' && day(d.decidedOn) && d.violationYear > +d.decidedOn.slice(0, 4))
      out.push({ path: ['subject', 'discipline', i, 'violationYear'], message: `năm vi phạm (${d.violationYear}) sau năm của quyết định kỷ luật (${d.decidedOn.slice(0, 4)})` });
    if (day(d.decidedOn) && day(s.admittedOn) && d.decidedOn < s.admittedOn)
      out.push({ path: ['subject', 'discipline', i, 'decidedOn'], message: `quyết định kỷ luật (${viDate(d.decidedOn)}) trước ngày kết nạp Đảng (${viDate(s.admittedOn)})` });
  });
  return out;
}

const caseShape = {
  id: text('mã tình huống').check(z.minLength(1, { error: 'không được để trống' })),
  title: z.optional(text('tiêu đề')),
  ruleset: z.enum(RULESET_IDS, { error: oneOf(RULESET_IDS) }),
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
