// Which personal-review form (bản kiểm điểm cá nhân) each ruleset's plan prescribes, and whether
// the sources give its text. Only the 2022 provincial plan (seed 004) prints its form (Mẫu 02,
// in its annex); the others name a form without giving it, so the print follows the 2022 layout
// and says so, with the clause that names the plan's own form.
import type { CitationRef } from '../../rules/docs.ts';

export interface ReviewFormChoice {
  /** Printed at the top right of the form. */
  formLabel: string;
  /** Said on screen and printed under the title: which form this is and why. */
  note: string;
  /** The clause that names the plan's own form (when the plan names one). */
  cite: CitationRef | null;
  /** True when the print is the plan's own form. */
  own: boolean;
}

const LAYOUT = 'bố cục Mẫu 02 kèm Kế hoạch của Ban Thường vụ Tỉnh ủy năm 2022';

const FORMS: Record<string, ReviewFormChoice> = {
  'tinh-uy-2022': {
    formLabel: 'Mẫu 02', own: true, cite: { doc: 'kh-tinh-uy-2022', path: ['II', '4', '4.1', 'a'] },
    note: 'Mẫu 02 kèm Kế hoạch của Ban Thường vụ Tỉnh ủy năm 2022 (mục II.4.4.1.a: “Mỗi cá nhân làm một bản tự kiểm điểm (theo Mẫu 02).”).',
  },
  'sao-do-2023': {
    formLabel: 'Theo bố cục Mẫu 02 (KH Tỉnh ủy 2022)', own: false, cite: { doc: 'kh-sao-do-2023', path: ['II', 'A', '3', '3.1', '3.1.2'] },
    note: `Kế hoạch Sao Đỏ 2023 (mục II.A.3.3.1.2) dùng Mẫu 02A-HDKĐ.ĐG 2023 (cá nhân không giữ chức vụ lãnh đạo, quản lý) hoặc Mẫu 02B-HDKĐ.ĐG 2023 (cá nhân giữ chức vụ lãnh đạo, quản lý); hai mẫu này không có trong các văn bản nguồn của ứng dụng, nên bản in theo ${LAYOUT}. Đối chiếu với mẫu do cấp ủy phát hành trước khi nộp.`,
  },
  'tuy-phuoc-2021': {
    formLabel: 'Theo bố cục Mẫu 02 (KH Tỉnh ủy 2022)', own: false, cite: { doc: 'kh-tuy-phuoc-2021', path: ['II', 'B', '2', '2.5'] },
    note: `Kế hoạch Tuy Phước 2021 (mục II.B.2.5) nêu “bản kiểm điểm cá nhân Mẫu 02” nhưng không kèm mẫu; bản in theo ${LAYOUT}. Đối chiếu với mẫu do cấp ủy phát hành trước khi nộp.`,
  },
  'hong-quang-2025': {
    formLabel: 'Theo bố cục Mẫu 02 (KH Tỉnh ủy 2022)', own: false, cite: null,
    note: `Kế hoạch Hồng Quang 2025 không kèm mẫu bản tự kiểm điểm cá nhân; bản in theo ${LAYOUT}. Đối chiếu với mẫu do cấp ủy phát hành trước khi nộp.`,
  },
};

const DEFAULT: ReviewFormChoice = {
  formLabel: 'Theo bố cục Mẫu 02 (KH Tỉnh ủy 2022)', own: false, cite: null,
  note: `Quy định đã chọn không kèm mẫu bản tự kiểm điểm cá nhân trong các văn bản nguồn; bản in theo ${LAYOUT}. Đối chiếu với mẫu do cấp ủy phát hành trước khi nộp.`,
};

/** The form the personal review follows under a ruleset (no ruleset: the 2022 Mẫu 02, as before). */
export function reviewFormFor(rulesetId: string | undefined): ReviewFormChoice {
  if (!rulesetId) return FORMS['tinh-uy-2022']!;
  return FORMS[rulesetId] ?? DEFAULT;
}

