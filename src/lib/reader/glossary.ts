// The abbreviations the texts (and the app) use, spelled out: shown on hover or tap in the
// reader, listed under each text that uses them. Only abbreviations whose meaning is settled;
// codes of forms ("HDKĐ.ĐG") and parts of document numbers ("21-HD/BTCTW") are left as printed.

export const GLOSSARY: Record<string, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
  TCCSĐ: 'Tổ chức cơ sở đảng',
  TCCS: 'Tổ chức cơ sở',
  MTTQ: 'Mặt trận Tổ quốc',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  UB: 'Ủy ban',
  BCH: 'Ban Chấp hành',
  BTV: 'Ban Thường vụ',
  UBKT: 'Ủy ban Kiểm tra',
  TT: 'Thường trực',
  TU: 'Tỉnh ủy',
  HU: 'Huyện ủy',
  ĐU: 'Đảng ủy',
  CBCCVC: 'Cán bộ, công chức, viên chức',
  'b/c': 'báo cáo',
};

export interface AbbrAt { start: number; end: number; abbr: string; meaning: string }

const WORDS = Object.keys(GLOSSARY).sort((a, b) => b.length - a.length).map((k) => k.replace('/', '\\/')).join('|');
// A whole word, not part of a document number or a form code ("21-HD/BTCTW", "01-HDKĐ.ĐG").
const RE = new RegExp(`(?<![\\p{L}\\d/.-])(${WORDS})(?![\\p{L}\\d/-])`, 'gu');

export function findAbbrs(text: string): AbbrAt[] {
  return [...text.matchAll(RE)].map((m) => ({ start: m.index, end: m.index + m[0].length, abbr: m[1]!, meaning: GLOSSARY[m[1]!]! }));
}
