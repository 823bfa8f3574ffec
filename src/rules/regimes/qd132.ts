// Quy định 132-QĐ/TW (2018) with Hướng dẫn 21-HD/BTCTW (2019). Their texts are not available
// to us: this layer holds only the facts tagged [A] in shared/notes/regimes.md. Each rule cites
// where we read it (the 2021 Tuy Phước plan, which restates it) and the guidance it comes from.
import type { CitationRef } from '../docs.ts';
import type { Condition, RuleLayer, Situation } from '../model.ts';
import { param } from '../params.ts';
import { viDate, hasFullMonths } from '../dates.ts';
import { civilServantAtLeast, civilServantKhtnv, COLL, disciplinedInYear, DV, isIndividual, sickLeaveCap, type Meta } from '../factories.ts';

const TP = (...path: string[]): CitationRef => ({ doc: 'kh-tuy-phuoc-2021', path });
export const HD21: CitationRef = { doc: 'hd-21-2019', path: [] };
const G = 'huong-dan-trung-uong' as const;
const FROM = '2019-10-18';
const m = (cite: CitationRef[], words: string, kinds: Meta['kinds']): Meta => ({ cite, words, kinds, source: G, evidence: 'A' });
const NOTES = TP('II', 'B', '6');

const params = [
  param('q132.om.thang', 3, FROM, 'thang', 'Tổng số tháng nghỉ ốm trong năm từ đó không được xếp loại Hoàn thành tốt trở lên', NOTES, 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 3 tháng trở lên không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên', G, 'A'),
  param('q132.moi.thang', 6, FROM, 'thang', 'Số tháng kể từ kết nạp hoặc thành lập để được xếp loại', NOTES, 'Không đánh giá, xếp loại đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 6 tháng, đảng viên mới kết nạp chưa đủ 6 tháng', G, 'A'),
  param('q132.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa Hoàn thành xuất sắc so với số Hoàn thành tốt', TP('II', 'B', '2', '2.3', 'a'), 'Số lượng đảng viên được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số đảng viên được xếp loại “Hoàn thành tốt nhiệm vụ” trong từng tổ chức cơ sở đảng.', G, 'A'),
];

const conditions: Condition[] = [
  civilServantAtLeast('q132.dv.htxsnv.cong-chuc', 'HTXSNV', 'HTXSNV', m([TP('II', 'B', '2', '2.3', 'a'), HD21], 'Đảng viên là cán bộ, công chức, viên chức phải được xếp loại cán bộ, công chức, viên chức “Hoàn thành xuất sắc nhiệm vụ”.', DV)),
  civilServantKhtnv('q132.dv.khtnv.cong-chuc', m([TP('II', 'B', '2', '2.3', 'd'), HD21], 'Đảng viên là cán bộ, công chức, viên chức xếp loại ở mức “Không hoàn thành nhiệm vụ”.', DV)),
  // No self-detection exception before 124 (regimes.md: "no self-detection exception").
  disciplinedInYear('q132.cn.khtnv.ky-luat', { selfDetected: null, earlierYear: null },
    m([TP('II', 'B', '2', '2.3', 'd'), HD21], 'Đảng viên bị thi hành kỷ luật trong năm (một vi phạm bị xử lý kỷ luật chỉ tính một lần khi xếp loại).', ['dang-vien', 'can-bo-lanh-dao'])),
];

const situations: Situation[] = [
  { id: 'q132.dv.moi-ket-nap', kinds: DV, cite: [NOTES, HD21], source: G, evidence: 'A', facts: ['admittedOn'], params: ['q132.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'Không đánh giá, xếp loại đối với … đảng viên mới kết nạp chưa đủ 6 tháng, nhưng vẫn phải kiểm điểm đảng viên tính từ ngày kết nạp vào Đảng.',
    applies: (s, x) => isIndividual(s) && !!s.admittedOn && !hasFullMonths(s.admittedOn, x.date, x.p('q132.moi.thang')),
    note: (s, x) => `Đảng viên mới kết nạp (${viDate((s as { admittedOn: string }).admittedOn)}) chưa đủ ${x.p('q132.moi.thang')} tháng: không đánh giá, xếp loại, nhưng vẫn phải kiểm điểm tính từ ngày kết nạp.` },
  { id: 'q132.tc.moi-thanh-lap', kinds: COLL, cite: [NOTES, HD21], source: G, evidence: 'A', facts: ['establishedOn'], params: ['q132.moi.thang'], effect: 'not-rated', reviewed: true,
    words: 'Không đánh giá, xếp loại đối với tổ chức đảng và tập thể lãnh đạo, quản lý mới thành lập chưa đủ 6 tháng',
    applies: (s, x) => !isIndividual(s) && !!s.establishedOn && !hasFullMonths(s.establishedOn, x.date, x.p('q132.moi.thang')),
    note: (s, x) => `Mới thành lập từ ${viDate((s as { establishedOn: string }).establishedOn)}, chưa đủ ${x.p('q132.moi.thang')} tháng: không đánh giá, xếp loại (vẫn kiểm điểm theo kế hoạch).` },
  { id: 'q132.dv.thai-san', kinds: DV, cite: [NOTES, HD21], source: G, evidence: 'A', facts: ['maternityLeave'], effect: 'note',
    words: 'đảng viên nghỉ thai sản thì kết quả xếp loại chất lượng trong năm là kết quả xếp loại chất lượng của thời gian làm việc thực tế của năm đó',
    applies: (s) => isIndividual(s) && !!s.maternityLeave,
    note: () => 'Đảng viên nghỉ thai sản: kết quả xếp loại là kết quả của thời gian làm việc thực tế trong năm (không bị hạ mức như nghỉ ốm).' },
];

export const QD132: RuleLayer = {
  id: 'qd-132-2018',
  label: 'Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW (theo báo cáo)',
  params,
  conditions,
  caps: [sickLeaveCap('q132.dv.nghi-om', 'q132.om.thang', 'HTNV', m([NOTES, HD21], 'Đảng viên nghỉ ốm tổng thời gian trong năm từ 3 tháng trở lên không xếp loại đạt mức “Hoàn thành tốt nhiệm vụ” trở lên', DV))],
  situations,
};
