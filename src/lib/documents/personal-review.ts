// "Bản kiểm điểm cá nhân" — Mẫu 02 of the 2022 provincial plan (seed 004, kh-tinh-uy-2022),
// laid out section by section as the form prints it: identity, I–VII with the self-assessed
// level of sections I.1, I.2 and III, the self-proposed ratings, the signature and the part the
// chi ủy and the đảng ủy fill in. Free text the user typed goes under its section; where there
// is none, dotted lines are left for handwriting.
import { bareUnitName, cleanLine, cleanText, placeDateLine, unitTitle } from './text.ts';
import { reviewFormFor } from './forms.ts';
import { GRADE_CODES, GRADE_PRINT, LEVEL_CODES_PRINT, LEVEL_PRINT, type GradeCode, type LevelPrint } from './labels.ts';
import type { Block, DocSpec } from './model.ts';

export const REVIEW_TEXT_KEYS = ['I1', 'I2', 'I3', 'II1', 'II2', 'III', 'IV', 'V', 'VI'] as const;
export type ReviewTextKey = (typeof REVIEW_TEXT_KEYS)[number];

export interface PersonalReviewData {
  year: number;
  place: string;
  /** ISO date of signing, or empty to leave blanks. */
  date: string;
  dangBo: string;
  chiBo: string;
  fullName: string;
  birthDate: string;
  partyPosition: string;
  govPosition: string;
  massOrgPosition: string;
  workUnit: string;
  /** Self-assessed level of I.1 (political ideology, ethics …), I.2 (duties) and III (remedying shortcomings). */
  levels: { I1: LevelPrint | null; I2: LevelPrint | null; III: LevelPrint | null };
  proposedMember: GradeCode | null;
  proposedCivilServant: GradeCode | null;
  texts: Partial<Record<ReviewTextKey, string>>;
  /** The review record the form was filled from. */
  recordId?: string;
  /** The ruleset of the review: which form the print follows (forms.ts). */
  rulesetId?: string;
}

const p = (text: string, opts: { bold?: boolean; italic?: boolean; indent?: boolean } = {}): Block => ({
  type: 'p', runs: [{ text, ...(opts.bold ? { bold: true } : {}), ...(opts.italic ? { italic: true } : {}) }], ...(opts.indent ? { indent: true } : {}),
});
const userText = (t: string | undefined, lines = 2): Block[] => {
  const clean = cleanText(t ?? '').trim();
  if (!clean) return [{ type: 'dots', lines }];
  return clean.split('\n').filter((l) => l.trim()).map((l) => p(l, { indent: true }));
};
const levelChoices = (level: LevelPrint | null): Block[] => [
  p('Tự đánh giá về cấp độ thực hiện:', { italic: true }),
  { type: 'choices', options: LEVEL_CODES_PRINT.map((l) => ({ label: LEVEL_PRINT[l], checked: l === level })) },
];
const gradeChoices = (g: GradeCode | null): Block => ({ type: 'choices', vertical: true, options: GRADE_CODES.map((c) => ({ label: GRADE_PRINT[c], checked: c === g })) });
const field = (label: string, value: string) => p(`${label}: ${cleanLine(value) || '…………………………………………'}`);

export function personalReviewSpec(d: PersonalReviewData): DocSpec {
  const name = cleanLine(d.fullName);
  const form = reviewFormFor(d.rulesetId);
  const chiBo = bareUnitName('CHI BỘ', d.chiBo);
  const blocks: Block[] = [
    {
      type: 'header',
      left: [unitTitle('ĐẢNG BỘ', d.dangBo, { upper: true }), `Chi bộ: ${chiBo || '…………'}`],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      placeDate: placeDateLine(d.place, d.date),
      formLabel: form.formLabel,
    },
    { type: 'title', text: 'BẢN KIỂM ĐIỂM CÁ NHÂN', sub: [`Năm ${d.year}`] },
    ...(form.own ? [] : [p(form.note, { italic: true })]),
    p(`Họ và tên: ${name || '…………………………'}      Ngày sinh: ${cleanLine(d.birthDate) || '…………………'}`),
    field('Chức vụ Đảng', d.partyPosition),
    field('Chức vụ chính quyền', d.govPosition),
    field('Chức vụ đoàn thể', d.massOrgPosition),
    field('Đơn vị công tác', d.workUnit),
    field('Chi bộ', chiBo),
    { type: 'heading', text: 'I. Ưu điểm, kết quả đạt được' },
    p('1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc:', { bold: true }),
    p('- Về tư tưởng chính trị.', { indent: true }),
    p('- Về phẩm chất đạo đức, lối sống.', { indent: true }),
    p('- Về ý thức tổ chức kỷ luật.', { indent: true }),
    p('- Về tác phong, lề lối làm việc.', { indent: true }),
    p('- Việc đấu tranh phòng, chống các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” của cá nhân. (Đối chiếu với 27 biểu hiện, cá nhân tự nhận diện).', { indent: true }),
    ...userText(d.texts.I1, 3),
    ...levelChoices(d.levels.I1),
    p('2. Về thực hiện chức trách, nhiệm vụ được giao:', { bold: true }),
    p('- Việc thực hiện chức trách, quyền hạn theo quy định (đảng, chính quyền, đoàn thể).', { indent: true }),
    p('- Kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm.', { indent: true }),
    p('- Trách nhiệm cá nhân liên quan đến kết quả, hạn chế, khuyết điểm ở lĩnh vực, địa phương, tổ chức, cơ quan, đơn vị do mình phụ trách.', { indent: true }),
    ...userText(d.texts.I2, 3),
    ...levelChoices(d.levels.I2),
    p('3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.', { bold: true }),
    ...userText(d.texts.I3),
    { type: 'heading', text: 'II. Hạn chế, khuyết điểm và nguyên nhân:' },
    p('1. Hạn chế, khuyết điểm (theo 3 nội dung nêu trên).'),
    ...userText(d.texts.II1),
    p('2. Nguyên nhân của hạn chế, khuyết điểm.'),
    ...userText(d.texts.II2),
    { type: 'heading', text: 'III. Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước.' },
    p('Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của cá nhân.', { italic: true }),
    ...userText(d.texts.III),
    ...levelChoices(d.levels.III),
    { type: 'heading', text: 'IV. Giải trình những vấn đề được gợi ý kiểm điểm (nếu có):' },
    ...userText(d.texts.IV, 1),
    { type: 'heading', text: 'V. Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có).' },
    ...userText(d.texts.V, 1),
    { type: 'heading', text: 'VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm.' },
    ...userText(d.texts.VI),
    { type: 'heading', text: 'VII. Tự nhận mức xếp loại chất lượng:' },
    p('1. Xếp loại cán bộ, công chức, viên chức:'),
    gradeChoices(d.proposedCivilServant),
    p('2. Xếp loại đảng viên:'),
    gradeChoices(d.proposedMember),
    { type: 'signatures', cols: [{ title: '' }, { title: 'NGƯỜI TỰ KIỂM ĐIỂM', note: '(Ký, ghi rõ họ tên)', ...(name ? { name } : {}) }] },
    p('Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức:', { bold: true }),
    p('- Nhận xét, đánh giá của người quản lý, sử dụng cán bộ, công chức, viên chức:'),
    { type: 'dots', lines: 2 },
    p('- Mức xếp loại chất lượng công chức, viên chức: ……………………………'),
    { type: 'signatures', cols: [{ title: '' }, { title: 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ', note: '(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)' }] },
    p('Đánh giá, xếp loại chất lượng đảng viên:', { bold: true }),
    p('- Nhận xét, đánh giá của chi ủy:'),
    { type: 'dots', lines: 2 },
    p('- Chi bộ đề xuất xếp loại mức chất lượng: ……………………………'),
    { type: 'signatures', cols: [{ title: '' }, { title: 'T/M CHI ỦY (CHI BỘ)', note: '(Xác lập thời điểm, ký, ghi rõ họ tên)' }] },
    p('- Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng: ……………………………'),
    { type: 'signatures', cols: [{ title: '' }, { title: 'T/M ĐẢNG ỦY (CHI ỦY)', note: '(Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)' }] },
  ];
  return { fileName: `ban-kiem-diem-ca-nhan-${d.year}${name ? `-${name}` : ''}`, title: `Bản kiểm điểm cá nhân năm ${d.year}${name ? ` — ${name}` : ''}`, blocks };
}
