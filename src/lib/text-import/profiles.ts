// One profile per source document: its metadata (facts about the document, from the document
// itself and from shared/notes/regimes.md), where its parts begin, its numbering scheme and the
// page artifacts it carries. Everything document-specific lives here; the import steps are
// generic. Patterns match cleaned lines (NFC, "ư" repaired, markup removed, spaces collapsed).
import type { MarkerType } from './markers.ts';
import type { Layout } from './lines.ts';
import type { ArtifactKind, TextDoc } from './schema.ts';

export interface ArtifactRule {
  artifact: ArtifactKind;
  note: string;
  start: RegExp;
  /** Last line of the artifact (inclusive); without it the artifact is the start line alone. */
  end?: RegExp;
  /** Only lines up to this (1-based) source line are considered. */
  maxLine?: number;
}

/** An annexed part; `form`: a blank form, re-flowed as a form (text-import/forms.ts). */
export interface AnnexRule { id: string; title: string; start: RegExp; form?: boolean }

export type DocMeta = Omit<TextDoc, 'kind' | 'source' | 'cleaning' | 'header' | 'preamble' | 'body' | 'conclusion' | 'recipients' | 'signature' | 'footnotes' | 'annexes' | 'stated'> & {
  kind: TextDoc['kind'];
};

export interface Profile {
  file: string;
  layout: Layout;
  meta: DocMeta;
  /** First line of the preamble ("Căn cứ…", "Thực hiện…"); lines before it are the printed header. */
  preambleStart: RegExp;
  /** First line of the numbered body. */
  bodyStart: RegExp;
  /** First line of the paragraphs that close the text after its last numbered unit ("Kế hoạch này có hiệu lực…"). */
  conclusionStart?: RegExp;
  /** First line after the body and its conclusion (recipients, signature). */
  closingStart: RegExp;
  /** Numbering levels, outermost first. */
  grammar: MarkerType[];
  artifacts: ArtifactRule[];
  /** Parts printed after the closing (forms, the copy certificate), in order. */
  annexes: AnnexRule[];
}

const PLAN_GRAMMAR: MarkerType[] = ['la-ma', 'chu-hoa', 'so', 'so-2', 'so-3', 'chu-cai'];

export const PROFILES: Profile[] = [
  {
    file: '003_565f1a3572090fb0.txt',
    layout: 'markdown',
    meta: {
      docId: 'qd-124-2023',
      kind: 'quy-dinh',
      number: '124-QĐ/TW',
      issuer: 'Bộ Chính trị',
      place: 'Hà Nội',
      date: '2023-10-04',
      year: 2023,
      title: 'Quy định về việc kiểm điểm và đánh giá, xếp loại chất lượng hàng năm đối với tập thể, cá nhân trong hệ thống chính trị',
      shortTitle: 'Quy định 124-QĐ/TW (04/10/2023)',
      regime: 'qd-124-2023',
      status: { code: 'het-hieu-luc', label: 'Hết hiệu lực từ 30/8/2025, được thay thế bởi Quy định 366-QĐ/TW', since: '2025-08-30' },
      relations: [
        { type: 'thay-the', doc: 'qd-132-2018', note: 'Điều 19; Quy định 124 có hiệu lực từ ngày ký 04/10/2023' },
        { type: 'bi-thay-the', doc: 'qd-366-2025', note: 'từ ngày 30/8/2025' },
      ],
      notes: [
        'Bản sao lục của Văn phòng Tỉnh ủy Lai Châu (số 151-BS/VPTU, ngày 12/10/2023); phần sao lục in ở cuối.',
        'Dấu “công văn đến” của Văn phòng Tỉnh ủy Lai Châu trên trang đầu được giữ lại và đánh dấu là dấu, không phải nội dung Quy định.',
      ],
    },
    preambleStart: /^- Căn cứ Điều lệ Đảng/u,
    bodyStart: /^Chương I$/u,
    closingStart: /^Nơi nhận:/u,
    grammar: ['chuong', 'dieu', 'so', 'so-2', 'chu-cai'],
    artifacts: [{
      artifact: 'stamp',
      start: /^VĂN PHÒNG TỈNH ỦY LAI CHÂU$/u,
      end: /^Chuyên:$/u,
      note: 'Dấu “công văn đến” của Văn phòng Tỉnh ủy Lai Châu (số đến 5543, ngày 10/10/2023) đóng trên trang đầu bản gốc; không thuộc nội dung Quy định.',
    }],
    annexes: [{ id: 'sao-luc', title: 'Phần sao lục của Văn phòng Tỉnh ủy Lai Châu', start: /^TỈNH ỦY LAI CHÂU$/u }],
  },
  {
    file: '000_243cca67c2ac36b8.txt',
    layout: 'pdf-lines',
    meta: {
      docId: 'kh-sao-do-2023',
      kind: 'ke-hoach',
      number: null,
      issuer: 'Đảng ủy phường Sao Đỏ',
      place: null,
      date: null,
      year: 2023,
      title: 'Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng, khen thưởng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp',
      shortTitle: 'Kế hoạch của Đảng ủy phường Sao Đỏ (2023)',
      regime: 'qd-124-2023',
      status: { code: 'ke-hoach-nam', label: 'Kế hoạch cho kỳ kiểm điểm, đánh giá năm 2023 theo Quy định 124-QĐ/TW' },
      relations: [{ type: 'thuc-hien', doc: 'qd-124-2023', note: 'cùng Hướng dẫn 05-HD/TU của Ban Thường vụ Tỉnh ủy và 10-HD/TU của Thành ủy Chí Linh' }],
      notes: ['Bản trích không có phần đầu văn bản (số, ngày ký); năm 2023 suy ra từ nội dung (“trước 06 tháng 12 năm 2023”).'],
    },
    preambleStart: /^Thực hiện Quy định số 124-QĐ\/TW/u,
    bodyStart: /^I\. MỤC ĐÍCH, YÊU CẦU$/u,
    conclusionStart: /^Kế hoạch này có hiệu lực kể từ ngày ký/u,
    closingStart: /^Nơi nhận:/u,
    grammar: PLAN_GRAMMAR,
    artifacts: [],
    annexes: [],
  },
  {
    file: '001_c61b7bc13c8d3822.txt',
    layout: 'paragraph-lines',
    meta: {
      docId: 'kh-tuy-phuoc-2021',
      kind: 'ke-hoach',
      number: '23-KH/HU',
      issuer: 'Ban Thường vụ Huyện ủy Tuy Phước',
      place: 'Tuy Phước',
      date: '2021-11-01',
      year: 2021,
      title: 'Kế hoạch kiểm điểm, đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp năm 2021',
      shortTitle: 'Kế hoạch 23-KH/HU, Huyện ủy Tuy Phước (01/11/2021)',
      regime: 'qd-132-2018',
      status: { code: 'ke-hoach-nam', label: 'Kế hoạch cho kỳ kiểm điểm, đánh giá năm 2021 theo Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW' },
      relations: [
        { type: 'thuc-hien', doc: 'qd-132-2018', note: 'kỳ đánh giá năm 2021' },
        { type: 'thuc-hien', doc: 'hd-21-2019', note: 'kỳ đánh giá năm 2021' },
      ],
      notes: [],
    },
    preambleStart: /^Thực hiện Quy định số 132-QĐ\/TW/u,
    bodyStart: /^I - MỤC ĐÍCH, YÊU CẦU$/u,
    conclusionStart: /^Trong quá trình thực hiện, nếu có vướng mắc/u,
    closingStart: /^Nơi nhận:/u,
    grammar: PLAN_GRAMMAR,
    artifacts: [{
      artifact: 'page-number',
      start: /^3$/u,
      maxLine: 1,
      note: 'Con số “3” đứng riêng ở đầu bản trích (số trang hoặc ký hiệu của bản gốc), không thuộc nội dung kế hoạch.',
    }],
    annexes: [],
  },
  {
    file: '002_41972c884b39c079.txt',
    layout: 'markdown',
    meta: {
      docId: 'kh-hong-quang-2025',
      kind: 'ke-hoach',
      number: '15-KH/ĐU',
      issuer: 'Ban Thường vụ Đảng ủy phường Hồng Quang',
      place: 'Hồng Quang',
      date: '2025-11-27',
      year: 2025,
      title: 'Kế hoạch triển khai công tác kiểm điểm và đánh giá, xếp loại chất lượng đối với tập thể, cá nhân trong hệ thống chính trị từ phường đến các tổ chức cơ sở Đảng trực thuộc Đảng bộ phường năm 2025',
      shortTitle: 'Kế hoạch 15-KH/ĐU, Đảng ủy phường Hồng Quang (27/11/2025)',
      regime: 'qd-366-2025',
      status: { code: 'ke-hoach-nam', label: 'Kế hoạch cho kỳ kiểm điểm, đánh giá năm 2025 theo Quy định 366-QĐ/TW' },
      relations: [{
        type: 'thuc-hien',
        doc: 'qd-366-2025',
        note: 'kỳ đánh giá năm 2025',
        inferred: 'Kế hoạch không nêu Quy định 366-QĐ/TW: nó căn cứ Quy định 65-QĐ/TU, Kế hoạch 11-KH/TU của Ban Thường vụ Tỉnh ủy và Quy định 112-QĐ/ĐU của Ban Thường vụ Đảng ủy phường. Suy ra vì kế hoạch ban hành ngày 27/11/2025, khi Quy định 366 đã thay Quy định 124 (từ 30/8/2025), và đánh giá theo tiêu chí và thang điểm như Quy định 366.',
      }],
      notes: ['Các chú thích cuối trang (¹ … ⁵) của bản gốc nằm lẫn giữa nội dung trong bản trích; chúng được đưa về mục “Chú thích” ở cuối văn bản, liên kết hai chiều với dấu chú thích.'],
    },
    preambleStart: /^Căn cứ Quy định số 65-QĐ\/TU/u,
    bodyStart: /^I\. MỤC ĐÍCH, YÊU CẦU$/u,
    conclusionStart: /^Căn cứ các quy định, hướng dẫn của Trung ương, của tỉnh, của phường/u,
    closingStart: /^Nơi nhận:/u,
    grammar: PLAN_GRAMMAR,
    artifacts: [],
    annexes: [],
  },
  {
    file: '004_eb64ec55095de8a4.txt',
    layout: 'pdf-lines',
    meta: {
      docId: 'kh-tinh-uy-2022',
      kind: 'ke-hoach',
      number: null,
      issuer: 'Ban Thường vụ Tỉnh ủy',
      place: null,
      date: null,
      year: 2022,
      title: 'Kế hoạch kiểm điểm, đánh giá, xếp loại đối với tổ chức đảng, tập thể, cá nhân diện Ban Thường vụ Tỉnh ủy quản lý năm 2022',
      shortTitle: 'Kế hoạch của Ban Thường vụ Tỉnh ủy (2022)',
      regime: 'qd-132-2018',
      status: { code: 'ke-hoach-nam', label: 'Kế hoạch cho kỳ kiểm điểm, đánh giá năm 2022 theo Quy định 132-QĐ/TW và Hướng dẫn 21-HD/BTCTW' },
      relations: [
        { type: 'thuc-hien', doc: 'qd-132-2018', note: 'kỳ đánh giá năm 2022' },
        { type: 'thuc-hien', doc: 'hd-21-2019', note: 'kỳ đánh giá năm 2022' },
      ],
      notes: [
        'Bản trích không có phần đầu văn bản (tên tỉnh, số, ngày ký); tên kế hoạch lấy từ câu mở đầu.',
        'Kèm các mẫu 01, 02 và 3-213; phần đầu của mẫu 01 và mẫu 02 (in ở góc trang) bị trích ra lẫn giữa nội dung mẫu và được đánh dấu.',
      ],
    },
    preambleStart: /^Thực hiện Quy định số 132-QĐ\/TW/u,
    bodyStart: /^I- MỤC ĐÍCH, YÊU CẦU$/u,
    conclusionStart: /^Trên đây là kế hoạch kiểm điểm/u,
    closingStart: /^Nơi nhận\s*:/u,
    grammar: PLAN_GRAMMAR,
    artifacts: [
      {
        artifact: 'page-header',
        start: /^Mẫu 01$/u,
        end: /^\S*, ngày…… tháng…… năm……$/u,
        note: 'Phần đầu của Mẫu 01 (góc trang: ký hiệu mẫu, tên đảng bộ, quốc hiệu, ngày tháng) bị trích ra lẫn giữa nội dung mẫu.',
      },
      {
        artifact: 'page-header',
        start: /^ĐẢNG BỘ …………\.+$/u,
        end: /^Mẫu 02$/u,
        note: 'Phần đầu của Mẫu 02 (góc trang: tên đảng bộ, chi bộ, quốc hiệu, ngày tháng, ký hiệu mẫu) bị trích ra lẫn giữa nội dung mẫu.',
      },
    ],
    annexes: [
      { id: 'mau-01', title: 'Phụ lục, Mẫu 01: Báo cáo kiểm điểm tập thể', start: /^BÁO CÁO KIỂM ĐIỂM TẬP THỂ$/u, form: true },
      { id: 'mau-02', title: 'Phụ lục, Mẫu 02: Bản kiểm điểm cá nhân', start: /^BẢN KIỂM ĐIỂM CÁ NHÂN$/u, form: true },
      { id: 'mau-3-213-phieu-xin-y-kien', title: 'Phụ lục, Mẫu 3-213: Phiếu xin ý kiến chi ủy nơi cư trú', start: /^Mẫu 3-213$/u, form: true },
      { id: 'mau-3-213-phieu-nhan-xet', title: 'Phụ lục, Mẫu 3-213: Phiếu nhận xét đảng viên nơi cư trú', start: /^Mẫu 3-213$/u, form: true },
    ],
  },
];

export const profileFor = (docId: string): Profile | undefined => PROFILES.find((p) => p.meta.docId === docId);
