// Names of ratings and criterion levels as printed on the forms.
export const GRADE_CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type GradeCode = (typeof GRADE_CODES)[number];
export const GRADE_PRINT: Record<GradeCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};
export const LEVEL_CODES_PRINT = ['xuat-sac', 'tot', 'trung-binh', 'kem'] as const;
export type LevelPrint = (typeof LEVEL_CODES_PRINT)[number];
export const LEVEL_PRINT: Record<LevelPrint, string> = { 'xuat-sac': 'Xuất sắc', tot: 'Tốt', 'trung-binh': 'Trung bình', kem: 'Kém' };
