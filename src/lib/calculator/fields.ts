// The questions the calculator can ask, one per fact of the case format (shared casebook
// FORMAT.md), in plain Vietnamese. Which of them a form shows is decided by the rules engine:
// `factsAskedBy(ruleset, kind)` lists the facts a ruleset reads, and only those are asked.
import type { CalcKind } from './labels.ts';

export type FieldType =
  | { t: 'count' }
  | { t: 'score' }
  | { t: 'percent' }
  | { t: 'months' }
  | { t: 'date' }
  | { t: 'bool' }
  | { t: 'rating' }
  | { t: 'enum'; options: readonly (readonly [string, string])[] }
  | { t: 'levels' }
  | { t: 'ratings' }
  | { t: 'discipline' }
  | { t: 'events'; who: readonly (readonly [string, string])[]; cause: boolean }
  | { t: 'corruption' };

export type GroupId = 'diem' | 'chung' | 'tieu-chi' | 'nhiem-vu' | 'ket-qua' | 'lanh-dao' | 'vi-pham' | 'hoan-canh';

/** Groups in form order. The score, where a ruleset rates by it (366), decides every band: it comes first. */
export const GROUPS: readonly { id: GroupId; label: string }[] = [
  { id: 'diem', label: 'Điểm đánh giá' },
  { id: 'chung', label: 'Thông tin chung' },
  { id: 'tieu-chi', label: 'Mức đạt của các tiêu chí' },
  { id: 'nhiem-vu', label: 'Nhiệm vụ, chỉ tiêu và điểm' },
  { id: 'ket-qua', label: 'Kết quả của tổ chức, đơn vị' },
  { id: 'lanh-dao', label: 'Trách nhiệm lãnh đạo, quản lý' },
  { id: 'vi-pham', label: 'Kỷ luật, vi phạm' },
  { id: 'hoan-canh', label: 'Hoàn cảnh đặc biệt' },
];

export interface FieldDef {
  /** Fact path under `subject` (FORMAT.md), e.g. "tasks.assigned". Also the field's key for errors. */
  path: string;
  label: string;
  hint?: string;
  type: FieldType;
  group: GroupId;
  /** Required by the case format: always part of the case, even where the ruleset does not read it (then it is not shown). */
  required?: boolean;
  /** Only for some subjects (a chi bộ has no sub-organizations): otherwise neither asked nor read. */
  when?: 'dang-bo' | 'same-level-bodies';
}

type Applicable = { subject: { [fact: string]: unknown }; sameLevelBodies?: boolean };

/**
 * Whether a party organization has a government, Front and mass organizations at its own level.
 * Unset (drafts before the question, cases from a link): it has them if their ratings are given.
 */
export const hasSameLevelBodies = (data: Applicable): boolean => data.sameLevelBodies ?? data.subject.sameLevelBodies !== undefined;

/** Whether a question applies to the subject of a draft (see FieldDef.when). */
export function fieldApplies(f: FieldDef, data: Applicable): boolean {
  if (f.when === 'dang-bo') return data.subject.orgType === 'dang-bo';
  if (f.when === 'same-level-bodies') return hasSameLevelBodies(data);
  return true;
}

export const DISCIPLINE_FORMS: readonly (readonly [string, string])[] = [
  ['khien-trach', 'Khiển trách'], ['canh-cao', 'Cảnh cáo'], ['cach-chuc', 'Cách chức'], ['khai-tru', 'Khai trừ'],
];
export const EVENT_FORMS: readonly (readonly [string, string])[] = [...DISCIPLINE_FORMS.slice(0, 3), ['giai-tan', 'Giải tán'], ['khai-tru', 'Khai trừ']];
export const CAUSES: readonly (readonly [string, string])[] = [['tham-nhung-tieu-cuc', 'Tham nhũng, lãng phí, tiêu cực'], ['khac', 'Lý do khác']];

const count = { t: 'count' } as const;
const bool = { t: 'bool' } as const;
const date = { t: 'date' } as const;
const percent = { t: 'percent' } as const;
const rating = { t: 'rating' } as const;

const tasks = (who: string): FieldDef[] => [
  { path: 'tasks.assigned', label: `Số chỉ tiêu, nhiệm vụ ${who} được giao trong năm`, type: count, group: 'nhiem-vu' },
  { path: 'tasks.completedOnTime', label: 'Trong đó: hoàn thành đúng hạn, bảo đảm chất lượng', type: count, group: 'nhiem-vu' },
  { path: 'tasks.exceeded', label: 'Trong số hoàn thành đúng hạn: số hoàn thành vượt mức', type: count, group: 'nhiem-vu' },
  { path: 'tasks.completedLate', label: 'Hoàn thành nhưng chậm hạn hoặc chưa bảo đảm chất lượng', type: count, group: 'nhiem-vu' },
  { path: 'tasks.notCompleted', label: 'Không hoàn thành', type: count, group: 'nhiem-vu' },
];
/** The hint (the score's groups under Điều 10 of 366) comes from src/rules/criteria.ts through the page's setup. */
const score: FieldDef = { path: 'score', label: 'Tổng điểm đánh giá (thang 100 điểm)', type: { t: 'score' }, group: 'diem' };
const targets: FieldDef[] = [
  { path: 'targets.completedShare', label: 'Tỉ lệ chỉ tiêu, nhiệm vụ chủ yếu đã hoàn thành (%)', type: percent, group: 'ket-qua' },
  { path: 'targets.mainTargetsMissed', label: 'Có chỉ tiêu, nhiệm vụ chủ yếu không hoàn thành', type: bool, group: 'ket-qua' },
  { path: 'targets.forceMajeure', label: 'Không hoàn thành do nguyên nhân bất khả kháng', type: bool, group: 'ket-qua' },
];
const covid: FieldDef = { path: 'covidResponseInadequate', label: 'Lãnh đạo phòng, chống dịch Covid-19 chưa tốt', hint: 'Chỉ có ở kế hoạch năm 2021.', type: bool, group: 'ket-qua' };

const INDIVIDUAL: FieldDef[] = [
  { path: 'partyActivity', label: 'Tình trạng sinh hoạt đảng', type: { t: 'enum', options: [['binh-thuong', 'Sinh hoạt bình thường'], ['mien-sinh-hoat', 'Được miễn công tác và sinh hoạt đảng'], ['dinh-chi', 'Đang bị đình chỉ sinh hoạt đảng']] }, group: 'chung' },
  { path: 'admittedOn', label: 'Ngày kết nạp Đảng', hint: 'Để biết đảng viên đã đủ thời gian để xếp loại chưa.', type: date, group: 'chung' },
  { path: 'criteria.taskResults', label: 'Các tiêu chí về kết quả thực hiện nhiệm vụ được giao', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  { path: 'criteria.other', label: 'Các tiêu chí khác (tư tưởng chính trị, đạo đức, lối sống, ý thức tổ chức kỷ luật, thực hiện cam kết…)', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  ...tasks('cá nhân'),
  score,
  { path: 'shortcomings.pointedOut', label: 'Số hạn chế, khuyết điểm đã được chỉ ra ở kỳ trước', type: count, group: 'nhiem-vu' },
  { path: 'shortcomings.remedied', label: 'Trong đó: số đã khắc phục xong', type: count, group: 'nhiem-vu' },
  { path: 'outstanding', label: 'Có nhiều thành tích nổi bật, điển hình để học tập', type: bool, group: 'nhiem-vu' },
  { path: 'exemplary', label: 'Thực sự gương mẫu', type: bool, group: 'nhiem-vu' },
  { path: 'civilServantRating', label: 'Xếp loại cán bộ, công chức, viên chức cùng năm (nếu có)', type: rating, group: 'chung' },
  { path: 'leadership.appointedOn', label: 'Ngày được bổ nhiệm chức vụ hiện tại', type: date, group: 'lanh-dao' },
  { path: 'leadership.isHead', label: 'Là người đứng đầu', type: bool, group: 'lanh-dao' },
  { path: 'leadership.headedUnitRating', label: 'Xếp loại của tập thể, tổ chức do mình đứng đầu', type: rating, group: 'lanh-dao' },
  { path: 'leadership.newlyTransferredHead', label: 'Người đứng đầu mới được điều động đến, không gắn với kết quả của đơn vị', type: bool, group: 'lanh-dao' },
  { path: 'leadership.unit.targets', label: 'Số chỉ tiêu của địa phương, đơn vị, lĩnh vực trực tiếp phụ trách', type: count, group: 'lanh-dao' },
  { path: 'leadership.unit.targetsCompleted', label: 'Trong đó: số chỉ tiêu hoàn thành', type: count, group: 'lanh-dao' },
  { path: 'leadership.unit.targetsExceeded', label: 'Trong số hoàn thành: số chỉ tiêu vượt', type: count, group: 'lanh-dao' },
  { path: 'leadership.unit.workOnTimeShare', label: 'Tỉ lệ công việc được giao hoàn thành đúng hạn, bảo đảm chất lượng (%)', type: percent, group: 'lanh-dao' },
  { path: 'leadership.subUnits.total', label: 'Số đơn vị thuộc quyền quản lý trực tiếp', type: count, group: 'lanh-dao' },
  { path: 'leadership.subUnits.htnvOrAbove', label: 'Trong đó: số xếp loại “Hoàn thành nhiệm vụ” trở lên', type: count, group: 'lanh-dao' },
  { path: 'leadership.subUnits.httnvOrAbove', label: 'Trong đó: số xếp loại “Hoàn thành tốt nhiệm vụ” trở lên', type: count, group: 'lanh-dao' },
  { path: 'leadership.subordinateCorruption', label: 'Đơn vị, cá nhân thuộc quyền quản lý trực tiếp bị xử lý về tham nhũng, lãng phí, tiêu cực', type: { t: 'corruption' }, group: 'lanh-dao' },
  { path: 'discipline', label: 'Quyết định kỷ luật', type: { t: 'discipline' }, group: 'vi-pham' },
  { path: 'degradationConcluded', label: 'Cấp có thẩm quyền kết luận có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”', type: bool, group: 'vi-pham' },
  { path: 'violatedProhibitions', label: 'Vi phạm những điều đảng viên không được làm', type: bool, group: 'vi-pham' },
  { path: 'violatedExemplaryDuty', label: 'Vi phạm trách nhiệm nêu gương, ảnh hưởng xấu đến uy tín', type: bool, group: 'vi-pham' },
  { path: 'lowConfidenceShare', label: 'Tỉ lệ phiếu tín nhiệm thấp khi lấy phiếu tín nhiệm trong năm (%)', type: percent, group: 'vi-pham' },
  { path: 'sickLeaveMonths', label: 'Tổng số tháng nghỉ ốm trong năm', type: { t: 'months' }, group: 'hoan-canh' },
  { path: 'maternityLeave', label: 'Nghỉ chế độ thai sản trong năm', type: bool, group: 'hoan-canh' },
  // Facts of the "what the meeting must do" items (rules engine v2, FORMAT.md v2).
  { path: 'transfer.movedOn', label: 'Ngày chuyển sinh hoạt, chuyển công tác đến tổ chức đảng này (nếu có trong năm)', type: date, group: 'hoan-canh' },
  { path: 'transfer.monthsAtFormerOrg', label: 'Số tháng sinh hoạt ở tổ chức đảng trước đây', type: count, group: 'hoan-canh' },
  { path: 'transfer.formerOrgDissolved', label: 'Tổ chức đảng trước đây đã giải thể', type: bool, group: 'hoan-canh' },
  { path: 'temporaryActivity', label: 'Đang sinh hoạt đảng tạm thời ở nơi khác', type: bool, group: 'hoan-canh' },
  { path: 'upperLeadershipMember', label: 'Là thành viên tập thể lãnh đạo, quản lý cấp trên', type: bool, group: 'hoan-canh' },
  { path: 'reorganizedOn', label: 'Ngày thay đổi vị trí công tác do sắp xếp tinh gọn bộ máy (nếu có)', type: date, group: 'hoan-canh' },
  { path: 'leadership.appointment', label: 'Bổ nhiệm chức vụ hiện tại là', hint: 'Chỉ cần khi được bổ nhiệm chưa đủ 6 tháng.', type: { t: 'enum', options: [['moi', 'Lần đầu giữ chức vụ lãnh đạo, quản lý'], ['thang-chuc-cung-don-vi', 'Chức vụ cao hơn trong cùng đơn vị'], ['dieu-dong-don-vi-moi', 'Điều động, bổ nhiệm sang đơn vị mới']] }, group: 'lanh-dao' },
];

const ORG_WHO = [['to-chuc', 'Chính tổ chức đảng'], ['to-chuc-truc-thuoc', 'Tổ chức đảng trực thuộc'], ['cap-uy-vien', 'Cấp ủy viên'], ['thanh-vien-lanh-dao', 'Thành viên tập thể lãnh đạo']] as const;
const COLLECTIVE_WHO = [['tap-the', 'Tập thể lãnh đạo'], ['thanh-vien', 'Thành viên'], ['don-vi-truc-thuoc', 'Đơn vị trực thuộc']] as const;
const gradeCounts = (base: 'members' | 'subOrganizations', what: string, when?: FieldDef['when']): FieldDef[] => [
  { path: `${base}.HTXSNV`, label: `Số ${what} xếp loại “Hoàn thành xuất sắc nhiệm vụ”`, type: count, group: 'ket-qua', ...(when ? { when } : {}) },
  { path: `${base}.HTTNV`, label: `Số ${what} xếp loại “Hoàn thành tốt nhiệm vụ”`, type: count, group: 'ket-qua', ...(when ? { when } : {}) },
  { path: `${base}.HTNV`, label: `Số ${what} xếp loại “Hoàn thành nhiệm vụ”`, type: count, group: 'ket-qua', ...(when ? { when } : {}) },
  { path: `${base}.KHTNV`, label: `Số ${what} xếp loại “Không hoàn thành nhiệm vụ”`, type: count, group: 'ket-qua', ...(when ? { when } : {}) },
];

const ORGANIZATION: FieldDef[] = [
  { path: 'orgType', label: 'Loại tổ chức đảng', type: { t: 'enum', options: [['chi-bo', 'Chi bộ'], ['dang-bo', 'Đảng bộ']] }, group: 'chung', required: true },
  { path: 'establishedOn', label: 'Ngày thành lập (hoặc hợp nhất, chia tách)', type: date, group: 'chung' },
  { path: 'criteria.keyResults', label: 'Các tiêu chí về kết quả lãnh đạo thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  { path: 'criteria.other', label: 'Các tiêu chí khác', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  ...tasks('của tổ chức'),
  score,
  { path: 'outstanding', label: 'Có thành tích nổi bật, điển hình', type: bool, group: 'nhiem-vu' },
  ...gradeCounts('members', 'đảng viên'),
  ...gradeCounts('subOrganizations', 'tổ chức đảng trực thuộc', 'dang-bo'),
  { path: 'sameLevelBodies.government', label: 'Xếp loại chính quyền cùng cấp', type: rating, group: 'ket-qua', when: 'same-level-bodies' },
  { path: 'sameLevelBodies.front', label: 'Xếp loại Mặt trận Tổ quốc cùng cấp', type: rating, group: 'ket-qua', when: 'same-level-bodies' },
  { path: 'sameLevelBodies.massOrganizations', label: 'Xếp loại các tổ chức chính trị - xã hội cùng cấp', type: { t: 'ratings' }, group: 'ket-qua', when: 'same-level-bodies' },
  ...targets,
  covid,
  { path: 'disciplineEvents', label: 'Trường hợp bị xử lý kỷ luật trong năm', type: { t: 'events', who: ORG_WHO, cause: true }, group: 'vi-pham' },
];

const COLLECTIVE: FieldDef[] = [
  { path: 'establishedOn', label: 'Ngày thành lập (hoặc kiện toàn)', type: date, group: 'chung' },
  { path: 'criteria.keyResults', label: 'Các tiêu chí về kết quả lãnh đạo, quản lý thực hiện nhiệm vụ', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  { path: 'criteria.other', label: 'Các tiêu chí khác', type: { t: 'levels' }, group: 'tieu-chi', required: true },
  ...tasks('của tập thể'),
  score,
  { path: 'outstanding', label: 'Có thành tích nổi bật, điển hình', type: bool, group: 'nhiem-vu' },
  { path: 'organizationRating', label: 'Xếp loại của tổ chức, cơ quan, đơn vị mà tập thể lãnh đạo', type: rating, group: 'ket-qua' },
  ...targets,
  covid,
  { path: 'disunityConcluded', label: 'Cấp có thẩm quyền kết luận mất đoàn kết nội bộ', type: bool, group: 'vi-pham' },
  { path: 'memberDegradation', label: 'Có thành viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hoá”', type: bool, group: 'vi-pham' },
  { path: 'disciplineEvents', label: 'Trường hợp bị xử lý kỷ luật trong năm', type: { t: 'events', who: COLLECTIVE_WHO, cause: false }, group: 'vi-pham' },
];

export const FIELDS: Record<CalcKind, readonly FieldDef[]> = {
  'dang-vien': INDIVIDUAL,
  'can-bo-lanh-dao': INDIVIDUAL,
  'to-chuc-dang': ORGANIZATION,
  'tap-the-lanh-dao': COLLECTIVE,
};

const CONDITIONAL = Object.fromEntries(Object.entries(FIELDS).map(([k, list]) => [k, list.filter((f) => f.when)])) as unknown as Record<CalcKind, readonly FieldDef[]>;

/** A form field is asked when the ruleset reads its fact, a part of it, or the whole it belongs to. */
export function isAsked(path: string, asked: readonly string[]): boolean {
  return asked.some((a) => a === path || path.startsWith(a + '.') || a.startsWith(path + '.'));
}

const askedCache = new Map<string, readonly FieldDef[]>();
/**
 * The fields of a kind that a ruleset asks for, in form order (all of them, whether or not they
 * apply to the subject). Cached: the form and the comparison ask it on every keystroke.
 */
export function fieldsFor(kind: CalcKind, asked: readonly string[]): FieldDef[] {
  const key = `${kind}|${asked.join('|')}`;
  let hit = askedCache.get(key);
  if (!hit) {
    hit = FIELDS[kind].filter((f) => isAsked(f.path, asked));
    if (askedCache.size > 256) askedCache.clear();
    askedCache.set(key, hit);
  }
  return [...hit];
}

/** The questions of a kind that apply only to some subjects (FieldDef.when). */
export const conditionalFields = (kind: CalcKind): readonly FieldDef[] => CONDITIONAL[kind];

export const fieldByPath = (kind: CalcKind, path: string): FieldDef | undefined => FIELDS[kind].find((f) => f.path === path);
