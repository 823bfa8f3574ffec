// The recurring shapes of "what the meeting must do" (FORMAT.md v2 `procedure`): when each kind
// of obligation arises for a subject. A regime or plan lists its own procedure items with these,
// each with its clause and the words it implements; nothing here cites anything.
import type { CitationRef } from './docs.ts';
import { hasFullMonths, viDate, yearOf } from './dates.ts';
import type { Individual } from './case-schema.ts';
import type { AnySubject, Ctx, Evidence, ProcedureRule, Silence } from './model.ts';
import type { ProcedureKind, SourceKind, SubjectKind } from './types.ts';

const isInd = (s: AnySubject): s is Individual => s.kind === 'dang-vien' || s.kind === 'can-bo-lanh-dao';
const IND: readonly SubjectKind[] = ['dang-vien', 'can-bo-lanh-dao'];
const LD: readonly SubjectKind[] = ['can-bo-lanh-dao'];
const COLL: readonly SubjectKind[] = ['to-chuc-dang', 'tap-the-lanh-dao'];

export interface ProcMeta {
  id: string;
  cite: readonly CitationRef[];
  source: SourceKind;
  evidence?: Evidence;
  words: string;
}

const make = (m: ProcMeta, kind: ProcedureKind, kinds: readonly SubjectKind[], facts: readonly string[], applies: ProcedureRule['applies'], text: ProcedureRule['text'], extra: Partial<ProcedureRule> = {}): ProcedureRule => ({
  id: m.id, kind, kinds, cite: m.cite, source: m.source, words: m.words, facts, applies, text, ...(m.evidence ? { evidence: m.evidence } : {}), ...extra,
});

/** A move during the year rated (or after it, before a make-up rating): an earlier move is not "chuyển đến trong năm". */
const movedThisYear = (s: Individual, x: Ctx) => !!s.transfer && (!s.transfer.movedOn || yearOf(s.transfer.movedOn) >= x.year);
const monthsThere = (s: Individual) => s.transfer?.monthsAtFormerOrg ?? 0;
const moved = (s: Individual) => (s.transfer?.movedOn ? `, chuyển đến ngày ${viDate(s.transfer.movedOn)}` : '');
const TRANSFER_FACTS = ['transfer.movedOn', 'transfer.monthsAtFormerOrg', 'transfer.formerOrgDissolved'];

/**
 * Transfer after ≥ the parameter `months` (months at the former organization): its comments. `dissolvedToo`: the clause
 * also covers a former organization that no longer exists (its superior committee is named by a
 * separate item when the source says so; otherwise this one says the source is silent about it).
 */
export function formerOrgComments(m: ProcMeta, months: string, dissolvedToo: boolean): ProcedureRule {
  return make(m, 'y-kien-to-chuc-cu', IND, TRANSFER_FACTS,
    (s, x) => isInd(s) && movedThisYear(s, x) && monthsThere(s) >= x.p(months) && (dissolvedToo || !s.transfer?.formerOrgDissolved),
    (s, x) => {
      const t = (s as Individual).transfer!;
      const base = `Lấy ý kiến nhận xét của tổ chức đảng nơi đảng viên sinh hoạt trước đây (${t.monthsAtFormerOrg ?? 0} tháng ở đó${moved(s as Individual)}; từ ${x.p(months)} tháng trở lên thì phải lấy) gửi về chi bộ đang sinh hoạt, làm căn cứ đánh giá, xếp loại.`;
      return t.formerOrgDissolved ? `${base} Tổ chức đảng cũ đã giải thể: kế hoạch này không nói ai nhận xét thay; hỏi cấp ủy cấp trên trực tiếp của tổ chức đó.` : base;
    }, { params: [months] });
}

/** The former organization was dissolved: its superior committee comments instead. */
export function superiorCommitteeComments(m: ProcMeta, months: string): ProcedureRule {
  return make(m, 'y-kien-cap-uy-cap-tren', IND, TRANSFER_FACTS,
    (s, x) => isInd(s) && movedThisYear(s, x) && monthsThere(s) >= x.p(months) && !!s.transfer?.formerOrgDissolved,
    (s) => `Tổ chức đảng nơi đảng viên sinh hoạt trước đây (${(s as Individual).transfer!.monthsAtFormerOrg ?? 0} tháng) đã giải thể: cấp ủy cấp trên trực tiếp của tổ chức đảng đó nhận xét, đánh giá, gửi về chi bộ đang sinh hoạt.`,
    { replaces: ['y-kien-to-chuc-cu'], params: [months] });
}

/** Temporary party activity: rated at the official chi bộ, after the temporary one's comments. */
export function temporaryActivityComments(m: ProcMeta): ProcedureRule {
  return make(m, 'y-kien-noi-sinh-hoat-tam-thoi', IND, ['temporaryActivity'],
    (s) => isInd(s) && !!s.temporaryActivity,
    () => 'Đánh giá, xếp loại ở chi bộ nơi sinh hoạt đảng chính thức; trước đó lấy ý kiến nhận xét của chi bộ nơi sinh hoạt tạm thời gửi chi bộ nơi sinh hoạt chính thức.');
}

const recentlyAppointed = (s: Individual, x: Ctx, months: number) => !!s.leadership?.appointedOn && !hasFullMonths(s.leadership.appointedOn, x.date, months);
const APPOINT_FACTS = ['leadership.appointedOn', 'leadership.appointment'];

/**
 * First appointment (the default when `appointment` is not given) or promotion in the same unit,
 * less than the parameter `months` ago: results before and after the appointment.
 */
export function beforeAndAfterAppointment(m: ProcMeta, monthsParam: string): ProcedureRule {
  return make(m, 'ket-qua-truoc-va-sau-bo-nhiem', LD, APPOINT_FACTS,
    (s, x) => isInd(s) && recentlyAppointed(s, x, x.p(monthsParam)) && s.leadership?.appointment !== 'dieu-dong-don-vi-moi',
    (s, x) => {
      const l = (s as Individual).leadership!, months = x.p(monthsParam);
      return l.appointment === 'thang-chuc-cung-don-vi'
        ? `Bổ nhiệm chức vụ mới cao hơn trong cùng đơn vị từ ${viDate(l.appointedOn!)} (chưa đủ ${months} tháng): ngoài kiểm điểm ở chi bộ, kiểm điểm tại tập thể lãnh đạo theo chức danh mới; xếp loại căn cứ kết quả trong thời gian giữ chức vụ trước và kể từ khi giữ chức vụ mới.`
        : `Bổ nhiệm chức vụ lãnh đạo, quản lý lần đầu từ ${viDate(l.appointedOn!)} (chưa đủ ${months} tháng): ngoài kiểm điểm ở chi bộ, kiểm điểm tại tập thể lãnh đạo nơi công tác; xếp loại căn cứ kết quả cả thời gian chưa giữ chức vụ và kể từ khi giữ chức vụ.`;
    }, { replaces: ['ket-qua-tu-khi-sap-xep'], params: [monthsParam] });
}

/** A leader moved or appointed to a new unit less than the parameter `months` ago: the old unit's comments. */
export function oldUnitComments(m: ProcMeta, months: string): ProcedureRule {
  return make(m, 'y-kien-don-vi-cu', LD, APPOINT_FACTS,
    (s, x) => isInd(s) && recentlyAppointed(s, x, x.p(months)) && s.leadership?.appointment === 'dieu-dong-don-vi-moi',
    (s, x) => `Điều động hoặc bổ nhiệm sang đơn vị mới từ ${viDate((s as Individual).leadership!.appointedOn!)} (chưa đủ ${x.p(months)} tháng): cơ quan, đơn vị cũ gửi nhận xét, đánh giá kết quả thực hiện chức trách, nhiệm vụ tại đơn vị cũ về đơn vị mới để cấp có thẩm quyền quyết định xếp loại.`,
    { replaces: ['ket-qua-tu-khi-sap-xep'], params: [months] });
}

/** Post changed in the reorganization during the year rated: results since then. */
export function sinceReorganization(m: ProcMeta): ProcedureRule {
  return make(m, 'ket-qua-tu-khi-sap-xep', IND, ['reorganizedOn'],
    (s, x) => isInd(s) && !!s.reorganizedOn && yearOf(s.reorganizedOn) >= x.year,
    (s) => `Thay đổi vị trí công tác theo yêu cầu sắp xếp tinh gọn tổ chức bộ máy từ ${viDate((s as Individual).reorganizedOn!)}: đánh giá, xếp loại theo kết quả thực hiện nhiệm vụ từ thời điểm sau khi sắp xếp.`);
}

/** New, merged or split organization or collective during the year rated: results since establishment. */
export function sinceEstablishment(m: ProcMeta): ProcedureRule {
  return make(m, 'ket-qua-tu-khi-thanh-lap', COLL, ['establishedOn'],
    (s, x) => !isInd(s) && !!s.establishedOn && yearOf(s.establishedOn) >= x.year,
    (s) => `Thành lập (hoặc chia tách, sáp nhập) từ ${viDate((s as { establishedOn: string }).establishedOn)}: đánh giá, xếp loại trên cơ sở kết quả thực hiện chức năng, nhiệm vụ từ thời điểm thành lập đến thời điểm đánh giá (nơi chia tách, sáp nhập: cả trước và sau thời điểm đó).`);
}

/** Member of a higher leadership collective: rated (or reviewed) at the chi bộ first. `text`: what this clause asks. */
export function chiBoFirst(m: ProcMeta, text: string): ProcedureRule {
  return make(m, 'xep-loai-chi-bo-truoc', IND, ['upperLeadershipMember'], (s) => isInd(s) && !!s.upperLeadershipMember, () => text);
}

/** The head is rated after the collective, organization or unit he heads. */
export function headAfterUnit(m: ProcMeta, text: string): ProcedureRule {
  return make(m, 'xep-loai-nguoi-dung-dau-sau', LD, ['leadership.isHead'], (s) => isInd(s) && !!s.leadership?.isHead, () => text);
}

/**
 * What a central regime does not say about these situations (its layer lists them; a plan's
 * procedure item of the same kind answers, and then the silence is not said).
 */
export function proceduralSilences(prefix: string, source: string): Silence[] {
  const none = (what: string) => `${source} không nêu ${what}; kế hoạch của địa phương có thể quy định.`;
  return [
    { id: `${prefix}.im-lang.chuyen-cong-tac`, kinds: IND, when: (s, x) => isInd(s) && movedThisYear(s, x), answeredBy: ['y-kien-to-chuc-cu', 'y-kien-cap-uy-cap-tren'],
      note: none('việc lấy ý kiến nhận xét của tổ chức đảng nơi sinh hoạt trước đây khi đảng viên chuyển sinh hoạt, chuyển công tác trong năm') },
    { id: `${prefix}.im-lang.tam-thoi`, kinds: IND, when: (s) => isInd(s) && !!s.temporaryActivity, answeredBy: ['y-kien-noi-sinh-hoat-tam-thoi'],
      note: none('cách đánh giá, xếp loại đảng viên đang sinh hoạt đảng tạm thời') },
    { id: `${prefix}.im-lang.chi-bo-truoc`, kinds: IND, when: (s) => isInd(s) && !!s.upperLeadershipMember, answeredBy: ['xep-loai-chi-bo-truoc'],
      note: none('thứ tự đánh giá, xếp loại ở chi bộ và ở tập thể lãnh đạo cấp trên đối với thành viên tập thể lãnh đạo cấp trên') },
    { id: `${prefix}.im-lang.sap-xep`, kinds: IND, when: (s, x) => isInd(s) && !!s.reorganizedOn && yearOf(s.reorganizedOn) >= x.year, answeredBy: ['ket-qua-tu-khi-sap-xep', 'ket-qua-truoc-va-sau-bo-nhiem', 'y-kien-don-vi-cu'],
      note: none('kết quả nào làm căn cứ khi vị trí công tác thay đổi do sắp xếp tổ chức bộ máy trong năm') },
    { id: `${prefix}.im-lang.nguoi-dung-dau-sau`, kinds: LD, when: (s) => isInd(s) && !!s.leadership?.isHead, answeredBy: ['xep-loai-nguoi-dung-dau-sau'],
      note: none('thứ tự đánh giá người đứng đầu so với tập thể, đơn vị do mình đứng đầu') },
  ];
}
