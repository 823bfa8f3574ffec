// The documents the rules cite, and how a citation {doc, path} reads in Vietnamese.
// Paths follow each document's own numbering (FORMAT.md "Documents and citations").
import { readerUrl } from '../lib/citation-link.ts';
import type { CitationOut } from './types.ts';

export interface DocInfo {
  id: string;
  /** Full name, e.g. "Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị". */
  title: string;
  /** Short name used in sentences, e.g. "Quy định 124". */
  short: string;
  /** 'quy-dinh': paths are Điều/khoản/điểm/tiết; 'ke-hoach': paths are heading chains. */
  style: 'quy-dinh' | 'ke-hoach' | 'huong-dan';
  /** Whether the text is published in our library (otherwise cited as a fact, without a link). */
  published: boolean;
}

export const DOCS: Record<string, DocInfo> = {
  'qd-124-2023': { id: 'qd-124-2023', title: 'Quy định 124-QĐ/TW ngày 04/10/2023 của Bộ Chính trị', short: 'Quy định 124', style: 'quy-dinh', published: true },
  'kh-sao-do-2023': { id: 'kh-sao-do-2023', title: 'Kế hoạch của Đảng ủy phường Sao Đỏ về kiểm điểm, đánh giá, xếp loại chất lượng năm 2023', short: 'Kế hoạch Sao Đỏ', style: 'ke-hoach', published: true },
  'kh-tuy-phuoc-2021': { id: 'kh-tuy-phuoc-2021', title: 'Kế hoạch 23-KH/HU ngày 01/11/2021 của Ban Thường vụ Huyện ủy Tuy Phước', short: 'Kế hoạch Tuy Phước', style: 'ke-hoach', published: true },
  'kh-hong-quang-2025': { id: 'kh-hong-quang-2025', title: 'Kế hoạch 15-KH/ĐU ngày 27/11/2025 của Ban Thường vụ Đảng ủy phường Hồng Quang', short: 'Kế hoạch Hồng Quang', style: 'ke-hoach', published: true },
  'kh-tinh-uy-2022': { id: 'kh-tinh-uy-2022', title: 'Kế hoạch của Ban Thường vụ Tỉnh ủy về kiểm điểm, đánh giá, xếp loại năm 2022', short: 'Kế hoạch Tỉnh ủy 2022', style: 'ke-hoach', published: true },
  'qd-366-2025': { id: 'qd-366-2025', title: 'Quy định 366-QĐ/TW ngày 30/8/2025 của Bộ Chính trị (văn bản chưa có trong thư viện)', short: 'Quy định 366', style: 'quy-dinh', published: false },
  'hd-43-2025': { id: 'hd-43-2025', title: 'Hướng dẫn 43-HD/BTCTW ngày 31/10/2025 của Ban Tổ chức Trung ương (văn bản chưa có trong thư viện)', short: 'Hướng dẫn 43', style: 'huong-dan', published: false },
  'qd-132-2018': { id: 'qd-132-2018', title: 'Quy định 132-QĐ/TW ngày 08/3/2018 của Bộ Chính trị (văn bản chưa có trong thư viện)', short: 'Quy định 132', style: 'quy-dinh', published: false },
  'hd-21-2019': { id: 'hd-21-2019', title: 'Hướng dẫn 21-HD/BTCTW ngày 18/10/2019 của Ban Tổ chức Trung ương (văn bản chưa có trong thư viện)', short: 'Hướng dẫn 21', style: 'huong-dan', published: false },
};

export interface CitationRef { doc: string; path: readonly string[] }

const QD_UNITS = ['Điều', 'khoản', 'điểm', 'tiết'];

/**
 * Compact heading chain as people write it: a segment is dropped when the next one already
 * contains it ("1" then "1.3" → "1.3"), so ["II","B","1","1.3","b"] reads "II.B.1.3.b".
 */
export function compactPath(path: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next = path[i + 1];
    if (next !== undefined && next.startsWith(seg + '.')) continue;
    out.push(seg);
  }
  return out.join('.');
}

/** "tiết d điểm 4.3 khoản 4 Điều 12" (innermost first, as Vietnamese legal citations read). */
function quyDinhPath(path: readonly string[]): string {
  return path.map((seg, i) => `${QD_UNITS[i] ?? ''} ${seg}`.trim()).reverse().join(' ');
}

const shortCache = new WeakMap<object, string>();

/** Short form used at the end of explanations: "Kế hoạch Sao Đỏ II.B.1.3.b", "tiết d điểm 4.3 khoản 4 Điều 12 Quy định 124". */
export function shortCitation(c: CitationRef): string {
  let v = shortCache.get(c);
  if (v === undefined) { v = shortUncached(c); shortCache.set(c, v); }
  return v;
}

function shortUncached(c: CitationRef): string {
  const d = DOCS[c.doc];
  const name = d?.short ?? c.doc;
  if (!c.path.length) return name;
  if (d?.style === 'quy-dinh') return `${quyDinhPath(c.path)} ${name}`;
  return `${name} ${compactPath(c.path)}`;
}

/** Full label: "Quy định 124-QĐ/TW …, tiết d điểm 4.3 khoản 4 Điều 12". */
export function citationLabel(c: CitationRef): string {
  const d = DOCS[c.doc];
  const title = d?.title ?? c.doc;
  if (!c.path.length) return title;
  if (d?.style === 'quy-dinh') return `${quyDinhPath(c.path)} ${title}`;
  return `${title}, mục ${compactPath(c.path)}`;
}

const cache = new Map<string, CitationOut>();

/** The output form of a citation (label and reader link). Cached: results are shared, never mutated. */
export function citationOut(c: CitationRef): CitationOut {
  const key = c.doc + '|' + c.path.join('|');
  let out = cache.get(key);
  if (!out) {
    out = Object.freeze({ doc: c.doc, path: Object.freeze([...c.path]) as string[], label: citationLabel(c), url: readerUrl({ doc: c.doc, path: [...c.path] }) });
    cache.set(key, out);
  }
  return out;
}
