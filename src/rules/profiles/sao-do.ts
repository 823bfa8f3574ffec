// Kế hoạch of Đảng ủy phường Sao Đỏ (2023, seed 000) over Quy định 124-QĐ/TW.
// Conditions with a 124 id restate that clause in the plan's words (the plan's heading becomes
// the primary citation, 124 stays as the second); new ids are what the plan adds.
import type { CitationRef } from '../docs.ts';
import type { Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { viDate, hasFullMonths } from '../dates.ts';
import {
  allCompleted, allOnTime, civilServantAtLeast, civilServantKhtnv, COLL, disciplinedInYear, DV, eventsCase, exceededShare, flagCase, flagTrue, headCap,
  isCollective, isIndividual, LD, lateAtMost, levels, lowConfidenceOver, memberKhtnvOver, memberShare, noEvents, notCompletedOver, ORG, organizationCap,
  sameLevelAtLeast, sameLevelKhtnvCount, targetsUnder, TT, anyKem, type Meta,
} from '../factories.ts';
import { Q124 } from '../regimes/qd124.ts';
import { earlierYear, forceMajeure, memberExclusions, selfDetected } from '../shared-rules.ts';
import { chiBoFirst, formerOrgComments, headAfterUnit, temporaryActivityComments } from '../procedures.ts';

export const SD = (...path: string[]): CitationRef => ({ doc: 'kh-sao-do-2023', path });
const L = 'ke-hoach-dia-phuong' as const;
const FROM = '2023-11-21';
const m = (cite: CitationRef[], words: string, kinds: Meta['kinds']): Meta => ({ cite, words, kinds, source: L });

const A = SD('II', 'B', '2', '2.3', 'a'), B = SD('II', 'B', '2', '2.3', 'b'), Cc = SD('II', 'B', '2', '2.3', 'c'), D = SD('II', 'B', '2', '2.3', 'd');
const OA = SD('II', 'B', '1', '1.3', 'a'), OB = SD('II', 'B', '1', '1.3', 'b'), OC = SD('II', 'B', '1', '1.3', 'c'), OD = SD('II', 'B', '1', '1.3', 'd');
const TA = SD('II', 'B', '3', '3.3', 'a'), TB = SD('II', 'B', '3', '3.3', 'b'), TC = SD('II', 'B', '3', '3.3', 'c'), TD = SD('II', 'B', '3', '3.3', 'd');
const NOTES = SD('II', 'B', '5');

const params = [
  param('sd.moi-ket-nap.thang', 6, FROM, 'thang', 'Số tháng kể từ ngày kết nạp', SD('II', 'B', '2', '2.1'), 'đảng viên mới kết nạp chưa đủ 6 tháng', L),
  param('sd.moi.thang', 6, FROM, 'thang', 'Số tháng kể từ khi thành lập, chia tách, sáp nhập hoặc bổ nhiệm để được xếp loại', NOTES, 'mới được thành lập, chia tách, sáp nhập, cán bộ, lãnh đạo quản lý được bổ nhiệm chức vụ chưa đủ 6 tháng … nhưng không đánh giá xếp loại', L),
  param('sd.chuyen-cong-tac.thang', 6, FROM, 'thang', 'Đảng viên chuyển công tác đã sinh hoạt ở tổ chức đảng trước đây từ số tháng này: lấy ý kiến nhận xét của tổ chức đó', NOTES, 'Đảng viên chuyển công tác có thời gian sinh hoạt đảng ở tổ chức đảng trước đây từ 06 tháng trở lên', L),
  param('sd.om.thang', 3, FROM, 'thang', 'Tổng số tháng nghỉ ốm trong năm để xếp loại theo thời gian làm việc thực tế', NOTES, 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên', L),
  param('sd.dv.htxsnv.vuot-muc', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu, nhiệm vụ vượt mức (đảng viên Hoàn thành xuất sắc)', A, 'trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức', L),
  param('sd.dv.htnv.chua-dam-bao', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa tiêu chí chưa đảm bảo chất lượng, tiến độ (đảng viên Hoàn thành nhiệm vụ)', Cc, 'có không quá 20% số tiêu chí chưa đảm bảo chất lượng, tiến độ', L),
  param('sd.dv.khtnv.khong-hoan-thanh', 0.5, FROM, 'ti-le', 'Tỉ lệ tiêu chí không hoàn thành (đảng viên Không hoàn thành nhiệm vụ)', D, 'Có trên 50 % số tiêu chí về kết quả thực hiện nhiệm vụ trong năm được đánh giá không hoàn thành', L),
  param('sd.dv.khtnv.tin-nhiem-thap', 0.5, FROM, 'ti-le', 'Tỉ lệ phiếu tín nhiệm thấp (đảng viên Không hoàn thành nhiệm vụ)', D, 'Có trên 50% số phiếu tín nhiệm thấp', L),
  param('sd.chi-bo.htxsnv.htnv', 0.95, FROM, 'ti-le', 'Chi bộ Hoàn thành xuất sắc: tỉ lệ đảng viên Hoàn thành nhiệm vụ trở lên', OA, 'Đối với chi bộ … phải có 95% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L),
  param('sd.chi-bo.htxsnv.httnv', 0.7, FROM, 'ti-le', 'Chi bộ Hoàn thành xuất sắc: tỉ lệ đảng viên Hoàn thành tốt trở lên', OA, 'trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L),
  param('sd.dang-bo.htxsnv.htnv', 1, FROM, 'ti-le', 'Đảng bộ Hoàn thành xuất sắc: tỉ lệ tổ chức đảng trực thuộc Hoàn thành nhiệm vụ trở lên', OA, 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L),
  param('sd.dang-bo.htxsnv.httnv', 0.7, FROM, 'ti-le', 'Đảng bộ Hoàn thành xuất sắc: tỉ lệ tổ chức đảng trực thuộc Hoàn thành tốt trở lên', OA, 'trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L),
  param('sd.chi-bo.httnv.htnv', 0.9, FROM, 'ti-le', 'Chi bộ Hoàn thành tốt: tỉ lệ đảng viên Hoàn thành nhiệm vụ trở lên', OB, 'Đối với chi bộ phải có 90% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L),
  param('sd.chi-bo.httnv.httnv', 0.5, FROM, 'ti-le', 'Chi bộ Hoàn thành tốt: tỉ lệ đảng viên Hoàn thành tốt trở lên', OB, 'trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L),
  param('sd.dang-bo.httnv.htnv', 1, FROM, 'ti-le', 'Đảng bộ Hoàn thành tốt: tỉ lệ tổ chức đảng trực thuộc Hoàn thành nhiệm vụ trở lên', OB, 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên', L),
  param('sd.dang-bo.httnv.httnv', 0.5, FROM, 'ti-le', 'Đảng bộ Hoàn thành tốt: tỉ lệ tổ chức đảng trực thuộc Hoàn thành tốt trở lên', OB, 'trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên', L),
  param('sd.khtnv.to-chuc-cung-cap', 2, FROM, 'so-luong', 'Số tổ chức cùng cấp Không hoàn thành nhiệm vụ dẫn tới tổ chức đảng Không hoàn thành nhiệm vụ', OD, 'Có từ 02 tổ chức (Mặt trận Tổ quốc, đoàn thể chính trị - xã hội) cùng cấp xếp loại chất lượng “Không hoàn thành nhiệm vụ”', L),
  param('sd.khtnv.ty-le-khtnv', 0.2, FROM, 'ti-le', 'Tỉ lệ đảng viên / tổ chức trực thuộc Không hoàn thành nhiệm vụ', OD, 'Đảng bộ có trên 20% số tổ chức đảng trực thuộc …, chi bộ có trên 20% số đảng viên xếp loại chất lượng “Không hoàn thành nhiệm vụ”', L),
  param('sd.khtnv.chi-tieu', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu của tổ chức đảng (kèm chỉ tiêu chủ yếu không đạt)', OD, 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ … và có các chỉ tiêu chủ yếu không đạt kế hoạch giao', L),
  param('sd.tl.khtnv.chi-tieu', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu của đơn vị do tập thể lãnh đạo trực tiếp lãnh đạo', TD, 'chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt, các chỉ tiêu chủ yếu không đạt kế hoạch giao', L),
  param('sd.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt', A, 'không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng', L),
  param('sd.nho.so-luong', 5, FROM, 'so-luong', 'Nhóm nhỏ: dưới số này và 100% Hoàn thành tốt thì được chọn 01 Hoàn thành xuất sắc', NOTES, 'Những nơi có dưới 05 tổ chức đảng; 05 tập thể lãnh đạo, quản lý; 05 đảng viên; 05 cán bộ lãnh đạo, quản lý và có 100% tập thể cá nhân xếp loại “Hoàn thành tốt nhiệm vụ” thì được chọn 01 …', L),
];

// ── Đảng viên (II.B.2.3) ────────────────────────────────────────────────────────────────────

const WA = 'Là đảng viên thực sự tiêu biểu về năng lực, phẩm chất đạo đức, lối sống, luôn đi đầu về đổi mới sáng tạo, có sản phẩm cụ thể lượng hóa được, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo.';
const WA2 = 'Các tiêu chí về kết quả thực hiện nhiệm vụ chính trị được giao đều đánh giá đạt cấp độ “Xuất sắc”; những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WA3 = 'Hoàn thành 100% chỉ tiêu, nhiệm vụ theo kế hoạch đề ra hoặc theo công việc được giao đúng tiến độ, bảo đảm chất lượng, hiệu quả; trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức.';
const WD = 'Cấp có thẩm quyền kết luận đánh giá có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”; vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị nơi công tác.';

const member: Condition[] = [
  flagTrue('q124.cn.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'thực sự tiêu biểu, có nhiều thành tích nổi bật', 'chưa phải đảng viên thực sự tiêu biểu, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo', m([A, Q124('12', '1')], WA, DV)),
  levels('q124.cn.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([A, Q124('12', '1')], WA2, DV)),
  levels('q124.cn.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([A, Q124('12', '1')], WA2, DV)),
  allOnTime('q124.cn.htxsnv.dung-tien-do', 'HTXSNV', m([A, Q124('12', '1', '1.2')], WA3, DV)),
  exceededShare('q124.cn.htxsnv.vuot-muc', 'HTXSNV', 'sd.dv.htxsnv.vuot-muc', m([A, Q124('12', '1', '1.2')], WA3, DV)),
  civilServantAtLeast('sd.dv.htxsnv.cong-chuc', 'HTXSNV', 'HTXSNV', m([A], 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.', DV)),
  allOnTime('q124.cn.httnv.dung-tien-do', 'HTTNV', m([B, Q124('12', '2', '2.2')], 'Hoàn thành 100% chỉ tiêu, nhiệm vụ theo kế hoạch đề ra hoặc theo công việc được giao đúng tiến độ, bảo đảm chất lượng, hiệu quả.', DV)),
  civilServantAtLeast('sd.dv.httnv.cong-chuc', 'HTTNV', 'HTTNV', m([B], 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành tốt nhiệm vụ” trở lên.', DV)),
  allCompleted('q124.cn.htnv.hoan-thanh', 'HTNV', m([Cc, Q124('12', '3', '3.2')], 'Các nhiệm vụ được giao đều hoàn thành, có không quá 20% số tiêu chí chưa đảm bảo chất lượng, tiến độ.', DV)),
  lateAtMost('q124.cn.htnv.cham-tien-do', 'HTNV', 'sd.dv.htnv.chua-dam-bao', m([Cc, Q124('12', '3', '3.2')], 'Các nhiệm vụ được giao đều hoàn thành, có không quá 20% số tiêu chí chưa đảm bảo chất lượng, tiến độ.', DV)),
  civilServantAtLeast('sd.dv.htnv.cong-chuc', 'HTNV', 'HTNV', m([Cc], 'Đảng viên là công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành nhiệm vụ” trở lên.', DV)),
  flagCase('q124.cn.khtnv.suy-thoai', 'suy-thoai', 'degradationConcluded', (s) => isIndividual(s) && s.degradationConcluded, 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”', 'không bị kết luận suy thoái', m([D, Q124('12', '4', '4.3', 'a')], WD, DV)),
  flagCase('q124.cn.khtnv.dieu-cam', 'dieu-cam', 'violatedProhibitions', (s) => isIndividual(s) && s.violatedProhibitions, 'vi phạm những điều đảng viên không được làm', 'không vi phạm', m([D, Q124('12', '4', '4.3', 'a')], WD, DV)),
  flagCase('q124.cn.khtnv.neu-guong', 'neu-guong', 'violatedExemplaryDuty', (s) => isIndividual(s) && s.violatedExemplaryDuty, 'vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị', 'không vi phạm', m([D, Q124('12', '4', '4.3', 'a')], WD, DV)),
  notCompletedOver('q124.cn.khtnv.khong-hoan-thanh', 'sd.dv.khtnv.khong-hoan-thanh', m([D, Q124('12', '4', '4.3', 'b')], 'Có trên 50 % số tiêu chí về kết quả thực hiện nhiệm vụ trong năm được đánh giá không hoàn thành.', DV)),
  lowConfidenceOver('q124.cn.khtnv.tin-nhiem', 'sd.dv.khtnv.tin-nhiem-thap', m([D, Q124('12', '4', '4.3', 'c')], 'Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm theo quy định trong năm đánh giá.', DV)),
  civilServantKhtnv('sd.dv.khtnv.cong-chuc', m([D], 'Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.', DV)),
  disciplinedInYear('q124.cn.khtnv.ky-luat', {
    selfDetected: selfDetected('q124.cn.khtnv.ky-luat', [D, Q124('12', '4', '4.3', 'd')], L),
    earlierYear: { ...earlierYear('q124.cn.khtnv.ky-luat', [NOTES, Q124('12', '4', '4.5')], L),
      note: 'Vi phạm xảy ra từ năm trước, nay mới bị kỷ luật: cấp ủy cấp trên trực tiếp đánh giá lại kết quả xếp loại tại thời điểm xảy ra vi phạm ở mức không hoàn thành nhiệm vụ (trường hợp tự phát hiện và khắc phục xong thì cân nhắc); kỷ luật này không tính vào năm đánh giá.' },
  }, m([D, Q124('12', '4', '4.3', 'd')], 'Đảng viên bị thi hành kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong), (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).', DV)),
];

// ── Tổ chức đảng (II.B.1.3) ─────────────────────────────────────────────────────────────────

const WOA = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, an ninh, quốc phòng được cấp có thẩm quyền đánh giá đạt cấp độ “Xuất sắc”, những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WOB = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng …; kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, an ninh, quốc phòng được cấp có thẩm quyền đánh giá đạt cấp độ “Tốt” trở lên, những tiêu chí còn lại được đánh giá đạt cấp độ “Trung bình” trở lên.';
const ORG_SUB = ['to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'] as const;

const organization: Condition[] = [
  flagTrue('q124.tt.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'có nhiều thành tích nổi bật, có đổi mới sáng tạo, điển hình', 'chưa phải đảng bộ (chi bộ) có nhiều thành tích nổi bật, có đổi mới sáng tạo, điển hình để các tổ chức đảng khác học tập', m([OA, Q124('12', '1')], 'Là đảng bộ (chi bộ) có nhiều thành tích nổi bật, có đổi mới sáng tạo; khẳng định vị thế, vai trò hàng đầu, điển hình để các tổ chức đảng khác học tập, noi theo.', ORG)),
  levels('q124.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([OA, Q124('12', '1')], WOA, ORG)),
  levels('q124.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([OA, Q124('12', '1')], WOA, ORG)),
  memberShare('sd.tc.htxsnv.dang-bo-htnv', 'HTXSNV', 'dang-bo', 'HTNV', 'sd.dang-bo.htxsnv.htnv', m([OA], 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.htxsnv.dang-bo-httnv', 'HTXSNV', 'dang-bo', 'HTTNV', 'sd.dang-bo.htxsnv.httnv', m([OA], 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.htxsnv.chi-bo-htnv', 'HTXSNV', 'chi-bo', 'HTNV', 'sd.chi-bo.htxsnv.htnv', m([OA], 'Đối với chi bộ (chi bộ cơ sở, chi bộ trực thuộc đảng ủy) phải có 95% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.htxsnv.chi-bo-httnv', 'HTXSNV', 'chi-bo', 'HTTNV', 'sd.chi-bo.htxsnv.httnv', m([OA], 'Đối với chi bộ (chi bộ cơ sở, chi bộ trực thuộc đảng ủy) phải có 95% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 70% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  sameLevelAtLeast('sd.tc.htxsnv.cung-cap', 'HTXSNV', 'HTTNV', m([OA], 'Chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  levels('q124.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([OB, Q124('12', '2')], WOB, ORG)),
  levels('q124.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([OB, Q124('12', '2')], WOB, ORG)),
  memberShare('sd.tc.httnv.dang-bo-htnv', 'HTTNV', 'dang-bo', 'HTNV', 'sd.dang-bo.httnv.htnv', m([OB], 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.httnv.dang-bo-httnv', 'HTTNV', 'dang-bo', 'HTTNV', 'sd.dang-bo.httnv.httnv', m([OB], 'Đối với đảng bộ phải có 100% số tổ chức đảng trực thuộc được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.httnv.chi-bo-htnv', 'HTTNV', 'chi-bo', 'HTNV', 'sd.chi-bo.httnv.htnv', m([OB], 'Đối với chi bộ phải có 90% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  memberShare('sd.tc.httnv.chi-bo-httnv', 'HTTNV', 'chi-bo', 'HTTNV', 'sd.chi-bo.httnv.httnv', m([OB], 'Đối với chi bộ phải có 90% đảng viên được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên, trong đó có từ 50% được xếp loại chất lượng “Hoàn thành tốt nhiệm vụ” trở lên.', ORG)),
  sameLevelAtLeast('sd.tc.httnv.cung-cap', 'HTTNV', 'HTNV', m([OB], 'Chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cùng cấp được xếp loại chất lượng “Hoàn thành nhiệm vụ” trở lên.', ORG)),
  noEvents('q124.tt.httnv.ky-luat.to-chuc', 'HTTNV', 'ky-luat-cap-duoi', { who: ORG_SUB, selfDetected: selfDetected('q124.tt.httnv.ky-luat.to-chuc', [OB, Q124('12', '2', '2.1')], L) },
    m([OB, Q124('12', '2', '2.1')], 'Không có tổ chức đảng trực thuộc hoặc cấp ủy viên bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', ORG)),
  levels('q124.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([OC, Q124('12', '3')], 'Các tiêu chí đều đánh giá đạt cấp độ “Trung bình” trở lên.', ORG)),
  // "Không có tổ chức đảng hoặc thành viên lãnh đạo bị kỷ luật" is read, as 124 Điều 12 khoản 3
  // điểm 3.1 which it implements, as the organizations under it; the organization itself being
  // disciplined is the separate KHTNV case below.
  noEvents('q124.tt.htnv.ky-luat.to-chuc', 'HTNV', 'ky-luat-cap-duoi', { who: ORG_SUB, selfDetected: selfDetected('q124.tt.htnv.ky-luat.to-chuc', [OC, Q124('12', '3', '3.1')], L) },
    m([OC, Q124('12', '3', '3.1')], 'Không có tổ chức đảng hoặc thành viên lãnh đạo bị kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', ORG)),
  anyKem('q124.tt.khtnv.tieu-chi-kem', m([OD, Q124('12', '4')], 'Là đảng bộ (chi bộ) có các tiêu chí đánh giá ở mức “Kém”', ORG)),
  eventsCase('q124.tc.khtnv.don-vi-vi-pham', 'ky-luat-cap-duoi', { who: ['to-chuc-truc-thuoc'], selfDetected: selfDetected('q124.tc.khtnv.don-vi-vi-pham', [OD, Q124('12', '4', '4.1', 'a')], L) },
    m([OD, Q124('12', '4', '4.1', 'a')], 'Có tổ chức đảng trực thuộc xảy ra vụ việc tham nhũng, lãng phí, tiêu cực hoặc các vi phạm khác bị xử lý kỷ luật theo quy định của Đảng, pháp luật của Nhà nước (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', ORG)),
  targetsUnder('q124.tc.khtnv.chi-tieu', 'sd.khtnv.chi-tieu', true, forceMajeure('q124.tc.khtnv.chi-tieu', [OD, Q124('12', '4', '4.1', 'b')], L),
    m([OD, Q124('12', '4', '4.1', 'b')], 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ theo chương trình, kế hoạch được cấp có thẩm quyền giao, phê duyệt trong năm và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng).', ORG)),
  sameLevelKhtnvCount('sd.tc.khtnv.cung-cap', 'sd.khtnv.to-chuc-cung-cap', m([OD], 'Có từ 02 tổ chức (Mặt trận Tổ quốc, đoàn thể chính trị - xã hội) cùng cấp xếp loại chất lượng “Không hoàn thành nhiệm vụ”.', ORG)),
  eventsCase('q124.tc.khtnv.tap-the-ky-luat', 'ky-luat-to-chuc', { who: ['to-chuc'] }, m([OD, Q124('12', '4', '4.1', 'c')], 'Tổ chức đảng bị xử lý kỷ luật.', ORG)),
  memberKhtnvOver('sd.tc.khtnv.dang-bo-20', 'dang-bo', 'sd.khtnv.ty-le-khtnv', m([OD], 'Đảng bộ có trên 20% số tổ chức đảng trực thuộc xếp loại chất lượng “Không hoàn thành nhiệm vụ”', ORG)),
  memberKhtnvOver('sd.tc.khtnv.chi-bo-20', 'chi-bo', 'sd.khtnv.ty-le-khtnv', m([OD], 'chi bộ có trên 20% số đảng viên xếp loại chất lượng “Không hoàn thành nhiệm vụ”', ORG)),
];

// ── Tập thể lãnh đạo, quản lý (II.B.3.3) ────────────────────────────────────────────────────

const WTA = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch công tác xây dựng Đảng, xây dựng hệ thống chính trị; kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Xuất sắc” bằng sản phẩm cụ thể, những tiêu chí còn lại được đánh giá đạt cấp độ “Tốt” trở lên.';
const WTB = 'Các tiêu chí về kết quả thực hiện chương trình, kế hoạch … được cấp có thẩm quyền giao đều đánh giá đạt cấp độ “Tốt” trở lên, những tiêu chí còn lại được đánh giá đạt cấp độ “Trung bình” trở lên.';
const WTD = 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ hoặc có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”.';

const leadership: Condition[] = [
  flagTrue('q124.tt.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'tập thể đoàn kết, có nhiều thành tích nổi bật', 'chưa phải tập thể đoàn kết, có nhiều thành tích nổi bật, giữ vị trí hàng đầu trong địa phương, ngành, lĩnh vực', m([TA, Q124('12', '1')], 'Là tập thể đoàn kết, có nhiều thành tích nổi bật, có phẩm chất, năng lực, uy tín, … xây dựng đơn vị phát triển toàn diện, giữ vị trí hàng đầu trong địa phương, ngành, lĩnh vực.', TT)),
  levels('q124.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([TA, Q124('12', '1')], WTA, TT)),
  levels('q124.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([TA, Q124('12', '1')], WTA, TT)),
  noEvents('q124.tt.htxsnv.ky-luat.tap-the', 'HTXSNV', 'ky-luat-cap-duoi', { who: ['don-vi-truc-thuoc', 'thanh-vien'] }, m([TA, Q124('12', '1', '1.1')], 'Không có tổ chức trực thuộc hoặc thành viên của tập thể lãnh đạo, quản lý cùng cấp bị kỷ luật.', TT)),
  levels('q124.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([TB, Q124('12', '2')], WTB, TT)),
  levels('q124.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([TB, Q124('12', '2')], WTB, TT)),
  noEvents('q124.tt.httnv.ky-luat.tap-the', 'HTTNV', 'ky-luat-cap-duoi', { who: ['don-vi-truc-thuoc', 'thanh-vien'], selfDetected: selfDetected('q124.tt.httnv.ky-luat.tap-the', [TB, Q124('12', '2', '2.1')], L) },
    m([TB, Q124('12', '2', '2.1')], 'Không có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', TT)),
  levels('q124.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([TC, Q124('12', '3')], 'Các tiêu chí cơ bản được đánh giá đạt cấp độ “Trung bình” trở lên.', TT)),
  noEvents('sd.tl.htnv.tap-the-ky-luat', 'HTNV', 'ky-luat-to-chuc', { who: ['tap-the'], selfDetected: selfDetected('sd.tl.htnv.tap-the-ky-luat', [TC], L) },
    m([TC], 'Tập thể lãnh đạo, quản lý không bị xử lý kỷ luật (trừ trường hợp bị xử lý kỷ luật nhưng tự phát hiện và khắc phục xong hậu quả).', TT)),
  flagCase('q124.tl.khtnv.mat-doan-ket', 'doan-ket', 'disunityConcluded', (s) => isCollective(s) && s.disunityConcluded, 'bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ', 'không bị kết luận mất đoàn kết', m([TD, Q124('12', '4', '4.2', 'a')], WTD, TT)),
  flagCase('q124.tl.khtnv.thanh-vien-suy-thoai', 'suy-thoai', 'memberDegradation', (s) => isCollective(s) && s.memberDegradation, 'có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”', 'không có thành viên suy thoái', m([TD, Q124('12', '4', '4.2', 'a')], WTD, TT)),
  targetsUnder('q124.tl.khtnv.chi-tieu', 'sd.tl.khtnv.chi-tieu', true, forceMajeure('q124.tl.khtnv.chi-tieu', [TD, Q124('12', '4', '4.2', 'b')], L),
    m([TD, Q124('12', '4', '4.2', 'b')], 'Địa phương, tổ chức, cơ quan, đơn vị trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt, các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng).', TT)),
  // "Tập thể lãnh đạo, quản lý bị xử lý kỷ luật" has no exception in II.B.3.3.d, but c) of the
  // same heading and 124 Điều 12 khoản 4 điểm 4.2 tiết c both except self-detected violations:
  // the exception is kept (resolution of an overlap the check would otherwise flag).
  eventsCase('q124.tl.khtnv.ky-luat-tap-the', 'ky-luat-to-chuc', { who: ['tap-the'], selfDetected: selfDetected('q124.tl.khtnv.ky-luat-tap-the', [TC, Q124('12', '4', '4.2', 'c')], L) },
    m([TD, Q124('12', '4', '4.2', 'c')], 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật.', TT)),
  eventsCase('q124.tl.khtnv.ky-luat-thanh-vien', 'ky-luat-cap-duoi', { who: ['thanh-vien'], selfDetected: selfDetected('q124.tl.khtnv.ky-luat-thanh-vien', [TD, Q124('12', '4', '4.2', 'c')], L) },
    m([TD, Q124('12', '4', '4.2', 'c')], 'Có thành viên của tập thể lãnh đạo, quản lý bị xử lý kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả).', TT)),
];

// ── Who is rated, special situations (II.A.1.2, II.B.2.1, II.B.5) ───────────────────────────

const situations: Situation[] = [
  ...memberExclusions('q124.dv', [SD('II', 'B', '2', '2.1'), SD('II', 'A', '1', '1.2'), Q124('5', '2', '2.1')], L,
    'Đảng viên trong toàn Đảng bộ phường (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng).',
    { reviewed: false, param: 'sd.moi-ket-nap.thang' }),
  { id: 'sd.dv.nghi-om-thai-san', kinds: DV, cite: [NOTES], source: L, facts: ['sickLeaveMonths', 'maternityLeave'], params: ['sd.om.thang'], effect: 'note',
    words: 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 03 tháng trở lên hoặc đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó.',
    applies: (s, x) => isIndividual(s) && ((s.sickLeaveMonths ?? 0) >= x.p('sd.om.thang') || !!s.maternityLeave),
    note: (s) => `${isIndividual(s) && s.maternityLeave ? 'Đảng viên nghỉ thai sản' : `Đảng viên nghỉ ốm tổng cộng ${String((s as { sickLeaveMonths?: number }).sickLeaveMonths ?? 0).replace('.', ',')} tháng (từ 03 tháng trở lên)`}: kết quả xếp loại là kết quả của thời gian làm việc thực tế trong năm; các số liệu nhiệm vụ cần kê theo thời gian làm việc thực tế.` },
  { id: 'sd.ld.moi-bo-nhiem', kinds: LD, cite: [NOTES], source: L, facts: ['leadership.appointedOn'], params: ['sd.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'cán bộ, lãnh đạo quản lý được bổ nhiệm chức vụ chưa đủ 6 tháng tính đến thời điểm đánh giá, xếp loại vẫn tiến hành kiểm điểm theo quy định, nhưng không đánh giá xếp loại',
    applies: (s, x) => isIndividual(s) && !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, x.p('sd.moi.thang')),
    note: (s, x) => `Được bổ nhiệm chức vụ từ ${viDate((s as { leadership: { appointedOn: string } }).leadership.appointedOn)}, chưa đủ ${x.p('sd.moi.thang')} tháng tính đến ngày đánh giá: vẫn kiểm điểm nhưng không đánh giá, xếp loại.` },
  { id: 'sd.tc.moi-thanh-lap', kinds: COLL, cite: [NOTES], source: L, facts: ['establishedOn'], params: ['sd.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'Cấp ủy, tổ chức đảng mới được thành lập, chia tách, sáp nhập … chưa đủ 6 tháng tính đến thời điểm đánh giá, xếp loại vẫn tiến hành kiểm điểm theo quy định, nhưng không đánh giá xếp loại.',
    applies: (s, x) => !isIndividual(s) && !!s.establishedOn && !hasFullMonths(s.establishedOn, x.date, x.p('sd.moi.thang')),
    note: (s, x) => `Mới thành lập, chia tách hoặc sáp nhập từ ${viDate((s as { establishedOn: string }).establishedOn)}, chưa đủ ${x.p('sd.moi.thang')} tháng tính đến ngày đánh giá: vẫn kiểm điểm nhưng không đánh giá, xếp loại.` },
];

export const SAO_DO: RuleLayer = {
  id: 'kh-sao-do-2023',
  label: 'Kế hoạch của Đảng ủy phường Sao Đỏ (2023)',
  params,
  conditions: [...member, ...organization, ...leadership],
  caps: [
    headCap('sd.ld.nguoi-dung-dau', {
      id: 'sd.ld.nguoi-dung-dau~moi-chuyen-den', overrides: 'sd.ld.nguoi-dung-dau', cite: [NOTES], source: L,
      words: 'trừ trường hợp người đứng đầu mới chuyển đến không liên quan mức xếp loại của tổ chức, cơ quan, đơn vị mới',
      note: 'Người đứng đầu mới chuyển đến, không liên quan đến mức xếp loại của đơn vị mới: không áp dụng quy định mức xếp loại không cao hơn đơn vị.',
    }, m([SD('II', 'B', '4'), NOTES], 'Mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị do mình đứng đầu.', LD)),
    organizationCap('sd.tl.khong-cao-hon-to-chuc', m([TA], 'Mức xếp loại chất lượng của tập thể lãnh đạo, quản lý không được cao hơn mức xếp loại của tổ chức, cơ quan, đơn vị.', TT)),
  ],
  situations,
  procedures: [
    temporaryActivityComments({ id: 'sd.dv.sinh-hoat-tam-thoi', cite: [NOTES], source: L, words: 'Đảng viên đang sinh hoạt đảng tạm thời thì kiểm điểm đánh giá, xếp loại ở nơi sinh hoạt chính thức. Trước khi đánh giá, xếp loại chất lượng, đảng viên phải lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời nộp cho chi bộ nơi sinh hoạt chính thức để làm căn cứ đánh giá, xếp loại chất lượng đảng viên.' }),
    formerOrgComments({ id: 'sd.dv.chuyen-cong-tac', cite: [NOTES], source: L, words: 'Đảng viên chuyển công tác có thời gian sinh hoạt đảng ở tổ chức đảng trước đây từ 06 tháng trở lên thì phải lấy ý kiến nhận xét của tổ chức đảng trước đây gửi về tổ chức đảng đang sinh hoạt để đánh giá, xếp loại.' }, 'sd.chuyen-cong-tac.thang', true),
    headAfterUnit({ id: 'q124.ld.xep-sau-don-vi', cite: [SD('II', 'B', '4'), Q124('11', '3')], source: L, words: 'Sau khi hoàn thành đánh giá, xếp loại chất lượng tổ chức, tập thể, cá nhân ở địa phương, cơ quan, đơn vị thì đánh giá, xếp loại chất lượng người đứng đầu.' },
      'Đánh giá, xếp loại người đứng đầu sau khi đã hoàn thành đánh giá, xếp loại chất lượng tổ chức, tập thể, cá nhân ở địa phương, cơ quan, đơn vị do mình đứng đầu.'),
    chiBoFirst({ id: 'q124.cn.kiem-diem-chi-bo-truoc', cite: [SD('II', 'A', '3', '3.3'), Q124('7', '3', '3.2')], source: L, words: 'Kiểm điểm tập thể trước, cá nhân sau; … Đối với đảng viên giữ chức vụ lãnh đạo, quản lý thì kiểm điểm ở chi bộ trước, cấp ủy, tổ chức đảng sau.' },
      'Là thành viên tập thể lãnh đạo, quản lý cấp trên: kiểm điểm ở chi bộ trước, ở cấp ủy, tổ chức đảng sau.'),
  ],
  removes: [
    { id: 'q124.im-lang.om' }, { id: 'q124.im-lang.cong-chuc' }, { id: 'q124.im-lang.nguoi-dung-dau' }, { id: 'q124.im-lang.bo-nhiem' },
    { id: 'q124.im-lang.thanh-lap' }, { id: 'q124.im-lang.ty-le-to-chuc' }, { id: 'q124.im-lang.tran-tap-the' },
  ],
  silences: [
    { id: 'sd.im-lang.lanh-dao', kinds: LD, note: 'Kế hoạch Sao Đỏ (II.B.4) đánh giá cán bộ lãnh đạo, quản lý theo Quy định 89-QĐ/TW và quy định của Tỉnh ủy, Thành ủy (không có trong thư viện); các điều kiện dưới đây là tiêu chuẩn của Quy định 124-QĐ/TW (Điều 12).' },
  ],
};
