// Ways of saying the same thing in party work, searched both ways. A group lists equivalent
// phrasings; typing any of them searches for all.
// - Abbreviations ("HTXSNV" ⇄ "hoàn thành xuất sắc nhiệm vụ", "HĐND" ⇄ "hội đồng nhân dân")
//   are the same term: an abbreviation found as its long form is a full match.
// - Near phrasings (the user's words for what the texts say: "thời hạn" for "trước ngày",
//   "quá nửa" for "trên 50%") are matched with a lower weight, so the texts' own words,
//   when typed, still come first.
// `notAfter`: a word that, right before a phrasing, makes it another term ("không hoàn thành
// nhiệm vụ" is KHTNV, not HTNV).
// - Question words ("ở đâu", "khi nào") stand for what the texts say instead ("nơi", "thời
//   gian"); "như thế nào", "ra sao" ask nothing the texts could match and are left out (`skip`).
export interface TermGroup { phrasings: string[]; near?: boolean; notAfter?: string[]; skip?: boolean }

export const TERMS: readonly TermGroup[] = [
  { phrasings: ['HTXSNV', 'hoàn thành xuất sắc nhiệm vụ'] },
  { phrasings: ['HTTNV', 'hoàn thành tốt nhiệm vụ'] },
  { phrasings: ['HTNV', 'hoàn thành nhiệm vụ'], notAfter: ['không'] },
  { phrasings: ['KHTNV', 'không hoàn thành nhiệm vụ'] },
  { phrasings: ['TCCSĐ', 'tổ chức cơ sở đảng'] },
  { phrasings: ['TCĐ', 'tổ chức đảng'] },
  { phrasings: ['BCH', 'ban chấp hành'] },
  { phrasings: ['BTV', 'ban thường vụ'] },
  { phrasings: ['UBKT', 'ủy ban kiểm tra'] },
  { phrasings: ['MTTQ', 'mặt trận tổ quốc'] },
  { phrasings: ['HĐND', 'hội đồng nhân dân'] },
  { phrasings: ['UBND', 'ủy ban nhân dân'] },
  { phrasings: ['ĐV', 'đảng viên'] },
  { phrasings: ['CBCCVC', 'cán bộ công chức viên chức'] },
  { phrasings: ['BCT', 'bộ chính trị'] },
  { phrasings: ['BBT', 'ban bí thư'] },
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
  { near: true, phrasings: ['mẫu', 'biểu mẫu'] },
  { near: true, phrasings: ['ở đâu', 'nơi'] },
  { near: true, phrasings: ['khi nào', 'bao giờ', 'thời điểm', 'thời gian', 'trước ngày'] },
  { near: true, phrasings: ['tỷ lệ', 'số lượng', 'bao nhiêu'] },
  { near: true, phrasings: ['những gì', 'gồm'] },
  { skip: true, phrasings: ['như thế nào', 'thế nào', 'ra sao', 'là gì', 'có được không', 'được không', 'phải không'] },
];
