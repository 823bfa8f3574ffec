// "So sánh 132 → 124 → 366": the three central regimes side by side, built from the rules
// engine's own data (src/rules: RULESETS and the compiled rulesets), so nothing in the table is
// typed twice. A row is a topic the rules are about (the conditions' `topic`, the special
// situations and ceilings by what they are, the quota); a cell lists the rules of one regime on
// that topic, who they apply to, their parameter values, and the clause each one cites.
import type { CitationRef } from '../../rules/docs.ts';
import type { Grade, RulesetId, SubjectKind } from '../../rules/codes.ts';
import { evaluate, parseCase } from '../../rules/index.ts';
import type { AnySubject } from '../../rules/model.ts';
import { compiled, RULESETS, type RulesetMeta } from '../../rules/rulesets.ts';
import { exampleCase } from './rule-example.ts';
import { GRADE_LABELS, paramValue, sampleDate } from './rules-beside.ts';

/** Vietnamese names of the topics (UI wording only: the rules and their values come from the engine). */
export const TOPIC_LABELS: Record<string, string> = {
  diem: 'Tổng điểm (thang 100 điểm)',
  'tieu-chi-results': 'Mức của các tiêu chí về kết quả thực hiện nhiệm vụ',
  'tieu-chi-other': 'Mức của các tiêu chí khác',
  'tieu-chi-all': 'Mức của các tiêu chí',
  'thanh-tich': 'Thành tích nổi bật, điển hình',
  'guong-mau': 'Thực sự gương mẫu (cán bộ lãnh đạo)',
  'cong-chuc': 'Mức xếp loại công chức, viên chức của đảng viên',
  'khac-phuc': 'Khắc phục hạn chế, khuyết điểm kỳ trước',
  'nhiem-vu-dung-han': 'Nhiệm vụ hoàn thành đúng hạn, bảo đảm chất lượng',
  'nhiem-vu-vuot-muc': 'Tỉ lệ nhiệm vụ hoàn thành vượt mức',
  'nhiem-vu-hoan-thanh': 'Hoàn thành các nhiệm vụ được giao',
  'nhiem-vu-cham': 'Tỉ lệ nhiệm vụ chậm tiến độ, chưa bảo đảm chất lượng',
  'nhiem-vu-khong-hoan-thanh': 'Tỉ lệ nhiệm vụ không hoàn thành',
  'don-vi-chi-tieu': 'Đơn vị mình phụ trách: chỉ tiêu, nhiệm vụ hoàn thành',
  'don-vi-vuot-muc': 'Đơn vị mình phụ trách: chỉ tiêu vượt mức',
  'don-vi-dung-tien-do': 'Đơn vị mình phụ trách: công việc đúng tiến độ',
  'don-vi-truc-thuoc-HTNV': 'Đơn vị thuộc quyền: tỉ lệ Hoàn thành nhiệm vụ trở lên',
  'don-vi-truc-thuoc-HTTNV': 'Đơn vị thuộc quyền: tỉ lệ Hoàn thành tốt nhiệm vụ trở lên',
  'don-vi-xep-loai': 'Đơn vị mình phụ trách bị xếp loại Không hoàn thành nhiệm vụ',
  'tham-nhung-cap-duoi': 'Tham nhũng, tiêu cực ở nơi mình quản lý trực tiếp',
  'tin-nhiem': 'Phiếu tín nhiệm thấp',
  'suy-thoai': 'Suy thoái, “tự diễn biến”, “tự chuyển hoá”',
  'dieu-cam': 'Vi phạm những điều đảng viên không được làm',
  'neu-guong': 'Vi phạm trách nhiệm nêu gương',
  'ky-luat-ca-nhan': 'Bị kỷ luật trong năm',
  'ky-luat-cap-duoi': 'Tổ chức trực thuộc, thành viên bị kỷ luật',
  'ky-luat-to-chuc': 'Tổ chức, tập thể bị kỷ luật',
  'chi-tieu-tap-the': 'Chỉ tiêu, nhiệm vụ của tổ chức, đơn vị',
  'doan-ket': 'Mất đoàn kết nội bộ',
  'moi-ket-nap': 'Đảng viên mới kết nạp',
  'nghi-om': 'Nghỉ ốm, nghỉ thai sản',
  'moi-thanh-lap': 'Tổ chức, tập thể mới thành lập',
  'mien-sinh-hoat': 'Đảng viên được miễn công tác và sinh hoạt đảng',
  'dinh-chi': 'Đảng viên bị đình chỉ sinh hoạt đảng',
  'tu-cach': 'Ai được đánh giá với tư cách cán bộ lãnh đạo',
  'tu-phat-hien': 'Vi phạm tự phát hiện, khắc phục; bất khả kháng',
  'co-so-xep-loai': 'Căn cứ xếp loại tổ chức đảng (kết quả xếp loại của đảng viên, tổ chức trực thuộc)',
  quota: 'Số Hoàn thành xuất sắc nhiệm vụ tối đa',
};

/** Special situations and ceilings are compared by what they are (the last part of their id); these are one matter. */
const SAME_MATTER: Record<string, string> = { 'thai-san': 'nghi-om', 'nghi-om-thai-san': 'nghi-om' };

export const SECTIONS = [
  { id: 'cach-xep-loai', title: 'Cách xác định mức xếp loại', level: null },
  { id: 'htxsnv', title: 'Hoàn thành xuất sắc nhiệm vụ: điều kiện', level: 'HTXSNV' },
  { id: 'httnv', title: 'Hoàn thành tốt nhiệm vụ: điều kiện', level: 'HTTNV' },
  { id: 'htnv', title: 'Hoàn thành nhiệm vụ: điều kiện', level: 'HTNV' },
  { id: 'khtnv', title: 'Các trường hợp Không hoàn thành nhiệm vụ', level: 'KHTNV' },
  { id: 'truong-hop', title: 'Trường hợp đặc biệt', level: null },
  { id: 'chi-tieu', title: 'Tỉ lệ Hoàn thành xuất sắc nhiệm vụ', level: null },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

/** One rule in a cell: what it requires, in the engine's own words ("ít nhất 50 % hoàn thành vượt mức"). */
export interface CellRule { id: string; kinds: SubjectKind[]; text: string; params: string[]; cite: CitationRef }
export interface Row { key: string; section: SectionId; topic: string; label: string; cells: Record<string, CellRule[]> }

/** The central rulesets, oldest first: 132 (+ HD 21), 124, 366 (+ HD 43). */
export const REGIMES: readonly RulesetMeta[] = RULESETS.filter((r) => !r.localPlanDoc);

const BY_CRITERIA = new Set(['tieu-chi-results', 'tieu-chi-other', 'tieu-chi-all', 'diem']);
/** In the row of a rating, which criteria a requirement is about. */
const CRITERIA_PREFIX: Record<string, string> = { 'tieu-chi-results': 'tiêu chí về kết quả: ', 'tieu-chi-other': 'tiêu chí khác: ', 'tieu-chi-all': 'các tiêu chí: ', diem: 'tổng điểm ' };

/** A subject to ask a condition what it requires (the requirement's words do not depend on the subject's facts). */
const probe = (kind: SubjectKind) => ({ kind, criteria: { taskResults: ['tot'], keyResults: ['tot'] }, orgType: 'chi-bo', leadership: {} }) as unknown as AnySubject;

/** What a ceiling requires, in the engine's words on an example case where it binds; a special situation by the words it implements. */
function situationWords(rs: RulesetId, kind: SubjectKind, id: string, words: string): string {
  const e = exampleCase(rs, kind, id);
  const parsed = e && parseCase(e.case);
  const r = parsed && parsed.ok ? evaluate(parsed.value).conditions.find((c) => c.id === id) : undefined;
  return r?.role === 'cap' ? r.required : short(words);
}
const clauseKeyOf = (c: CitationRef) => `${c.doc}#${c.path.join('|')}`;
const short = (s: string, n = 140) => (s.length > n ? `${s.slice(0, s.lastIndexOf(' ', n))} …` : s);

export function comparisonRows(): Row[] {
  const rows = new Map<string, Row>();
  const put = (key: string, section: SectionId, topic: string, rs: RulesetId, rule: CellRule) => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, section, topic, label: (GRADE_LABELS as Record<string, string>)[topic] ? `Để đạt ${GRADE_LABELS[topic as Grade]}` : TOPIC_LABELS[topic] ?? topic, cells: {} }));
    const cell = (row.cells[rs] ??= []);
    // One line per requirement: rules that say the same for other kinds of subject share it.
    const same = cell.find((c) => c.id === rule.id || (c.text === rule.text && clauseKeyOf(c.cite) === clauseKeyOf(rule.cite)));
    if (same) { for (const k of rule.kinds) if (!same.kinds.includes(k)) same.kinds.push(k); }
    else cell.push(rule);
  };
  for (const meta of REGIMES) {
    const rs = compiled(meta.id);
    const date = sampleDate(meta);
    const values = (ids: readonly string[] | undefined) => (ids ?? []).flatMap((id) => { const p = rs.params.get(id); return p ? [`${paramValue(p, date)}`] : []; });
    for (const [kind, k] of Object.entries(rs.byKind) as Array<[SubjectKind, (typeof rs.byKind)[keyof typeof rs.byKind]]>) {
      const x = rs.ctx(date);
      for (const c of k.conditions) {
        const level = c.level as Grade;
        // How the bands are decided (criteria levels, or the score under 366) is one row per rating.
        const byCriteria = BY_CRITERIA.has(c.topic) && c.role === 'requirement';
        const section: SectionId = byCriteria ? 'cach-xep-loai' : (level === 'KHTNV' ? 'khtnv' : level.toLowerCase() as SectionId);
        const key = byCriteria ? `${section}|${level}` : `${section}|${c.topic}`;
        let text: string;
        try { text = c.explain(probe(kind), x).required; } catch { text = short(c.words); }
        if (byCriteria) text = `${CRITERIA_PREFIX[c.topic] ?? ''}${text}`;
        put(key, section, byCriteria ? level : c.topic, meta.id, { id: c.id, kinds: [kind], text, params: values(c.params), cite: c.cite[0]! });
      }
      for (const r of [...k.caps, ...k.situations]) {
        const tail = r.id.split('.').at(-1)!;
        const topic = SAME_MATTER[tail] ?? tail;
        put(`truong-hop|${topic}`, 'truong-hop', topic, meta.id, { id: r.id, kinds: [kind], text: situationWords(meta.id, kind, r.id, r.words), params: values(r.params), cite: r.cite[0]! });
      }
    }
    const q = rs.quota;
    put('chi-tieu|quota', 'chi-tieu', 'quota', meta.id, { id: `${meta.id}.quota`, kinds: [], text: q.small ? `nhóm nhỏ: ${short(q.small.words, 90)}` : (q.silentSmall ?? ''), params: values([q.shareParam, ...(q.outstandingParam ? [q.outstandingParam] : [])]), cite: q.cite[0]! });
  }
  const order = (r: Row) => SECTIONS.findIndex((s) => s.id === r.section);
  return [...rows.values()].sort((a, b) => order(a) - order(b));
}
