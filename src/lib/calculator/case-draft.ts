// The calculator's draft type ('case'): what the form holds, validated with zod whenever a draft
// is read, written or imported. Values the user can still fix in the form (a score of 120,
// completed > assigned, a half-typed date) are kept — the form flags them — but anything the
// form could not show (a wrong type, an unknown field or code, a damaged list) rejects the
// draft, with the field named.
import * as z from 'zod/mini';
import { RULESET_IDS, SubjectSchema } from '../../rules/case-schema.ts';
import { registerDraftType } from '../drafts/registry.ts';
import { CALC_KINDS, KIND_SHORT, kindUrl, isCalcKind } from './labels.ts';
import { CASE_DRAFT_TYPE, NOT_APPLICABLE, resultsKey, type CaseDraftData } from './subject.ts';
import { LEVEL_CODES } from '../../rules/codes.ts';

/** zod issue codes for values a user can type into the form and correct there. */
const FIXABLE = new Set(['too_big', 'too_small', 'custom', 'invalid_format', 'not_multiple_of']);

const SubjectInputSchema = z.unknown().check(z.superRefine((value, ctx) => {
  const kind = value && typeof value === 'object' ? (value as { kind?: unknown }).kind : undefined;
  if (!isCalcKind(kind)) {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: `loại đối tượng phải là một trong: ${CALC_KINDS.join(', ')}` });
    return;
  }
  // A draft with levels per named criterion keeps no positional lists: check the rest as a case would be.
  const v = value as Record<string, unknown>;
  const r = SubjectSchema.safeParse(v.criteria === undefined ? { ...v, criteria: { [resultsKey(kind)]: [] } } : v);
  if (r.success) return;
  for (const iss of r.error.issues) {
    // A non-integer count (typed "2.5") is fixable too: the form shows it as a number to correct.
    const fixableInt = iss.code === 'invalid_type' && (iss as { expected?: string }).expected === 'int';
    if (FIXABLE.has(iss.code) || fixableInt) continue;
    // An unknown field is named (zod/mini's own message is only "Invalid input").
    ctx.addIssue({ code: 'custom', path: iss.path, message: iss.code === 'unrecognized_keys' ? `có trường lạ: ${iss.keys.join(', ')}` : iss.message });
  }
}));

export const CaseDraftDataSchema: z.ZodMiniType<CaseDraftData> = z.strictObject({
  evaluationDate: z.string({ error: 'ngày đánh giá phải là chuỗi ký tự' }).check(z.maxLength(10, { error: 'ngày đánh giá quá dài' })),
  locality: z.string({ error: 'địa phương phải là chuỗi ký tự' }).check(z.maxLength(64)),
  ruleset: z.nullable(z.enum(RULESET_IDS, { error: `bộ quy tắc phải là một trong: ${RULESET_IDS.join(', ')} hoặc null` })),
  reviewYear: z.optional(z.int({ error: 'năm đánh giá phải là số nguyên' }).check(z.minimum(2000, { error: 'năm đánh giá không hợp lệ' }), z.maximum(2100, { error: 'năm đánh giá không hợp lệ' }))),
  levels: z.optional(z.record(z.string().check(z.maxLength(64)), z.enum([...LEVEL_CODES, NOT_APPLICABLE], { error: `mức của tiêu chí phải là một trong: ${[...LEVEL_CODES, NOT_APPLICABLE].join(', ')}` }))),
  sameLevelBodies: z.optional(z.boolean({ error: 'phải là true hoặc false' })),
  personName: z.optional(z.string({ error: 'họ và tên phải là chuỗi ký tự' }).check(z.maxLength(200, { error: 'họ và tên quá dài' }))),
  subject: SubjectInputSchema,
}, { error: (iss) => (iss.code === 'unrecognized_keys' ? `có trường lạ: ${iss.keys.join(', ')}` : 'dữ liệu tình huống phải là một đối tượng JSON') }) as unknown as z.ZodMiniType<CaseDraftData>;

export { CASE_DRAFT_TYPE };

registerDraftType<CaseDraftData>({
  type: CASE_DRAFT_TYPE,
  label: 'Tính xếp loại',
  schema: CaseDraftDataSchema,
  kindLabel: (d) => KIND_SHORT[d.subject.kind],
  href: (id, d) => `${kindUrl(d.subject.kind)}?ban-nhap=${encodeURIComponent(id)}`,
});
