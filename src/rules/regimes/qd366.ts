// Quy định 366-QĐ/TW (30/8/2025) and Hướng dẫn 43-HD/BTCTW (31/10/2025). Their texts are not
// available: these rules encode the facts of shared/notes/regimes.md, tagged [A] (several
// sources) or [B] (one source). Điều 11 is cited as ["11"] plus a description, never by
// sub-point (its numbering differs between restatements).
import type { CitationRef } from '../docs.ts';
import type { AnySubject, Condition, Ctx, ExceptionRule, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { viDate, hasFullMonths } from '../dates.ts';
import {
  allCompleted, allOnTime, COLL, DV, exceededShare, flagCase, IND, isCollective, isIndividual, LD, lateAtMost, lowConfidenceOver, noEvents,
  notCompletedOver, scoreAtLeast, scoreBelow, shortcomingsRemedied, subordinateCorruption, subUnitsKhtnvOver, TT, unitAllTargets, unitExceeded,
  unitLateAtMost, unitOnTime, unitTargetsUnder, collectiveEvents, ALL, laterForThisYear, type Meta,
} from '../factories.ts';
import { decide, ex, FAIL, PASS, pct } from '../helpers.ts';
import { headAfterUnit, proceduralSilences, temporaryActivityComments } from '../procedures.ts';
import { memberExclusions } from '../shared-rules.ts';
import { SCORE_GROUPS_366 } from '../criteria.ts';

const [GENERAL, RESULTS] = SCORE_GROUPS_366.groups;

export const Q366 = (...path: string[]): CitationRef => ({ doc: 'qd-366-2025', path });
export const HD43: CitationRef = { doc: 'hd-43-2025', path: [] };
const C = 'van-ban-trung-uong' as const;
const G = 'huong-dan-trung-uong' as const;
const FROM = '2025-08-30';
const A11 = Q366('11');
const m = (words: string, kinds: Meta['kinds'], evidence: 'A' | 'B', cite: CitationRef[] = [A11]): Meta => ({ cite, words, kinds, source: C, evidence });

const params = [
  param('q366.diem.htxsnv', 90, FROM, 'diem', 'Tổng điểm tối thiểu để Hoàn thành xuất sắc nhiệm vụ', A11, 'Hoàn thành xuất sắc nhiệm vụ: tổng điểm từ 90 điểm trở lên', C, 'A'),
  param('q366.diem.httnv', 70, FROM, 'diem', 'Tổng điểm tối thiểu để Hoàn thành tốt nhiệm vụ', A11, 'Hoàn thành tốt nhiệm vụ: tổng điểm từ 70 đến dưới 90 điểm', C, 'A'),
  param('q366.diem.htnv', 50, FROM, 'diem', 'Tổng điểm tối thiểu để Hoàn thành nhiệm vụ (dưới mức này: Không hoàn thành nhiệm vụ)', A11, 'Hoàn thành nhiệm vụ: tổng điểm từ 50 đến dưới 70 điểm; Không hoàn thành nhiệm vụ: dưới 50 điểm', C, 'A'),
  param('q366.vuot-muc', 0.3, FROM, 'ti-le', 'Tỉ lệ nhiệm vụ vượt yêu cầu để Hoàn thành xuất sắc', A11, 'có từ 30% nhiệm vụ hoàn thành vượt yêu cầu', C, 'A'),
  param('q366.cham-tien-do', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa nhiệm vụ chậm tiến độ để Hoàn thành nhiệm vụ', A11, '100% nhiệm vụ hoàn thành, không quá 20% chậm tiến độ', C, 'A'),
  param('q366.don-vi.dung-tien-do', 1, FROM, 'ti-le', 'Tỉ lệ công việc của đơn vị phụ trách đúng tiến độ (Hoàn thành xuất sắc, Hoàn thành tốt)', A11, '100% nhiệm vụ đúng tiến độ, bảo đảm chất lượng (đối với lãnh đạo: đơn vị phụ trách cũng vậy)', C, 'A'),
  param('q366.don-vi.cham-tien-do', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa công việc chậm tiến độ của đơn vị phụ trách (Hoàn thành nhiệm vụ)', A11, '100% nhiệm vụ hoàn thành, không quá 20% chậm tiến độ (đối với lãnh đạo: đơn vị phụ trách cũng vậy)', C, 'A'),
  param('q366.khtnv.don-vi-chi-tieu', 0.7, FROM, 'ti-le', 'Đơn vị phụ trách hoàn thành dưới tỉ lệ này thì Không hoàn thành nhiệm vụ', A11, 'đơn vị do mình lãnh đạo hoàn thành dưới 70% nhiệm vụ theo kế hoạch', C, 'B'),
  param('q366.khtnv.don-vi-truc-thuoc', 0.5, FROM, 'ti-le', 'Tỉ lệ đơn vị thuộc quyền xếp loại Không hoàn thành nhiệm vụ', A11, 'trên 50% đơn vị thuộc quyền quản lý xếp loại Không hoàn thành nhiệm vụ', C, 'B'),
  param('q366.khtnv.tin-nhiem-thap', 0.5, FROM, 'ti-le', 'Tỉ lệ phiếu tín nhiệm thấp', A11, 'trên 50% phiếu tín nhiệm thấp tại kỳ lấy phiếu tín nhiệm trong năm', C, 'B'),
  param('q366.khtnv.khong-hoan-thanh', 0.5, FROM, 'ti-le', 'Tỉ lệ nhiệm vụ trong năm không hoàn thành', A11, 'trên 50% nhiệm vụ trong năm không hoàn thành', C, 'B'),
  param('q366.moi-ket-nap.thang', 6, FROM, 'thang', 'Số tháng kể từ ngày kết nạp', Q366('5'), 'đảng viên mới kết nạp chưa đủ 6 tháng: không kiểm điểm, không xếp loại', C, 'A'),
  param('q366.om.thang', 3, '2025-10-31', 'thang', 'Tổng số tháng nghỉ ốm để xếp loại theo kết quả làm việc thực tế', HD43, 'nghỉ ốm tổng cộng từ 3 tháng trở lên hoặc nghỉ thai sản: căn cứ kết quả làm việc thực tế', G, 'B'),
  param('q366.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt', A11, 'số Hoàn thành xuất sắc nhiệm vụ không vượt quá 20% số được xếp loại Hoàn thành tốt nhiệm vụ', C, 'A'),
  param('q366.quota.ty-le-noi-troi', 0.25, FROM, 'ti-le', 'Tỉ lệ tối đa khi tổ chức có thành tích nổi trội', A11, 'tối đa 25% đối với tổ chức có kết quả nổi trội, do cấp có thẩm quyền quyết định', C, 'A'),
];

const W_X = 'Hoàn thành xuất sắc nhiệm vụ: tổng điểm từ 90 trở lên, và 100% nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng, trong đó từ 30% vượt yêu cầu (đối với lãnh đạo: đơn vị trực tiếp lãnh đạo cũng đạt như vậy); khắc phục xong tất cả hạn chế, khuyết điểm đã được chỉ ra; đối với tập thể: không có đơn vị trực thuộc, thành viên tập thể lãnh đạo bị kỷ luật';
const W_T = 'Hoàn thành tốt nhiệm vụ: tổng điểm từ 70 đến dưới 90, và 100% nhiệm vụ hoàn thành đúng tiến độ, bảo đảm chất lượng (đối với lãnh đạo: đơn vị phụ trách cũng vậy)';
const W_N = 'Hoàn thành nhiệm vụ: tổng điểm từ 50 đến dưới 70, và 100% nhiệm vụ hoàn thành, không quá 20% chậm tiến độ (đối với lãnh đạo: đơn vị phụ trách cũng vậy)';

/** Force majeure and self-detection: the competent level weighs them (a note, not an automatic exception) [B]. */
export const WEIGHED = 'Theo Quy định 366-QĐ/TW, vi phạm tự phát hiện và khắc phục xong hậu quả hoặc do bất khả kháng được cấp có thẩm quyền xem xét, cân nhắc; đây không phải ngoại lệ tự động, nên kết quả tính theo quy định chung.';

const bands: Condition[] = [
  scoreAtLeast('q366.htxsnv.diem', 'HTXSNV', 'q366.diem.htxsnv', m(W_X, ALL, 'A')),
  allOnTime('q366.htxsnv.dung-tien-do', 'HTXSNV', m(W_X, ALL, 'A')),
  exceededShare('q366.htxsnv.vuot-muc', 'HTXSNV', 'q366.vuot-muc', m(W_X, ALL, 'A')),
  shortcomingsRemedied('q366.htxsnv.khac-phuc', 'HTXSNV', m(W_X, IND, 'A')),
  noEvents('q366.htxsnv.ky-luat.to-chuc', 'HTXSNV', 'ky-luat-cap-duoi', { who: ['to-chuc-truc-thuoc', 'cap-uy-vien', 'thanh-vien-lanh-dao'] }, m(W_X, ['to-chuc-dang'], 'A')),
  noEvents('q366.htxsnv.ky-luat.tap-the', 'HTXSNV', 'ky-luat-cap-duoi', { who: ['don-vi-truc-thuoc', 'thanh-vien'] }, m(W_X, TT, 'A')),
  unitAllTargets('q366.ld.htxsnv.don-vi-chi-tieu', 'HTXSNV', m(W_X, LD, 'A')),
  unitOnTime('q366.ld.htxsnv.don-vi-dung-tien-do', 'HTXSNV', 'q366.don-vi.dung-tien-do', m(W_X, LD, 'A')),
  unitExceeded('q366.ld.htxsnv.don-vi-vuot-muc', 'HTXSNV', 'q366.vuot-muc', m(W_X, LD, 'A')),
  scoreAtLeast('q366.httnv.diem', 'HTTNV', 'q366.diem.httnv', m(W_T, ALL, 'A')),
  allOnTime('q366.httnv.dung-tien-do', 'HTTNV', m(W_T, ALL, 'A')),
  unitAllTargets('q366.ld.httnv.don-vi-chi-tieu', 'HTTNV', m(W_T, LD, 'A')),
  unitOnTime('q366.ld.httnv.don-vi-dung-tien-do', 'HTTNV', 'q366.don-vi.dung-tien-do', m(W_T, LD, 'A')),
  scoreAtLeast('q366.htnv.diem', 'HTNV', 'q366.diem.htnv', m(W_N, ALL, 'A')),
  allCompleted('q366.htnv.hoan-thanh', 'HTNV', m(W_N, ALL, 'A')),
  lateAtMost('q366.htnv.cham-tien-do', 'HTNV', 'q366.cham-tien-do', m(W_N, ALL, 'A')),
  unitAllTargets('q366.ld.htnv.don-vi-chi-tieu', 'HTNV', m(W_N, LD, 'A')),
  unitLateAtMost('q366.ld.htnv.don-vi-dung-tien-do', 'HTNV', 'q366.don-vi.cham-tien-do', m(W_N, LD, 'A')),
  scoreBelow('q366.khtnv.diem', 'q366.diem.htnv', m('Không hoàn thành nhiệm vụ: tổng điểm dưới 50', ALL, 'A')),
];

const W_KT = 'Tập thể lãnh đạo, quản lý Không hoàn thành nhiệm vụ khi: bị kết luận có sai phạm trong công tác cán bộ, mất đoàn kết nội bộ, cục bộ; có thành viên bị kỷ luật (khiển trách trở lên) do vi phạm trong thực hiện chức trách, nhiệm vụ (trừ vi phạm từ vị trí công tác trước); có thành viên bị kết luận suy thoái, "tự diễn biến", "tự chuyển hoá"; đơn vị do mình lãnh đạo hoàn thành dưới 70% nhiệm vụ theo kế hoạch hoặc không đạt các chỉ tiêu kinh tế - xã hội cơ bản';
const W_KL = 'Cán bộ lãnh đạo, quản lý Không hoàn thành nhiệm vụ khi: đơn vị do mình lãnh đạo hoàn thành dưới 70% nhiệm vụ hoặc không đạt các chỉ tiêu cơ bản; trên 50% đơn vị thuộc quyền xếp loại Không hoàn thành nhiệm vụ; trên 50% phiếu tín nhiệm thấp; bị kỷ luật (khiển trách trở lên) do vi phạm trong thực hiện chức trách, nhiệm vụ; bị kết luận suy thoái; để xảy ra tham nhũng, lãng phí, tiêu cực ở đơn vị, cá nhân thuộc quyền quản lý trực tiếp và bị xử lý kỷ luật';
const W_KC = 'Cá nhân không giữ chức vụ và đảng viên không làm việc trong hệ thống chính trị Không hoàn thành nhiệm vụ khi: bị kết luận suy thoái; bị kỷ luật (khiển trách trở lên); vi phạm những điều đảng viên không được làm hoặc quy định nêu gương, gây ảnh hưởng xấu; trên 50% nhiệm vụ trong năm không hoàn thành';

const discipline366: ExceptionRule = {
  id: 'q366.ky-luat~vi-pham-nam-truoc', overrides: 'q366.cn.khtnv.ky-luat', cite: [A11], source: C, evidence: 'B',
  words: 'vi phạm từ năm trước đến nay mới bị kỷ luật: đánh giá tại thời điểm xảy ra vi phạm',
  note: 'Vi phạm xảy ra từ năm trước, nay mới bị kỷ luật: theo Quy định 366-QĐ/TW được đánh giá tại thời điểm xảy ra vi phạm, không tính vào năm đánh giá.',
};

/** 366 has no automatic self-detection exception (regimes.md [B]): the event counts, with a note. */
function disciplined366(id: string, kinds: Meta['kinds'], words: string): Condition {
  const exc: ExceptionRule = { ...discipline366, id: `${id}~vi-pham-nam-truoc`, overrides: id };
  const sort = (s: AnySubject, x: Ctx) => {
    const list = isIndividual(s) ? s.discipline ?? [] : [];
    let earlier = false;
    const counted = list.filter((d) => {
      // "Assessed at the time of the violation" [B]: a violation of the review year disciplined later still counts for it.
      if (d.decidedOn && +d.decidedOn.slice(0, 4) !== x.year && !laterForThisYear(d, x, true)) return false;
      if (d.violationYear !== undefined && d.violationYear < x.year) { earlier = true; return false; }
      return true;
    });
    return { list, counted, earlier };
  };
  const ok = 'không bị kỷ luật trong năm đánh giá';
  return {
    id, level: 'KHTNV', role: 'khtnv-case', topic: 'ky-luat-ca-nhan', facts: ['discipline'], kinds, cite: [A11], source: C, evidence: 'B', words,
    exceptions: [exc],
    check(s, x) {
      if (!isIndividual(s) || !s.discipline?.length) return PASS;
      const r = sort(s, x);
      return decide(r.counted.length === 0, r.earlier && [exc]);
    },
    explain(s, x) {
      const { list, counted } = sort(s, x);
      if (!list.length) return ex('không bị kỷ luật', ok);
      if (!counted.length) return ex('có quyết định kỷ luật nhưng không tính vào năm đánh giá', ok);
      const self = counted.some((d) => d.selfDetectedAndRemedied);
      return ex(`${counted.length} quyết định kỷ luật trong năm`, ok, `bị xử lý kỷ luật trong năm đánh giá${self ? ' (dù đã tự phát hiện và khắc phục — cấp có thẩm quyền chỉ xem xét, cân nhắc)' : ''}`);
    },
  };
}

const cases: Condition[] = [
  // Leadership collective [B]
  flagCase('q366.tl.khtnv.mat-doan-ket', 'doan-ket', 'disunityConcluded', (s) => isCollective(s) && s.disunityConcluded, 'bị cấp có thẩm quyền kết luận mất đoàn kết nội bộ', 'không bị kết luận mất đoàn kết', m(W_KT, TT, 'B')),
  flagCase('q366.tl.khtnv.thanh-vien-suy-thoai', 'suy-thoai', 'memberDegradation', (s) => isCollective(s) && s.memberDegradation, 'có thành viên bị kết luận suy thoái, "tự diễn biến", "tự chuyển hoá"', 'không có thành viên suy thoái', m(W_KT, TT, 'B')),
  {
    id: 'q366.tl.khtnv.thanh-vien-ky-luat', level: 'KHTNV', role: 'khtnv-case', topic: 'ky-luat-cap-duoi', facts: ['disciplineEvents'], kinds: TT, cite: [A11], source: C, evidence: 'B', words: W_KT,
    check: (s) => (collectiveEvents(s).some((e) => e.who === 'thanh-vien') ? FAIL : PASS),
    explain(s) {
      const n = collectiveEvents(s).filter((e) => e.who === 'thanh-vien').length;
      const ok = 'không có thành viên bị kỷ luật';
      return n ? ex(`${n} thành viên`, ok, `có ${n} thành viên bị kỷ luật (từ khiển trách trở lên)`) : ex('không có', ok);
    },
  },
  {
    id: 'q366.tl.khtnv.chi-tieu', level: 'KHTNV', role: 'khtnv-case', topic: 'chi-tieu-tap-the', facts: ['targets.completedShare', 'targets.mainTargetsMissed'], params: ['q366.khtnv.don-vi-chi-tieu'], kinds: TT, cite: [A11], source: C, evidence: 'B', words: W_KT,
    check(s, x) {
      const t = isCollective(s) ? s.targets : undefined;
      return (t?.completedShare !== undefined && t.completedShare < x.p('q366.khtnv.don-vi-chi-tieu')) || t?.mainTargetsMissed ? FAIL : PASS;
    },
    explain(s, x) {
      const t = isCollective(s) ? s.targets : undefined;
      const p = x.p('q366.khtnv.don-vi-chi-tieu');
      const low = t?.completedShare !== undefined && t.completedShare < p;
      const required = `hoàn thành từ ${pct(p)} nhiệm vụ và đạt các chỉ tiêu cơ bản`;
      const actual = `${t?.completedShare !== undefined ? pct(t.completedShare) : 'chưa kê tỉ lệ'}${t?.mainTargetsMissed ? ', chỉ tiêu cơ bản không đạt' : ''}`;
      if (!low && !t?.mainTargetsMissed) return ex(actual, required);
      return ex(actual, required, low ? `đơn vị do tập thể lãnh đạo chỉ hoàn thành ${pct(t!.completedShare!)} nhiệm vụ theo kế hoạch, dưới ${pct(p)}` : 'đơn vị do tập thể lãnh đạo không đạt các chỉ tiêu kinh tế - xã hội cơ bản');
    },
  },
  // Leader / manager [B]
  unitTargetsUnder('q366.ld.khtnv.don-vi-chi-tieu', 'q366.khtnv.don-vi-chi-tieu', m(W_KL, LD, 'B')),
  subUnitsKhtnvOver('q366.ld.khtnv.don-vi-truc-thuoc', 'q366.khtnv.don-vi-truc-thuoc', m(W_KL, LD, 'B')),
  lowConfidenceOver('q366.ld.khtnv.tin-nhiem', 'q366.khtnv.tin-nhiem-thap', m(W_KL, LD, 'B')),
  flagCase('q366.cn.khtnv.suy-thoai', 'suy-thoai', 'degradationConcluded', (s) => isIndividual(s) && s.degradationConcluded, 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, "tự diễn biến", "tự chuyển hoá"', 'không bị kết luận suy thoái', m(`${W_KL}. ${W_KC}`, IND, 'B')),
  disciplined366('q366.cn.khtnv.ky-luat', IND, `${W_KL}. ${W_KC}`),
  subordinateCorruption('q366.ld.khtnv.tham-nhung', null, m(W_KL, LD, 'B')),
  // Individual without a post / member outside the political system [B]
  flagCase('q366.dv.khtnv.dieu-cam', 'dieu-cam', 'violatedProhibitions', (s) => isIndividual(s) && s.violatedProhibitions, 'vi phạm những điều đảng viên không được làm', 'không vi phạm', m(W_KC, DV, 'B')),
  flagCase('q366.dv.khtnv.neu-guong', 'neu-guong', 'violatedExemplaryDuty', (s) => isIndividual(s) && s.violatedExemplaryDuty, 'vi phạm quy định về trách nhiệm nêu gương, gây ảnh hưởng xấu', 'không vi phạm', m(W_KC, DV, 'B')),
  notCompletedOver('q366.dv.khtnv.khong-hoan-thanh', 'q366.khtnv.khong-hoan-thanh', m(W_KC, DV, 'B')),
];

const situations: Situation[] = [
  // Điều 5 [A]: who is reviewed — party members except the exempt and the suspended (the new-member rule follows).
  ...memberExclusions('q366.dv', [Q366('5')], C, 'Đảng viên (trừ đảng viên được miễn công tác và sinh hoạt đảng, đảng viên bị đình chỉ sinh hoạt đảng và đảng viên mới kết nạp chưa đủ 6 tháng) (Điều 5, theo các tài liệu dẫn lại)', null, 'A'),
  { id: 'q366.dv.moi-ket-nap', kinds: DV, cite: [Q366('5')], source: C, evidence: 'A', facts: ['admittedOn'], params: ['q366.moi-ket-nap.thang'], effect: 'not-rated', reviewed: false,
    words: 'đảng viên mới kết nạp chưa đủ 6 tháng: không kiểm điểm, không đánh giá, xếp loại',
    applies: (s, x) => isIndividual(s) && !!s.admittedOn && !hasFullMonths(s.admittedOn, x.date, x.p('q366.moi-ket-nap.thang')),
    note: (s, x) => `Đảng viên mới kết nạp (${viDate((s as { admittedOn: string }).admittedOn)}) chưa đủ ${x.p('q366.moi-ket-nap.thang')} tháng tính đến ngày đánh giá: không kiểm điểm và không xếp loại.` },
  { id: 'q366.dv.nghi-om-thai-san', kinds: DV, cite: [HD43], source: G, evidence: 'B', facts: ['sickLeaveMonths', 'maternityLeave'], params: ['q366.om.thang'], effect: 'note',
    words: 'nghỉ ốm tổng cộng từ 3 tháng trở lên trong năm hoặc nghỉ thai sản: xếp loại căn cứ kết quả làm việc thực tế của năm đó',
    applies: (s, x) => isIndividual(s) && ((s.sickLeaveMonths ?? 0) >= x.p('q366.om.thang') || !!s.maternityLeave),
    note: () => 'Nghỉ ốm từ 03 tháng trở lên hoặc nghỉ thai sản: xếp loại căn cứ vào kết quả làm việc thực tế của năm (không bị hạ mức).' },
  // HD 43 [A]: the organization is rated on the basis of its members' and sub-organizations' ratings,
  // with no numeric threshold (those are local): the members' counts are asked, and said to be the basis.
  { id: 'q366.tc.co-so-xep-loai', kinds: ['to-chuc-dang'], cite: [HD43], source: G, evidence: 'A', facts: ['members', 'subOrganizations'], effect: 'note',
    words: 'Tổ chức đảng được xếp loại trên cơ sở kết quả xếp loại của cơ quan, đơn vị, tập thể lãnh đạo, tổ chức đảng trực thuộc và toàn bộ đảng viên; Quy định 366 và Hướng dẫn 43 không đặt ngưỡng tỉ lệ.',
    applies: (s) => s.kind === 'to-chuc-dang' && !!(s.members || s.subOrganizations),
    note: () => 'Theo Hướng dẫn 43, tổ chức đảng được xếp loại trên cơ sở kết quả xếp loại của tập thể lãnh đạo, tổ chức đảng trực thuộc và toàn bộ đảng viên; Quy định 366 và Hướng dẫn 43 không đặt ngưỡng tỉ lệ, cấp có thẩm quyền cân nhắc.' },
  { id: 'q366.tu-phat-hien', kinds: ALL, cite: [A11], source: C, evidence: 'B', facts: ['discipline', 'disciplineEvents', 'targets.forceMajeure', 'leadership.subordinateCorruption'], effect: 'note',
    words: 'vi phạm tự phát hiện và khắc phục, hoặc bất khả kháng: cấp có thẩm quyền xem xét, cân nhắc',
    applies: (s) => (isIndividual(s) ? (s.discipline ?? []).some((d) => d.selfDetectedAndRemedied) || (s.leadership?.subordinateCorruption ?? []).some((e) => e.selfDetectedAndRemedied) : collectiveEvents(s).some((e) => e.selfDetectedAndRemedied) || !!s.targets?.forceMajeure),
    note: () => WEIGHED },
];

export const QD366: RuleLayer = {
  id: 'qd-366-2025',
  label: 'Quy định 366-QĐ/TW và Hướng dẫn 43-HD/BTCTW (theo báo cáo)',
  params,
  conditions: [...bands, ...cases],
  caps: [],
  situations,
  procedures: [
    temporaryActivityComments({ id: 'q366.dv.sinh-hoat-tam-thoi', cite: [HD43], source: G, evidence: 'B', words: 'Đảng viên sinh hoạt đảng tạm thời được kiểm điểm, đánh giá, xếp loại ở chi bộ nơi sinh hoạt chính thức sau khi có ý kiến nhận xét bằng văn bản của chi bộ nơi sinh hoạt tạm thời' }),
    headAfterUnit({ id: 'q366.ld.xep-sau-tap-the', cite: [Q366('12')], source: C, evidence: 'B', words: 'Thứ tự đánh giá, xếp loại (Điều 12 khoản 2): tập thể lãnh đạo, quản lý trước các thành viên và trước người đứng đầu; tổ chức, cơ quan, đơn vị trước tổ chức đảng; cấp dưới trước, cấp trên sau' },
      'Đánh giá, xếp loại tập thể lãnh đạo, quản lý (và tổ chức, cơ quan, đơn vị) do mình đứng đầu trước, rồi mới đánh giá, xếp loại người đứng đầu.'),
  ],
  silences: [
    { id: 'q366.im-lang.tieu-chi', kinds: ALL, note: `Theo Quy định 366-QĐ/TW, mức xếp loại xác định theo tổng điểm (thang 100 điểm: tiêu chí chung ${GENERAL!.max}, kết quả thực hiện nhiệm vụ ${RESULTS!.max}) cùng các điều kiện; cấp độ của từng tiêu chí không trực tiếp quyết định mức.` },
    { id: 'q366.im-lang.cong-chuc', kinds: DV, when: (s) => isIndividual(s) && !!s.civilServantRating, note: 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 không nêu mức trần của xếp loại đảng viên theo xếp loại cán bộ, công chức, viên chức.' },
    { id: 'q366.im-lang.to-chuc', kinds: ['to-chuc-dang'], when: (s) => s.kind === 'to-chuc-dang' && !s.members && !s.subOrganizations, note: 'Quy định 366-QĐ/TW và Hướng dẫn 43 không đặt ngưỡng tỉ lệ đảng viên hay tổ chức trực thuộc theo từng mức; xếp loại tổ chức đảng dựa trên kết quả xếp loại của tập thể lãnh đạo, tổ chức trực thuộc và toàn bộ đảng viên, cùng tổng điểm và các điều kiện chung.' },
    { id: 'q366.im-lang.tran-tap-the', kinds: TT, when: (s) => isCollective(s) && !!s.organizationRating, note: 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 không nêu mức trần của tập thể lãnh đạo theo xếp loại của tổ chức.' },
    ...proceduralSilences('q366', 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 mà ứng dụng có'),
    { id: 'q366.im-lang.bo-nhiem', kinds: LD, when: (s, x) => isIndividual(s) && !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, 6), note: 'Quy định 366-QĐ/TW (Điều 5) kiểm điểm, đánh giá mọi cán bộ lãnh đạo, quản lý, không trừ người mới bổ nhiệm; các tài liệu về Quy định 366, Hướng dẫn 43 không nói kết quả nào làm căn cứ cho người được bổ nhiệm chưa đủ 6 tháng.' },
    { id: 'q366.im-lang.thanh-lap', kinds: COLL, when: (s, x) => !isIndividual(s) && !!s.establishedOn && !hasFullMonths(s.establishedOn, x.date, 12), note: 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 không nêu quy định riêng cho tổ chức, tập thể mới thành lập, chia tách, sáp nhập: vẫn đánh giá, xếp loại theo quy định chung.' },
    { id: 'q366.im-lang.to-chuc-bi-ky-luat', kinds: COLL, when: (s) => collectiveEvents(s).some((e) => e.who === 'to-chuc' || e.who === 'tap-the'),
      note: 'Các tài liệu về Quy định 366-QĐ/TW không nêu riêng trường hợp chính tổ chức, tập thể bị kỷ luật trong danh sách “Không hoàn thành nhiệm vụ”; việc này được phản ánh qua tổng điểm và do cấp có thẩm quyền cân nhắc.' },
    { id: 'q366.im-lang.khac-phuc-tap-the', kinds: COLL, forRatings: ['HTXSNV'], note: 'Điều kiện “khắc phục xong tất cả hạn chế, khuyết điểm đã được chỉ ra” của mức Hoàn thành xuất sắc cũng áp dụng cho tập thể; công cụ chưa hỏi số liệu này đối với tập thể nên cần được cấp có thẩm quyền xem xét.' },
  ],
};
