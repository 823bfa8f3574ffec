// Counting the votes of a rating meeting: for each subject, the level adopted by the share of
// the base the plan names; HTXSNV taken by votes from the highest down within the quota; ties at
// the quota line and "no majority" reported with what to do next. Pure and DOM-free.
import { GRADES } from '../codes.ts'; // not case-schema.ts: the count in the browser carries no zod
import { shortCitation } from '../docs.ts';
import type { Grade } from '../types.ts';
import type { Threshold, VoteBase, VoteRule, Votes } from './model.ts';

export interface TallyCandidate {
  id: string;
  name: string;
  votes: Partial<Record<Grade, number>>;
}

/** The quota the tally must respect, computed by the caller (rules engine or the plan's own quota). */
export interface QuotaInfo {
  maxHtxsnv: number;
  /** How the quota base is read (stated next to the figure). */
  baseLabel: string;
  /** Where the quota comes from, e.g. "Quy định 124, điểm 1.4 khoản 1 Điều 12". */
  source: string;
  /** The same quota under the other reading of the base, when the regime allows two. */
  alternative?: { maxHtxsnv: number; baseLabel: string };
}

export interface QuotaQuestion { members: number; qualifyingHttnvOrAbove: number; proposedHtxsnv: number }

export interface TallyInput {
  rule: VoteRule;
  /** Everyone entitled to vote, present or not (all full members / all committee members). */
  eligible: number;
  /** Voters present who cast a ballot. */
  present: number;
  candidates: readonly TallyCandidate[];
  /** A working rule the meeting agreed where the plan is silent; shown as the meeting's own choice. */
  assumed?: { threshold: Threshold; base: VoteBase } | null;
  quota?: (q: QuotaQuestion) => QuotaInfo | null;
}

export type CandidateStatus =
  | 'dat' // a level reached the threshold
  | 'htxsnv-trong-chi-tieu' // HTXSNV reached and within the quota
  | 'vuot-chi-tieu' // HTXSNV reached but outside the quota
  | 'bang-phieu' // tied at the quota line
  | 'khong-dat-da-so' // no level reached the threshold
  | 'chua-co-quy-tac' // the plan names no threshold and the meeting chose none
  | 'loi'; // the votes entered are impossible

export interface CandidateResult {
  id: string;
  name: string;
  votes: Votes;
  /** Ballots counted for this subject (sum over levels). */
  cast: number;
  /** The level that reached the threshold, if any. */
  majority: Grade | null;
  /** Level(s) with the most votes. */
  leading: Grade[];
  /** The level adopted, or null while undecided. */
  result: Grade | null;
  status: CandidateStatus;
  /** Vietnamese, one sentence: what the count shows. */
  sentence: string;
  /** Vietnamese: what to do next (null when nothing is left to do). */
  next: string | null;
  errors: string[];
}

export interface TallyResult {
  /** False when the inputs cannot be counted (messages in `errors`). */
  ok: boolean;
  errors: string[];
  rule: VoteRule;
  /** The rule actually applied: the plan's own, the meeting's choice, or none. */
  applied: { threshold: Threshold; base: VoteBase; fromPlan: boolean } | null;
  baseValue: number | null;
  baseLabel: string | null;
  /** Least number of votes a level needs. */
  needed: number | null;
  /** "trên 50 % của 25 (tổng số đảng viên chính thức …) — ít nhất 13 phiếu" */
  ruleText: string;
  candidates: CandidateResult[];
  quota: QuotaInfo | null;
  htxsnv: { majority: string[]; selected: string[]; overQuota: string[]; tied: string[]; seatsLeftForTied: number };
  /** What the plan leaves open, and interpretations used. */
  notes: string[];
}

const LEVEL_VI: Record<Grade, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ', HTTNV: 'Hoàn thành tốt nhiệm vụ', HTNV: 'Hoàn thành nhiệm vụ', KHTNV: 'Không hoàn thành nhiệm vụ',
};
const qv = (g: Grade) => `“${LEVEL_VI[g]}”`;
const pct = (n: number, d: number) => (d > 0 ? `${String(Math.round((n / d) * 1000) / 10).replace('.', ',')} %` : '—');
const thresholdText = (t: Threshold) => `${t.strict ? 'trên' : 'từ'} ${String(t.share * 100).replace('.', ',')} %`;

const BASE_DEFAULT_LABEL: Record<VoteBase, string> = {
  'toan-bo': 'tổng số người có quyền biểu quyết, kể cả người vắng mặt',
  'du-hop': 'số người dự họp bỏ phiếu',
};

/** Least whole number of votes meeting the threshold on `base` voters (integer arithmetic on the share). */
export function votesNeeded(t: Threshold, base: number): number {
  const exact = base * t.share;
  const floor = Math.floor(exact + 1e-9);
  const isWhole = Math.abs(exact - Math.round(exact)) < 1e-9;
  if (t.strict) return floor + 1;
  return isWhole ? Math.round(exact) : floor + 1;
}

const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;

function ruleCitation(rule: VoteRule): string {
  return rule.cite.length ? shortCitation(rule.cite[0]!) : '';
}

export function tally(input: TallyInput): TallyResult {
  const { rule } = input;
  const errors: string[] = [];
  const notes: string[] = [];
  if (rule.silence) notes.push(rule.silence);

  // Which rule applies: the plan's own when it names both the share and the base.
  let applied: TallyResult['applied'] = null;
  if (rule.threshold && rule.base) applied = { threshold: rule.threshold, base: rule.base, fromPlan: true };
  else if (input.assumed) {
    applied = { threshold: input.assumed.threshold, base: rule.base ?? input.assumed.base, fromPlan: false };
    notes.push(`Kế hoạch không quy định đủ cách tính; cuộc họp tự thống nhất: ${thresholdText(applied.threshold)} của ${BASE_DEFAULT_LABEL[applied.base]}. Cần ghi rõ điều này vào biên bản.`);
  }

  if (!isCount(input.eligible) || input.eligible < 1) errors.push('Tổng số người có quyền biểu quyết phải là số nguyên lớn hơn 0.');
  if (!isCount(input.present)) errors.push('Số người dự họp bỏ phiếu phải là số nguyên không âm.');
  else if (isCount(input.eligible) && input.present > input.eligible)
    errors.push(`Số người dự họp (${input.present}) không thể lớn hơn tổng số người có quyền biểu quyết (${input.eligible}).`);
  else if (input.present === 0 && input.candidates.length) errors.push('Chưa nhập số người dự họp bỏ phiếu.');

  const baseValue = applied ? (applied.base === 'toan-bo' ? input.eligible : input.present) : null;
  const baseLabel = applied ? (applied.fromPlan ? rule.baseLabel : null) ?? BASE_DEFAULT_LABEL[applied.base] : rule.baseLabel;
  const needed = applied && baseValue !== null && isCount(baseValue) && baseValue > 0 ? votesNeeded(applied.threshold, baseValue) : null;
  const cite = ruleCitation(rule);
  const ruleText = applied && needed !== null
    ? `${thresholdText(applied.threshold)} của ${baseValue} (${baseLabel}) — cần ít nhất ${needed} phiếu${applied.fromPlan && cite ? ` — ${cite}` : ' — cách tính do cuộc họp thống nhất'}`
    : 'Kế hoạch không quy định tỉ lệ phiếu cần đạt' + (cite ? ` (${cite})` : '');

  // ── Per candidate: the level with the required share (at most one can have it) ─────────────
  const results: CandidateResult[] = input.candidates.map((c) => {
    const cErrors: string[] = [];
    const votes = {} as Votes;
    for (const g of GRADES) {
      const v = c.votes[g] ?? 0;
      if (!isCount(v)) cErrors.push(`Số phiếu mức ${qv(g)} phải là số nguyên không âm.`);
      votes[g] = isCount(v) ? v : 0;
    }
    const cast = GRADES.reduce((s, g) => s + votes[g], 0);
    if (isCount(input.present) && cast > input.present)
      cErrors.push(`Tổng số phiếu (${cast}) lớn hơn số người dự họp bỏ phiếu (${input.present}).`);
    const top = Math.max(...GRADES.map((g) => votes[g]));
    const leading = top > 0 ? GRADES.filter((g) => votes[g] === top) : [];
    const majority = needed !== null ? GRADES.find((g) => votes[g] >= needed) ?? null : null;
    const base: CandidateResult = { id: c.id, name: c.name, votes, cast, majority: cErrors.length ? null : majority, leading, result: null, status: 'loi', sentence: '', next: null, errors: cErrors };
    if (cErrors.length) {
      base.sentence = cErrors.join(' ');
      base.next = 'Kiểm tra lại số phiếu đã ghi.';
      return base;
    }
    if (!applied || needed === null || baseValue === null) {
      base.status = 'chua-co-quy-tac';
      base.sentence = leading.length
        ? `Nhiều phiếu nhất: ${leading.map(qv).join(', ')} (${top} phiếu = ${pct(top, input.present)} số người dự họp). Kế hoạch không quy định tỉ lệ phiếu cần đạt nên chưa thể xác định mức.`
        : 'Chưa có phiếu.';
      base.next = 'Chọn cách tính mà cuộc họp thống nhất (ví dụ trên 50 % tổng số đảng viên chính thức) để tính kết quả, và ghi rõ vào biên bản; hoặc báo cáo cấp có thẩm quyền quyết định.';
      return base;
    }
    if (majority) {
      base.status = 'dat';
      base.result = majority;
      base.sentence = `Đạt ${qv(majority)}: ${votes[majority]}/${baseValue} = ${pct(votes[majority], baseValue)}, ${thresholdText(applied.threshold)} (cần ít nhất ${needed} phiếu).`;
      return base;
    }
    base.status = 'khong-dat-da-so';
    base.sentence = leading.length
      ? `Không mức nào đạt ${thresholdText(applied.threshold)} của ${baseValue}: nhiều nhất là ${leading.map(qv).join(', ')} với ${top}/${baseValue} = ${pct(top, baseValue)}, cần ít nhất ${needed} phiếu.`
      : `Chưa có phiếu; cần ít nhất ${needed} phiếu cho một mức.`;
    base.next = leading.length
      ? 'Kế hoạch không nói cách cộng dồn phiếu giữa các mức. Gợi ý: thảo luận lại và bỏ phiếu lại cho người này; nếu vẫn không mức nào đạt, báo cáo cấp ủy có thẩm quyền quyết định xếp loại xem xét, quyết định.'
      : 'Ghi số phiếu của từng mức.';
    return base;
  });

  // ── HTXSNV within the quota, by votes from the highest down ────────────────────────────────
  const counted = results.filter((r) => r.status !== 'loi');
  const q: QuotaQuestion = {
    members: counted.length,
    qualifyingHttnvOrAbove: counted.filter((r) => r.majority === 'HTXSNV' || r.majority === 'HTTNV').length,
    proposedHtxsnv: counted.filter((r) => r.majority === 'HTXSNV').length,
  };
  const quota = applied && input.quota ? input.quota(q) : null;
  const ranked = counted.filter((r) => r.majority === 'HTXSNV').sort((a, b) => b.votes.HTXSNV - a.votes.HTXSNV);
  const htxsnv: TallyResult['htxsnv'] = { majority: ranked.map((r) => r.id), selected: [], overQuota: [], tied: [], seatsLeftForTied: 0 };
  const orderWords = rule.htxsnvByVotes ? `lấy theo số phiếu từ cao xuống thấp (${cite})` : 'xếp theo số phiếu từ cao xuống thấp (kế hoạch không nói cách chọn — gợi ý)';

  if (ranked.length) {
    const max = quota ? quota.maxHtxsnv : ranked.length;
    if (!quota) notes.push('Chưa tính chỉ tiêu Hoàn thành xuất sắc cho lần biểu quyết này.');
    const lineVotes = max > 0 && max < ranked.length ? ranked[max - 1]!.votes.HTXSNV : null;
    const nextVotes = max < ranked.length ? ranked[max]!.votes.HTXSNV : null;
    const tiedAtLine = lineVotes !== null && lineVotes === nextVotes;
    const above = tiedAtLine ? ranked.filter((r) => r.votes.HTXSNV > lineVotes!) : [];
    const seatsLeft = tiedAtLine ? max - above.length : 0;
    ranked.forEach((r, i) => {
      const rank = i + 1;
      if (max >= ranked.length || (!tiedAtLine && rank <= max) || (tiedAtLine && r.votes.HTXSNV > lineVotes!)) {
        r.status = 'htxsnv-trong-chi-tieu';
        r.result = 'HTXSNV';
        if (quota) r.sentence += ` Trong chỉ tiêu (tối đa ${max} người; đứng thứ ${rank} theo số phiếu).`;
        htxsnv.selected.push(r.id);
      } else if (tiedAtLine && r.votes.HTXSNV === lineVotes) {
        r.status = 'bang-phieu';
        r.result = null;
        r.sentence += ` Bằng phiếu (${lineVotes} phiếu) với người khác ở ranh giới chỉ tiêu: còn ${seatsLeft} suất cho ${ranked.filter((x) => x.votes.HTXSNV === lineVotes).length} người.`;
        r.next = `Kế hoạch không nói cách xử lý khi bằng phiếu. Gợi ý: bỏ phiếu lại giữa những người bằng phiếu để chọn đủ ${seatsLeft} người; người không được chọn biểu quyết lại ở mức “Hoàn thành tốt nhiệm vụ”.`;
        htxsnv.tied.push(r.id);
      } else {
        r.status = 'vuot-chi-tieu';
        r.result = null;
        r.sentence += ` Ngoài chỉ tiêu: tối đa ${max} người Hoàn thành xuất sắc, đồng chí đứng thứ ${rank} theo số phiếu.`;
        r.next = 'Không xếp “Hoàn thành xuất sắc nhiệm vụ”. Kế hoạch không nói mức thay thế; gợi ý: biểu quyết lại mức “Hoàn thành tốt nhiệm vụ” cho đồng chí này.';
        htxsnv.overQuota.push(r.id);
      }
    });
    htxsnv.seatsLeftForTied = seatsLeft;
    if (quota && ranked.length > max) notes.push(`Có ${ranked.length} người đạt đa số ở mức Hoàn thành xuất sắc nhưng chỉ tiêu tối đa ${max} (${quota.baseLabel}); ${orderWords}.`);
  }

  return {
    ok: errors.length === 0,
    errors,
    rule,
    applied,
    baseValue,
    baseLabel,
    needed,
    ruleText,
    candidates: results,
    quota,
    htxsnv,
    notes,
  };
}
