// The review calendar of each plan, read from the seed texts (000 Sao Đỏ 2023, 001 Tuy Phước
// 2021, 002 Hồng Quang 2025, 003 Quy định 124, 004 Tỉnh ủy 2022), in the order the plan sets
// the steps. Words are quoted as the texts give them; where a plan names no date, `before` is
// null and the plan's own rule of timing is quoted instead.
import type { CitationRef } from '../docs.ts';
import type { Timeline } from './model.ts';

const SD = (...path: string[]): CitationRef => ({ doc: 'kh-sao-do-2023', path });
const TP = (...path: string[]): CitationRef => ({ doc: 'kh-tuy-phuoc-2021', path });
const HQ = (...path: string[]): CitationRef => ({ doc: 'kh-hong-quang-2025', path });
const TU = (...path: string[]): CitationRef => ({ doc: 'kh-tinh-uy-2022', path });
const Q124 = (...path: string[]): CitationRef => ({ doc: 'qd-124-2023', path });

const Q124_TIMING = {
  id: 'thoi-diem', text: 'Kiểm điểm, đánh giá, xếp loại vào dịp cuối năm, hoàn thành trước khi tổng kết công tác năm của tổ chức, cơ quan, đơn vị.',
  before: null, when: 'hoàn thành trước khi tổng kết công tác năm', cite: Q124('14', '2'),
  words: 'Thời điểm thực hiện việc kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân hằng năm được tiến hành vào dịp cuối năm và hoàn thành trước khi tổng kết công tác năm của tổ chức, cơ quan, đơn vị.',
} as const;

const saoDo: Timeline = {
  doc: 'kh-sao-do-2023',
  steps: [
    {
      id: 'thoi-diem', text: 'Kiểm điểm, đánh giá, xếp loại vào dịp cuối năm, hoàn thành trước khi tổng kết công tác năm của tổ chức, cơ quan, đơn vị.',
      before: null, when: 'hoàn thành trước khi tổng kết công tác năm', cite: SD('II', 'E', '1', '1.2'),
      words: 'Thời điểm thực hiện việc kiểm điểm, đánh giá, xếp loại chất lượng tập thể, cá nhân hằng năm được tiến hành vào dịp cuối năm và hoàn thành trước khi tổng kết công tác năm của tổ chức, cơ quan, đơn vị.',
    },
    {
      id: 'buoc-1', text: 'Bước 1: đảng viên tự đánh giá, tự nhận mức chất lượng (Mẫu 02A hoặc 02B-HDKĐ.ĐG 2023), báo cáo trước chi bộ.',
      before: null, when: null, cite: SD('II', 'B', '2', '2.5'),
      words: 'tự nhận mức chất lượng theo Mẫu 02A-HDKĐ.ĐG 2023 (cá nhân không giữ chức vụ lãnh đạo quản lý) và Mẫu 02B-HDKĐ.ĐG 2023 (cá nhân giữ chức vụ lãnh đạo quản lý); báo cáo trước chi bộ trong cuộc họp kiểm điểm, đánh giá, xếp loại chất lượng đảng viên cuối năm.',
    },
    {
      id: 'buoc-2', text: 'Bước 2: chi bộ thảo luận, đảng viên bỏ phiếu đề xuất mức xếp loại từng đảng viên; chi ủy tổng hợp, báo cáo đảng ủy cơ sở theo Mẫu 9.',
      before: null, when: null, cite: SD('II', 'B', '2', '2.5'),
      words: 'Chi ủy (bí thư chi bộ nơi không có chi ủy) tổ chức để đảng viên bỏ phiếu đề xuất mức xếp loại đối với từng đảng viên của chi bộ; sau đó, tổng hợp kết quả mức xếp loại chất lượng đối với từng đảng viên để báo cáo đảng ủy cơ sở theo Mẫu 9.',
    },
    {
      id: 'de-nghi-khen', text: 'Chi bộ xét, đề nghị cấp ủy cơ sở biểu dương, khen thưởng chi bộ và đảng viên “Hoàn thành xuất sắc nhiệm vụ”.',
      before: '2023-12-06', when: 'trước 06 tháng 12 năm 2023', cite: SD('II', 'D', '2', '2.1', '2.1.1'),
      words: 'Xét, đề nghị cấp ủy cấp cơ sở biểu dương, khen thưởng chi bộ (nếu chi bộ đạt “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu) và đảng viên trong chi bộ đạt tiêu chuẩn đảng viên “Hoàn thành xuất sắc nhiệm vụ” trước 06 tháng 12 năm 2023.',
    },
    {
      id: 'buoc-3', text: 'Bước 3: đảng ủy cơ sở xem xét, quyết định xếp loại đảng viên (chi bộ cơ sở thì chi bộ quyết định).',
      who: 'Đảng ủy cơ sở', before: null, when: null, cite: SD('II', 'B', '2', '2.5'),
      words: 'Bộ phận giúp việc cấp ủy tổng hợp, thẩm định báo cáo của các chi bộ trực thuộc để đảng ủy cơ sở xem xét quyết định xếp loại chất lượng đảng viên. Đối với chi bộ cơ sở do chi bộ quyết định xếp loại chất lượng đảng viên.',
    },
    {
      id: 'bao-cao-cap-tren', text: 'Đảng ủy phường báo cáo kết quả xếp loại và đề nghị khen thưởng với cấp ủy cấp trên trực tiếp.',
      who: 'Đảng ủy phường', before: '2023-12-20', when: 'trước ngày 20 tháng 12 cùng năm', cite: SD('II', 'D', '2', '2.1', '2.1.2'),
      words: 'Báo cáo kết quả xếp loại và đề nghị khen thưởng tổ chức đảng và đảng viên với cấp ủy cấp trên trực tiếp trước ngày 20 tháng 12 cùng năm.',
    },
  ],
};

const tuyPhuoc: Timeline = {
  doc: 'kh-tuy-phuoc-2021',
  steps: [
    {
      id: 'buoc-1', text: 'Bước 1: đảng viên tự đánh giá, tự nhận mức chất lượng trong bản kiểm điểm cá nhân Mẫu 02, báo cáo trước chi bộ.',
      before: null, when: null, cite: TP('II', 'B', '2', '2.5'),
      words: 'tự nhận mức chất lượng trong bản kiểm điểm cá nhân Mẫu 02; báo cáo trước chi bộ trong cuộc họp kiểm điểm, đánh giá, xếp loại chất lượng đảng viên cuối năm.',
    },
    {
      id: 'buoc-2', text: 'Bước 2: chi bộ thảo luận, đảng viên bỏ phiếu đề xuất mức xếp loại từng đảng viên; chi ủy tổng hợp, báo cáo đảng ủy cơ sở.',
      before: null, when: null, cite: TP('II', 'B', '2', '2.5'),
      words: 'Chi ủy (bí thư chi bộ nơi không có chi ủy) tổ chức để đảng viên bỏ phiếu đề xuất mức xếp loại đối với từng đảng viên của chi bộ; sau đó, tổng hợp kết quả, đề xuất mức xếp loại chất lượng đối với từng đảng viên để báo cáo đảng ủy cơ sở.',
    },
    {
      id: 'quyet-dinh', text: 'Đảng ủy cơ sở xem xét, quyết định xếp loại đảng viên của đảng bộ (chi bộ cơ sở thì chi bộ quyết định).',
      who: 'Đảng ủy cơ sở', before: null, when: null, cite: TP('II', 'B', '2', '2.5'),
      words: 'Bộ phận giúp việc cấp ủy tổng hợp, thẩm định báo cáo của các chi bộ trực thuộc để đảng ủy cơ sở xem xét quyết định xếp loại chất lượng đảng viên của đảng bộ.',
    },
    {
      id: 'bao-cao-huyen', text: 'Báo cáo hồ sơ kiểm điểm, đánh giá, xếp loại của tập thể, cá nhân diện Ban Thường vụ Huyện ủy quản lý về Ban Tổ chức Huyện ủy.',
      who: 'Các cấp ủy, tổ chức đảng', before: '2021-12-20', when: 'trước ngày 20/12/2021', cite: TP('III', '3'),
      words: 'báo cáo hồ sơ kiểm điểm, đánh giá, xếp loại chất lượng của tập thể, cá nhân thuộc diện Ban Thường vụ Huyện ủy quản lý về Ban Tổ chức Huyện ủy trước ngày 20/12/2021',
    },
  ],
  silence: 'Kế hoạch không đặt hạn riêng cho cuộc họp của chi bộ.',
};

const hongQuang: Timeline = {
  doc: 'kh-hong-quang-2025',
  steps: [
    {
      id: 'goi-y', text: 'Ủy ban Kiểm tra Đảng ủy tham mưu gợi ý kiểm điểm đối với tập thể, cá nhân (nếu có).',
      who: 'Ủy ban Kiểm tra Đảng ủy', before: '2025-11-30', when: 'trước ngày 30/11/2025', cite: HQ('IV', '4', '4.1'),
      words: 'tham mưu Ban Thường vụ Đảng ủy gợi ý kiểm điểm đối với các tập thể, cá nhân (nếu có) (hoàn thành trước ngày 30/11/2025).',
    },
    {
      id: 'buoc-1', text: 'Bước 1: từng tập thể, cá nhân tự đánh giá theo từng nhóm tiêu chí, tính tổng điểm, xác định mức xếp loại.',
      before: null, when: null, cite: HQ('III', '2', '2.1'),
      words: 'Căn cứ tiêu chí đánh giá và thang điểm quy định, từng tập thể, cá nhân tự phân tích kết quả đạt được, tự đánh giá theo từng nhóm tiêu chí, tính tổng điểm và xác định mức xếp loại chất lượng theo 01 trong 04 mức',
    },
    {
      id: 'buoc-2', text: 'Bước 2: lấy ý kiến tham gia (nếu cần), thẩm định và đề xuất mức xếp loại (Mẫu 04-DG, 07-DG).',
      before: null, when: null, cite: HQ('III', '2', '2.2'),
      words: 'đối chiếu với tiêu chí đánh giá và thang điểm quy định để đề xuất mức xếp loại chất lượng đối với các tập thể (Mẫu 04-DG), cá nhân (Mẫu 07-DG)',
    },
    {
      id: 'buoc-3', text: 'Bước 3: cấp có thẩm quyền quyết định mức xếp loại chính thức bằng phiếu kín (Mẫu 05-DG, 08-DG).',
      before: null, when: null, cite: HQ('III', '2', '2.3'),
      words: 'cấp có thẩm quyền hoặc cấp được ủy quyền xem xét, kết luận và thảo luận, quyết định mức xếp loại chính thức đối với các tập thể (Mẫu 05-DG), cá nhân (Mẫu 08-DG) theo thẩm quyền (bằng phiếu kín).',
    },
    {
      id: 'gui-ket-qua', text: 'Tổng hợp kết quả đánh giá, xếp loại (Mẫu 09-ĐG, 10-ĐG), gửi về Ban Thường vụ Đảng ủy qua Ban Xây dựng Đảng.',
      who: 'Cấp ủy, tổ chức đảng trực thuộc Đảng ủy phường', before: '2025-12-10', when: 'trước ngày 10/12/2025', cite: HQ('IV', '1', '1.6'),
      words: 'gửi kết quả về Ban Thường vụ Đảng ủy (qua Ban Xây dựng Đảng) trước ngày 10/12/2025.',
    },
    {
      id: 'quyet-dinh-btv', text: 'Ban Xây dựng Đảng tổng hợp, tham mưu Ban Thường vụ Đảng ủy phường quyết định xếp loại theo thẩm quyền.',
      who: 'Ban Xây dựng Đảng', before: '2025-12-10', when: 'hoàn thành trước ngày 10/12/2025', cite: HQ('IV', '3', '3.3'),
      words: 'Theo dõi, tổng hợp kết quả, tham mưu Ban Thường vụ Đảng ủy phường xem xét, quyết định đánh giá, xếp loại chất lượng đối với tập thể, cá nhân theo thẩm quyền (hoàn thành trước ngày 10/12/2025).',
    },
    {
      id: 'ket-thuc', text: 'Việc kiểm điểm, đánh giá, xếp loại kết thúc trước ngày 31/12, trước khi tổng kết công tác năm.',
      before: '2025-12-31', when: 'kết thúc trước ngày 31/12', cite: HQ('II', '3', '3.3'),
      words: 'tiến hành vào dịp cuối năm và kết thúc trước ngày 31/12 (hoàn thành trước khi tổng kết công tác năm của tổ chức, cơ quan, đơn vị).',
    },
  ],
};

const tinhUy: Timeline = {
  doc: 'kh-tinh-uy-2022',
  steps: [
    {
      id: 'goi-y', text: 'Ban Tổ chức Tỉnh ủy tham mưu gợi ý kiểm điểm tập thể, cá nhân diện Ban Thường vụ Tỉnh ủy quản lý.',
      who: 'Ban Tổ chức Tỉnh ủy', before: '2022-11-10', when: 'trước ngày 10/11/2022', cite: TU('III', '2'),
      words: 'tham mưu Thường trực Tỉnh ủy gợi ý kiểm điểm đối với tập thể, cá nhân thuộc diện Ban Thường vụ Tỉnh ủy quản lý trước ngày 10/11/2022.',
    },
    {
      id: 'ban-kiem-diem', text: 'Mỗi cá nhân làm một bản tự kiểm điểm (Mẫu 02).',
      before: null, when: null, cite: TU('II', '4', '4.1', 'a'), words: 'Mỗi cá nhân làm một bản tự kiểm điểm (theo Mẫu 02).',
    },
    {
      id: 'tong-hop', text: 'Tổng hợp kết quả kiểm điểm, đánh giá, xếp loại diện Ban Thường vụ Tỉnh ủy quản lý, thẩm định, báo cáo Ban Thường vụ Tỉnh ủy.',
      who: 'Ban Tổ chức Tỉnh ủy', before: '2022-12-31', when: 'trước ngày 31/12/2022', cite: TU('III', '2'),
      words: 'Tổng hợp kết quả kiểm điểm, đánh giá, xếp loại đối với tổ chức đảng, tập thể, cá nhân diện Ban Thường vụ Tỉnh ủy quản lý, phối hợp Ủy ban Kiểm tra Tỉnh ủy và các ban đảng của Tỉnh ủy thẩm định, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 31/12/2022.',
    },
  ],
  silence: 'Kế hoạch không đặt hạn riêng cho cuộc họp của chi bộ.',
};

const qd124: Timeline = {
  doc: 'qd-124-2023',
  steps: [Q124_TIMING],
  silence: 'Quy định 124-QĐ/TW không đặt ngày cụ thể; ngày do kế hoạch của cấp ủy cấp trên quy định.',
};

/**
 * By ruleset id: the plan whose calendar the review follows. The central rulesets whose text
 * is not in the library (132, 366) have no calendar here; the record says so.
 */
export const TIMELINES: Readonly<Record<string, Timeline>> = {
  'sao-do-2023': saoDo,
  'tuy-phuoc-2021': tuyPhuoc,
  'hong-quang-2025': hongQuang,
  'tinh-uy-2022': tinhUy,
  'qd124-2023': qd124,
};
