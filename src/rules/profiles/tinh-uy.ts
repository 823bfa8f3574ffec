// Kế hoạch of the Ban Thường vụ Tỉnh ủy for 2022 (seed 004, `kh-tinh-uy-2022`) over 132-QĐ/TW
// and HD 21-HD/BTCTW: the plan for the party organizations, leadership collectives and leaders
// the province's standing committee manages. Read whole, it adds to the central rules only in
// II.4.4: the head-of-unit cap and the order of rating (chi bộ first for members of a higher
// leadership collective; the head after the collective), and the HTXSNV quota of leaders and of
// the members of one leadership collective (≤ 20 % of HTTNV; "từ 05 thành viên trở xuống" → 01;
// who votes). It rates organizations and collectives by Hướng dẫn 06-HD/TU (II.4.3) and leaders
// also by Nghị định 90/2020/NĐ-CP (II.4.4), neither of which we have: silences say so.
import type { CitationRef } from '../docs.ts';
import type { RuleLayer } from '../model.ts';
import { param } from '../params.ts';
import { headCap, LD } from '../factories.ts';
import { chiBoFirst, headAfterUnit } from '../procedures.ts';

export const TU = (...path: string[]): CitationRef => ({ doc: 'kh-tinh-uy-2022', path });
const L = 'ke-hoach-dia-phuong' as const;
const FROM = '2022-10-18';
const P44 = TU('II', '4', '4.4');

const params = [
  param('tu.quota.ty-le', 0.2, FROM, 'ti-le', 'Tỉ lệ tối đa cán bộ lãnh đạo, thành viên lãnh đạo đề xuất Hoàn thành xuất sắc so với số Hoàn thành tốt', P44, 'được đề xuất xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ”', L),
  param('tu.nho.so-luong', 5, FROM, 'so-luong', 'Tập thể lãnh đạo có từ số thành viên này trở xuống thì đề xuất chọn 01 thành viên Hoàn thành xuất sắc', P44, 'Nếu tập thể lãnh đạo có từ 05 thành viên trở xuống thì đề xuất chọn 01 thành viên lãnh đạo “Hoàn thành xuất sắc nhiệm vụ”', L),
];

const W_HEAD = 'Sau khi hoàn thành việc kiểm điểm đối với tập thể, cá nhân ở địa phương, cơ quan, đơn vị thì đánh giá, xếp loại người đứng đầu. Mức xếp loại của người đứng đầu không được cao hơn mức xếp loại của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị do mình đứng đầu.';
const W_CHI_BO = 'Đảng viên, cán bộ là thành viên tập thể lãnh đạo, quản lý cấp trên sinh hoạt tại chi bộ thì đánh giá, xếp loại đảng viên ở chi bộ trước (chỉ đánh giá những nhiệm vụ được chi bộ giao), ở tập thể lãnh đạo, quản lý sau.';

export const TINH_UY: RuleLayer = {
  id: 'kh-tinh-uy-2022',
  label: 'Kế hoạch của Ban Thường vụ Tỉnh ủy (2022)',
  params,
  conditions: [],
  // The plan states no exception for a head newly moved in (unlike the 2021 and 2023 plans).
  caps: [headCap('tu.ld.nguoi-dung-dau', null, { cite: [P44], source: L, words: W_HEAD, kinds: LD })],
  situations: [],
  procedures: [
    chiBoFirst({ id: 'tu.cn.xep-loai-chi-bo-truoc', cite: [P44], source: L, words: W_CHI_BO },
      'Là thành viên tập thể lãnh đạo, quản lý cấp trên: đánh giá, xếp loại đảng viên ở chi bộ trước (chỉ đánh giá những nhiệm vụ được chi bộ giao), ở tập thể lãnh đạo, quản lý sau.'),
    headAfterUnit({ id: 'tu.ld.xep-sau-tap-the', cite: [P44], source: L, words: W_HEAD },
      'Đánh giá, xếp loại người đứng đầu sau khi hoàn thành việc kiểm điểm đối với tập thể, cá nhân ở địa phương, cơ quan, đơn vị do mình đứng đầu; mức xếp loại không được cao hơn mức của tập thể lãnh đạo, quản lý, tổ chức, cơ quan, đơn vị đó.'),
  ],
  removes: [{ id: 'q132.im-lang.nguon' }, { id: 'q132.im-lang.lanh-dao' }],
  silences: [
    { id: 'tu.im-lang.nguon', kinds: ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'], note: 'Kế hoạch của Ban Thường vụ Tỉnh ủy năm 2022 chỉ thêm vào quy định trung ương mức trần của người đứng đầu, thứ tự đánh giá và tỉ lệ “Hoàn thành xuất sắc nhiệm vụ” của cán bộ lãnh đạo (mục II.4.4); các điều kiện khác là những nội dung của Quy định 132, Hướng dẫn 21 đã được dẫn lại (văn bản chưa có trong thư viện).' },
    { id: 'tu.im-lang.to-chuc', kinds: ['to-chuc-dang', 'tap-the-lanh-dao'], note: 'Kế hoạch (mục II.4.3) đánh giá, xếp loại tổ chức đảng, tập thể lãnh đạo, quản lý theo Hướng dẫn 06-HD/TU ngày 08/11/2019 của Ban Thường vụ Tỉnh ủy, văn bản không có trong thư viện: ứng dụng chỉ áp dụng các nội dung của Hướng dẫn 21 đã được dẫn lại.' },
    { id: 'tu.im-lang.lanh-dao', kinds: LD, note: 'Kế hoạch (mục II.4.4) đánh giá, xếp loại cán bộ, công chức, viên chức lãnh đạo, quản lý theo Nghị định 90/2020/NĐ-CP và Quyết định 44/2020/QĐ-UBND, 57/2022/QĐ-UBND của Ủy ban nhân dân tỉnh (không có trong thư viện): ứng dụng áp dụng tiêu chuẩn theo cấp độ tiêu chí của Hướng dẫn 21 cùng mức trần của người đứng đầu, không tự đặt thêm điều kiện.' },
  ],
};
