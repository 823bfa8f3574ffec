// "Biên bản kiểm phiếu": the record of a rating vote — voters entitled and present, the rule
// applied (the plan's own or the meeting's choice when the plan is silent), the votes for each
// level, the result per subject, HTXSNV within the quota, ties and "no majority" with the step
// the meeting takes next.
import { cleanLine, cleanText, placeDateLine, unitTitle } from './text.ts';
import { GRADE_PRINT, type GradeCode } from './labels.ts';
import type { Block, DocSpec } from './model.ts';

export interface VoteMinutesData {
  year: number;
  place: string;
  date: string;
  dangBo: string;
  orgName: string;
  /** What was voted on, e.g. "xếp loại chất lượng đảng viên". */
  subject: string;
  /** Who votes, e.g. "đảng viên chính thức của chi bộ". */
  voters: string;
  eligible: number;
  present: number;
  /** Phiếu phát ra, thu vào, hợp lệ, không hợp lệ (null: not entered — the minutes leave blanks). */
  ballots: { issued: number; returned: number; valid: number; invalid: number } | null;
  /** The plan the count follows (its name); its clauses alone are cited. */
  planLabel: string;
  /** The organization is a chi bộ (its name takes the word "Chi bộ" once). */
  orgIsChiBo: boolean;
  /** The rule applied, as one sentence with its clause. */
  ruleText: string;
  quotaText: string | null;
  rows: { name: string; votes: Record<GradeCode, number>; result: string }[];
  /** Ties, no-majority and over-quota lines with the next step, and the plan's silences. */
  notes: string[];
}

const p = (text: string, bold = false): Block => ({ type: 'p', runs: [{ text: cleanText(text), ...(bold ? { bold: true } : {}) }] });

export function voteMinutesSpec(d: VoteMinutesData): DocSpec {
  const org = cleanLine(d.orgName);
  const absent = Math.max(0, d.eligible - d.present);
  const blocks: Block[] = [
    {
      type: 'header',
      left: [unitTitle('ĐẢNG BỘ', d.dangBo, { upper: true }), d.orgIsChiBo ? unitTitle('CHI BỘ', org, { upper: true }) : (org || '…………').toUpperCase(), '*'],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      placeDate: placeDateLine(d.place, d.date),
    },
    { type: 'title', text: 'BIÊN BẢN KIỂM PHIẾU', sub: [`Biểu quyết ${cleanLine(d.subject)} năm ${d.year}`] },
    p(`Tổng số ${cleanLine(d.voters)}: ${d.eligible}; có mặt, bỏ phiếu: ${d.present}; vắng mặt: ${absent}.`),
    d.ballots
      ? p(`Số phiếu phát ra: ${d.ballots.issued}; số phiếu thu vào: ${d.ballots.returned}; số phiếu hợp lệ: ${d.ballots.valid}; số phiếu không hợp lệ: ${d.ballots.invalid}.`)
      : p('Số phiếu phát ra: ……; số phiếu thu vào: ……; số phiếu hợp lệ: ……; số phiếu không hợp lệ: …….'),
    { type: 'p', runs: [{ text: 'Căn cứ: ', bold: true }, { text: cleanText(d.planLabel) }] },
    { type: 'p', runs: [{ text: 'Cách tính kết quả: ', bold: true }, { text: cleanText(d.ruleText) }] },
    ...(d.quotaText ? [{ type: 'p', runs: [{ text: 'Chỉ tiêu “Hoàn thành xuất sắc nhiệm vụ”: ', bold: true }, { text: cleanText(d.quotaText) }] } as Block] : []),
    {
      type: 'table',
      head: ['STT', 'Họ và tên / tổ chức', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Kết quả'],
      widths: [7, 27, 10, 10, 10, 10, 26],
      align: ['center', 'left', 'center', 'center', 'center', 'center', 'left'],
      rows: d.rows.map((r, i) => [
        String(i + 1), cleanLine(r.name) || '(chưa ghi tên)',
        String(r.votes.HTXSNV), String(r.votes.HTTNV), String(r.votes.HTNV), String(r.votes.KHTNV), cleanLine(r.result),
      ]),
    },
    p('Ghi chú: HTXSNV — ' + GRADE_PRINT.HTXSNV + '; HTTNV — ' + GRADE_PRINT.HTTNV + '; HTNV — ' + GRADE_PRINT.HTNV + '; KHTNV — ' + GRADE_PRINT.KHTNV + '.'),
  ];
  if (d.notes.length) {
    blocks.push({ type: 'heading', text: 'Những trường hợp cần xử lý tiếp và lưu ý' });
    for (const n of d.notes) blocks.push(p(`- ${n}`));
  }
  blocks.push({ type: 'signatures', cols: [{ title: 'THƯ KÝ', note: '(Ký, ghi rõ họ tên)' }, { title: 'TRƯỞNG BAN KIỂM PHIẾU', note: '(Ký, ghi rõ họ tên)' }] });
  return { fileName: `bien-ban-kiem-phieu-${d.year}${org ? `-${org}` : ''}`, title: `Biên bản kiểm phiếu năm ${d.year}${org ? ` — ${org}` : ''}`, blocks };
}
