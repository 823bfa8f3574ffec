// The roster summary the secretary sends up with the meeting's papers: every member (or
// sub-organization) with the proposed rating, the distribution, the HTXSNV quota with the reading
// of its base, the organization's own rating with its clauses, and any cap conflicts.
import { cleanLine, cleanText, placeDateLine, unitTitle } from './text.ts';
import { GRADE_PRINT, type GradeCode } from './labels.ts';
import type { Block, DocSpec } from './model.ts';

export interface RosterSummaryData {
  year: number;
  place: string;
  date: string;
  /** The party committee above (ĐẢNG BỘ …). */
  dangBo: string;
  /** The organization whose roster this is. */
  orgName: string;
  mode: 'chi-bo' | 'dang-bo';
  rulesetLabel: string;
  /** Signs the list (printed under the signature). */
  secretary?: string;
  rows: { name: string; proposed: GradeCode | 'KHONG_XEP_LOAI' | null; note: string }[];
  distribution: { code: GradeCode; count: number; share: string }[];
  totalRated: number;
  /** Prepared sentences: the most HTXSNV allowed, with the reading of the base and the clause. */
  quota: string[];
  /** The organization's own rating and its clauses, prepared by the caller. */
  orgRating: { label: string; lines: string[] } | null;
  conflicts: string[];
}

const p = (text: string, bold = false): Block => ({ type: 'p', runs: [{ text: cleanText(text), ...(bold ? { bold: true } : {}) }] });

export function rosterSummarySpec(d: RosterSummaryData): DocSpec {
  const org = cleanLine(d.orgName);
  const who = d.mode === 'chi-bo' ? 'ĐẢNG VIÊN' : 'TỔ CHỨC ĐẢNG TRỰC THUỘC';
  const nameHead = d.mode === 'chi-bo' ? 'Họ và tên' : 'Tổ chức đảng';
  const blocks: Block[] = [
    {
      type: 'header',
      left: [unitTitle('ĐẢNG BỘ', d.dangBo, { upper: true }), unitTitle(d.mode === 'chi-bo' ? 'CHI BỘ' : 'ĐẢNG ỦY', org, { upper: true }), '*'],
      right: ['ĐẢNG CỘNG SẢN VIỆT NAM'],
      placeDate: placeDateLine(d.place, d.date),
    },
    { type: 'title', text: `DANH SÁCH ĐỀ XUẤT XẾP LOẠI CHẤT LƯỢNG ${who}`, sub: [`Năm ${d.year}`] },
    { type: 'p', runs: [{ text: 'Căn cứ: ', italic: true }, { text: cleanLine(d.rulesetLabel), italic: true }] },
    {
      type: 'table',
      head: ['STT', nameHead, 'Mức xếp loại đề xuất', 'Ghi chú'],
      widths: [8, 37, 30, 25],
      align: ['center', 'left', 'left', 'left'],
      rows: d.rows.map((r, i) => [
        String(i + 1),
        cleanLine(r.name) || '(chưa ghi tên)',
        r.proposed === null ? 'Chưa đề xuất' : r.proposed === 'KHONG_XEP_LOAI' ? 'Không xếp loại' : GRADE_PRINT[r.proposed],
        cleanLine(r.note),
      ]),
    },
    { type: 'heading', text: `Tổng hợp (${d.totalRated} ${d.mode === 'chi-bo' ? 'đảng viên' : 'tổ chức'} được xếp loại)` },
    {
      type: 'table', head: ['Mức xếp loại', 'Số lượng', 'Tỉ lệ'], widths: [56, 20, 24], align: ['left', 'center', 'center'],
      rows: d.distribution.map((x) => [GRADE_PRINT[x.code], String(x.count), x.share]),
    },
    ...d.quota.map((q) => p(q)),
  ];
  if (d.orgRating) {
    blocks.push({ type: 'heading', text: d.mode === 'chi-bo' ? 'Mức xếp loại chi bộ' : 'Mức xếp loại đảng bộ' });
    blocks.push(p(d.orgRating.label, true));
    for (const l of d.orgRating.lines) blocks.push(p(`- ${l}`));
  }
  if (d.conflicts.length) {
    blocks.push({ type: 'heading', text: 'Trường hợp vượt mức xếp loại của đơn vị, tập thể' });
    for (const c of d.conflicts) blocks.push(p(`- ${c}`));
  }
  const signer = cleanLine(d.secretary ?? '');
  blocks.push({ type: 'signatures', cols: [{ title: '' }, { title: d.mode === 'chi-bo' ? 'T/M CHI ỦY (CHI BỘ)' : 'T/M ĐẢNG ỦY', note: 'BÍ THƯ', ...(signer ? { name: signer } : {}) }] });
  return { fileName: `danh-sach-xep-loai-${d.year}${org ? `-${org}` : ''}`, title: `Danh sách đề xuất xếp loại năm ${d.year}${org ? ` — ${org}` : ''}`, blocks };
}
