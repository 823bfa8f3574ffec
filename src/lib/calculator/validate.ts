// From what the user typed to a valid case, or to messages next to the fields. The case format's
// own zod schema (src/rules/case-schema.ts) does the checking, or, for input it is sure of, the
// quick check (quick-case.ts: the same case without zod's cost on every keystroke); this module
// only words zod's findings for the form and adds the one check the format cannot make alone: no
// date may fall after the evaluation date. No result is computed from input that does not pass.
import { CaseSchema, type Case, type RulesetId } from '../../rules/index.ts';
import { fieldByPath } from './fields.ts';
import { viDate, type CalcKind } from './labels.ts';
import { getAt, type CaseDraftData } from './subject.ts';
import { PLACEHOLDER_LEVEL, rawCase, type UnsetCriterion } from './case-of-draft.ts';
import { isIsoDate } from './choice.ts';
import { quickCase } from './quick-case.ts';
import { errorText } from '../error-text.ts';

export type FieldErrors = Record<string, string>;

export interface Checked {
  case: Case | null;
  errors: FieldErrors;
  /** Named criteria without a level yet: no case (and no rating) until each has one. */
  unset: UnsetCriterion[];
}


/** Error key of a zod path below `subject`: ["discipline", 0, "decidedOn"] → "discipline[0].decidedOn". */
export function keyOf(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : (out ? '.' : '') + String(p);
  return out;
}

const COUNT_MSG = 'Nhập số nguyên từ 0 trở lên.';
const BY_TYPE: Record<string, string> = {
  count: COUNT_MSG,
  score: 'Điểm phải từ 0 đến 100.',
  percent: 'Tỉ lệ phải từ 0 đến 100 %.',
  months: 'Số tháng phải từ 0 đến 12.',
  date: 'Ngày không hợp lệ.',
};

/** Messages for the cross-field checks of the case format, in the form's words. */
function crossFieldMessage(key: string, subject: Record<string, unknown>): string | null {
  const n = (p: string) => (typeof getAt(subject, p) === 'number' ? (getAt(subject, p) as number) : 0);
  switch (key) {
    case 'tasks.assigned': {
      const done = n('tasks.completedOnTime') + n('tasks.completedLate') + n('tasks.notCompleted');
      return `Số hoàn thành đúng hạn, hoàn thành chậm và không hoàn thành cộng lại (${done}) nhiều hơn số được giao (${n('tasks.assigned')}).`;
    }
    case 'tasks.exceeded': return 'Số hoàn thành vượt mức phải nằm trong số hoàn thành đúng hạn.';
    case 'leadership.unit.targetsCompleted': return 'Số chỉ tiêu hoàn thành không được nhiều hơn số chỉ tiêu.';
    case 'leadership.unit.targetsExceeded': return 'Số chỉ tiêu vượt phải nằm trong số chỉ tiêu hoàn thành.';
    case 'leadership.subUnits.htnvOrAbove': return 'Không được nhiều hơn tổng số đơn vị.';
    case 'leadership.subUnits.httnvOrAbove': return 'Số “Hoàn thành tốt nhiệm vụ” trở lên phải nằm trong số “Hoàn thành nhiệm vụ” trở lên.';
    case 'shortcomings.remedied': return 'Số đã khắc phục không được nhiều hơn số đã chỉ ra.';
    default: return null;
  }
}

function messageFor(kind: CalcKind, key: string, code: string, fallback: string, subject: Record<string, unknown>): string {
  if (code === 'custom') return crossFieldMessage(key, subject) ?? fallback.charAt(0).toUpperCase() + fallback.slice(1) + (/[.!?]$/.test(fallback) ? '' : '.');
  const leaf = key.replace(/^.*\]\./, '');
  if (leaf === 'violationYear') return 'Năm vi phạm không hợp lệ (4 chữ số, ví dụ 2023).';
  if (leaf === 'decidedOn') return BY_TYPE.date!;
  const f = fieldByPath(kind, key);
  const byType = f ? BY_TYPE[f.type.t] : undefined;
  if (byType) return byType;
  // Grade counts of an organization and other plain counts.
  if (code === 'too_small' || (code === 'invalid_type' && /số nguyên/.test(fallback))) return COUNT_MSG;
  return fallback.charAt(0).toUpperCase() + fallback.slice(1) + (/[.!?]$/.test(fallback) ? '' : '.');
}

/** Dates (and years) that must not be after the evaluation date. */
function dateErrors(subject: Record<string, unknown>, evaluationDate: string, errors: FieldErrors) {
  const late = (key: string, d: unknown) => {
    if (isIsoDate(d) && d > evaluationDate && !errors[key]) errors[key] = `Ngày này (${viDate(d)}) sau ngày đánh giá (${viDate(evaluationDate)}).`;
  };
  late('admittedOn', subject.admittedOn);
  late('establishedOn', subject.establishedOn);
  late('leadership.appointedOn', getAt(subject, 'leadership.appointedOn'));
  const year = +evaluationDate.slice(0, 4);
  const list = Array.isArray(subject.discipline) ? subject.discipline : [];
  list.forEach((d: unknown, i) => {
    if (!d || typeof d !== 'object') return;
    const r = d as Record<string, unknown>;
    late(`discipline[${i}].decidedOn`, r.decidedOn);
    if (typeof r.violationYear === 'number' && r.violationYear > year && !errors[`discipline[${i}].violationYear`]) {
      errors[`discipline[${i}].violationYear`] = `Năm vi phạm (${r.violationYear}) sau năm đánh giá (${year}).`;
    }
  });
}

/**
 * Check the input for one ruleset. `rulesetId` null means none could be chosen (the caller says
 * why under the ruleset field). Never throws. `quick: false` asks zod even where the quick check
 * is sure (the tests compare the two).
 */
export function checkInput(data: CaseDraftData, rulesetId: RulesetId | null, asked: readonly string[], id?: string, { quick = true } = {}): Checked {
  const errors: FieldErrors = {};
  const kind = data.subject.kind;
  if (!data.evaluationDate) errors.evaluationDate = 'Chọn ngày đánh giá.';
  else if (!isIsoDate(data.evaluationDate)) errors.evaluationDate = 'Ngày đánh giá không hợp lệ.';
  if (!rulesetId) {
    if (!errors.evaluationDate) errors.ruleset = 'Không có quy định nào áp dụng cho ngày và địa phương này; hãy chọn quy định áp dụng.';
    return { case: null, errors, unset: [] };
  }
  const { raw, unset } = rawCase(data, rulesetId, asked, id);
  // Criteria still being filled in: check the rest of the case with a stand-in level (there is no
  // case until every criterion has one), so that the schema does not build an error every keystroke.
  if (unset.length) {
    const s = raw.subject as { criteria?: Record<string, unknown[]> };
    s.criteria = Object.fromEntries(Object.entries(s.criteria ?? {}).map(([k, v]) => [k, Array.isArray(v) && v.length ? v : [PLACEHOLDER_LEVEL]]));
  }
  const subject = raw.subject as Record<string, unknown>;
  try {
    // The quick check answers for the usual valid input (the same case zod returns); zod runs
    // whenever it is not sure, and it alone words the errors.
    const sure = quick ? quickCase(raw) : null;
    const parsed = sure ? { success: true as const, data: sure } : CaseSchema.safeParse(raw);
    if (!parsed.success) {
      for (const iss of parsed.error.issues) {
        const [head, ...rest] = iss.path;
        if (head === 'evaluationDate') { errors.evaluationDate ??= 'Ngày đánh giá không hợp lệ.'; continue; }
        if (head !== 'subject') { errors.ruleset ??= iss.message; continue; }
        const key = keyOf(rest);
        // Lists of criteria still being filled in: "Còn thiếu" names them, not an error.
        if (unset.length && key.startsWith('criteria')) continue;
        errors[key] ??= messageFor(kind, key, iss.code, iss.message, subject);
      }
    }
    if (!errors.evaluationDate) dateErrors(subject, data.evaluationDate, errors);
    return { case: Object.keys(errors).length === 0 && !unset.length && parsed.success ? parsed.data : null, errors, unset };
  } catch (e) {
    errors.ruleset = `Không kiểm tra được dữ kiện (${errorText(e)}).`;
    return { case: null, errors, unset };
  }
}
