// Quy định 132-QĐ/TW (2018) with Hướng dẫn 21-HD/BTCTW (2019), the central texts alone
// (ruleset qd132-2018) and the base of the 2021 and 2022 local plans. Their texts are not
// available to us: this layer holds only the facts shared/notes/regimes.md gives for them,
// tagged [A] (several sources) or [B] (one source); each rule cites the guidance as a whole
// (regimes.md gives no clause paths for it). What is known only from our own seed plans ([S]:
// chi bộ thresholds, the middle civil-servant conditions, the head-of-unit cap) is in those
// plans' profiles, never here; where these facts are silent, a Silence says so.
import type { CitationRef } from '../docs.ts';
import type { Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { proceduralSilences } from '../procedures.ts';
import { viDate, hasFullMonths } from '../dates.ts';
import {
  civilServantAtLeast, civilServantKhtnv, COLL, completedUnder, disciplinedInYear, DV, flagCase, flagTrue, IND, isIndividual, levels, sickLeaveCap,
  type Meta,
} from '../factories.ts';

export const HD21: CitationRef = { doc: 'hd-21-2019', path: [] };
export const QD132_DOC: CitationRef = { doc: 'qd-132-2018', path: [] };
const G = 'huong-dan-trung-uong' as const;
const FROM = '2019-10-18';
const m = (words: string, kinds: Meta['kinds'], evidence: 'A' | 'B', cite: CitationRef[] = [HD21, QD132_DOC]): Meta => ({ cite, words, kinds, source: G, evidence });

export const Q132_PARAMS = [
  param('q132.om.thang', 3, FROM, 'thang', 'Tổng số tháng nghỉ ốm trong năm từ đó không được xếp loại Hoàn thành tốt trở lên', HD21, 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 3 tháng trở lên không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên', G, 'A'),
  param('q132.moi.thang', 6, FROM, 'thang', 'Số tháng kể từ kết nạp hoặc thành lập để được xếp loại', HD21, 'Không đánh giá, xếp loại đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 6 tháng, đảng viên mới kết nạp chưa đủ 6 tháng', G, 'A'),
  param('q132.khtnv.hoan-thanh', 0.5, FROM, 'ti-le', 'Đảng viên chỉ hoàn thành dưới tỉ lệ này thì Không hoàn thành nhiệm vụ', HD21, 'chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ trong năm', G, 'A'),
  param('q132.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt', HD21, 'Số đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ”', G, 'A'),
];

// The criteria-level standards. regimes.md: under 132 the bands are decided by criteria levels;
// the HTXSNV words are from one restatement of HD 21 [B] (the 2021 plan has the same words, and
// so has it for the lower bands, which 124 Điều 12 also keeps).
const W_X = 'Là đảng viên thực sự tiêu biểu về năng lực, phẩm chất đạo đức, lối sống, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo; các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đánh giá đạt cấp độ “Xuất sắc”; những tiêu chí còn lại đạt cấp độ “Tốt” trở lên (Hướng dẫn 21, theo lời dẫn lại)';
const W_T = 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đánh giá đạt cấp độ “Tốt” trở lên; những tiêu chí còn lại đạt cấp độ “Trung bình” trở lên (Hướng dẫn 21, theo lời dẫn lại)';
const W_N = 'Các tiêu chí cơ bản được đánh giá đạt cấp độ “Trung bình” trở lên (Hướng dẫn 21, theo lời dẫn lại)';
const W_XT = 'Tập thể: các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đạt cấp độ “Xuất sắc”, những tiêu chí còn lại đạt cấp độ “Tốt” trở lên (Hướng dẫn 21: mức xếp loại theo cấp độ của tiêu chí, theo lời dẫn lại)';
const W_TT = 'Tập thể: các tiêu chí về kết quả thực hiện nhiệm vụ được giao đều đạt cấp độ “Tốt” trở lên, những tiêu chí còn lại đạt cấp độ “Trung bình” trở lên (Hướng dẫn 21, theo lời dẫn lại)';
const W_NT = 'Tập thể: các tiêu chí cơ bản đạt cấp độ “Trung bình” trở lên (Hướng dẫn 21, theo lời dẫn lại)';
const W_K = 'Đảng viên Không hoàn thành nhiệm vụ khi: bị cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa”; chỉ hoàn thành dưới 50% chỉ tiêu, nhiệm vụ trong năm; là cán bộ, công chức, viên chức bị xếp loại “Không hoàn thành nhiệm vụ”; bị thi hành kỷ luật trong năm (một vi phạm chỉ tính một lần)';

const individuals: Condition[] = [
  flagTrue('q132.cn.htxsnv.thanh-tich', 'HTXSNV', 'thanh-tich', 'outstanding', (s) => s.outstanding, 'thực sự tiêu biểu, có nhiều thành tích nổi bật', 'chưa phải đảng viên thực sự tiêu biểu, có nhiều thành tích nổi bật trong công tác được các đảng viên khác học tập, noi theo', m(W_X, IND, 'B')),
  levels('q132.cn.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m(W_X, IND, 'B')),
  levels('q132.cn.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m(W_X, IND, 'B')),
  civilServantAtLeast('q132.dv.htxsnv.cong-chuc', 'HTXSNV', 'HTXSNV', m('Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.', DV, 'A')),
  levels('q132.cn.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m(W_T, IND, 'B')),
  levels('q132.cn.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m(W_T, IND, 'B')),
  levels('q132.cn.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m(W_N, IND, 'B')),
  civilServantKhtnv('q132.dv.khtnv.cong-chuc', m('Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.', DV, 'A')),
  flagCase('q132.cn.khtnv.suy-thoai', 'suy-thoai', 'degradationConcluded', (s) => isIndividual(s) && s.degradationConcluded, 'bị cấp có thẩm quyền kết luận có biểu hiện suy thoái, “tự diễn biến”, “tự chuyển hóa”', 'không bị kết luận suy thoái', m(W_K, IND, 'A')),
  completedUnder('q132.cn.khtnv.hoan-thanh-duoi-50', 'q132.khtnv.hoan-thanh', m(W_K, IND, 'A')),
  // No self-detection exception before 124 (regimes.md: "no self-detection exception").
  disciplinedInYear('q132.cn.khtnv.ky-luat', { selfDetected: null, earlierYear: null }, m('Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).', IND, 'A')),
];

const collectives: Condition[] = [
  levels('q132.tt.htxsnv.tieu-chi-ket-qua', 'HTXSNV', 'results', 'xuat-sac', m(W_XT, COLL, 'B')),
  levels('q132.tt.htxsnv.tieu-chi-khac', 'HTXSNV', 'other', 'tot', m(W_XT, COLL, 'B')),
  levels('q132.tt.httnv.tieu-chi-ket-qua', 'HTTNV', 'results', 'tot', m(W_TT, COLL, 'B')),
  levels('q132.tt.httnv.tieu-chi-khac', 'HTTNV', 'other', 'trung-binh', m(W_TT, COLL, 'B')),
  levels('q132.tt.htnv.tieu-chi', 'HTNV', 'all', 'trung-binh', m(W_NT, COLL, 'B')),
];

const situations: Situation[] = [
  { id: 'q132.dv.moi-ket-nap', kinds: DV, cite: [HD21], source: G, evidence: 'A', facts: ['admittedOn'], params: ['q132.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'Không đánh giá, xếp loại đối với … đảng viên mới kết nạp chưa đủ 6 tháng, nhưng vẫn phải kiểm điểm đảng viên tính từ ngày kết nạp vào Đảng.',
    applies: (s, x) => isIndividual(s) && !!s.admittedOn && !hasFullMonths(s.admittedOn, x.date, x.p('q132.moi.thang')),
    note: (s, x) => `Đảng viên mới kết nạp (${viDate((s as { admittedOn: string }).admittedOn)}) chưa đủ ${x.p('q132.moi.thang')} tháng: không đánh giá, xếp loại, nhưng vẫn phải kiểm điểm tính từ ngày kết nạp.` },
  { id: 'q132.tc.moi-thanh-lap', kinds: COLL, cite: [HD21], source: G, evidence: 'A', facts: ['establishedOn'], params: ['q132.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'Không đánh giá, xếp loại đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 6 tháng',
    applies: (s, x) => !isIndividual(s) && !!s.establishedOn && !hasFullMonths(s.establishedOn, x.date, x.p('q132.moi.thang')),
    note: (s, x) => `Mới thành lập từ ${viDate((s as { establishedOn: string }).establishedOn)}, chưa đủ ${x.p('q132.moi.thang')} tháng: không đánh giá, xếp loại (vẫn kiểm điểm theo kế hoạch).` },
  { id: 'q132.dv.thai-san', kinds: DV, cite: [HD21], source: G, evidence: 'A', facts: ['maternityLeave'], effect: 'note',
    words: 'đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó',
    applies: (s) => isIndividual(s) && !!s.maternityLeave,
    note: () => 'Đảng viên nghỉ thai sản: kết quả xếp loại là kết quả của thời gian làm việc thực tế trong năm (không bị hạ mức như nghỉ ốm).' },
];

export const QD132: RuleLayer = {
  id: 'qd-132-2018',
  label: 'Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW (theo báo cáo)',
  params: Q132_PARAMS,
  conditions: [...individuals, ...collectives],
  caps: [sickLeaveCap('q132.dv.nghi-om', 'q132.om.thang', 'HTNV', m('Đảng viên nghỉ ốm tổng thời gian trong năm từ 3 tháng trở lên không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên', DV, 'A'))],
  situations,
  silences: [
    { id: 'q132.im-lang.nguon', kinds: ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'], note: 'Văn bản Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW chưa có trong thư viện: các điều kiện dưới đây là những nội dung đã được nhiều nguồn dẫn lại [A] hoặc một nguồn dẫn lại [B]; nội dung chỉ có trong kế hoạch của địa phương không được áp dụng ở đây.' },
    { id: 'q132.im-lang.lanh-dao', kinds: ['can-bo-lanh-dao'], note: 'Các tài liệu về Quy định 132, Hướng dẫn 21 mà ứng dụng có không nêu tiêu chuẩn riêng của cán bộ lãnh đạo, quản lý (kết quả của đơn vị phụ trách, mức trần của người đứng đầu): ứng dụng áp dụng tiêu chuẩn theo cấp độ tiêu chí của cá nhân và không tự đặt thêm điều kiện.' },
    { id: 'q132.im-lang.sinh-hoat', kinds: DV, when: (s) => isIndividual(s) && !!s.partyActivity && s.partyActivity !== 'binh-thuong', note: 'Các tài liệu về Quy định 132, Hướng dẫn 21 mà ứng dụng có không nói đảng viên được miễn hoặc bị đình chỉ sinh hoạt đảng có được xếp loại hay không (Quy định 124 và các kế hoạch địa phương loại trừ họ): hãy hỏi cấp ủy cấp trên trước khi dùng kết quả.' },
    { id: 'q132.im-lang.cong-chuc-giua', kinds: DV, when: (s) => isIndividual(s) && (s.civilServantRating === 'HTTNV' || s.civilServantRating === 'HTNV'), note: 'Theo các tài liệu về Hướng dẫn 21, xếp loại cán bộ, công chức, viên chức chỉ chắc chắn ràng buộc ở hai đầu (phải “Hoàn thành xuất sắc nhiệm vụ” để đảng viên được xếp loại xuất sắc; “Không hoàn thành nhiệm vụ” thì đảng viên cũng vậy); ràng buộc ở các mức giữa chỉ có trong kế hoạch địa phương.' },
    { id: 'q132.im-lang.to-chuc', kinds: ['to-chuc-dang'], note: 'Các tài liệu về Quy định 132, Hướng dẫn 21 mà ứng dụng có không nêu ngưỡng tỉ lệ đảng viên, tổ chức trực thuộc theo từng mức hay các trường hợp “Không hoàn thành nhiệm vụ” riêng của tổ chức đảng (các ngưỡng đó chỉ có trong kế hoạch địa phương): tổ chức đảng được xếp loại theo cấp độ của tiêu chí.' },
    { id: 'q132.im-lang.tap-the', kinds: ['tap-the-lanh-dao'], note: 'Các tài liệu về Quy định 132, Hướng dẫn 21 mà ứng dụng có không nêu các trường hợp “Không hoàn thành nhiệm vụ” riêng của tập thể lãnh đạo hay mức trần theo xếp loại của tổ chức: tập thể được xếp loại theo cấp độ của tiêu chí.' },
    ...proceduralSilences('q132', 'Các tài liệu về Quy định 132-QĐ/TW, Hướng dẫn 21 mà ứng dụng có'),
    { id: 'q132.im-lang.bo-nhiem', kinds: ['can-bo-lanh-dao'], when: (s, x) => isIndividual(s) && !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, 6), note: 'Các tài liệu về Quy định 132, Hướng dẫn 21 mà ứng dụng có không nêu quy định riêng cho cán bộ mới được bổ nhiệm chưa đủ 6 tháng.' },
    { id: 'q132.im-lang.nhiem-vu', kinds: IND, when: (s) => isIndividual(s) && !!s.tasks, note: 'Theo Hướng dẫn 21, các mức xếp loại cá nhân xét theo cấp độ của tiêu chí; tỉ lệ nhiệm vụ chỉ dùng cho trường hợp hoàn thành dưới 50%.' },
  ],
};

