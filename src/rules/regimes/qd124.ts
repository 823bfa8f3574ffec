// Quy định 124-QĐ/TW (04/10/2023), the central text itself (seed 003). Each rule quotes the
// clause it implements; paths follow the printed numbering (Điều, khoản, điểm, tiết).
import type { CitationRef } from '../docs.ts';
import type { Cap, Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { hasFullMonths } from '../dates.ts';
import {
  allCompleted, allOnTime, anyKem, COLL, disciplinedInYear, DV, eventsCase, exceededShare, flagCase, flagTrue, headedUnitKhtnv, IND,
  isCollective, isIndividual, isOrg, LD, levels, lateAtMost, lowConfidenceOver, noEvents, notCompletedOver, ORG, subordinateCorruption,
  subUnitsDisciplinedOver, subUnitsShare, targetsUnder, TT, unitAllTargets, unitExceeded, unitOnTime, unitTargetsShare, unitTargetsUnder,
  type Meta,
} from '../factories.ts';
import { chiBoFirst, headAfterUnit, proceduralSilences } from '../procedures.ts';
import { earlierYear, forceMajeure, memberExclusions, selfDetected } from '../shared-rules.ts';

export const Q124 = (...path: string[]): CitationRef => ({ doc: 'qd-124-2023', path });
const FROM = '2023-10-04';
const C = 'van-ban-trung-uong' as const;
const m = (cite: CitationRef[], words: string, kinds: Meta['kinds'], extra: Partial<Meta> = {}): Meta => ({ cite, words, kinds, source: C, ...extra });

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export const Q124_PARAMS = [
  param('moi-ket-nap.thang', 6, FROM, 'thang', 'Số tháng kể từ ngày kết nạp để được kiểm điểm, xếp loại', Q124('5', '2', '2.1'), 'đảng viên mới kết nạp chưa đủ 6 tháng', C),
  param('ca-nhan.htxsnv.vuot-muc', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu, nhiệm vụ hoàn thành vượt mức để Hoàn thành xuất sắc', Q124('12', '1', '1.2'), 'trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức', C),
  param('ca-nhan.htnv.chua-dam-bao', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa tiêu chí chưa bảo đảm chất lượng, tiến độ để Hoàn thành nhiệm vụ', Q124('12', '3', '3.2'), 'có không quá 20% số tiêu chí chưa bảo đảm chất lượng, tiến độ', C),
  param('ca-nhan.khtnv.khong-hoan-thanh', 0.5, FROM, 'ti-le', 'Tỉ lệ tiêu chí không hoàn thành dẫn tới Không hoàn thành nhiệm vụ', Q124('12', '4', '4.3', 'b'), 'Có trên 50% số tiêu chí về kết quả thực hiện nhiệm vụ trong năm được đánh giá không hoàn thành', C),
  param('ca-nhan.khtnv.tin-nhiem-thap', 0.5, FROM, 'ti-le', 'Tỉ lệ phiếu tín nhiệm thấp dẫn tới Không hoàn thành nhiệm vụ', Q124('12', '4', '4.3', 'c'), 'Có trên 50% số phiếu tín nhiệm thấp', C),
  param('lanh-dao.htxsnv.vuot-muc', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu cơ bản của đơn vị phụ trách hoàn thành vượt mức', Q124('12', '1', '1.3'), 'trong đó có ít nhất 50% chỉ tiêu (nhiệm vụ) cơ bản hoàn thành vượt mức', C),
  param('lanh-dao.htxsnv.don-vi-htnv', 1, FROM, 'ti-le', 'Tỉ lệ đơn vị thuộc quyền xếp loại Hoàn thành nhiệm vụ trở lên (Hoàn thành xuất sắc)', Q124('12', '1', '1.3'), '100% cơ quan, đơn vị thuộc quyền lãnh đạo, quản lý trực tiếp được xếp loại hoàn thành nhiệm vụ trở lên', C),
  param('lanh-dao.htxsnv.don-vi-httnv', 0.7, FROM, 'ti-le', 'Tỉ lệ đơn vị thuộc quyền xếp loại Hoàn thành tốt trở lên (Hoàn thành xuất sắc)', Q124('12', '1', '1.3'), 'trong đó có ít nhất 70% số đơn vị xếp loại hoàn thành tốt nhiệm vụ trở lên', C),
  param('lanh-dao.httnv.dung-tien-do', 0.8, FROM, 'ti-le', 'Tỉ lệ công việc của đơn vị phụ trách hoàn thành đúng tiến độ (Hoàn thành tốt)', Q124('12', '2', '2.3'), 'có ít nhất 80% số lượng công việc được giao hoàn thành đúng tiến độ, bảo đảm chất lượng', C),
  param('lanh-dao.httnv.don-vi-htnv', 1, FROM, 'ti-le', 'Tỉ lệ đơn vị thuộc quyền xếp loại Hoàn thành nhiệm vụ trở lên (Hoàn thành tốt)', Q124('12', '2', '2.3'), '100% cơ quan, đơn vị thuộc thẩm quyền lãnh đạo, quản lý trực tiếp được xếp loại từ hoàn thành nhiệm vụ trở lên', C),
  param('lanh-dao.htnv.chi-tieu', 0.7, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu đơn vị phụ trách phải vượt (Hoàn thành nhiệm vụ)', Q124('12', '3', '3.3'), 'hoàn thành trên 70% các chỉ tiêu, nhiệm vụ', C),
  param('lanh-dao.htnv.don-vi-htnv', 0.7, FROM, 'ti-le', 'Tỉ lệ đơn vị thuộc quyền xếp loại Hoàn thành nhiệm vụ (Hoàn thành nhiệm vụ)', Q124('12', '3', '3.3'), 'có ít nhất 70% số cơ quan, đơn vị thuộc thẩm quyền lãnh đạo, quản lý trực tiếp được xếp loại hoàn thành nhiệm vụ', C),
  param('lanh-dao.khtnv.chi-tieu', 0.7, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu của đơn vị phụ trách dưới mức này thì Không hoàn thành nhiệm vụ', Q124('12', '4', '4.4'), 'hoàn thành dưới 70% số chỉ tiêu, nhiệm vụ được giao, đề ra', C),
  param('tap-the.khtnv.chi-tieu', 0.5, FROM, 'ti-le', 'Tỉ lệ chỉ tiêu dưới mức này (kèm chỉ tiêu chủ yếu không đạt) thì Không hoàn thành nhiệm vụ', Q124('12', '4', '4.1', 'b'), 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ … và có các chỉ tiêu chủ yếu không đạt kế hoạch giao', C),
  param('to-chuc.khtnv.don-vi-ky-luat', 0.2, FROM, 'ti-le', 'Tỉ lệ đơn vị trực thuộc bị kỷ luật dẫn tới Không hoàn thành nhiệm vụ', Q124('12', '4', '4.1', 'c'), 'có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm', C),
  param('quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt trong nhóm tương đồng', Q124('12', '1', '1.4'), 'không vượt quá 20% số được xếp loại "Hoàn thành tốt nhiệm vụ" theo từng nhóm đối tượng có vị trí, vai trò, chức năng, nhiệm vụ tương đồng', C),
];

// ── Individuals: party members and leaders (Điều 12, khoản 1–4, điểm x.2, x.3, 4.3, 4.4) ──────

const W121 = 'có nhiều thành tích nổi bật; là điển hình để tập thể, cá nhân khác học tập, noi theo; các tiêu chí đánh giá đều đạt "Tốt" trở lên; trong đó những tiêu chí về kết quả thực hiện chức trách, nhiệm vụ được giao trong năm (đối với cá nhân) đều được đánh giá đạt "Xuất sắc" bằng sản phẩm cụ thể';
const W122 = 'các tiêu chí được đánh giá đạt "Trung bình" trở lên, trong đó những tiêu chí về kết quả … đều được đánh giá đạt "Tốt" trở lên bằng sản phẩm cụ thể';
const W123 = 'các tiêu chí cơ bản được đánh giá đạt "Trung bình" trở lên bằng sản phẩm cụ thể';
const W1212 = 'Hoàn thành 100% chỉ tiêu, nhiệm vụ theo kế hoạch đề ra hoặc theo công việc được giao đúng tiến độ, bảo đảm chất lượng, hiệu quả; trong đó có ít nhất 50% chỉ tiêu, nhiệm vụ hoàn thành vượt mức';
const W1213 = 'phải thực sự gương mẫu …; địa phương, cơ quan, đơn vị … mà mình trực tiếp phụ trách hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó có ít nhất 50% chỉ tiêu (nhiệm vụ) cơ bản hoàn thành vượt mức; 100% cơ quan, đơn vị thuộc quyền lãnh đạo, quản lý trực tiếp được xếp loại hoàn thành nhiệm vụ trở lên, trong đó có ít nhất 70% số đơn vị xếp loại hoàn thành tốt nhiệm vụ trở lên';
const W1222 = 'Hoàn thành 100% chỉ tiêu, nhiệm vụ theo kế hoạch đề ra hoặc theo công việc được giao đúng tiến độ, bảo đảm chất lượng, hiệu quả';
const W1223 = 'địa phương, cơ quan, đơn vị … mình trực tiếp phụ trách hoàn thành tất cả các chỉ tiêu, nhiệm vụ, trong đó có ít nhất 80% số lượng công việc được giao hoàn thành đúng tiến độ, bảo đảm chất lượng; 100% cơ quan, đơn vị thuộc thẩm quyền lãnh đạo, quản lý trực tiếp được xếp loại từ hoàn thành nhiệm vụ trở lên';
const W1232 = 'Các nhiệm vụ được giao đều hoàn thành, có không quá 20% số tiêu chí chưa bảo đảm chất lượng, tiến độ';
const W1233 = 'địa phương, cơ quan, đơn vị … mà mình trực tiếp phụ trách hoàn thành trên 70% các chỉ tiêu, nhiệm vụ; có ít nhất 70% số cơ quan, đơn vị thuộc thẩm quyền lãnh đạo, quản lý trực tiếp được xếp loại hoàn thành nhiệm vụ';
const W124 = 'Là các tập thể, cá nhân có các tiêu chí đánh giá ở mức "Kém"';
const W1243a = 'Bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; vi phạm những điều đảng viên không được làm; vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị nơi công tác';
const W1244 = 'Địa phương, cơ quan, đơn vị, bộ phận, lĩnh vực mình trực tiếp phụ trách hoàn thành dưới 70% số chỉ tiêu, nhiệm vụ được giao, đề ra hoặc xếp loại không hoàn thành nhiệm vụ; hoặc cơ quan, đơn vị, cá nhân thuộc quyền lãnh đạo, quản lý trực tiếp của mình liên quan đến tham nhũng, tiêu cực và bị xử lý kỷ luật … (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)';

const individual: Condition[] = [
  // Hoàn thành xuất sắc nhiệm vụ (khoản 1)
  flagTrue('q124.cn.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'có nhiều thành tích nổi bật, là điển hình để học tập', 'chưa có nhiều thành tích nổi bật, điển hình để học tập, noi theo', m([Q124('12', '1')], W121, IND)),
  levels('q124.cn.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([Q124('12', '1')], W121, IND)),
  levels('q124.cn.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([Q124('12', '1')], W121, IND)),
  allOnTime('q124.cn.htxsnv.dung-tien-do', 'HTXSNV', m([Q124('12', '1', '1.2')], W1212, IND)),
  exceededShare('q124.cn.htxsnv.vuot-muc', 'HTXSNV', 'ca-nhan.htxsnv.vuot-muc', m([Q124('12', '1', '1.2')], W1212, IND)),
  flagTrue('q124.ld.htxsnv.guong-mau', 'HTXSNV', 'guong-mau', 'exemplary', (s) => isIndividual(s) && s.exemplary, 'thực sự gương mẫu', 'chưa được đánh giá là thực sự gương mẫu về tư tưởng chính trị, đạo đức, lối sống, phương pháp làm việc, ý thức tổ chức kỷ luật', m([Q124('12', '1', '1.3')], W1213, LD)),
  unitAllTargets('q124.ld.htxsnv.don-vi-chi-tieu', 'HTXSNV', m([Q124('12', '1', '1.3')], W1213, LD)),
  unitExceeded('q124.ld.htxsnv.don-vi-vuot-muc', 'HTXSNV', 'lanh-dao.htxsnv.vuot-muc', m([Q124('12', '1', '1.3')], W1213, LD)),
  subUnitsShare('q124.ld.htxsnv.don-vi-truc-thuoc-htnv', 'HTXSNV', 'HTNV', 'lanh-dao.htxsnv.don-vi-htnv', m([Q124('12', '1', '1.3')], W1213, LD)),
  subUnitsShare('q124.ld.htxsnv.don-vi-truc-thuoc-httnv', 'HTXSNV', 'HTTNV', 'lanh-dao.htxsnv.don-vi-httnv', m([Q124('12', '1', '1.3')], W1213, LD)),
  // Hoàn thành tốt nhiệm vụ (khoản 2)
  levels('q124.cn.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([Q124('12', '2')], W122, IND)),
  levels('q124.cn.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([Q124('12', '2')], W122, IND)),
  allOnTime('q124.cn.httnv.dung-tien-do', 'HTTNV', m([Q124('12', '2', '2.2')], W1222, IND)),
  unitAllTargets('q124.ld.httnv.don-vi-chi-tieu', 'HTTNV', m([Q124('12', '2', '2.3')], W1223, LD)),
  unitOnTime('q124.ld.httnv.don-vi-dung-tien-do', 'HTTNV', 'lanh-dao.httnv.dung-tien-do', m([Q124('12', '2', '2.3')], W1223, LD)),
  subUnitsShare('q124.ld.httnv.don-vi-truc-thuoc-htnv', 'HTTNV', 'HTNV', 'lanh-dao.httnv.don-vi-htnv', m([Q124('12', '2', '2.3')], W1223, LD)),
  // Hoàn thành nhiệm vụ (khoản 3)
  levels('q124.cn.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([Q124('12', '3')], W123, IND)),
  allCompleted('q124.cn.htnv.hoan-thanh', 'HTNV', m([Q124('12', '3', '3.2')], W1232, IND)),
  lateAtMost('q124.cn.htnv.cham-tien-do', 'HTNV', 'ca-nhan.htnv.chua-dam-bao', m([Q124('12', '3', '3.2')], W1232, IND)),
  unitTargetsShare('q124.ld.htnv.don-vi-chi-tieu', 'HTNV', 'lanh-dao.htnv.chi-tieu', true, m([Q124('12', '3', '3.3')], W1233, LD)),
  subUnitsShare('q124.ld.htnv.don-vi-truc-thuoc-htnv', 'HTNV', 'HTNV', 'lanh-dao.htnv.don-vi-htnv', m([Q124('12', '3', '3.3')], W1233, LD)),
  // Không hoàn thành nhiệm vụ (khoản 4)
  anyKem('q124.cn.khtnv.tieu-chi-kem', m([Q124('12', '4')], W124, IND)),
  flagCase('q124.cn.khtnv.suy-thoai', 'suy-thoai', 'degradationConcluded', (s) => isIndividual(s) && s.degradationConcluded, 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"', 'không bị kết luận suy thoái', m([Q124('12', '4', '4.3', 'a')], W1243a, IND)),
  flagCase('q124.cn.khtnv.dieu-cam', 'dieu-cam', 'violatedProhibitions', (s) => isIndividual(s) && s.violatedProhibitions, 'vi phạm những điều đảng viên không được làm', 'không vi phạm', m([Q124('12', '4', '4.3', 'a')], W1243a, IND)),
  flagCase('q124.cn.khtnv.neu-guong', 'neu-guong', 'violatedExemplaryDuty', (s) => isIndividual(s) && s.violatedExemplaryDuty, 'vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín của bản thân và cơ quan, đơn vị', 'không vi phạm', m([Q124('12', '4', '4.3', 'a')], W1243a, IND)),
  notCompletedOver('q124.cn.khtnv.khong-hoan-thanh', 'ca-nhan.khtnv.khong-hoan-thanh', m([Q124('12', '4', '4.3', 'b')], 'Có trên 50% số tiêu chí về kết quả thực hiện nhiệm vụ trong năm được đánh giá không hoàn thành', IND)),
  lowConfidenceOver('q124.cn.khtnv.tin-nhiem', 'ca-nhan.khtnv.tin-nhiem-thap', m([Q124('12', '4', '4.3', 'c')], 'Có trên 50% số phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm theo quy định trong năm đánh giá', IND)),
  disciplinedInYear('q124.cn.khtnv.ky-luat', {
    selfDetected: selfDetected('q124.cn.khtnv.ky-luat', [Q124('12', '4', '4.3', 'd')]),
    earlierYear: earlierYear('q124.cn.khtnv.ky-luat', [Q124('12', '4', '4.5')]),
  }, m([Q124('12', '4', '4.3', 'd')], 'Bị xử lý kỷ luật trong năm đánh giá (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', IND)),
  unitTargetsUnder('q124.ld.khtnv.don-vi-chi-tieu', 'lanh-dao.khtnv.chi-tieu', m([Q124('12', '4', '4.4')], W1244, LD)),
  headedUnitKhtnv('q124.ld.khtnv.don-vi-khtnv', m([Q124('12', '4', '4.4')], W1244, LD)),
  subordinateCorruption('q124.ld.khtnv.tham-nhung', selfDetected('q124.ld.khtnv.tham-nhung', [Q124('12', '4', '4.4')]), m([Q124('12', '4', '4.4')], W1244, LD)),
];

// ── Collectives: party organizations and leadership collectives (điểm x.1, 4.1, 4.2) ─────────

const W121T = 'có nhiều thành tích nổi bật; là điển hình …; các tiêu chí đánh giá đều đạt "Tốt" trở lên; trong đó những tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm (đối với tập thể) … đều được đánh giá đạt "Xuất sắc" bằng sản phẩm cụ thể';
const ORG_EVENTS = ['to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'] as const;
const COLL_EVENTS = ['don-vi-truc-thuoc', 'thanh-vien'] as const;

/** The 12.x.1 rule "no sub-organization or leadership member disciplined", for both collective kinds. */
function noSubDiscipline(idBase: string, level: 'HTXSNV' | 'HTTNV' | 'HTNV', cite: CitationRef[], withException: boolean): Condition[] {
  const words = `Không có tổ chức trực thuộc hoặc thành viên của tập thể lãnh đạo, quản lý bị kỷ luật${withException ? ' (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)' : ''}`;
  return [
    noEvents(`${idBase}.to-chuc`, level, 'ky-luat-cap-duoi', { who: ORG_EVENTS, selfDetected: withException ? selfDetected(`${idBase}.to-chuc`, cite) : null }, m(cite, words, ORG)),
    noEvents(`${idBase}.tap-the`, level, 'ky-luat-cap-duoi', { who: COLL_EVENTS, selfDetected: withException ? selfDetected(`${idBase}.tap-the`, cite) : null }, m(cite, words, TT)),
  ];
}

const collective: Condition[] = [
  flagTrue('q124.tt.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'có nhiều thành tích nổi bật, là điển hình để học tập', 'chưa có nhiều thành tích nổi bật, điển hình để học tập, noi theo', m([Q124('12', '1')], W121T, COLL)),
  levels('q124.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m([Q124('12', '1')], W121T, COLL)),
  levels('q124.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m([Q124('12', '1')], W121T, COLL)),
  ...noSubDiscipline('q124.tt.htxsnv.ky-luat', 'HTXSNV', [Q124('12', '1', '1.1')], false),
  levels('q124.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m([Q124('12', '2')], W122, COLL)),
  levels('q124.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m([Q124('12', '2')], W122, COLL)),
  ...noSubDiscipline('q124.tt.httnv.ky-luat', 'HTTNV', [Q124('12', '2', '2.1')], true),
  levels('q124.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m([Q124('12', '3')], W123, COLL)),
  ...noSubDiscipline('q124.tt.htnv.ky-luat', 'HTNV', [Q124('12', '3', '3.1')], true),
  anyKem('q124.tt.khtnv.tieu-chi-kem', m([Q124('12', '4')], W124, COLL)),
  // 4.1 Đối với tổ chức, cơ quan, đơn vị
  eventsCase('q124.tc.khtnv.don-vi-vi-pham', 'ky-luat-cap-duoi', { who: ['to-chuc-truc-thuoc'], selfDetected: selfDetected('q124.tc.khtnv.don-vi-vi-pham', [Q124('12', '4', '4.1', 'a')]) },
    m([Q124('12', '4', '4.1', 'a')], 'Có đơn vị trực thuộc xảy ra vụ việc tham nhũng, lãng phí, tiêu cực hoặc các vi phạm khác bị xử lý kỷ luật … (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', ORG)),
  targetsUnder('q124.tc.khtnv.chi-tieu', 'tap-the.khtnv.chi-tieu', true, forceMajeure('q124.tc.khtnv.chi-tieu', [Q124('12', '4', '4.1', 'b')]),
    m([Q124('12', '4', '4.1', 'b')], 'Chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ theo chương trình, kế hoạch được cấp có thẩm quyền giao, phê duyệt trong năm và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng)', ORG)),
  eventsCase('q124.tc.khtnv.tap-the-ky-luat', 'ky-luat-to-chuc', { who: ['to-chuc'] }, m([Q124('12', '4', '4.1', 'c')], 'Tập thể lãnh đạo, quản lý bị xử lý kỷ luật', ORG)),
  { ...subUnitsDisciplinedOver('q124.tc.khtnv.don-vi-ky-luat-20', 'to-chuc.khtnv.don-vi-ky-luat', m([Q124('12', '4', '4.1', 'c')], 'có trên 20% số đơn vị trực thuộc bị kỷ luật trong năm', ORG)),
    // The count of 4.1.c has no self-detection exception: a specific numeric case prevails over the
    // general exception of 3.1 (declared so the overlap check accepts it).
    prevailsOver: ['q124.tt.htnv.ky-luat.to-chuc', 'q124.tt.httnv.ky-luat.to-chuc'] },
  // 4.2 Đối với tập thể lãnh đạo, quản lý
  flagCase('q124.tl.khtnv.mat-doan-ket', 'doan-ket', 'disunityConcluded', (s) => isCollective(s) && s.disunityConcluded, 'bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ', 'không bị kết luận mất đoàn kết', m([Q124('12', '4', '4.2', 'a')], 'Bị cấp có thẩm quyền đánh giá, kết luận mất đoàn kết nội bộ; có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"', TT)),
  flagCase('q124.tl.khtnv.thanh-vien-suy-thoai', 'suy-thoai', 'memberDegradation', (s) => isCollective(s) && s.memberDegradation, 'có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"', 'không có thành viên suy thoái', m([Q124('12', '4', '4.2', 'a')], 'có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"', TT)),
  targetsUnder('q124.tl.khtnv.chi-tieu', 'tap-the.khtnv.chi-tieu', true, forceMajeure('q124.tl.khtnv.chi-tieu', [Q124('12', '4', '4.2', 'b')]),
    m([Q124('12', '4', '4.2', 'b')], 'Địa phương, tổ chức, cơ quan, đơn vị do mình trực tiếp lãnh đạo, quản lý chỉ hoàn thành dưới 50% số chỉ tiêu, nhiệm vụ … và có các chỉ tiêu chủ yếu không đạt kế hoạch giao (trừ trường hợp bất khả kháng)', TT)),
  eventsCase('q124.tl.khtnv.ky-luat-tap-the', 'ky-luat-to-chuc', { who: ['tap-the'], selfDetected: selfDetected('q124.tl.khtnv.ky-luat-tap-the', [Q124('12', '4', '4.2', 'c')]) },
    m([Q124('12', '4', '4.2', 'c')], 'Bị xử lý kỷ luật hoặc thành viên bị kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', TT)),
  eventsCase('q124.tl.khtnv.ky-luat-thanh-vien', 'ky-luat-cap-duoi', { who: ['thanh-vien'], selfDetected: selfDetected('q124.tl.khtnv.ky-luat-thanh-vien', [Q124('12', '4', '4.2', 'c')]) },
    m([Q124('12', '4', '4.2', 'c')], 'Bị xử lý kỷ luật hoặc thành viên bị kỷ luật trong năm (trừ trường hợp tự phát hiện và khắc phục xong hậu quả)', TT)),
];

// ── Who is reviewed and rated (Điều 5 khoản 2, Điều 9 khoản 2) ───────────────────────────────

const W52 = 'Đảng viên trong toàn Đảng (trừ đảng viên được miễn công tác và sinh hoạt đảng; đảng viên bị đình chỉ sinh hoạt đảng; đảng viên mới kết nạp chưa đủ 6 tháng)';
const situations: Situation[] = [
  ...memberExclusions('q124.dv', [Q124('5', '2', '2.1'), Q124('9', '2', 'a')], C, W52, { reviewed: false, param: 'moi-ket-nap.thang' }),
  { id: 'q124.ld.tu-cach', kinds: LD, cite: [Q124('5', '2', '2.2'), Q124('7', '2', '2.3')], source: C, facts: ['partyActivity', 'admittedOn'], effect: 'note',
    words: 'Cán bộ lãnh đạo, quản lý các cấp … đánh giá, xếp loại chất lượng đảng viên tại chi bộ, đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức ở nơi giữ chức vụ cao nhất',
    applies: (s) => isIndividual(s) && (s.partyActivity === 'mien-sinh-hoat' || s.partyActivity === 'dinh-chi'),
    note: () => 'Xếp loại ở đây là xếp loại cán bộ lãnh đạo, quản lý; việc miễn hoặc đình chỉ sinh hoạt đảng chỉ ảnh hưởng đến xếp loại đảng viên tại chi bộ.' },
];

/** When a silence note about "new" leaders or organizations is worth showing (display only, not a rule). */
const RECENT_MONTHS = 12;

export const QD124: RuleLayer = {
  id: 'qd-124-2023',
  label: 'Quy định 124-QĐ/TW',
  params: Q124_PARAMS,
  conditions: [...individual, ...collective],
  caps: [] as Cap[],
  situations,
  procedures: [
    headAfterUnit({ id: 'q124.ld.xep-sau-don-vi', cite: [Q124('11', '3')], source: C, words: 'Đánh giá, xếp loại hoạt động của chính quyền, công tác chuyên môn, đoàn thể trước, tổ chức đảng sau; tập thể cấp dưới trước, cấp trên sau; tập thể lãnh đạo, quản lý trước, cá nhân thành viên sau. Sau khi hoàn thành đánh giá, xếp loại các địa phương, tổ chức, cơ quan, đơn vị thì đánh giá, xếp loại đối với người đứng đầu.' },
      'Đánh giá, xếp loại người đứng đầu sau khi đã hoàn thành đánh giá, xếp loại địa phương, tổ chức, cơ quan, đơn vị (và tập thể lãnh đạo) do mình đứng đầu.'),
    chiBoFirst({ id: 'q124.cn.kiem-diem-chi-bo-truoc', cite: [Q124('7', '3', '3.2')], source: C, words: 'Đối với đảng viên giữ chức vụ lãnh đạo, quản lý: Kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.' },
      'Là thành viên tập thể lãnh đạo, quản lý cấp trên: kiểm điểm ở chi bộ trước, ở tập thể lãnh đạo, quản lý sau.'),
  ],
  silences: [
    { id: 'q124.im-lang.om', kinds: IND, when: (s) => isIndividual(s) && ((s.sickLeaveMonths ?? 0) >= 3 || !!s.maternityLeave), note: 'Quy định 124-QĐ/TW không có quy định riêng cho đảng viên nghỉ ốm dài ngày hoặc nghỉ thai sản; xếp loại theo các tiêu chí chung (kế hoạch địa phương có thể hướng dẫn thêm).' },
    { id: 'q124.im-lang.cong-chuc', kinds: DV, when: (s) => isIndividual(s) && !!s.civilServantRating, note: 'Quy định 124-QĐ/TW chỉ yêu cầu kết hợp chặt chẽ kết quả xếp loại cán bộ, công chức, viên chức với xếp loại đảng viên (Điều 3 khoản 3), không đặt mức trần theo xếp loại công chức.' },
    { id: 'q124.im-lang.nguoi-dung-dau', kinds: LD, when: (s) => isIndividual(s) && !!s.leadership?.isHead, note: 'Quy định 124-QĐ/TW chỉ quy định đánh giá người đứng đầu sau khi đánh giá địa phương, tổ chức, cơ quan, đơn vị (Điều 11 khoản 3), không quy định mức trần theo xếp loại của đơn vị.' },
    { id: 'q124.im-lang.bo-nhiem', kinds: LD, when: (s, x) => isIndividual(s) && !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, RECENT_MONTHS), note: 'Quy định 124-QĐ/TW không có quy định riêng cho cán bộ mới được bổ nhiệm; xếp loại theo các tiêu chí chung.' },
    { id: 'q124.im-lang.thanh-lap', kinds: COLL, when: (s, x) => !isIndividual(s) && !!s.establishedOn && !hasFullMonths(s.establishedOn, x.date, RECENT_MONTHS), note: 'Quy định 124-QĐ/TW không có quy định riêng cho tổ chức, tập thể mới thành lập, chia tách, sáp nhập.' },
    { id: 'q124.im-lang.ty-le-to-chuc', kinds: ORG, when: (s) => isOrg(s) && !!(s.members || s.subOrganizations), note: 'Quy định 124-QĐ/TW không đặt tỉ lệ đảng viên hoặc tổ chức trực thuộc theo từng mức; kết quả xếp loại các tập thể, cá nhân liên quan là một tiêu chí đánh giá (Điều 10 khoản 1 điểm 1.2 tiết c) và cấp ủy cụ thể hoá tiêu chí (Điều 14 khoản 1).' },
    ...proceduralSilences('q124', 'Quy định 124-QĐ/TW'),
    { id: 'q124.im-lang.tran-tap-the', kinds: TT, when: (s) => isCollective(s) && !!s.organizationRating, note: 'Quy định 124-QĐ/TW không quy định mức trần của tập thể lãnh đạo theo xếp loại của tổ chức, cơ quan, đơn vị.' },
  ],
};

