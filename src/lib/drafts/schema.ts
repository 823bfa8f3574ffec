// The stored draft record and its validation. Every record read from IndexedDB or from an import
// file passes here: older layouts are migrated first, then the envelope and the type's own data
// schema are checked with zod. A record that does not pass is reported with the reason in
// Vietnamese and never used.
// zod/mini: this module is on the calculator's first load (see src/rules/case-schema.ts).
import * as z from 'zod/mini';
import { RATING_CODES, type RatingCode } from '../../rules/codes.ts';
import { DB_VERSION, migrateRecord, recordVersion } from './migrations.ts';
import { draftType } from './registry.ts';
import { errorText } from '../error-text.ts';

export const DRAFT_SCHEMA_VERSION = DB_VERSION;

export interface DraftSummary {
  /** The rating the draft's case gets (null: input not valid yet). */
  rating?: RatingCode | null;
  /** A short text shown in the list, e.g. "Hoàn thành tốt nhiệm vụ" or "12 đảng viên". */
  text?: string;
}

export interface DraftRecord<D = unknown> {
  id: string;
  name: string;
  type: string;
  data: D;
  /** The ruleset the draft is evaluated under (null when it has none). */
  rulesetId: string | null;
  summary: DraftSummary;
  /** Milliseconds since 1970 (Date.now()). */
  createdAt: number;
  updatedAt: number;
  schemaVersion: typeof DRAFT_SCHEMA_VERSION;
}

// z.int() used as a check, as classic zod's .int() does: the type message stays the one above.
const intCheck = (error: string) => z.int({ error }) as unknown as z.core.$ZodCheck<number>;
const time = (what: string) => z.number({ error: `${what} phải là một mốc thời gian (số)` }).check(intCheck(`${what} phải là số nguyên`), z.minimum(0, { error: `${what} không được âm` }));

export const DraftEnvelopeSchema = z.strictObject({
  id: z.string({ error: 'thiếu mã bản nháp (id)' }).check(z.regex(/^[A-Za-z0-9_-]{1,128}$/, { error: 'mã bản nháp (id) chỉ gồm chữ không dấu, số, “-” hoặc “_” (tối đa 128 ký tự)' })),
  name: z.string({ error: 'tên bản nháp phải là chuỗi ký tự' }).check(z.maxLength(200, { error: 'tên bản nháp dài quá 200 ký tự' })),
  type: z.string({ error: 'thiếu loại bản nháp (type)' }).check(z.minLength(1, { error: 'thiếu loại bản nháp (type)' })),
  data: z.unknown(),
  rulesetId: z.nullable(z.string({ error: 'bộ quy tắc (rulesetId) phải là chuỗi ký tự hoặc null' }).check(z.maxLength(64))),
  summary: z.strictObject({
    rating: z.optional(z.nullable(z.enum(RATING_CODES, { error: 'kết quả xếp loại trong phần tóm tắt không hợp lệ' }))),
    text: z.optional(z.string({ error: 'phần tóm tắt phải là chuỗi ký tự' }).check(z.maxLength(500))),
  }, { error: 'phần tóm tắt (summary) không hợp lệ' }),
  createdAt: time('Ngày tạo (createdAt)'),
  updatedAt: time('Ngày sửa (updatedAt)'),
  schemaVersion: z.literal(DRAFT_SCHEMA_VERSION),
}, { error: (iss) => (iss.code === 'unrecognized_keys' ? `có trường lạ: ${iss.keys.join(', ')}` : 'bản nháp phải là một đối tượng JSON') });

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const pathText = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p))).join('.').replace(/\.\[/g, '[');

/** First problem of a zod error, in Vietnamese, naming the field. */
export function zodReason(err: z.core.$ZodError, prefix = ''): string {
  const iss = err.issues[0];
  if (!iss) return 'dữ liệu không hợp lệ';
  const where = pathText([...(prefix ? [prefix] : []), ...iss.path]);
  let msg = iss.message;
  if (!msg || /^Invalid|^Unrecognized|^Too (big|small)|^Expected/.test(msg)) {
    msg = iss.code === 'unrecognized_keys' ? `có trường lạ: ${iss.keys.join(', ')}` : 'giá trị không hợp lệ';
  }
  return where ? `trường “${where}”: ${msg}` : msg;
}

/**
 * The path of the first key named "__proto__" (JSON.parse makes it an ordinary own key, but a
 * schema or a spread may turn it into the prototype and drop it silently): such a draft is
 * refused, naming the key, rather than stored without it.
 */
export function forbiddenKeyPath(v: unknown, path: PropertyKey[] = [], depth = 0): PropertyKey[] | null {
  if (!v || typeof v !== 'object' || depth > 64) return null;
  if (Array.isArray(v)) {
    for (const [i, x] of v.entries()) { const p = forbiddenKeyPath(x, [...path, i], depth + 1); if (p) return p; }
    return null;
  }
  for (const k of Object.keys(v)) {
    if (k === '__proto__') return [...path, k];
    const p = forbiddenKeyPath((v as Record<string, unknown>)[k], [...path, k], depth + 1);
    if (p) return p;
  }
  return null;
}

/** Validate one stored or imported record (migrating older versions first). Never throws. */
export function parseDraftRecord(raw: unknown): ParseResult<DraftRecord> {
  try {
    const bad = forbiddenKeyPath(raw);
    if (bad) return { ok: false, error: `trường “${pathText(bad)}”: tên trường “__proto__” không được phép` };
    const v = recordVersion(raw);
    if (v === null) return { ok: false, error: 'không phải là một bản nháp (thiếu hoặc sai số phiên bản định dạng)' };
    if (v > DRAFT_SCHEMA_VERSION) return { ok: false, error: `bản nháp được tạo bởi phiên bản mới hơn của ứng dụng (định dạng ${v}, ứng dụng này đọc được đến ${DRAFT_SCHEMA_VERSION}); hãy cập nhật ứng dụng rồi thử lại` };
    const env = DraftEnvelopeSchema.safeParse(migrateRecord(raw));
    if (!env.success) return { ok: false, error: zodReason(env.error) };
    const def = draftType(env.data.type);
    if (!def) return { ok: false, error: `loại bản nháp “${env.data.type}” không được hỗ trợ ở trang này` };
    const data = z.safeParse(def.schema, env.data.data);
    if (!data.success) return { ok: false, error: zodReason(data.error, 'data') };
    return { ok: true, value: { ...env.data, data: data.data } as DraftRecord };
  } catch (e) {
    return { ok: false, error: `lỗi khi đọc bản nháp (${errorText(e)})` };
  }
}
