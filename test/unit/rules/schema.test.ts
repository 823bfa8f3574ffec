// The case-file contract (FORMAT.md) as a strict zod schema with Vietnamese, field-named errors.
import { describe, expect, it } from 'vitest';
import { CaseSchema, formatCaseError, parseCase, SubjectSchema } from '../../../src/rules/index.ts';

const base = { id: 'x', title: 't', ruleset: 'sao-do-2023', evaluationDate: '2023-12-05', subject: { kind: 'dang-vien', criteria: { taskResults: ['tot'] } } };
const err = (raw: unknown) => { const r = parseCase(raw); if (r.ok) throw new Error('expected an error'); return r.error; };
const withSubject = (s: Record<string, unknown>) => ({ ...base, subject: { ...base.subject, ...s } });

describe('case schema', () => {
  it('accepts every subject kind of FORMAT.md', () => {
    for (const subject of [
      { kind: 'dang-vien', criteria: { taskResults: ['xuat-sac'] } },
      { kind: 'can-bo-lanh-dao', criteria: { taskResults: ['tot'], other: [] }, leadership: {} },
      { kind: 'to-chuc-dang', orgType: 'dang-bo', criteria: { keyResults: ['tot'] } },
      { kind: 'tap-the-lanh-dao', criteria: { keyResults: ['kem'] } },
      { kind: 'nhom-tuong-dong', members: 0 },
    ]) expect(SubjectSchema.safeParse(subject).success, subject.kind).toBe(true);
  });
  it('names the field and says what is wrong, in Vietnamese', () => {
    expect(err(withSubject({ tasks: { assigned: 2.5 } }))).toBe('subject.tasks.assigned: phải là số nguyên không âm');
    expect(err(withSubject({ tasks: { assigned: -1 } }))).toBe('subject.tasks.assigned: phải là số nguyên không âm');
    expect(err({ ...base, evaluationDate: '2023-02-30' })).toMatch(/^evaluationDate: phải là ngày theo dạng YYYY-MM-DD/);
    expect(err({ ...base, ruleset: 'sao-do' })).toMatch(/^ruleset: phải là một trong: "qd132-2018", "tuy-phuoc-2021", "tinh-uy-2022", "qd124-2023"/);
    expect(err(withSubject({ criteria: { taskResults: ['gioi'] } }))).toMatch(/^subject\.criteria\.taskResults\[0\]: phải là một trong: "xuat-sac"/);
    expect(err(withSubject({ lowConfidenceShare: 55 }))).toMatch(/^subject\.lowConfidenceShare: phải là tỉ lệ từ 0 đến 1/);
    expect(err(withSubject({ kind: 'can-bo-lanh-dao' }))).toBe('subject.leadership: thiếu trường bắt buộc');
    expect(err({ ...base, subject: { kind: 'nguoi' } })).toMatch(/^subject\.kind: phải là một trong/);
    expect(err({ ...base, subject: undefined })).toBe('subject: thiếu trường bắt buộc');
    expect(err(42)).toBe('(tệp): phải là một đối tượng JSON { … } mô tả một tình huống');
  });
  it('rejects unknown fields at every depth', () => {
    expect(err({ ...base, extra: 1 })).toMatch(/^extra: trường không có trong định dạng/);
    expect(err(withSubject({ tasks: { assigned: 1, late: 1 } }))).toMatch(/^subject\.tasks\.late: trường không có/);
    expect(err({ ...base, expect: { rating: 'HTTNV', ratting: 'x' } })).toMatch(/^expect\.ratting: /);
  });
  it('rejects parts that do not fit their whole', () => {
    expect(err(withSubject({ tasks: { assigned: 5, completedOnTime: 4, completedLate: 2 } }))).toMatch(/^subject\.tasks\.assigned: /);
    expect(err(withSubject({ tasks: { assigned: 5, completedOnTime: 2, exceeded: 3 } }))).toMatch(/^subject\.tasks\.exceeded: /);
    expect(err({ ...base, subject: { kind: 'nhom-tuong-dong', members: 3, qualifyingHttnvOrAbove: 4 } })).toMatch(/^subject\.qualifyingHttnvOrAbove: /);
    expect(err(withSubject({ shortcomings: { pointedOut: 1, remedied: 2 } }))).toMatch(/^subject\.shortcomings\.remedied: /);
  });
  it('lists every problem, not only the first', () => {
    const r = CaseSchema.safeParse({ ...base, evaluationDate: 'x', subject: { ...base.subject, score: 101 } });
    expect(r.success).toBe(false);
    expect(formatCaseError(r.error!).split('; ')).toHaveLength(2);
  });
});
