// Commendations of the 2023 Sao Đỏ plan, part C (seed 000, "C. KHEN THƯỞNG TỔ CHỨC ĐẢNG, ĐẢNG
// VIÊN VÀ TẬP THỂ, CÁ NHÂN LÃNH ĐẠO, QUẢN LÝ CÁC CẤP"), heading chain II → C → 1 → 1.1 → 1.1.x.
// Each condition quotes the words it implements; every number is a cited parameter.
import type { CitationRef } from '../docs.ts';
import type { Param } from '../model.ts';
import type { RatingCode } from '../types.ts';
import { param } from '../params.ts';
import type { Award, AwardCondition, AwardFacts, UnitAward } from './model.ts';
import { UNIT_AWARD_VI } from './model.ts';

const C = (...path: string[]): CitationRef => ({ doc: 'kh-sao-do-2023', path: ['II', 'C', ...path] });
/** The plan refers to Quy định 124 (04/10/2023) and Hướng dẫn 10-HD/TU of 21/11/2023; it carries no date of its own. */
export const AWARDS_FROM = '2023-11-21';
const LOCAL = 'ke-hoach-dia-phuong' as const;

const C111 = C('1', '1.1', '1.1.1');
const C112 = C('1', '1.1', '1.1.2');
const C113 = C('1', '1.1', '1.1.3');
const C12 = C('1', '1.2');
const C13 = C('1', '1.3');

// ── Parameters ──────────────────────────────────────────────────────────────────────────────

export const AWARD_PARAMS: readonly Param[] = [
  param('kt.nam-lien-tuc', 5, AWARDS_FROM, 'so-luong', 'Số năm liên tục đạt “Hoàn thành xuất sắc nhiệm vụ”', C112, 'đạt “Hoàn thành xuất sắc nhiệm vụ” … 5 năm liên tục', LOCAL),
  param('kt.bi-thu.giay-khen.nam', 3, AWARDS_FROM, 'so-luong', 'Số năm liền làm bí thư (giấy khen của Ban Thường vụ Thành ủy)', C112, 'đồng chí đó có 3 năm liền làm bí thư', LOCAL),
  param('kt.bi-thu.bang-khen.nam', 4, AWARDS_FROM, 'so-luong', 'Số năm ít nhất làm bí thư (bằng khen của Tỉnh ủy)', C113, 'đồng chí đó có ít nhất 4 năm làm bí thư đảng ủy hoặc bí thư chi bộ cơ sở', LOCAL),
  param('kt.tccs.giay-khen-truoc.nam', 4, AWARDS_FROM, 'so-luong', 'Số năm liên tục được cấp ủy huyện tặng giấy khen (trước bằng khen)', C113, 'đã được cấp ủy huyện và tương đương tặng giấy khen 4 năm liên tục', LOCAL),
  param('kt.tccs.bang-khen-truoc.nam', 4, AWARDS_FROM, 'so-luong', 'Số năm liên tục được Tỉnh ủy tặng bằng khen (trước cờ)', C113, 'đã được Tỉnh ủy tặng bằng khen 4 năm liên tục', LOCAL),
  param('kt.quota.chi-bo.giay-khen', 0.2, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen chi bộ trực thuộc (giấy khen Đảng ủy phường)', C111, 'tỷ lệ khen thưởng không vượt quá 20% tổng số chi bộ trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', LOCAL),
  param('kt.quota.tccs.giay-khen', 0.2, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen TCCS đảng (giấy khen Ban Thường vụ Thành ủy)', C112, 'tỷ lệ khen thưởng không vượt quá 20% tổng số TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', LOCAL),
  param('kt.quota.tccs.bang-khen', 0.2, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen TCCS đảng (bằng khen Tỉnh ủy)', C113, 'tỷ lệ khen thưởng không vượt quá 20% tổng số TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', LOCAL),
  param('kt.quota.tccs.bang-khen.khoi', 0.3, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen TCCS đảng của Đảng bộ Khối các cơ quan tỉnh (bằng khen Tỉnh ủy)', C113, 'riêng đảng bộ Khối các cơ quan tỉnh tỷ lệ khen thưởng không vượt quá 30%', LOCAL),
  param('kt.quota.chi-bo.bang-khen', 0.1, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen chi bộ trực thuộc 5 năm liên tục (bằng khen Tỉnh ủy)', C113, 'Tỷ lệ khen: không quá 10% tổng số chi bộ “Hoàn thành xuất sắc nhiệm vụ”', LOCAL),
  param('kt.quota.dang-vien.bang-khen', 0.02, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen đảng viên 5 năm liên tục (bằng khen Tỉnh ủy)', C113, 'Tỷ lệ khen thưởng không vượt quá 2% tổng số đảng viên “Hoàn thành xuất sắc nhiệm vụ” trong năm xét khen thưởng của đảng bộ cấp trên cơ sở', LOCAL),
  param('kt.quota.co-quan-cap-uy', 0.3, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen các ban, văn phòng, đơn vị sự nghiệp trực thuộc cấp ủy (giấy khen Thành ủy)', C('2', '2.1'), 'Tỷ lệ khen thưởng không quá 30% tổng số đơn vị trực thuộc', LOCAL),
  param('kt.quota.co-quan-tinh-uy', 2, AWARDS_FROM, 'so-luong', 'Số đơn vị trực thuộc Tỉnh ủy được tặng bằng khen', C('2', '2.2', '2.2.1'), 'Số lượng khen thưởng 02 đơn vị trên tổng số các đơn vị trực thuộc Tỉnh ủy', LOCAL),
  param('kt.quota.theo-nganh', 0.3, AWARDS_FROM, 'ti-le', 'Tỉ lệ khen mỗi ngành (bằng khen Tỉnh ủy)', C('2', '2.2', '2.2.2'), 'Tỷ lệ khen thưởng đối với mỗi ngành … không vượt quá 30% trên tổng số đơn vị thuộc ngành', LOCAL),
];

// ── Condition builders ──────────────────────────────────────────────────────────────────────

const RATING_VI: Record<RatingCode, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ', KHONG_XEP_LOAI: 'Không xếp loại',
};
const rv = (r: AwardFacts['ratings'][number]) => (r ? RATING_VI[r] : 'chưa nhập');

/** This year's rating is HTXSNV. */
function htxsnvThisYear(id: string, cite: CitationRef, words: string): AwardCondition {
  return {
    id, cite, words,
    check: (f) => {
      const r = f.ratings[0] ?? null;
      const met = r === 'HTXSNV';
      return { met, actual: `năm ${f.year}: ${rv(r)}`, required: `năm ${f.year}: Hoàn thành xuất sắc nhiệm vụ`, why: `năm ${f.year} xếp loại ${rv(r)}, cần “Hoàn thành xuất sắc nhiệm vụ”` };
    },
  };
}

/** HTXSNV in each of the last N years (N a parameter), this year included. */
function htxsnvYears(id: string, cite: CitationRef, words: string, paramId = 'kt.nam-lien-tuc'): AwardCondition {
  return {
    id, cite, words, params: [paramId],
    check: (f, p) => {
      const n = p(paramId);
      const years = Array.from({ length: n }, (_, i) => ({ year: f.year - i, r: f.ratings[i] ?? null }));
      const ok = years.filter((y) => y.r === 'HTXSNV').length;
      const missing = years.filter((y) => y.r !== 'HTXSNV');
      return {
        met: missing.length === 0,
        actual: `${ok}/${n} năm (${f.year - n + 1}–${f.year}) đạt Hoàn thành xuất sắc`,
        required: `${n} năm liên tục`,
        why: `chỉ ${ok}/${n} năm ${f.year - n + 1}–${f.year} đạt “Hoàn thành xuất sắc nhiệm vụ” (${missing.map((y) => `${y.year}: ${rv(y.r)}`).join('; ')})`,
      };
    },
  };
}

function flag(id: string, cite: CitationRef, words: string, get: (f: AwardFacts) => boolean | undefined, yes: string, no: string): AwardCondition {
  return { id, cite, words, check: (f) => { const met = get(f) === true; return { met, actual: met ? yes : no, required: yes, why: no }; } };
}

function atLeastYears(id: string, cite: CitationRef, words: string, paramId: string, get: (f: AwardFacts) => number | undefined, what: string): AwardCondition {
  return {
    id, cite, words, params: [paramId],
    check: (f, p) => {
      const n = p(paramId);
      const v = get(f) ?? 0;
      return { met: v >= n, actual: `${v} năm`, required: `từ ${n} năm`, why: `${what} ${v} năm, cần ít nhất ${n} năm` };
    },
  };
}

function unitHas(id: string, cite: CitationRef, words: string, any: readonly UnitAward[]): AwardCondition {
  const need = any.map((a) => UNIT_AWARD_VI[a]).join(' hoặc ');
  return {
    id, cite, words,
    check: (f) => {
      const has = (f.unitAwards ?? []).filter((a) => any.includes(a));
      const met = has.length > 0;
      return { met, actual: met ? has.map((a) => UNIT_AWARD_VI[a]).join(', ') : 'chưa có', required: need, why: `đơn vị do đồng chí lãnh đạo chưa được ${need}` };
    },
  };
}

const MANDATORY_VI: Record<NonNullable<AwardFacts['tccsType']>, { cite: CitationRef; words: string }> = {
  'dang-uy-phuong': { cite: C('1', '1.2', '1.2.1'), words: 'Đối với Đảng ủy phường: Tập thể cán bộ, công chức phường, được Ủy ban nhân dân thành phố công nhận đạt danh hiệu tập thể lao động tiên tiến trở lên.' },
  'luc-luong-vu-trang': { cite: C('1', '1.2', '1.2.2'), words: 'Đối với TCCS đảng lực lượng vũ trang: Đơn vị được cấp trên công nhận đạt danh hiệu Quyết thắng hoặc Cờ thi đua.' },
  khac: { cite: C('1', '1.2', '1.2.3'), words: 'Đối với TCCS đảng các loại hình khác: Chỉ xét những đơn vị được ngành dọc cấp trên xếp loại thi đua về chính quyền thuộc tốp đầu (trong số một phần tư -1/4 tổng số đơn vị trực thuộc ngành, theo thứ tự xếp loại thi đua tính từ trên xuống).' },
};

/** Mục 1.2: the compulsory standard of the organization's kind (cited at the kind's own sub-heading). */
function mandatoryStandard(id: string): AwardCondition {
  return {
    id, cite: C12,
    words: 'Các TCCS đảng khi đề nghị Tỉnh ủy tặng cờ và bằng khen ngoài đạt “Hoàn thành xuất sắc nhiệm vụ” cần phải bảo đảm tiêu chuẩn bắt buộc sau đây',
    check: (f) => {
      if (!f.tccsType) return { met: false, actual: 'chưa chọn loại hình tổ chức cơ sở đảng', required: 'đạt tiêu chuẩn bắt buộc của loại hình (mục 1.2)', why: 'chưa chọn loại hình tổ chức cơ sở đảng để xét tiêu chuẩn bắt buộc (mục 1.2)' };
      const std = MANDATORY_VI[f.tccsType];
      const met = f.mandatoryStandardMet === true;
      return { met, actual: met ? 'đạt' : 'chưa đạt', required: std.words, why: `chưa bảo đảm tiêu chuẩn bắt buộc: ${std.words}` };
    },
  };
}

/** The sub-heading of mục 1.2 that applies to the organization's kind (for display). */
export function mandatoryStandardFor(type: NonNullable<AwardFacts['tccsType']>) {
  return MANDATORY_VI[type];
}

const W_TIEU_BIEU = 'tiêu biểu';
const exemplary = (id: string, cite: CitationRef, words: string) =>
  flag(id, cite, words, (f) => f.exemplary, 'được bình chọn tiêu biểu', 'chưa được bình chọn tiêu biểu');

// ── The awards ──────────────────────────────────────────────────────────────────────────────

const W111_CB = 'Chi bộ trực thuộc đạt “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu trong năm';
const W111_DV = 'Đảng viên của đảng bộ hoàn thành xuất sắc nhiệm vụ trong năm.';
const W112_CB = 'Chi bộ trực thuộc Đảng ủy cơ sở đạt “Hoàn thành xuất sắc nhiệm vụ” có thành tích tiêu biểu 5 năm liên tục.';
const W112_TCCS = 'TCCS đảng trực thuộc đạt “Hoàn thành xuất sắc nhiệm vụ” có thành tích tiêu biểu trong năm';
const W112_BT =
  'Các đồng chí bí thư đảng ủy hoặc bí thư chi bộ cơ sở đã lãnh đạo TCCS đảng “Hoàn thành xuất sắc nhiệm vụ” được Tỉnh ủy tặng bằng khen hoặc được Thành ủy (và tương đương) tặng giấy khen; đồng chí đó có 3 năm liền làm bí thư đảng ủy hoặc bí thư chi bộ cơ sở, trong thời gian đó chưa được cấp ủy cấp trên cơ sở khen thưởng.';
const W112_BTCB =
  'Các đồng chí bí thư chi bộ trực thuộc đảng ủy cơ sở đã lãnh đạo chi bộ “Hoàn thành xuất sắc nhiệm vụ” được cấp ủy cấp trên cơ sở tặng giấy khen; đồng chí đó có 3 năm liền làm bí thư chi bộ, trong thời gian đó chưa được cấp ủy cấp trên khen thưởng.';
const W112_DV = 'Đảng viên đạt tiêu chuẩn “Hoàn thành xuất sắc nhiệm vụ” 5 năm liên tục.';
const W113_CO = 'Tặng cờ và tiền thưởng cho những TCCS đảng liên tục đạt thành tích xuất sắc, đã được Tỉnh ủy tặng bằng khen 4 năm liên tục và năm thứ năm tiếp tục được Tỉnh ủy công nhận đủ điều kiện tặng bằng khen.';
const W113_TCCS =
  'TCCS đảng đạt “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu, đã được cấp ủy huyện và tương đương tặng giấy khen 4 năm liên tục, năm thứ năm tiếp tục được cấp ủy huyện và tương đương công nhận đủ điều kiện tặng giấy khen và đề nghị Ban Thường vụ Tỉnh ủy tặng bằng khen';
const W113_BT = 'Đảng viên là bí thư đảng ủy hoặc bí thư chi bộ cơ sở đã lãnh đạo TCCS đảng hoàn thành xuất sắc nhiệm vụ 5 năm liên tục đơn vị được Tỉnh ủy tặng cờ, đồng chí đó có ít nhất 4 năm làm bí thư đảng ủy hoặc bí thư chi bộ cơ sở.';
const W113_CB = 'Chi bộ trực thuộc đảng ủy cơ sở đạt “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu 5 năm liên tục. … Trong 5 năm đó được cấp ủy cấp trên cơ sở tặng giấy khen.';
const W13 = 'Chi bộ trực thuộc đảng ủy cơ sở “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu 5 năm liên tục. Trong 5 năm đó, chi bộ đã được cấp ủy cơ sở và cấp ủy cấp trên cơ sở tặng giấy khen.';
const W113_DV = 'Đảng viên đạt tiêu chuẩn hoàn thành xuất sắc nhiệm vụ 5 năm liên tục.';
const W21 = 'Các ban xây dựng đảng, văn phòng cấp ủy và các đơn vị sự nghiệp trực thuộc cấp ủy “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu trong thực hiện nhiệm vụ công tác.';
const W221 = 'Các ban xây dựng đảng, văn phòng Tỉnh ủy và các đơn vị sự nghiệp trực thuộc Tỉnh ủy “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu trong lĩnh vực chuyên môn của đơn vị.';
const W222 =
  'Các phòng chuyên môn trực thuộc các ban xây dựng đảng, văn phòng cấp ủy và đơn vị sự nghiệp của Tỉnh ủy; các ban xây dựng đảng, văn phòng cấp ủy và các đơn vị sự nghiệp trực thuộc cấp ủy cấp trên cơ sở “Hoàn thành xuất sắc nhiệm vụ” tiêu biểu trong thực hiện nhiệm vụ công tác.';

const notCommended = (id: string, cite: CitationRef, words: string) =>
  flag(id, cite, words, (f) => f.commendedAsSecretary === false || f.commendedAsSecretary === undefined,
    'chưa được cấp ủy cấp trên cơ sở khen thưởng trong thời gian đó', 'đã được cấp ủy cấp trên khen thưởng trong thời gian làm bí thư');

const G_DUP = 'Đảng ủy phường';
const G_TP = 'Ban Thường vụ Thành ủy';
const G_TU = 'Ban Thường vụ Tỉnh ủy';

export const AWARDS: readonly Award[] = [
  // 1.1.1 — Đảng ủy phường
  {
    id: 'giay-khen-dup.chi-bo', label: 'Giấy khen của Đảng ủy phường', form: 'giay-khen', grantor: G_DUP, subject: 'chi-bo-truc-thuoc', cite: C111, source: LOCAL,
    conditions: [htxsnvThisYear('giay-khen-dup.chi-bo.htxsnv', C111, W111_CB), exemplary('giay-khen-dup.chi-bo.tieu-bieu', C111, W111_CB)],
    quota: { kind: 'share', param: 'kt.quota.chi-bo.giay-khen', baseLabel: 'chi bộ trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', cite: C111,
      words: 'tỷ lệ khen thưởng không vượt quá 20% tổng số chi bộ trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên (tính cả số lượng đề nghị cấp trên khen và đảng ủy cơ sở khen)',
      note: 'số được khen tính cả số chi bộ đề nghị cấp trên khen và số đảng ủy cơ sở khen' },
  },
  {
    id: 'giay-khen-dup.dang-vien', label: 'Giấy khen của Đảng ủy phường', form: 'giay-khen', grantor: G_DUP, subject: 'dang-vien', cite: C111, source: LOCAL,
    conditions: [htxsnvThisYear('giay-khen-dup.dang-vien.htxsnv', C111, W111_DV)],
  },
  // 1.1.2 — Ban Thường vụ Thành ủy
  {
    id: 'giay-khen-tp.chi-bo', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'chi-bo-truc-thuoc', cite: C112, source: LOCAL,
    conditions: [htxsnvYears('giay-khen-tp.chi-bo.5-nam', C112, W112_CB), exemplary('giay-khen-tp.chi-bo.tieu-bieu', C112, W112_CB)],
  },
  {
    id: 'giay-khen-tp.tccs', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'tccs-dang', cite: C112, source: LOCAL,
    conditions: [htxsnvThisYear('giay-khen-tp.tccs.htxsnv', C112, W112_TCCS), exemplary('giay-khen-tp.tccs.tieu-bieu', C112, W112_TCCS)],
    quota: { kind: 'share', param: 'kt.quota.tccs.giay-khen', baseLabel: 'TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', cite: C112,
      words: 'tỷ lệ khen thưởng không vượt quá 20% tổng số TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên' },
  },
  {
    id: 'giay-khen-tp.bi-thu-tccs', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'bi-thu-tccs', cite: C112, source: LOCAL,
    conditions: [
      htxsnvThisYear('giay-khen-tp.bi-thu-tccs.htxsnv', C112, W112_BT),
      unitHas('giay-khen-tp.bi-thu-tccs.don-vi-duoc-khen', C112, W112_BT, ['bang-khen-tinh-uy', 'giay-khen-cap-tren-co-so']),
      atLeastYears('giay-khen-tp.bi-thu-tccs.nam', C112, W112_BT, 'kt.bi-thu.giay-khen.nam', (f) => f.secretaryYears, 'làm bí thư liền'),
      notCommended('giay-khen-tp.bi-thu-tccs.chua-khen', C112, W112_BT),
    ],
  },
  {
    id: 'giay-khen-tp.bi-thu-chi-bo', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'bi-thu-chi-bo', cite: C112, source: LOCAL,
    conditions: [
      htxsnvThisYear('giay-khen-tp.bi-thu-chi-bo.htxsnv', C112, W112_BTCB),
      unitHas('giay-khen-tp.bi-thu-chi-bo.don-vi-duoc-khen', C112, W112_BTCB, ['giay-khen-cap-tren-co-so']),
      atLeastYears('giay-khen-tp.bi-thu-chi-bo.nam', C112, W112_BTCB, 'kt.bi-thu.giay-khen.nam', (f) => f.secretaryYears, 'làm bí thư chi bộ liền'),
      notCommended('giay-khen-tp.bi-thu-chi-bo.chua-khen', C112, W112_BTCB),
    ],
  },
  {
    id: 'giay-khen-tp.dang-vien', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'dang-vien', cite: C112, source: LOCAL,
    conditions: [htxsnvYears('giay-khen-tp.dang-vien.5-nam', C112, W112_DV)],
  },
  // 1.1.3 — Ban Thường vụ Tỉnh ủy
  {
    id: 'co-tu.tccs', label: 'Cờ của Tỉnh ủy', form: 'co', grantor: G_TU, subject: 'tccs-dang', cite: C113, source: LOCAL,
    conditions: [
      atLeastYears('co-tu.tccs.bang-khen-4-nam', C113, W113_CO, 'kt.tccs.bang-khen-truoc.nam', (f) => f.bangKhenYears, 'được Tỉnh ủy tặng bằng khen liên tục'),
      flag('co-tu.tccs.nam-thu-nam', C113, W113_CO, (f) => f.bangKhenQualifiesThisYear, 'năm thứ năm tiếp tục được công nhận đủ điều kiện tặng bằng khen', 'năm nay chưa được Tỉnh ủy công nhận đủ điều kiện tặng bằng khen'),
      htxsnvThisYear('co-tu.tccs.htxsnv', C12, 'Các TCCS đảng khi đề nghị Tỉnh ủy tặng cờ và bằng khen ngoài đạt “Hoàn thành xuất sắc nhiệm vụ” …'),
      mandatoryStandard('co-tu.tccs.tieu-chuan-bat-buoc'),
    ],
  },
  {
    id: 'bang-khen-tu.tccs', label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject: 'tccs-dang', cite: C113, source: LOCAL,
    conditions: [
      htxsnvThisYear('bang-khen-tu.tccs.htxsnv', C113, W113_TCCS),
      exemplary('bang-khen-tu.tccs.tieu-bieu', C113, W113_TCCS),
      atLeastYears('bang-khen-tu.tccs.giay-khen-4-nam', C113, W113_TCCS, 'kt.tccs.giay-khen-truoc.nam', (f) => f.giayKhenCapHuyenYears, 'được cấp ủy huyện tặng giấy khen liên tục'),
      flag('bang-khen-tu.tccs.nam-thu-nam', C113, W113_TCCS, (f) => f.giayKhenQualifiesThisYear, 'năm thứ năm tiếp tục đủ điều kiện giấy khen và được đề nghị bằng khen', 'năm nay chưa được cấp ủy huyện công nhận đủ điều kiện tặng giấy khen và đề nghị bằng khen'),
      mandatoryStandard('bang-khen-tu.tccs.tieu-chuan-bat-buoc'),
    ],
    quota: { kind: 'share', param: 'kt.quota.tccs.bang-khen', khoiParam: 'kt.quota.tccs.bang-khen.khoi', baseLabel: 'TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên', cite: C113,
      words: 'tỷ lệ khen thưởng không vượt quá 20% tổng số TCCS đảng trực thuộc đạt “Hoàn thành tốt nhiệm vụ” trở lên (riêng đảng bộ Khối các cơ quan tỉnh tỷ lệ khen thưởng không vượt quá 30%), tính cả số lượng cấp ủy huyện và tương đương khen và số lượng đề nghị Ban Thường vụ Tỉnh ủy khen',
      note: 'số được khen tính cả số cấp ủy huyện khen và số đề nghị Ban Thường vụ Tỉnh ủy khen' },
  },
  {
    id: 'bang-khen-tu.bi-thu-tccs', label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject: 'bi-thu-tccs', cite: C113, source: LOCAL,
    conditions: [
      htxsnvYears('bang-khen-tu.bi-thu-tccs.5-nam', C113, W113_BT),
      unitHas('bang-khen-tu.bi-thu-tccs.co', C113, W113_BT, ['co-tinh-uy']),
      atLeastYears('bang-khen-tu.bi-thu-tccs.nam', C113, W113_BT, 'kt.bi-thu.bang-khen.nam', (f) => f.secretaryYears, 'làm bí thư'),
    ],
  },
  {
    id: 'bang-khen-tu.chi-bo', label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject: 'chi-bo-truc-thuoc', cite: C113, source: LOCAL,
    conditions: [
      htxsnvYears('bang-khen-tu.chi-bo.5-nam', C113, W113_CB),
      exemplary('bang-khen-tu.chi-bo.tieu-bieu', C113, W113_CB),
      flag('bang-khen-tu.chi-bo.giay-khen-cap-tren', C113, W113_CB, (f) => f.giayKhenCapTrenIn5Years, 'trong 5 năm đã được cấp ủy cấp trên cơ sở tặng giấy khen', 'trong 5 năm chưa được cấp ủy cấp trên cơ sở tặng giấy khen'),
      flag('bang-khen-tu.chi-bo.giay-khen-co-so', C13, W13, (f) => f.giayKhenCoSoIn5Years, 'trong 5 năm đã được cấp ủy cơ sở tặng giấy khen', 'trong 5 năm chưa được cấp ủy cơ sở tặng giấy khen'),
    ],
    quota: { kind: 'share', param: 'kt.quota.chi-bo.bang-khen', baseLabel: 'chi bộ “Hoàn thành xuất sắc nhiệm vụ”', cite: C113, words: 'Tỷ lệ khen: không quá 10% tổng số chi bộ “Hoàn thành xuất sắc nhiệm vụ”' },
  },
  {
    id: 'bang-khen-tu.dang-vien', label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject: 'dang-vien', cite: C113, source: LOCAL,
    conditions: [htxsnvYears('bang-khen-tu.dang-vien.5-nam', C113, W113_DV)],
    quota: { kind: 'share', param: 'kt.quota.dang-vien.bang-khen', baseLabel: 'đảng viên “Hoàn thành xuất sắc nhiệm vụ” trong năm xét khen thưởng của đảng bộ cấp trên cơ sở', cite: C113,
      words: 'Tỷ lệ khen thưởng không vượt quá 2% tổng số đảng viên “Hoàn thành xuất sắc nhiệm vụ” trong năm xét khen thưởng của đảng bộ cấp trên cơ sở' },
  },
  // 2 — collectives of party agencies
  {
    id: 'giay-khen-tp.co-quan', label: 'Giấy khen của Ban Thường vụ Thành ủy', form: 'giay-khen', grantor: G_TP, subject: 'co-quan-cap-uy', cite: C('2', '2.1'), source: LOCAL,
    conditions: [htxsnvThisYear('giay-khen-tp.co-quan.htxsnv', C('2', '2.1'), W21), exemplary('giay-khen-tp.co-quan.tieu-bieu', C('2', '2.1'), W21)],
    quota: { kind: 'share', param: 'kt.quota.co-quan-cap-uy', baseLabel: 'đơn vị trực thuộc', cite: C('2', '2.1'), words: 'Tỷ lệ khen thưởng không quá 30% tổng số đơn vị trực thuộc' },
  },
  {
    id: 'bang-khen-tu.co-quan-tinh-uy', label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject: 'co-quan-tinh-uy', cite: C('2', '2.2', '2.2.1'), source: LOCAL,
    conditions: [htxsnvThisYear('bang-khen-tu.co-quan-tinh-uy.htxsnv', C('2', '2.2', '2.2.1'), W221), exemplary('bang-khen-tu.co-quan-tinh-uy.tieu-bieu', C('2', '2.2', '2.2.1'), W221)],
    quota: { kind: 'count', param: 'kt.quota.co-quan-tinh-uy', baseLabel: 'đơn vị trực thuộc Tỉnh ủy', cite: C('2', '2.2', '2.2.1'), words: 'Số lượng khen thưởng 02 đơn vị trên tổng số các đơn vị trực thuộc Tỉnh ủy' },
  },
  ...(['phong-chuyen-mon', 'co-quan-cap-uy'] as const).map((subject): Award => ({
    id: `bang-khen-tu.theo-nganh.${subject}`, label: 'Bằng khen của Tỉnh ủy', form: 'bang-khen', grantor: G_TU, subject, cite: C('2', '2.2', '2.2.2'), source: LOCAL,
    conditions: [htxsnvThisYear(`bang-khen-tu.theo-nganh.${subject}.htxsnv`, C('2', '2.2', '2.2.2'), W222), exemplary(`bang-khen-tu.theo-nganh.${subject}.tieu-bieu`, C('2', '2.2', '2.2.2'), W222)],
    quota: { kind: 'share', param: 'kt.quota.theo-nganh', baseLabel: 'đơn vị thuộc ngành (tổ chức xây dựng đảng, kiểm tra, tuyên giáo, dân vận, nội chính…)', cite: C('2', '2.2', '2.2.2'),
      words: 'Tỷ lệ khen thưởng đối với mỗi ngành (tổ chức xây dựng đảng, kiểm tra, tuyên giáo, dân vận, nội chính...) không vượt quá 30% trên tổng số đơn vị thuộc ngành', note: 'tính riêng cho từng ngành' },
  })),
];

export const W_TIEU_BIEU_NOTE = `“${W_TIEU_BIEU}” là nhận định của cấp xét khen: kế hoạch không nêu tiêu chí đo lường riêng.`;
