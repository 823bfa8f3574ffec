// Rating names and order for the meeting screens — a tiny module so screens that do not need
// the rules engine (awards) do not load it.
import type { Grade, RatingCode } from '../../rules/types.ts';

export const GRADES: readonly Grade[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
export const GRADE_RANK: Record<Grade, number> = { HTXSNV: 3, HTTNV: 2, HTNV: 1, KHTNV: 0 };
export const RATING_LABEL: Record<RatingCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ', KHONG_XEP_LOAI: 'Không xếp loại',
};
