// How each plan says votes are counted, situation by situation, in the plan's own words.
// Read from the seeds: 000 (Sao Đỏ 2023), 001 (Tuy Phước 2021), 002 (Hồng Quang 2025),
// 003 (Quy định 124) and 004 (Tỉnh ủy 2022). Where a plan is silent, the record says so.
import type { CitationRef } from '../docs.ts';
import type { RulesetId } from '../types.ts';
import { VOTE_SITUATIONS, type VoteRule, type VoteSituation, type VotingProfile } from './model.ts';

const TP = (...path: string[]): CitationRef => ({ doc: 'kh-tuy-phuoc-2021', path });
const SD = (...path: string[]): CitationRef => ({ doc: 'kh-sao-do-2023', path });
const HQ = (...path: string[]): CitationRef => ({ doc: 'kh-hong-quang-2025', path });
const TU = (...path: string[]): CitationRef => ({ doc: 'kh-tinh-uy-2022', path });
const LOCAL = 'ke-hoach-dia-phuong' as const;

const MORE_THAN_HALF = { share: 0.5, strict: true } as const;

/** Said wherever a plan names no share: the meeting may choose a working rule, shown as its own choice. */
const NO_SHARE = 'Kế hoạch không quy định tỉ lệ phiếu cần đạt, cũng không nói tỉ lệ tính trên số nào (toàn bộ hay chỉ người dự họp).';
// A silence names no other plan: the minutes of one plan's meeting cite only that plan (issue 16).
const NO_ORDER = 'Kế hoạch không nói cách chọn người Hoàn thành xuất sắc khi số đạt mức này vượt chỉ tiêu; cuộc họp thống nhất cách chọn (ví dụ theo số phiếu từ cao xuống thấp) và ghi vào biên bản.';

function silent(id: string, situation: VoteSituation, voters: string, cite: CitationRef[], words: string, secretBallot: boolean, extra = ''): VoteRule {
  return {
    id, situation, voters, threshold: null, base: null, baseLabel: null, htxsnvByVotes: false, secretBallot, cite, words, source: LOCAL,
    silence: [NO_SHARE, extra, NO_ORDER].filter(Boolean).join(' '),
  };
}

// ── Tuy Phước 2021 (Kế hoạch 23-KH/HU, seed 001) ──────────────────────────────────────────────

const TP_MEMBERS_WORDS =
  'Kết quả xếp loại các mức chất lượng đối với đảng viên của đảng ủy cơ sở, chi bộ cơ sở được thực hiện bằng phiếu kín và phải đạt trên 50% số thành viên đảng ủy cơ sở, đảng viên chính thức của chi bộ cơ sở bỏ phiếu tán thành.';

const tuyPhuoc: Record<VoteSituation, VoteRule> = {
  'dang-vien/chi-bo': {
    id: 'tp.dv.chi-bo', situation: 'dang-vien/chi-bo', voters: 'đảng viên chính thức của chi bộ',
    threshold: MORE_THAN_HALF, base: 'toan-bo', baseLabel: 'tổng số đảng viên chính thức của chi bộ, kể cả người vắng mặt (không chỉ số người dự họp)',
    htxsnvByVotes: false, secretBallot: true, cite: [TP('II', 'B', '6'), TP('II', 'B', '2', '2.5')], words: TP_MEMBERS_WORDS, source: LOCAL,
    silence:
      'Kế hoạch nêu tỉ lệ này cho “chi bộ cơ sở”; với chi bộ trực thuộc đảng ủy cơ sở, phiếu của chi bộ là phiếu đề xuất (mục II.B.2.5) và kế hoạch không nêu tỉ lệ khác — ứng dụng áp dụng cùng cách tính. ' + NO_ORDER,
  },
  'dang-vien/cap-uy': {
    id: 'tp.dv.cap-uy', situation: 'dang-vien/cap-uy', voters: 'thành viên đảng ủy cơ sở',
    threshold: MORE_THAN_HALF, base: 'toan-bo', baseLabel: 'tổng số thành viên đảng ủy cơ sở, kể cả người vắng mặt (không chỉ số người dự họp)',
    htxsnvByVotes: false, secretBallot: true, cite: [TP('II', 'B', '6')], words: TP_MEMBERS_WORDS, source: LOCAL, silence: NO_ORDER,
  },
  'to-chuc-dang/cap-uy': {
    id: 'tp.tc.cap-uy', situation: 'to-chuc-dang/cap-uy', voters: 'Ủy viên Ban Thường vụ Huyện ủy',
    threshold: MORE_THAN_HALF, base: 'toan-bo', baseLabel: 'tổng số Ủy viên Ban Thường vụ (cấp ủy biểu quyết), kể cả người vắng mặt',
    htxsnvByVotes: true, secretBallot: true, cite: [TP('II', 'B', '1', '1.5')], source: LOCAL,
    words:
      'Đảng bộ (chi bộ) được trên 50% số Ủy viên Ban Thường vụ Huyện ủy biểu quyết ở mức chất lượng nào xếp loại ở mức đó. Đối với mức xếp loại Hoàn thành xuất sắc nhiệm vụ lấy kết quả theo tỷ lệ biểu quyết từ cao xuống thấp đảm bảo không quá 20% số tổ chức đảng cùng cấp được xếp loại Hoàn thành tốt nhiệm vụ.',
    silence: 'Với chi bộ trực thuộc đảng ủy, kế hoạch chỉ nói Ban Chấp hành đảng ủy “xem xét bỏ phiếu kín xếp loại chất lượng các chi bộ”; ứng dụng áp dụng cùng tỉ lệ trên tổng số ủy viên.',
  },
  'to-chuc-dang/tu-danh-gia': silent('tp.tc.tu-danh-gia', 'to-chuc-dang/tu-danh-gia', 'ủy viên ban chấp hành đảng bộ (đảng viên chính thức của chi bộ)', [TP('II', 'B', '1', '1.5')],
    'Căn cứ kết quả tự đánh giá, hội nghị ban chấp hành đảng bộ (chi bộ) thảo luận, biểu quyết bằng phiếu kín để xác định mức xếp loại chất lượng của đảng bộ, chi bộ vào 1 trong 4 mức', true),
  'thanh-vien-lanh-dao': silent('tp.tl', 'thanh-vien-lanh-dao', 'thành viên tập thể lãnh đạo', [TP('II', 'B', '4')],
    'Số lượng cán bộ lãnh đạo, quản lý được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” theo chức danh tương đương ở từng cấp, từng ngành, từng lĩnh vực.', false,
    'Mục II.B.4 chỉ nêu chỉ tiêu, không nêu cách bỏ phiếu.'),
};

// ── Sao Đỏ 2023 (seed 000) ────────────────────────────────────────────────────────────────────

const saoDo: Record<VoteSituation, VoteRule> = {
  'dang-vien/chi-bo': silent('sd.dv.chi-bo', 'dang-vien/chi-bo', 'đảng viên của chi bộ', [SD('II', 'B', '2', '2.5')],
    'Chi ủy (bí thư chi bộ nơi không có chi ủy) tổ chức để đảng viên bỏ phiếu đề xuất mức xếp loại đối với từng đảng viên của chi bộ; sau đó, tổng hợp kết quả mức xếp loại chất lượng đối với từng đảng viên để báo cáo đảng ủy cơ sở theo Mẫu 9.', false),
  'dang-vien/cap-uy': silent('sd.dv.cap-uy', 'dang-vien/cap-uy', 'đảng ủy cơ sở', [SD('II', 'B', '2', '2.5')],
    'Bộ phận giúp việc cấp ủy tổng hợp, thẩm định báo cáo của các chi bộ trực thuộc để đảng ủy cơ sở xem xét quyết định xếp loại chất lượng đảng viên. Đối với chi bộ cơ sở do chi bộ quyết định xếp loại chất lượng đảng viên.', false),
  'to-chuc-dang/cap-uy': {
    id: 'sd.tc.cap-uy', situation: 'to-chuc-dang/cap-uy', voters: 'ủy viên Đảng ủy phường',
    threshold: MORE_THAN_HALF, base: 'du-hop', baseLabel: 'số phiếu bầu (số ủy viên dự họp bỏ phiếu) — kế hoạch chỉ ghi “đa số phiếu”',
    htxsnvByVotes: false, secretBallot: true, cite: [SD('II', 'B', '1', '1.5')], source: LOCAL,
    words:
      '… báo cáo Đảng ủy phường (đối với chi bộ trực thuộc đảng ủy) xem xét, thảo luận kỹ trước khi bỏ phiếu kín (Mẫu 8) quyết định xếp loại chất lượng đối với các tổ chức đảng trực thuộc (kết quả xếp loại tổ chức đảng được tính theo đa số phiếu).',
    silence: 'Kế hoạch ghi “tính theo đa số phiếu” mà không nói đa số của số nào; ứng dụng hiểu là trên một nửa số phiếu bầu (người dự họp bỏ phiếu). ' + NO_ORDER,
  },
  'to-chuc-dang/tu-danh-gia': silent('sd.tc.tu-danh-gia', 'to-chuc-dang/tu-danh-gia', 'ủy viên ban chấp hành đảng bộ (đảng viên của chi bộ)', [SD('II', 'B', '1', '1.5')],
    'Căn cứ kết quả tự đánh giá theo Mẫu 01-HDKĐ.ĐG 2023, Mẫu 05-HDKĐ.ĐG 2023, hội nghị Ban Chấp hành Đảng bộ (chi bộ) thảo luận, biểu quyết bằng phiếu kín, Mẫu 8 để xác định mức xếp loại chất lượng của đảng bộ, chi bộ vào một trong 04 mức', true),
  'thanh-vien-lanh-dao': silent('sd.tl', 'thanh-vien-lanh-dao', 'thành viên tập thể lãnh đạo', [], '', false,
    'Kế hoạch không nêu cách bỏ phiếu xếp loại thành viên tập thể lãnh đạo.'),
};

// ── Hồng Quang 2025 (seed 002) ────────────────────────────────────────────────────────────────

const HQ_DECIDE =
  'Trên cơ sở kết quả thẩm định và đề xuất, cấp có thẩm quyền hoặc cấp được ủy quyền xem xét, kết luận và thảo luận, quyết định mức xếp loại chính thức đối với các tập thể (Mẫu 05-DG), cá nhân (Mẫu 08-DG) theo thẩm quyền (bằng phiếu kín).';
const hongQuang: Record<VoteSituation, VoteRule> = {
  'dang-vien/chi-bo': silent('hq.dv.chi-bo', 'dang-vien/chi-bo', 'tập thể chi bộ', [HQ('III', '1', '1.1', 'a')],
    'Tập thể chi bộ đề xuất đánh giá, xếp loại đối với đảng viên sinh hoạt tại chi bộ (Mẫu 01-DG).', false),
  'dang-vien/cap-uy': silent('hq.dv.cap-uy', 'dang-vien/cap-uy', 'cấp ủy cơ sở', [HQ('III', '2', '2.3')], HQ_DECIDE, true),
  'to-chuc-dang/cap-uy': silent('hq.tc.cap-uy', 'to-chuc-dang/cap-uy', 'cấp có thẩm quyền', [HQ('III', '2', '2.3')], HQ_DECIDE, true),
  'to-chuc-dang/tu-danh-gia': silent('hq.tc.tu-danh-gia', 'to-chuc-dang/tu-danh-gia', 'chi ủy, chi bộ (nơi không có chi ủy), ban chấp hành', [HQ('III', '1', '1.2', 'a')],
    'Ban Thường vụ Đảng uỷ phường tự đánh giá, xếp loại chất lượng Đảng bộ phường trước khi Ban Chấp hành Đảng bộ phường biểu quyết đánh giá, xếp loại Đảng bộ phường', false),
  'thanh-vien-lanh-dao': silent('hq.tl', 'thanh-vien-lanh-dao', 'tập thể lãnh đạo, quản lý', [HQ('III', '1', '1.1', 'b')],
    'Tập thể lãnh đạo, quản lý đề xuất đánh giá đối với cán bộ là thành viên tập thể lãnh đạo, quản lý (Mẫu 07-DG).', false),
};

// ── Quy định 124-QĐ/TW alone (seed 003): no voting wording at all ────────────────────────────

// A central text alone: every situation is a silence of that text.
const centralSilent = (prefix: string, text: string) => Object.fromEntries(
  VOTE_SITUATIONS.map((s) => [s, { ...silent(`${prefix}.${s}`, s, '—', [], '', false), silence: text + ' ' + NO_ORDER, source: 'van-ban-trung-uong' as const }]),
) as Record<VoteSituation, VoteRule>;
const qd124 = centralSilent('q124', 'Quy định 124-QĐ/TW không quy định cách biểu quyết, tỉ lệ phiếu hay cách tính; xem kế hoạch, hướng dẫn của cấp ủy cấp trên.');

// ── Tỉnh ủy 2022 (seed 004): leadership members, votes of those present ──────────────────────

const TU_WORDS =
  'Lấy phiếu đề xuất xếp loại thành viên lãnh đạo “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% số được xếp loại “Hoàn thành tốt nhiệm vụ” trong tổng số thành viên lãnh đạo của tổ chức đó nếu đủ điều kiện. Nếu tập thể lãnh đạo có từ 05 thành viên trở xuống thì đề xuất chọn 01 thành viên lãnh đạo “Hoàn thành xuất sắc nhiệm vụ” trong số thành viên lãnh đạo “Hoàn thành tốt nhiệm vụ” nếu đủ điều kiện (thành phần lấy phiếu là thành viên dự họp kiểm điểm).';
const TU_NONE = 'Kế hoạch Tỉnh ủy 2022 giao việc đánh giá tổ chức đảng cho Hướng dẫn 06-HD/TU (mục II.4.3) và không nêu cách bỏ phiếu xếp loại đảng viên.';
const tinhUy: Record<VoteSituation, VoteRule> = {
  'dang-vien/chi-bo': silent('tu.dv.chi-bo', 'dang-vien/chi-bo', 'đảng viên của chi bộ', [], '', false, TU_NONE),
  'dang-vien/cap-uy': silent('tu.dv.cap-uy', 'dang-vien/cap-uy', 'đảng ủy cơ sở', [], '', false, TU_NONE),
  'to-chuc-dang/cap-uy': silent('tu.tc.cap-uy', 'to-chuc-dang/cap-uy', 'cấp ủy cấp trên', [TU('II', '4', '4.3')], 'Thực hiện theo Hướng dẫn số 06-HD/TU, ngày 08/11/2019 của Ban Thường vụ Tỉnh ủy', false, TU_NONE),
  'to-chuc-dang/tu-danh-gia': silent('tu.tc.tu-danh-gia', 'to-chuc-dang/tu-danh-gia', 'cấp ủy', [TU('II', '4', '4.3')], 'Thực hiện theo Hướng dẫn số 06-HD/TU, ngày 08/11/2019 của Ban Thường vụ Tỉnh ủy', false, TU_NONE),
  'thanh-vien-lanh-dao': {
    id: 'tu.tl', situation: 'thanh-vien-lanh-dao', voters: 'thành viên tập thể lãnh đạo dự họp kiểm điểm',
    threshold: null, base: 'du-hop', baseLabel: 'số thành viên dự họp kiểm điểm (thành phần lấy phiếu)',
    htxsnvByVotes: false, secretBallot: false, cite: [TU('II', '4', '4.4')], words: TU_WORDS, source: LOCAL,
    silence: 'Kế hoạch nói ai bỏ phiếu (thành viên dự họp) và chỉ tiêu, nhưng không nói tỉ lệ phiếu cần đạt. ' + NO_ORDER,
  },
};

/** The plan's quota for the members of one leadership collective: the engine's, for that group type. */
export const TINH_UY_2022_QUOTA = { ruleset: 'tinh-uy-2022', groupType: 'thanh-vien-tap-the-lanh-dao' } as const;

// The central texts of 132 and 366 alone: regimes.md knows nothing of how their votes are counted.
const qd132 = centralSilent('q132', 'Các tài liệu về Quy định 132-QĐ/TW, Hướng dẫn 21 mà ứng dụng có không nêu cách biểu quyết, tỉ lệ phiếu hay cách tính; xem kế hoạch, hướng dẫn của cấp ủy cấp trên.');
const qd366 = centralSilent('q366', 'Các tài liệu về Quy định 366-QĐ/TW, Hướng dẫn 43 mà ứng dụng có không nêu cách biểu quyết, tỉ lệ phiếu hay cách tính; xem kế hoạch, hướng dẫn của cấp ủy cấp trên.');

export const VOTING_PROFILES: readonly VotingProfile[] = [
  { id: 'tuy-phuoc-2021', label: 'Kế hoạch Tuy Phước 2021 (Quy định 132, Hướng dẫn 21)', ruleset: 'tuy-phuoc-2021', rules: tuyPhuoc },
  // ruleset null: the plan's quota is worded for the members of one leadership collective only (ownQuota asks the engine with that group type).
  { id: 'tinh-uy-2022', label: 'Kế hoạch Tỉnh ủy 2022 (Quy định 132)', ruleset: null, rules: tinhUy, ownQuota: TINH_UY_2022_QUOTA },
  { id: 'qd124-2023', label: 'Quy định 124-QĐ/TW (không có kế hoạch địa phương)', ruleset: 'qd124-2023', rules: qd124 },
  { id: 'sao-do-2023', label: 'Kế hoạch Sao Đỏ 2023 (Quy định 124)', ruleset: 'sao-do-2023', rules: saoDo },
  { id: 'hong-quang-2025', label: 'Kế hoạch Hồng Quang 2025 (Quy định 366)', ruleset: 'hong-quang-2025', rules: hongQuang },
  // The central rulesets alone (chosen for a date where the locality has no plan): every situation is a silence.
  { id: 'qd132-2018', label: 'Quy định 132-QĐ/TW, Hướng dẫn 21 (không có kế hoạch địa phương)', ruleset: 'qd132-2018', rules: qd132 },
  { id: 'qd366-2025', label: 'Quy định 366-QĐ/TW, Hướng dẫn 43 (không có kế hoạch địa phương)', ruleset: 'qd366-2025', rules: qd366 },
];

export type VotingProfileId = VotingProfile['id'];

export function votingProfile(id: string): VotingProfile | undefined {
  return VOTING_PROFILES.find((p) => p.id === id);
}

/** The voting profile that goes with a rating ruleset (same id). */
export function votingProfileForRuleset(id: RulesetId): VotingProfile {
  return VOTING_PROFILES.find((p) => p.ruleset === id)!;
}
