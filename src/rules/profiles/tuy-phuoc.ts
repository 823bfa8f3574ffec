// Kế hoạch 23-KH/HU of Huyện ủy Tuy Phước (01/11/2021, seed 001) applying 132-QĐ/TW and
// HD 21-HD/BTCTW. Most level standards of 2021 are known to us only through this plan, so they
// are the plan's rules ([S] where regimes.md tags them so).
import type { CitationRef } from '../docs.ts';
import type { Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import {
  civilServantAtLeast, completedUnder, COLL, DV, eventsCase, flagCase, flagTrue, headCap, IND, isCollective, isIndividual, isOrg, levels,
  memberKhtnvOver, memberShare, noEvents, ORG, organizationCap, resultLevels, sameLevelAtLeast, sameLevelKhtnvCount, targetsUnder, TT, F_RESULTS,
  type Meta,
} from '../factories.ts';
import { forceMajeure, memberExclusions, selfDetected } from '../shared-rules.ts';
import { countBelow, ex, FAIL, PASS } from '../helpers.ts';
import { HD21, QD132 } from '../regimes/qd132.ts';
import { restate, ruleById } from '../layers.ts';
import { formerOrgComments, headAfterUnit, temporaryActivityComments } from '../procedures.ts';

export const TP = (...path: string[]): CitationRef => ({ doc: 'kh-tuy-phuoc-2021', path });
const L = 'ke-hoach-dia-phuong' as const;
const FROM = '2021-11-01';
const m = (cite: CitationRef[], words: string, kinds: Meta['kinds'], evidence?: Meta['evidence']): Meta => ({ cite, words, kinds, source: L, ...(evidence ? { evidence } : {}) });

const A = TP('II', 'B', '2', '2.3', 'a'), B = TP('II', 'B', '2', '2.3', 'b'), Cc = TP('II', 'B', '2', '2.3', 'c'), D = TP('II', 'B', '2', '2.3', 'd');
const OA = TP('II', 'B', '1', '1.3', 'a'), OB = TP('II', 'B', '1', '1.3', 'b'), OC = TP('II', 'B', '1', '1.3', 'c'), OD = TP('II', 'B', '1', '1.3', 'd');
const TA = TP('II', 'B', '3', '3.3', 'a'), TB = TP('II', 'B', '3', '3.3', 'b'), TC = TP('II', 'B', '3', '3.3', 'c'), TD = TP('II', 'B', '3', '3.3', 'd');
const LEAD = TP('II', 'B', '4');
const NOTES = TP('II', 'B', '6');

const params = [
  param('tp.dv.khtnv.hoan-thanh', 0.5, FROM, 'ti-le', 'Đảng viên chỉ hoàn thành dưới tỉ lệ này thì Không hoàn thành nhiệm vụ', D, 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ công tác được giao trong năm.', L),
  param('tp.chi-bo.htxsnv.htnv', 1, FROM, 'ti-le', 'Chi bộ Hoàn thành xuất sắc: tỉ lệ đảng viên Hoàn thành nhiệm vụ trở lên', OA, 'Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L, 'S'),
  param('tp.chi-bo.htxsnv.httnv', 0.8, FROM, 'ti-le', 'Chi bộ Hoàn thành xuất sắc: tỉ lệ đảng viên Hoàn thành tốt trở lên', OA, 'trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L, 'S'),
  param('tp.dang-bo.htxsnv.htnv', 1, FROM, 'ti-le', 'Đảng bộ Hoàn thành xuất sắc: tỉ lệ tổ chức trực thuộc Hoàn thành nhiệm vụ trở lên', OA, 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L, 'S'),
  param('tp.dang-bo.htxsnv.httnv', 0.8, FROM, 'ti-le', 'Đảng bộ Hoàn thành xuất sắc: tỉ lệ tổ chức trực thuộc Hoàn thành tốt trở lên', OA, 'trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L, 'S'),
  param('tp.chi-bo.httnv.htnv', 1, FROM, 'ti-le', 'Chi bộ Hoàn thành tốt: tỉ lệ đảng viên Hoàn thành nhiệm vụ', OB, 'Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ”', L, 'S'),
  param('tp.chi-bo.httnv.httnv', 0.5, FROM, 'ti-le', 'Chi bộ Hoàn thành tốt: tỉ lệ đảng viên Hoàn thành tốt trở lên', OB, 'trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L, 'S'),
  param('tp.dang-bo.httnv.htnv', 1, FROM, 'ti-le', 'Đảng bộ Hoàn thành tốt: tỉ lệ tổ chức trực thuộc Hoàn thành nhiệm vụ trở lên', OB, 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L, 'S'),
  param('tp.dang-bo.httnv.httnv', 0.5, FROM, 'ti-le', 'Đảng bộ Hoàn thành tốt: tỉ lệ tổ chức trực thuộc Hoàn thành tốt trở lên', OB, 'trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L, 'S'),
  param('tp.khtnv.chi-tieu', 0.5, FROM, 'ti-le', 'Tổ chức đảng chỉ hoàn thành dưới tỉ lệ chỉ tiêu này thì Không hoàn thành nhiệm vụ', OD, 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh được cấp có thẩm quyền giao', L),
  param('tp.khtnv.to-chuc-cung-cap', 2, FROM, 'so-luong', 'Số tổ chức cùng cấp Không hoàn thành nhiệm vụ', OD, 'Có từ 2 tổ chức trong các tổ chức: Mặt trận Tổ quốc, tổ chức chính trị - xã hội cùng cấp xếp loại chất lượng “Không hoàn thành nhiệm vụ”.', L),
  param('tp.khtnv.ty-le-khtnv', 0.2, FROM, 'ti-le', 'Tỉ lệ đảng viên / tổ chức trực thuộc Không hoàn thành nhiệm vụ', OD, 'Đảng bộ có trên 20% số tổ chức đảng trực thuộc …, chi bộ có trên 20% số đảng viên xếp loại chất lượng “Không hoàn thành nhiệm vụ”.', L, 'S'),
  param('tp.tl.khtnv.chi-tieu', 0.5, FROM, 'ti-le', 'Đơn vị do tập thể lãnh đạo trực tiếp lãnh đạo chỉ hoàn thành dưới tỉ lệ này', TD, 'chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm, các chỉ tiêu chủ yếu không đạt 100%', L),
  param('tp.moi-ket-nap.thang', 6, FROM, 'thang', 'Số tháng kể từ kết nạp', NOTES, 'đảng viên mới kết nạp chưa đủ 6 tháng', L),
  param('tp.chuyen-cong-tac.thang', 6, FROM, 'thang', 'Đảng viên chuyển công tác có thời gian công tác ở nơi cũ từ số tháng này: lấy ý kiến nhận xét của nơi chuyển đi', NOTES, 'Đối với trường hợp có thời gian công tác ở chi bộ, cơ quan, đơn vị cũ từ 6 tháng trở lên thì phải lấy ý kiến nhận xét của chi bộ, cơ quan, đơn vị nơi chuyển đi', L),
  param('tp.nho.so-luong', 5, FROM, 'so-luong', 'Nơi có dưới số này xếp loại Hoàn thành tốt thì chọn 01 Hoàn thành xuất sắc', NOTES, 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý xếp loại “Hoàn thành tốt nhiệm vụ” thì chọn 01 …', L),
];

// ── Đảng viên (II.B.2.3), applied also to leaders through II.B.4 ─────────────────────────────

const WA = 'Là đảng viên thực sự tiêu biểu về năng lực, phẩm chất đạo đức, lối sống, luôn đi đầu về đổi mới sáng tạo, có sản phẩm cụ thể lượng hóa được, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo.';
const WA2 = 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đánh giá đạt cấp độ “Xuất sắc”; những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WB = 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đánh giá đạt cấp độ “Tốt” trở lên; những tiêu chí còn lại được đánh giá đạt cấp độ “Trung bình” trở lên.';
/** Leaders are rated under local regulations we do not have (II.B.4): their clause is cited first. */
const both = (c: CitationRef) => (k: Meta['kinds']) => (k === DV ? [c] : [LEAD, c]);

function individual(kinds: Meta['kinds']): Condition[] {
  // The plan restates HD 21's standards (same ids, so the plan's wording replaces the central one).
  const cite = (c: CitationRef) => [...both(c)(kinds), HD21];
  return [
    flagTrue('q132.cn.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'thực sự tiêu biểu, có nhiều thành tích nổi bật', 'chưa phải đảng viên thực sự tiêu biểu, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo', m(cite(A), WA, kinds)),
    levels('q132.cn.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m(cite(A), WA2, kinds)),
    levels('q132.cn.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m(cite(A), WA2, kinds)),
    levels('q132.cn.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m(cite(B), WB, kinds)),
    levels('q132.cn.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m(cite(B), WB, kinds)),
    levels('q132.cn.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m(cite(Cc), 'Các tiêu chí cơ bản được đánh giá đạt cấp độ “Trung bình” trở lên.', kinds)),
    flagCase('q132.cn.khtnv.suy-thoai', 'suy-thoai', 'degradationConcluded', (s) => isIndividual(s) && s.degradationConcluded, 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”', 'không bị kết luận suy thoái', m(cite(D), 'Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.', kinds)),
    completedUnder('q132.cn.khtnv.hoan-thanh-duoi-50', 'tp.dv.khtnv.hoan-thanh', m(cite(D), 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ công tác được giao trong năm.', kinds)),
  ];
}

const member: Condition[] = [
  ...individual(DV),
  ...individual(['can-bo-lanh-dao']),
  civilServantAtLeast('tp.dv.httnv.cong-chuc', 'HTTNV', 'HTTNV', m([B], 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành tốt nhiệm vụ” trở lên.', DV, 'S')),
  civilServantAtLeast('tp.dv.htnv.cong-chuc', 'HTNV', 'HTNV', m([Cc], 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành nhiệm vụ” trở lên.', DV, 'S')),
];

// ── Tổ chức đảng (II.B.1.3) ─────────────────────────────────────────────────────────────────

const WOA = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện nhiệm vụ phòng chống dịch Covid – 19, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh, chuyên môn nghiệp vụ được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Xuất sắc”, những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WOB = 'Các tiêu chí về kết quả … được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Tốt” trở lên, những tiêu chí còn lại được đánh giá đạt cấp độ “Trung bình” trở lên.';
const WOA3 = 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên. Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 80% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.';
const WOB3 = 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên. Đối với chi bộ phải có 100% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ”, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.';
const orgSelf = selfDetected('tp.tc.htnv.ky-luat', [OC], L);

const organization: Condition[] = [
  flagTrue('tp.tc.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'có nhiều thành tích nổi bật, có đổi mới sáng tạo, điển hình', 'chưa phải đảng bộ (chi bộ) có nhiều thành tích nổi bật, có đổi mới sáng tạo, điển hình để các tổ chức đảng khác học tập', m([OA], 'Là đảng bộ (chi bộ) có nhiều thành tích nổi bật, có đổi mới sáng tạo; khẳng định vị thế, vai trò hàng đầu, điển hình để các tổ chức đảng khác học tập, noi theo.', ORG)),
  levels('q132.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([OA], WOA, ORG)),
  levels('q132.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([OA], WOA, ORG)),
  memberShare('tp.tc.htxsnv.dang-bo-htnv', 'HTXSNV', 'dang-bo', 'HTNV', 'tp.dang-bo.htxsnv.htnv', m([OA], WOA3, ORG, 'S')),
  memberShare('tp.tc.htxsnv.dang-bo-httnv', 'HTXSNV', 'dang-bo', 'HTTNV', 'tp.dang-bo.htxsnv.httnv', m([OA], WOA3, ORG, 'S')),
  memberShare('tp.tc.htxsnv.chi-bo-htnv', 'HTXSNV', 'chi-bo', 'HTNV', 'tp.chi-bo.htxsnv.htnv', m([OA], WOA3, ORG, 'S')),
  memberShare('tp.tc.htxsnv.chi-bo-httnv', 'HTXSNV', 'chi-bo', 'HTTNV', 'tp.chi-bo.htxsnv.httnv', m([OA], WOA3, ORG, 'S')),
  sameLevelAtLeast('tp.tc.htxsnv.cung-cap', 'HTXSNV', 'HTTNV', m([OA], 'Chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  levels('q132.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([OB], WOB, ORG)),
  levels('q132.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([OB], WOB, ORG)),
  memberShare('tp.tc.httnv.dang-bo-htnv', 'HTTNV', 'dang-bo', 'HTNV', 'tp.dang-bo.httnv.htnv', m([OB], WOB3, ORG, 'S')),
  memberShare('tp.tc.httnv.dang-bo-httnv', 'HTTNV', 'dang-bo', 'HTTNV', 'tp.dang-bo.httnv.httnv', m([OB], WOB3, ORG, 'S')),
  memberShare('tp.tc.httnv.chi-bo-htnv', 'HTTNV', 'chi-bo', 'HTNV', 'tp.chi-bo.httnv.htnv', m([OB], WOB3, ORG, 'S')),
  memberShare('tp.tc.httnv.chi-bo-httnv', 'HTTNV', 'chi-bo', 'HTTNV', 'tp.chi-bo.httnv.httnv', m([OB], WOB3, ORG, 'S')),
  sameLevelAtLeast('tp.tc.httnv.cung-cap', 'HTTNV', 'HTNV', m([OB], 'Chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên.', ORG)),
  noEvents('tp.tc.httnv.ky-luat', 'HTTNV', 'ky-luat-cap-duoi', { who: ['to-chuc-truc-thuoc'] }, m([OB], 'Không có tổ chức đảng trực thuộc bị xử lý kỷ luật.', ORG)),
  levels('q132.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([OC], 'Các tiêu chí đều đánh giá đạt cấp độ “Trung bình” trở lên.', ORG)),
  noEvents('tp.tc.htnv.ky-luat', 'HTNV', 'ky-luat-to-chuc', { who: ['to-chuc'], selfDetected: orgSelf }, m([OC], 'Tổ chức đảng không bị xử lý kỷ luật (trừ trường hợp bị xử lý kỷ luật nhưng tự phát hiện và khắc phục xong hậu quả).', ORG)),
  targetsUnder('tp.tc.khtnv.chi-tieu', 'tp.khtnv.chi-tieu', false, null, m([OD], 'Chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh được cấp có thẩm quyền giao hoặc các chương trình, kế hoạch về xây dựng Đảng, xây dựng hệ thống chính trị của đảng bộ ở mức kém.', ORG)),
  {
    id: 'tp.tc.khtnv.xay-dung-dang-kem', level: 'KHTNV', role: 'khtnv-case', topic: 'tieu-chi-all', facts: [F_RESULTS], kinds: ORG, cite: [OD], source: L,
    words: 'các chương trình, kế hoạch về xây dựng Đảng, xây dựng hệ thống chính trị của đảng bộ ở mức kém',
    check: (s) => (countBelow(resultLevels(s), 'trung-binh') ? FAIL : PASS),
    explain(s) {
      const n = countBelow(resultLevels(s), 'trung-binh');
      const ok = 'không có tiêu chí kết quả ở mức “Kém”';
      return n ? ex(`${n} tiêu chí kết quả mức “Kém”`, ok, `các chương trình, kế hoạch về xây dựng Đảng, xây dựng hệ thống chính trị hoặc kết quả lãnh đạo (${n} tiêu chí kết quả) ở mức “Kém”`) : ex('không có', ok);
    },
  },
  flagCase('tp.tc.khtnv.covid', 'covid', 'covidResponseInadequate', (s) => isOrg(s) && s.covidResponseInadequate, 'lãnh đạo nhiệm vụ phòng, chống dịch Covid-19 chưa quyết liệt, còn buông lỏng, thiếu sâu sát, hiệu quả không cao', 'phòng, chống dịch Covid-19 quyết liệt, hiệu quả', m([OD], 'Nhiệm vụ phòng, chống dịch Covid – 19 chưa quyết liệt, còn buông lỏng, thiếu sâu sát, hiệu quả không cao.', ORG)),
  sameLevelKhtnvCount('tp.tc.khtnv.cung-cap', 'tp.khtnv.to-chuc-cung-cap', m([OD], 'Có từ 2 tổ chức trong các tổ chức: Mặt trận Tổ quốc, tổ chức chính trị - xã hội cùng cấp xếp loại chất lượng “Không hoàn thành nhiệm vụ”.', ORG)),
  // "Tổ chức đảng bị xử lý kỷ luật" (d) overlaps c), which excepts self-detected violations:
  // resolved by carrying c)'s exception (otherwise the two would contradict each other).
  eventsCase('tp.tc.khtnv.ky-luat', 'ky-luat-to-chuc', { who: ['to-chuc'], selfDetected: { ...orgSelf, id: 'tp.tc.khtnv.ky-luat~tu-phat-hien', overrides: 'tp.tc.khtnv.ky-luat' } }, m([OD, OC], 'Tổ chức đảng bị xử lý kỷ luật.', ORG)),
  memberKhtnvOver('tp.tc.khtnv.dang-bo-20', 'dang-bo', 'tp.khtnv.ty-le-khtnv', m([OD], 'Đảng bộ có trên 20% số tổ chức đảng trực thuộc xếp loại chất lượng “Không hoàn thành nhiệm vụ”', ORG, 'S')),
  memberKhtnvOver('tp.tc.khtnv.chi-bo-20', 'chi-bo', 'tp.khtnv.ty-le-khtnv', m([OD], 'chi bộ có trên 20% số đảng viên xếp loại chất lượng “Không hoàn thành nhiệm vụ”', ORG, 'S')),
];

// ── Tập thể lãnh đạo (II.B.3.3) ─────────────────────────────────────────────────────────────

const WTA = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện phòng, chống dịch Covid – 19, hoàn thành tốt nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Xuất sắc”; những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WTB = 'Các tiêu chí về kết quả … được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Tốt” trở lên; những tiêu chí còn lại được đánh giá đạt cấp độ “Trung bình” trở lên.';
const collSelf = selfDetected('tp.tl.htnv.ky-luat', [TC], L);

const leadership: Condition[] = [
  flagTrue('tp.tl.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'tập thể đoàn kết, giữ vị trí hàng đầu', 'chưa phải tập thể đoàn kết, khẳng định rõ vai trò lãnh đạo, giữ vị trí hàng đầu trong địa phương, ngành, lĩnh vực', m([TA], 'Là tập thể đoàn kết, có phẩm chất, năng lực, uy tín, khẳng định rõ vai trò lãnh đạo, chỉ đạo, điều hành …; xây dựng đơn vị phát triển toàn diện, giữ vị trí hàng đầu trong địa phương, ngành, lĩnh vực.', TT)),
  levels('q132.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([TA], WTA, TT)),
  levels('q132.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([TA], WTA, TT)),
  noEvents('tp.tl.htxsnv.ky-luat', 'HTXSNV', 'ky-luat-cap-duoi', { who: ['thanh-vien'] }, m([TA], 'Không có thành viên của tập thể lãnh đạo bị kỷ luật.', TT)),
  levels('q132.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([TB], WTB, TT)),
  levels('q132.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([TB], WTB, TT)),
  noEvents('tp.tl.httnv.ky-luat', 'HTTNV', 'ky-luat-cap-duoi', { who: ['thanh-vien'] }, m([TB], 'Không có thành viên của tập thể lãnh đạo bị kỷ luật.', TT)),
  levels('q132.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([TC], 'Các tiêu chí cơ bản được đánh giá đạt cấp độ “Trung bình” trở lên.', TT)),
  noEvents('tp.tl.htnv.ky-luat', 'HTNV', 'ky-luat-to-chuc', { who: ['tap-the'], selfDetected: collSelf }, m([TC], 'Tập thể lãnh đạo không bị xử lý kỷ luật (trừ trường hợp bị xử lý kỷ luật nhưng tự phát hiện và khắc phục xong hậu quả).', TT)),
  flagCase('tp.tl.khtnv.mat-doan-ket', 'doan-ket', 'disunityConcluded', (s) => isCollective(s) && s.disunityConcluded, 'bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ', 'không bị kết luận mất đoàn kết', m([TD], 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.', TT)),
  flagCase('tp.tl.khtnv.thanh-vien-suy-thoai', 'suy-thoai', 'memberDegradation', (s) => isCollective(s) && s.memberDegradation, 'có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”', 'không có thành viên suy thoái', m([TD], 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.', TT)),
  targetsUnder('tp.tl.khtnv.chi-tieu', 'tp.tl.khtnv.chi-tieu', true, forceMajeure('tp.tl.khtnv.chi-tieu', [TD], L), m([TD], 'Địa phương, tổ chức, cơ quan, đơn vị trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm, các chỉ tiêu chủ yếu không đạt 100% (trừ trường hợp bất khả kháng).', TT)),
  flagCase('tp.tl.khtnv.covid', 'covid', 'covidResponseInadequate', (s) => isCollective(s) && s.covidResponseInadequate, 'lãnh đạo nhiệm vụ phòng, chống dịch Covid-19 chưa quyết liệt, còn buông lỏng, thiếu sâu sát, hiệu quả không cao', 'phòng, chống dịch Covid-19 quyết liệt, hiệu quả', m([TD], 'Nhiệm vụ phòng, chống dịch Covid-19 chưa quyết liệt, còn buông lỏng, thiếu sâu sát, hiệu quả không cao.', TT)),
  // d) "Tập thể lãnh đạo bị xử lý kỷ luật" vs c) "(trừ trường hợp … tự phát hiện …)": c)'s exception is carried.
  eventsCase('tp.tl.khtnv.ky-luat-tap-the', 'ky-luat-to-chuc', { who: ['tap-the'], selfDetected: { ...collSelf, id: 'tp.tl.khtnv.ky-luat-tap-the~tu-phat-hien', overrides: 'tp.tl.khtnv.ky-luat-tap-the' } }, m([TD, TC], 'Tập thể lãnh đạo bị xử lý kỷ luật.', TT)),
  eventsCase('tp.tl.khtnv.ky-luat-thanh-vien', 'ky-luat-cap-duoi', { who: ['thanh-vien'], minForm: 'canh-cao' }, m([TD], 'Có thành viên của tập thể lãnh đạo bị xử lý kỷ luật từ cảnh cáo trở lên (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).', TT)),
];

const situations: Situation[] = [
  // Exempt and suspended members are neither reviewed nor rated (the new-member rule is the central [A] one).
  ...memberExclusions('tp.dv', [TP('II', 'B', '2', '2.1'), TP('II', 'A', '1', '1.2')], L, 'Đảng viên trong toàn Đảng bộ (trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng).', null),
  // The central [A] rules, in the words the plan restates them (II.B.6).
  restate(ruleById(QD132.situations, 'q132.dv.moi-ket-nap'), NOTES),
  restate(ruleById(QD132.situations, 'q132.tc.moi-thanh-lap'), NOTES),
  restate(ruleById(QD132.situations, 'q132.dv.thai-san'), NOTES),
];

const restatedCentral: Condition[] = [
  restate(ruleById(QD132.conditions, 'q132.dv.htxsnv.cong-chuc'), A),
  restate(ruleById(QD132.conditions, 'q132.dv.khtnv.cong-chuc'), D),
  restate(ruleById(QD132.conditions, 'q132.cn.khtnv.ky-luat'), D),
];

const procedures = [
  formerOrgComments({ id: 'tp.dv.chuyen-cong-tac', cite: [NOTES], source: L, words: 'Đảng viên khi chuyển công tác thì chi bộ nơi tiếp nhận có trách nhiệm đánh giá, xếp loại chất lượng. Đối với trường hợp có thời gian công tác ở chi bộ, cơ quan, đơn vị cũ từ 6 tháng trở lên thì phải lấy ý kiến nhận xét của chi bộ, cơ quan, đơn vị nơi chuyển đi.' }, 'tp.chuyen-cong-tac.thang', true),
  temporaryActivityComments({ id: 'tp.dv.sinh-hoat-tam-thoi', cite: [NOTES], source: L, words: 'Đảng viên sinh hoạt tạm thời được đánh giá, xếp loại chất lượng ở chi bộ nơi đảng viên sinh hoạt chính thức. Trước khi đánh giá, xếp loại chất lượng, đảng viên sinh hoạt tạm thời lấy nhận xét của chi bộ nơi sinh hoạt tạm thời nộp cho chi bộ nơi sinh hoạt chính thức để làm căn cứ đánh giá, xếp loại chất lượng đảng viên.' }),
  headAfterUnit({ id: 'tp.ld.xep-sau-don-vi', cite: [LEAD], source: L, words: 'Sau khi hoàn thành đánh giá, xếp loại tổ chức, tập thể, cá nhân ở địa phương, cơ quan, đơn vị thì đánh giá, xếp loại người đứng đầu.' },
    'Đánh giá, xếp loại người đứng đầu sau khi đã hoàn thành đánh giá, xếp loại tổ chức, tập thể, cá nhân ở địa phương, cơ quan, đơn vị do mình đứng đầu.'),
];

export const TUY_PHUOC: RuleLayer = {
  id: 'kh-tuy-phuoc-2021',
  label: 'Kế hoạch 23-KH/HU của Huyện ủy Tuy Phước (2021)',
  params,
  conditions: [...restatedCentral, ...member, ...organization, ...leadership],
  caps: [
    restate(ruleById(QD132.caps, 'q132.dv.nghi-om'), NOTES),
    headCap('tp.ld.nguoi-dung-dau', {
      id: 'tp.ld.nguoi-dung-dau~moi-chuyen-den', overrides: 'tp.ld.nguoi-dung-dau', cite: [NOTES], source: L,
      words: 'Trường hợp cá nhân là người đứng đầu được chuyển đến mà không liên quan đến mức xếp loại của tổ chức, cơ quan, đơn vị mới thì không áp dụng quy định “Mức xếp loại chất lượng của người đứng đầu không được cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị do mình đứng đầu”.',
      note: 'Người đứng đầu mới chuyển đến, không liên quan đến mức xếp loại của đơn vị mới: không áp dụng quy định mức xếp loại không cao hơn đơn vị.',
    }, m([LEAD, NOTES], 'Mức xếp loại chất lượng của người đứng đầu không được cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị do mình đứng đầu.', ['can-bo-lanh-dao'])),
    organizationCap('tp.tl.khong-cao-hon-to-chuc', m([TA], 'Mức xếp loại chất lượng của tập thể lãnh đạo không được cao hơn mức xếp loại của tổ chức đảng.', TT)),
  ],
  situations,
  procedures,
  // The plan answers what the central facts leave open (its own thresholds, cases, exclusions).
  removes: [
    { id: 'q132.im-lang.nguon' }, { id: 'q132.im-lang.lanh-dao' }, { id: 'q132.im-lang.sinh-hoat' }, { id: 'q132.im-lang.cong-chuc-giua' },
    { id: 'q132.im-lang.to-chuc' }, { id: 'q132.im-lang.tap-the' }, { id: 'q132.im-lang.nhiem-vu' }, { id: 'q132.im-lang.bo-nhiem' },
  ],
  silences: [
    { id: 'tp.im-lang.lanh-dao', kinds: ['can-bo-lanh-dao'], note: 'Kế hoạch Tuy Phước (II.B.4) đánh giá cán bộ lãnh đạo, quản lý theo Quy định 05-QĐi/HU và 07-QĐi/HU của Ban Thường vụ Huyện ủy (không có trong thư viện): ứng dụng áp dụng khung tiêu chuẩn theo cấp độ tiêu chí của mục II.B.2.3, mức trần của người đứng đầu và không tự đặt thêm ngưỡng về đơn vị phụ trách.' },
    { id: 'tp.im-lang.bo-nhiem', kinds: ['can-bo-lanh-dao'], when: (s) => isIndividual(s) && !!s.leadership?.appointedOn, note: 'Kế hoạch Tuy Phước và các tài liệu về Hướng dẫn 21 không nêu quy định riêng cho cán bộ mới được bổ nhiệm.' },
    { id: 'tp.im-lang.vi-pham-khac', kinds: IND, when: (s) => isIndividual(s) && (!!s.violatedProhibitions || !!s.violatedExemplaryDuty || s.lowConfidenceShare !== undefined), note: 'Kế hoạch Tuy Phước (II.B.2.3.d) không liệt kê vi phạm điều đảng viên không được làm, vi phạm trách nhiệm nêu gương hoặc phiếu tín nhiệm thấp là trường hợp “Không hoàn thành nhiệm vụ”; các nội dung này được phản ánh qua cấp độ của tiêu chí.' },
    { id: 'tp.im-lang.nhiem-vu', kinds: IND, when: (s) => isIndividual(s) && !!s.tasks, note: 'Theo Kế hoạch Tuy Phước (Quy định 132), các mức xếp loại cá nhân xét theo cấp độ của tiêu chí; tỉ lệ nhiệm vụ chỉ dùng cho trường hợp hoàn thành dưới 50% (II.B.2.3.d).' },
  ],
};

export { COLL, HD21 };
