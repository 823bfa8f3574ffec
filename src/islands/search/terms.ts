// Ways of saying the same thing in party work, searched both ways. A group lists equivalent
// phrasings; typing any of them searches for all.
// - Abbreviations ("HTXSNV" ⇄ "hoàn thành xuất sắc nhiệm vụ", "HĐND" ⇄ "hội đồng nhân dân")
//   are the same term: an abbreviation found as its long form is a full match. They are the
//   reader's glossary (src/lib/reader/glossary.ts) — except the two-letter ones, which a user
//   typing without marks means as words ("tu" is "tự", not "Tỉnh ủy") — plus the ones users
//   type that the texts rarely or never use (SEARCH_ABBREVIATIONS: "CBLĐ", "HTXS", "ĐUCS").
// - Near phrasings (the user's words for what the texts say: "thời hạn" for "trước ngày",
//   "quá nửa" for "trên 50%") are matched with a lower weight, so the texts' own words,
//   when typed, still come first.
// `notAfter`: a word that, right before a phrasing, makes it another term ("không hoàn thành
// nhiệm vụ" is KHTNV, not HTNV).
// - Question words ("ở đâu", "khi nào", "ai") stand for what the texts say instead ("nơi", "thời
//   gian", "thẩm quyền"); "như thế nào", "ra sao", "làm gì" ask nothing the texts could match and are
//   left out (`skip`). A question word typed (`question`) asks for the answer, which the clause
//   states in its own words: it is searched, but a clause need not have it ("kiểm điểm người
//   đứng đầu thì ai chủ trì" is answered by "… thì phân công đồng chí cấp phó chủ trì").
import { GLOSSARY } from '../../lib/reader/glossary.ts';

export interface TermGroup {
  phrasings: string[];
  near?: boolean;
  notAfter?: string[];
  skip?: boolean;
  /** Phrasings of the group that are question words: typed, the slot is not required of a clause. */
  question?: string[];
  /** Recognised only when typed with the marks written here ("ĐU", not "du" as in "dư luận"). */
  marked?: boolean;
  /** Wider wordings the texts use where they mean the term, searched with a lower weight but
   * not recognised as the term when typed: TCCS is a "tổ chức đảng", and the texts head the
   * criteria for it "Đánh giá, xếp loại chất lượng tổ chức đảng". */
  wider?: string[];
}

/** Abbreviations users type that the texts do not use. */
const SEARCH_ABBREVIATIONS: Record<string, string> = {
  TCĐ: 'tổ chức đảng', ĐV: 'đảng viên', BCT: 'bộ chính trị', BBT: 'ban bí thư',
  CB: 'cán bộ', CBCC: 'cán bộ công chức', BTC: 'ban tổ chức', BCS: 'ban cán sự',
  CBĐV: 'cán bộ đảng viên', CCVC: 'công chức viên chức', CBLĐ: 'cán bộ lãnh đạo',
  // The texts never write "cán bộ quản lý": they mean the same people as "cán bộ lãnh đạo, quản lý".
  CBLĐQL: 'cán bộ lãnh đạo quản lý', CBQL: 'cán bộ lãnh đạo quản lý', LĐQL: 'lãnh đạo quản lý',
  HTXS: 'hoàn thành xuất sắc', ĐUCS: 'đảng ủy cơ sở', UBMTTQ: 'ủy ban mặt trận tổ quốc',
  CTXH: 'chính trị xã hội', 'CT-XH': 'chính trị xã hội', KTGS: 'kiểm tra giám sát',
  BTCB: 'bí thư chi bộ', PBT: 'phó bí thư', UVBTV: 'ủy viên ban thường vụ', UVBCH: 'ủy viên ban chấp hành',
};
/** Other spellings of an abbreviation's long form that the texts use ("Ủy ban MTTQ", "UB MTTQ"): a full match. */
const SPELLINGS: Record<string, string[]> = { UBMTTQ: ['ủy ban mttq', 'ub mttq'] };
/** What the texts write for an abbreviation where they do not spell it out (see `wider`). */
const WIDER: Record<string, string[]> = {
  TCCS: ['tổ chức đảng'], TCCSĐ: ['tổ chức đảng'], ĐUCS: ['cấp ủy cơ sở'],
  UBMTTQ: ['mặt trận tổ quốc'], UVBCH: ['cấp ủy viên'],
};
const LETTERS = /^[\p{Lu}]{3,}$/u;
/** Two-letter abbreviations with "Đ": typed with it, they cannot be a word typed without marks. */
const MARKED_LETTERS = /^(?=.*Đ)[\p{Lu}]{2}$/u;
/** "không hoàn thành nhiệm vụ" is KHTNV: HTNV's long form must not follow "không". */
const NOT_AFTER: Record<string, string[]> = { HTNV: ['không'] };

export const TERMS: readonly TermGroup[] = [
  ...Object.entries(GLOSSARY).filter(([short]) => LETTERS.test(short))
    .concat(Object.entries(SEARCH_ABBREVIATIONS))
    .map(([short, long]) => ({
      phrasings: [short, long.replace(/,/g, '').toLowerCase(), ...(SPELLINGS[short] ?? [])],
      notAfter: NOT_AFTER[short], wider: WIDER[short],
    })),
  ...Object.entries(GLOSSARY).filter(([short]) => MARKED_LETTERS.test(short) && !(short in SEARCH_ABBREVIATIONS))
    .map(([short, long]) => ({ phrasings: [short, long.toLowerCase()], marked: true })),
  { near: true, phrasings: ['tiêu chuẩn', 'tiêu chí'] },
  { near: true, phrasings: ['thời hạn', 'trước ngày', 'chậm nhất', 'hạn chót'] },
  { near: true, phrasings: ['nộp', 'gửi'] },
  { near: true, phrasings: ['nghỉ ốm', 'nghỉ bệnh', 'ốm đau'] },
  { near: true, phrasings: ['thai sản', 'nghỉ sinh', 'sinh con'] },
  { near: true, phrasings: ['biểu quyết', 'bỏ phiếu'] },
  { near: true, phrasings: ['trên 50', 'quá 50', 'quá nửa', 'quá bán', 'hơn một nửa', 'hơn 50'] },
  { near: true, phrasings: ['chưa đủ', 'dưới'] },
  { near: true, phrasings: ['người đứng đầu', 'thủ trưởng'] },
  { near: true, phrasings: ['nơi cư trú', 'nơi ở', 'khu dân cư'] },
  { near: true, phrasings: ['vi phạm', 'sai phạm'] },
  { near: true, phrasings: ['nghỉ hưu', 'hưu trí', 'về hưu'] },
  { near: true, phrasings: ['chuyển sinh hoạt', 'chuyển công tác', 'chuyển đến', 'điều động'] },
  { near: true, phrasings: ['sáp nhập', 'hợp nhất', 'chia tách'] },
  { near: true, phrasings: ['vắng mặt', 'không dự', 'không tham dự', 'không có mặt'] },
  { near: true, phrasings: ['mẫu', 'biểu mẫu'] },
  { near: true, phrasings: ['tối thiểu', 'ít nhất'] },
  { near: true, phrasings: ['tối đa', 'không vượt quá', 'không quá'] },
  { near: true, phrasings: ['xong', 'kết thúc'] },
  { near: true, phrasings: ['dùng', 'sử dụng'] },
  // "nửa ngày": the texts write a half as "01/2".
  { near: true, phrasings: ['nửa', '1/2'] },
  { near: true, phrasings: ['không đồng ý', 'chưa đồng ý', 'chưa đồng tình', 'không đồng tình'] },
  { near: true, phrasings: ['ở đâu', 'nơi'], question: ['ở đâu'] },
  { near: true, phrasings: ['ai', 'thẩm quyền'], question: ['ai'] },
  { near: true, phrasings: ['khi nào', 'bao giờ', 'lúc nào', 'thời điểm', 'thời gian', 'trước ngày'], question: ['khi nào', 'bao giờ', 'lúc nào'] },
  // "kiểm điểm bao lâu": how long, which the texts state as a time ("thời gian … tối thiểu 01 ngày").
  { near: true, phrasings: ['bao lâu', 'thời gian', 'tối thiểu'], question: ['bao lâu'] },
  // "bao nhiêu phần trăm": the texts write "%", which is no word; "20 phần trăm" is "20" (skip below).
  { near: true, phrasings: ['tỷ lệ', 'số lượng', 'bao nhiêu', 'mấy', 'bao nhiêu phần trăm', 'mấy phần trăm'], question: ['bao nhiêu', 'mấy', 'bao nhiêu phần trăm', 'mấy phần trăm'] },
  { near: true, phrasings: ['những gì', 'gồm'], question: ['những gì'] },
  { skip: true, phrasings: ['như thế nào', 'thế nào', 'như nào', 'ra sao', 'làm sao', 'làm gì', 'là gì', 'gì', 'có được không', 'được không', 'phải không', 'tại sao', 'vì sao', 'phần trăm'] },
];
