// The evaluation criteria (tiêu chí đánh giá) each ruleset's texts name, as data with citations:
// what the calculator asks a level for ("Xuất sắc", "Tốt", "Trung bình", "Kém"), criterion by
// criterion, instead of unnamed "Tiêu chí 1, 2, 3". The rules engine reads only the levels (the
// case format's `criteria.taskResults` / `keyResults` and `criteria.other`); this file says which
// criterion each position stands for and where the text names it.
//
// One criterion per deepest heading of the text's criteria framework ("Khung tiêu chí đánh giá"),
// its words verbatim (a unit test compares them with the library text). Where a text names its
// criteria only as unnumbered items (the 2022 province plan), each item is one criterion, cited by
// the heading above it (FORMAT.md: unnumbered items are not addressed). `results` are the criteria
// the bands single out ("những tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm …"
// must be "Xuất sắc" / "Tốt"); `other` are "những tiêu chí còn lại".
//
// Under Quy định 366 (2025) the bands are decided by the 100-point score and conditions, not by
// criterion levels: no criteria list, and SCORE_GROUPS_366 names the score's two groups.
import type { CitationRef } from './docs.ts';
import type { RulesetId, SubjectKind } from './codes.ts';

export type CriteriaGroup = 'results' | 'other';

export interface CriterionDef {
  /** Stable id, e.g. "q124.cn.2.1". */
  id: string;
  group: CriteriaGroup;
  /** The heading that names the criterion (or, for an item, the heading above it). */
  cite: CitationRef;
  /** The text's own words (verbatim, without the heading's marker). */
  words: string;
  /** Position of the item below `cite` (1-based), when the criterion is an unnumbered item. */
  item?: number;
  /** The text makes it conditional: "(nếu có)", or only for people who lead a unit. */
  optional?: 'neu-co' | 'lanh-dao';
}

export interface CriteriaList {
  criteria: readonly CriterionDef[];
  /** Said under the list when the names come from somewhere other than a rating framework. */
  note?: string;
}

const C124 = (...path: string[]): CitationRef => ({ doc: 'qd-124-2023', path });
const SD = (...path: string[]): CitationRef => ({ doc: 'kh-sao-do-2023', path });
const TP = (...path: string[]): CitationRef => ({ doc: 'kh-tuy-phuoc-2021', path });
const TU = (...path: string[]): CitationRef => ({ doc: 'kh-tinh-uy-2022', path });

type Def = [id: string, group: CriteriaGroup, cite: CitationRef, words: string, extra?: Partial<CriterionDef>];
const list = (defs: readonly Def[], note?: string): CriteriaList => ({
  criteria: defs.map(([id, group, cite, words, extra]) => ({ id, group, cite, words, ...extra })),
  ...(note ? { note } : {}),
});

// ── Quy định 124-QĐ/TW, Điều 10 ─────────────────────────────────────────────────────────────

const Q124_INDIVIDUAL = list([
  ['q124.cn.2.1', 'other', C124('10', '2', '2.1'), 'Các tiêu chí về chính trị tư tưởng; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; giữ gìn đoàn kết nội bộ; chấp hành sự phân công của tổ chức; thực hiện Quy định những điều đảng viên không được làm; trách nhiệm, tác phong, lễ lối, phương pháp làm việc; công tác đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực, biểu hiện suy thoái tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; mức độ thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hàng năm.'],
  ['q124.cn.2.2', 'results', C124('10', '2', '2.2'), 'Các tiêu chí về kết quả thực hiện chức trách, nhiệm vụ được giao trong năm (lượng hoá bằng sản phẩm cụ thể); năng lực, uy tín; trách nhiệm nêu gương, sự gương mẫu của bản thân và người có quan hệ gia đình; giữ mối liên hệ mật thiết, gắn bó với quần chúng nhân dân.'],
  ['q124.cn.2.3', 'other', C124('10', '2', '2.3'), 'Kết quả khắc phục hạn chế, yếu kém, khuyết điểm đã được chỉ ra.'],
]);

const Q124_COLLECTIVE = list([
  ['q124.tt.1.1.a', 'other', C124('10', '1', '1.1', 'a'), 'Công tác xây dựng, chỉnh đốn Đảng, xây dựng hệ thống chính trị; củng cố, xây dựng tổ chức đảng, nâng cao chất lượng đội ngũ cán bộ, đảng viên.'],
  ['q124.tt.1.1.b', 'other', C124('10', '1', '1.1', 'b'), 'Năng lực lãnh đạo của cấp uỷ; công tác lãnh đạo chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; các mối quan hệ công tác.'],
  ['q124.tt.1.1.c', 'other', C124('10', '1', '1.1', 'c'), 'Công tác thanh tra, kiểm tra, giám sát và kỷ luật; phòng, chống tham nhũng, lãng phí, tiêu cực, biểu hiện suy thoái tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá".'],
  ['q124.tt.1.1.d', 'other', C124('10', '1', '1.1', 'd'), 'Việc thực hiện nguyên tắc tổ chức hoạt động, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; thực hiện các quy định, quy chế, nội quy và chế độ làm việc.'],
  ['q124.tt.1.1.đ', 'other', C124('10', '1', '1.1', 'đ'), 'Công tác phối hợp giữa cấp uỷ và tập thể lãnh đạo; việc xây dựng đoàn kết, thống nhất trong nội bộ.'],
  ['q124.tt.1.1.e', 'other', C124('10', '1', '1.1', 'e'), 'Trách nhiệm của tập thể lãnh đạo, quản lý trong lãnh đạo, chỉ đạo, kiểm tra, giám sát việc thực hiện nhiệm vụ chính trị; công tác cán bộ, xây dựng tổ chức bộ máy, tinh giản biên chế, cải cách hành chính và xây dựng cơ quan, đơn vị trong sạch, vững mạnh.'],
  ['q124.tt.1.2.a', 'results', C124('10', '1', '1.2', 'a'), 'Việc cụ thể hoá, xây dựng và tổ chức thực hiện các chương trình, kế hoạch công tác năm.'],
  ['q124.tt.1.2.b', 'results', C124('10', '1', '1.2', 'b'), 'Kết quả thực hiện các mục tiêu, chỉ tiêu, nhiệm vụ được đề ra theo nghị quyết đại hội hoặc chương trình, kế hoạch công tác do cấp có thẩm quyền giao; phê duyệt về phát triển kinh tế - xã hội, an ninh, quốc phòng, đối ngoại và xây dựng Đảng, hệ thống chính trị (lượng hoá bằng sản phẩm cụ thể).'],
  ['q124.tt.1.2.c', 'results', C124('10', '1', '1.2', 'c'), 'Kết quả đánh giá, xếp loại chất lượng các tập thể, cá nhân có liên quan trực tiếp; các chỉ số đánh giá, xếp hạng đối với địa phương, tổ chức, cơ quan, đơn vị (nếu có).'],
  ['q124.tt.1.3', 'other', C124('10', '1', '1.3'), 'Kết quả khắc phục hạn chế, yếu kém, khuyết điểm đã được chỉ ra.'],
]);

/** Leaders managed by the central level are rated on their post's criteria (Điều 10 khoản 3), a text we do not have. */
const LEADER_NOTE_124 = 'Cán bộ lãnh đạo, quản lý thuộc diện Trung ương quản lý được đánh giá theo tiêu chí chức danh (khoản 3 Điều 10 Quy định 124); các tiêu chí dưới đây là tiêu chí chung đối với cá nhân (khoản 2 Điều 10).';

// ── Kế hoạch Sao Đỏ 2023 (II.B: 1.2 tổ chức đảng, 2.2 đảng viên, 3.2 tập thể lãnh đạo) ───────

const SD_MEMBER: readonly Def[] = [
  ['sd.dv.a', 'other', SD('II', 'B', '2', '2.2', 'a'), 'Về tư tưởng chính trị; đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc'],
  ['sd.dv.b', 'results', SD('II', 'B', '2', '2.2', 'b'), 'Về kết quả thực hiện chức trách, nhiệm vụ được giao'],
  ['sd.dv.c', 'other', SD('II', 'B', '2', '2.2', 'c'), 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm.'],
  ['sd.dv.d', 'other', SD('II', 'B', '2', '2.2', 'd'), 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước.'],
  ['sd.dv.e', 'other', SD('II', 'B', '2', '2.2', 'e'), 'Kết quả kiểm điểm theo gợi ý của cấp có thẩm quyền (nếu có).', { optional: 'neu-co' }],
];
const SD_ORG = list([
  ['sd.tc.a', 'other', SD('II', 'B', '1', '1.2', 'a'), 'Các tiêu chí về xây dựng Đảng, xây dựng hệ thống chính trị'],
  ['sd.tc.b', 'results', SD('II', 'B', '1', '1.2', 'b'), 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm, gồm:'],
  ['sd.tc.c', 'other', SD('II', 'B', '1', '1.2', 'c'), 'Kết quả khắc phục những hạn chế, yếu kém đã được chỉ ra'],
]);
const SD_COLLECTIVE = list([
  ['sd.tt.a', 'other', SD('II', 'B', '3', '3.2', 'a'), 'Về xây dựng tập thể lãnh đạo, quản lý'],
  ['sd.tt.b', 'results', SD('II', 'B', '3', '3.2', 'b'), 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm, gồm:'],
  ['sd.tt.c', 'other', SD('II', 'B', '3', '3.2', 'c'), 'Kết quả khắc phục những hạn chế, yếu kém đã được chỉ ra'],
]);
/** Kế hoạch Sao Đỏ II.B.4 rates leaders on the post framework of Quy định 89-QĐ/TW (not in the library). */
const LEADER_NOTE_SD = 'Kế hoạch (mục II.B.4) đánh giá cán bộ lãnh đạo, quản lý theo khung tiêu chí chức danh của Quy định 89-QĐ/TW (chưa có trong thư viện); các tiêu chí dưới đây là tiêu chí đánh giá đảng viên của Kế hoạch (mục II.B.2.2).';

// ── Kế hoạch 23-KH/HU Tuy Phước 2021 (II.B: 1.2, 2.2, 3.2) ─────────────────────────────────

const tpMember = (leader: boolean): readonly Def[] => [
  ['tp.dv.a', 'other', TP('II', 'B', '2', '2.2', 'a'), 'Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc'],
  ['tp.dv.b', 'results', TP('II', 'B', '2', '2.2', 'b'), 'Về kết quả thực hiện chức trách, nhiệm vụ được giao'],
  ['tp.dv.c', 'other', TP('II', 'B', '2', '2.2', 'c'), 'Kết quả đánh giá, xếp loại các tổ chức, cơ quan, đơn vị thuộc phạm vi lãnh đạo, quản lý trực tiếp', leader ? undefined : { optional: 'lanh-dao' }],
  ['tp.dv.d', 'other', TP('II', 'B', '2', '2.2', 'd'), 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm'],
  ['tp.dv.đ', 'other', TP('II', 'B', '2', '2.2', 'đ'), 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở kỳ kiểm điểm năm 2020'],
  ['tp.dv.e', 'other', TP('II', 'B', '2', '2.2', 'e'), 'Kết quả kiểm điểm theo gợi ý của cấp có thẩm quyền (nếu có)', { optional: 'neu-co' }],
];
const TP_ORG = list([
  ['tp.tc.a', 'other', TP('II', 'B', '1', '1.2', 'a'), 'Các tiêu chí về xây dựng Đảng, xây dựng hệ thống chính trị'],
  ['tp.tc.b', 'results', TP('II', 'B', '1', '1.2', 'b'), 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao trong năm (được lượng hóa cụ thể)'],
  ['tp.tc.c', 'other', TP('II', 'B', '1', '1.2', 'c'), 'Kết quả khắc phục những hạn chế, yếu kém đã được chỉ ra'],
]);
const TP_COLLECTIVE = list([
  ['tp.tt.a', 'other', TP('II', 'B', '3', '3.2', 'a'), 'Về xây dựng tập thể lãnh đạo quản lý'],
  ['tp.tt.b', 'results', TP('II', 'B', '3', '3.2', 'b'), 'Về kết quả thực hiện nhiệm vụ được giao trong năm'],
  ['tp.tt.c', 'other', TP('II', 'B', '3', '3.2', 'c'), 'Kết quả khắc phục những hạn chế, yếu kém đã được chỉ ra'],
]);

// ── Kế hoạch Ban Thường vụ Tỉnh ủy 2022: its review contents (II.3) ──────────────────────────

const TU_NOTE = 'Kế hoạch của Ban Thường vụ Tỉnh ủy (2022) nêu nội dung kiểm điểm (mục II.3); tiêu chí xếp loại theo Hướng dẫn 06-HD/TU và Nghị định 90/2020/NĐ-CP (mục II.4, chưa có trong thư viện). Các tiêu chí dưới đây là các nội dung kiểm điểm đó.';
const TU_INDIVIDUAL = list([
  ['tu.cn.a', 'other', TU('II', '3', '3.2', 'a'), 'Về tư tưởng chính trị, phẩm chất đạo đức, lối sống, ý thức tổ chức kỷ luật, tác phong, lề lối làm việc'],
  ['tu.cn.b', 'results', TU('II', '3', '3.2', 'b'), 'Về thực hiện chức trách, nhiệm vụ'],
  ['tu.cn.c', 'other', TU('II', '3', '3.2', 'c'), 'Việc thực hiện cam kết tu dưỡng, rèn luyện nêu gương, phấn đấu hằng năm.'],
  ['tu.cn.d', 'other', TU('II', '3', '3.2', 'd'), 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc chỉ ra ở kỳ kiểm điểm trước.'],
  ['tu.cn.đ', 'other', TU('II', '3', '3.2', 'đ'), 'Những vấn đề được gợi ý kiểm điểm (nếu có).', { optional: 'neu-co' }],
], TU_NOTE);
const TU31 = TU('II', '3', '3.1');
const TU_COLLECTIVE = list([
  ['tu.tt.1', 'other', TU31, 'Việc quán triệt, tổ chức thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết, chỉ thị, quyết định, kết luận của cấp trên.', { item: 1 }],
  ['tu.tt.2', 'results', TU31, 'Kết quả thực hiện các chương trình, kế hoạch công tác năm của địa phương, cơ quan, đơn vị; các chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm được lượng hóa bằng sản phẩm (nếu có).', { item: 2 }],
  ['tu.tt.3', 'other', TU31, 'Việc thực hiện các nguyên tắc của Đảng, nhất là nguyên tắc tập trung dân chủ và các quy định, quy chế làm việc.', { item: 3 }],
  ['tu.tt.4', 'other', TU31, 'Việc đấu tranh ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.', { item: 4 }],
  ['tu.tt.5', 'other', TU31, 'Việc lãnh đạo, chỉ đạo công tác đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực.', { item: 5 }],
  ['tu.tt.6', 'other', TU31, 'Kết quả lãnh đạo, chỉ đạo, thực hiện công tác kiểm tra, giám sát, kỷ luật đảng và thi đua, khen thưởng.', { item: 6 }],
  ['tu.tt.7', 'other', TU31, 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở kỳ kiểm điểm trước.', { item: 7 }],
  ['tu.tt.8', 'other', TU31, 'Những vấn đề được gợi ý kiểm điểm (nếu có).', { item: 8, optional: 'neu-co' }],
], TU_NOTE);

// ── Quy định 132-QĐ/TW + Hướng dẫn 21 alone: the texts are not in the library ───────────────

const HD21: CitationRef = { doc: 'hd-21-2019', path: [] };
const Q132 = list([
  ['q132.ket-qua', 'results', HD21, 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao'],
  ['q132.con-lai', 'other', HD21, 'Những tiêu chí còn lại'],
], 'Quy định 132 và Hướng dẫn 21 chưa có toàn văn trong thư viện, nên chưa nêu được tên từng tiêu chí: nhập mức chung của hai nhóm tiêu chí mà các mức xếp loại nhắc đến.');

type Kind = Exclude<SubjectKind, 'nhom-tuong-dong'>;
const byKind = (individual: CriteriaList, collective: CriteriaList, leader = individual, org = collective): Record<Kind, CriteriaList> =>
  ({ 'dang-vien': individual, 'can-bo-lanh-dao': leader, 'to-chuc-dang': org, 'tap-the-lanh-dao': collective });

/** Criteria per ruleset id and subject kind; a ruleset absent here does not rate by criterion levels. */
export const CRITERIA: Readonly<Partial<Record<RulesetId, Record<Kind, CriteriaList>>>> = {
  'qd132-2018': byKind(Q132, Q132),
  'tuy-phuoc-2021': byKind(list(tpMember(false)), TP_COLLECTIVE, list(tpMember(true)), TP_ORG),
  'tinh-uy-2022': byKind(TU_INDIVIDUAL, TU_COLLECTIVE),
  'qd124-2023': byKind(Q124_INDIVIDUAL, Q124_COLLECTIVE, { ...Q124_INDIVIDUAL, note: LEADER_NOTE_124 }),
  'sao-do-2023': byKind(list(SD_MEMBER), SD_COLLECTIVE, list(SD_MEMBER, LEADER_NOTE_SD), SD_ORG),
};

/** The criteria a ruleset names for a kind, or null (366: rated by score). */
export function criteriaFor(rulesetId: string, kind: string): CriteriaList | null {
  return CRITERIA[rulesetId as RulesetId]?.[kind as Kind] ?? null;
}

/** Quy định 366-QĐ/TW Điều 10: every subject is scored on 100 points in two groups [A] (regimes.md). */
export const SCORE_GROUPS_366 = {
  cite: { doc: 'qd-366-2025', path: ['10'] } as CitationRef,
  evidence: 'A' as const,
  groups: [
    { label: 'Nhóm tiêu chí chung', max: 30 },
    { label: 'Kết quả thực hiện nhiệm vụ được giao', max: 70 },
  ],
};

/** A short name for the form: the words without "Các tiêu chí về" / "Về", cut at a clause boundary. */
export function criterionLabel(words: string, max = 110): string {
  let s = words.replace(/^(Các tiêu chí về|Về)\s+/u, '').replace(/[,:]?\s*gồm:\s*$/u, '').replace(/[.;:]\s*$/u, '').trim();
  s = s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
  if (s.length <= max) return s;
  const cut = Math.max(s.lastIndexOf('; ', max), s.lastIndexOf(', ', max));
  return `${s.slice(0, cut > 40 ? cut : s.lastIndexOf(' ', max)).trim()} …`;
}
