// Contract D: a link that opens a case in the calculator,
//   /tinh-xep-loai/<kind>/#ho-so=<encodeURIComponent(JSON of a FORMAT v2 case)>
// (the library links its examples here). The case is checked at this boundary with the case
// format's own zod schema (src/rules/case-schema.ts); a bad one is refused with a Vietnamese
// message naming the field, and the form stays empty. Loaded by import() only when the address
// carries such a case, so the page's first load does not pay for zod.
import * as z from 'zod/mini';
import { parseCase, type RulesetId } from '../../rules/index.ts';
import { isCalcKind, type CalcKind } from './labels.ts';
import type { CaseDraftData, SubjectInput } from './subject.ts';

import { CASE_LINK_PREFIX } from './case-link-prefix.ts';
export { CASE_LINK_PREFIX };
/** Longest case accepted in an address (a case file is a few KB; this refuses garbage, not cases). */
const MAX_CHARS = 200_000;

/** What a case link opens: the form's data, a name for the draft, and the case's subject kind. */
export interface OpenedCase {
  data: CaseDraftData;
  title: string | null;
  kind: CalcKind;
}

export type CaseLinkResult = { ok: true; value: OpenedCase } | { ok: false; error: string };

/** The link fields the case format adds around the subject; the subject itself is checked by parseCase. */
const LinkShape = z.looseObject({
  id: z.optional(z.string({ error: 'mã tình huống (id) phải là chuỗi ký tự' })),
  title: z.optional(z.string({ error: 'tiêu đề (title) phải là chuỗi ký tự' })),
  reviewYear: z.optional(z.int({ error: 'năm đánh giá (reviewYear) phải là số nguyên, ví dụ 2025' })),
});

/** Build a case link (used by the tests and by anyone linking into the calculator). */
export function caseLink(kind: CalcKind, c: Record<string, unknown>): string {
  return `/tinh-xep-loai/${kind}/${CASE_LINK_PREFIX}${encodeURIComponent(JSON.stringify(c))}`;
}

/**
 * Read the case of a `#ho-so=…` hash. `localityOf` names the locality of a ruleset (the page's
 * setup knows it). Never throws.
 */
export function readCaseLink(hash: string, localityOf: (id: RulesetId) => string | null): CaseLinkResult {
  if (!hash.startsWith(CASE_LINK_PREFIX)) return { ok: false, error: 'liên kết không chứa hồ sơ' };
  const encoded = hash.slice(CASE_LINK_PREFIX.length);
  if (encoded.length > MAX_CHARS) return { ok: false, error: 'hồ sơ trong liên kết quá dài' };
  let text: string;
  try { text = decodeURIComponent(encoded); } catch { return { ok: false, error: 'liên kết bị hỏng (không đọc được phần hồ sơ)' }; }
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return { ok: false, error: 'hồ sơ trong liên kết không phải JSON hợp lệ' }; }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'hồ sơ phải là một đối tượng JSON { … } mô tả một tình huống' };
  const shape = LinkShape.safeParse(raw);
  if (!shape.success) return { ok: false, error: shape.error.issues.map((i) => i.message).join('; ') };
  // `expect` is what a test expects, not a fact: `rate` ignores it, and so does the form.
  const { expect: _expect, reviewYear, ...rest } = raw as Record<string, unknown>;
  const parsed = parseCase({ ...rest, id: typeof rest.id === 'string' && rest.id ? rest.id : 'lien-ket' });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const c = parsed.value;
  const kind = c.subject.kind;
  if (!isCalcKind(kind)) return { ok: false, error: 'subject.kind: trang Tính xếp loại không tính cho nhóm đối tượng (nhom-tuong-dong); hãy dùng Công cụ họp' };
  if (typeof reviewYear === 'number') {
    const y = +c.evaluationDate.slice(0, 4);
    if (reviewYear !== y && reviewYear !== y - 1) return { ok: false, error: `reviewYear: năm đánh giá ${reviewYear} phải là năm của ngày đánh giá (${y}) hoặc năm trước đó` };
  }
  const data: CaseDraftData = {
    evaluationDate: c.evaluationDate,
    locality: localityOf(c.ruleset) ?? '',
    ruleset: c.ruleset,
    subject: c.subject as unknown as SubjectInput,
  };
  if (typeof reviewYear === 'number') data.reviewYear = reviewYear;
  return { ok: true, value: { data, title: c.title ?? null, kind } };
}
