// The đảng ủy's summary report ("Báo cáo tổng hợp kết quả xếp loại chất lượng"): by chi bộ, by
// rating, the HTXSNV quota across the đảng bộ, and the conflicts still to be settled.
import { cleanLine, cleanText, placeDateLine, unitTitle } from './text.ts';
import type { Block, DocSpec } from './model.ts';

export interface SummaryReportData {
  year: number;
  place: string;
  date: string;
  /** The đảng bộ whose đảng ủy reports, and the committee above it. */
  orgName: string;
  parent: string;
  formNote: string;
  rulesetLabel: string;
  byUnit: { name: string; members: number; counts: [number, number, number, number]; notRated: number; rating: string }[];
  byRating: { label: string; members: number; share: string; units: number }[];
  quota: string[];
  conflicts: string[];
  secretary: string;
}

/**
 * The summary form the đảng ủy's report follows. The plans name their summary forms (Hồng Quang
 * IV.1.1.6: "Mẫu 09-ĐG", Sao Đỏ II.B.2.2.5: "Mẫu 9") without giving their layout, so the report is
 * laid out by chi bộ and by rating, and says so.
 */
export function summaryFormNote(rulesetId: string): string {
  const named: Record<string, string> = {
    'hong-quang-2025': 'Kế hoạch Hồng Quang 2025 (mục IV.1.6) nêu “Tổng hợp kết quả đánh giá, xếp loại (Mẫu 09-ĐG)”',
    'sao-do-2023': 'Kế hoạch Sao Đỏ 2023 (mục II.B.2.5) nêu báo cáo đảng ủy cơ sở “theo Mẫu 9”',
  };
  const lead = named[rulesetId] ?? 'Quy định đã chọn không kèm mẫu tổng hợp';
  return `${lead}; các văn bản nguồn không kèm bố cục mẫu này, nên bảng tổng hợp theo từng chi bộ và theo từng mức xếp loại.`;
}

const p = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Block => ({ type: 'p', runs: [{ text: cleanText(text), ...extra }] });

export function summaryReportSpec(d: SummaryReportData): DocSpec {
  const org = cleanLine(d.orgName);
  const blocks: Block[] = [
    { type: 'header', left: [unitTitle('ĐẢNG BỘ', d.parent, { upper: true }), unitTitle('ĐẢNG ỦY', org, { upper: true }), '*'], right: ['ĐẢNG CỘNG SẢN VIỆT NAM'], placeDate: placeDateLine(d.place, d.date) },
    { type: 'title', text: 'BÁO CÁO TỔNG HỢP KẾT QUẢ XẾP LOẠI CHẤT LƯỢNG', sub: [`tổ chức đảng và đảng viên năm ${d.year}`] },
    p(`Căn cứ: ${d.rulesetLabel}.`, { italic: true }),
    p(d.formNote, { italic: true }),
    { type: 'heading', text: 'I. Kết quả theo từng chi bộ' },
    {
      type: 'table', head: ['STT', 'Chi bộ', 'Số đảng viên', 'HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Không xếp loại', 'Xếp loại chi bộ'],
      widths: [6, 26, 9, 9, 9, 8, 8, 9, 16], align: ['center', 'left', 'center', 'center', 'center', 'center', 'center', 'center', 'left'],
      rows: d.byUnit.map((u, i) => [String(i + 1), cleanLine(u.name), String(u.members), ...u.counts.map(String), String(u.notRated), cleanLine(u.rating)]),
    },
    { type: 'heading', text: 'II. Kết quả theo mức xếp loại' },
    {
      type: 'table', head: ['Mức xếp loại', 'Số đảng viên', 'Tỉ lệ', 'Số chi bộ'], widths: [46, 18, 16, 20], align: ['left', 'center', 'center', 'center'],
      rows: d.byRating.map((r) => [r.label, String(r.members), r.share, String(r.units)]),
    },
    { type: 'heading', text: 'III. Tỉ lệ “Hoàn thành xuất sắc nhiệm vụ” trong toàn đảng bộ' },
    ...d.quota.map((q) => p(q)),
  ];
  if (d.conflicts.length) {
    blocks.push({ type: 'heading', text: 'IV. Những trường hợp cần kiểm tra lại' });
    for (const c of d.conflicts) blocks.push(p(`- ${c}`));
  }
  const signer = cleanLine(d.secretary);
  blocks.push({ type: 'signatures', cols: [{ title: '' }, { title: 'T/M ĐẢNG ỦY', note: 'BÍ THƯ', ...(signer ? { name: signer } : {}) }] });
  return { fileName: `tong-hop-xep-loai-${d.year}${org ? `-${org}` : ''}`, title: `Tổng hợp kết quả xếp loại năm ${d.year}${org ? ` — ${org}` : ''}`, blocks };
}
