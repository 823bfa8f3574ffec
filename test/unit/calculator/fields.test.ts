import { describe, expect, it } from 'vitest';
import { factText } from '../../../src/lib/calculator/fact-text.ts';
import { fieldByPath, fieldsFor, isAsked } from '../../../src/lib/calculator/fields.ts';

describe('questions', () => {
  it('a question is asked when the ruleset reads its fact, a part of it, or the whole', () => {
    expect(isAsked('tasks.assigned', ['tasks.assigned'])).toBe(true);
    expect(isAsked('leadership.subUnits.total', ['leadership.subUnits'])).toBe(true);
    expect(isAsked('discipline', ['discipline'])).toBe(true);
    expect(isAsked('tasks', ['tasks.assigned'])).toBe(true);
    expect(isAsked('tasks.assignedX', ['tasks.assigned'])).toBe(false);
    expect(isAsked('score', ['tasks.assigned'])).toBe(false);
  });
  it('keeps form order and drops what is not asked', () => {
    expect(fieldsFor('dang-vien', ['tasks.completedOnTime', 'admittedOn']).map((f) => f.path)).toEqual(['admittedOn', 'tasks.completedOnTime']);
  });
});

describe('facts in words (print sheet)', () => {
  const f = (kind: 'dang-vien' | 'to-chuc-dang', path: string) => fieldByPath(kind, path)!;
  it('writes numbers, shares, dates, levels, ratings and lists the Vietnamese way', () => {
    expect(factText(f('dang-vien', 'lowConfidenceShare'), 0.125)).toBe('12,5 %');
    expect(factText(f('dang-vien', 'admittedOn'), '2010-01-10')).toBe('10/01/2010');
    expect(factText(f('dang-vien', 'criteria.taskResults'), ['xuat-sac', 'tot'])).toBe('Xuất sắc, Tốt');
    expect(factText(f('dang-vien', 'civilServantRating'), 'HTNV')).toBe('Hoàn thành nhiệm vụ');
    expect(factText(f('dang-vien', 'outstanding'), false)).toBeNull();
    expect(factText(f('dang-vien', 'discipline'), [{ form: 'canh-cao', decidedOn: '2023-05-10', violationYear: 2022, selfDetectedAndRemedied: true }]))
      .toBe('Cảnh cáo, quyết định ngày 10/05/2023, vi phạm năm 2022, tự phát hiện, khắc phục xong');
    expect(factText(f('dang-vien', 'leadership.subordinateCorruption'), [{}, { selfDetectedAndRemedied: true }])).toBe('2 trường hợp (1 tự phát hiện, khắc phục xong)');
    expect(factText(f('to-chuc-dang', 'disciplineEvents'), [{ who: 'cap-uy-vien', cause: 'khac', form: 'khien-trach' }])).toBe('Cấp ủy viên, Lý do khác, Khiển trách');
  });
});
