// Metadata a document states about itself, read from its own text (never guessed): who signed
// it, when it takes effect, the texts it is based on, the province in its header, and, for an
// extract without its date, the range of dates its text implies.
import { walkUnits } from './plain-text.ts';
import type { Block, Unit } from './schema.ts';

export interface Signer { capacity: string; position: string | null; name: string | null }
export interface Effective { rule: string; date: string | null; where: string }
export interface DateRange { from: string; to: string; basis: string }
export interface Basis { label: string; number: string | null; date: string | null }
export interface TextMetadata { signer: Signer | null; effective: Effective | null; dateRange: DateRange | null; province: string | null; bases: Basis[] }

const textOf = (b: Block) => (b.kind === 'artifact' || b.kind === 'sign' ? b.lines.join(' ') : b.kind === 'choice' ? b.options.join(' ') : b.text);
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi');

/** "T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" / "Nguyễn Đình Thuận": capacity, position, and the name when the extract has it. */
export function signerOf(signature: readonly Block[]): Signer | null {
  const lines = signature.map(textOf);
  if (!lines.length) return null;
  const [capacity, ...rest] = lines;
  const position = rest.filter(isUpper).join(' ') || null;
  const name = rest.find((l) => !isUpper(l)) ?? null;
  return { capacity: capacity!, position, name };
}

/** "04/10/2023" or "06 tháng 12 năm 2023" → "2023-10-04". */
export function isoOf(day: string, month: string, year: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
const DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2}) tháng (\d{1,2}) năm (\d{4})/gu;
const datesIn = (text: string) => [...text.matchAll(DATE)].map((m) => (m[1] ? isoOf(m[1], m[2]!, m[3]!) : isoOf(m[4]!, m[5]!, m[6]!)));

/**
 * The texts a document's opening names as its bases: "Quy định số 124-QĐ/TW, ngày 04/10/2023
 * của Bộ Chính trị" (number and date as printed), or "Căn cứ Điều lệ Đảng;" without either.
 */
export function basesOf(preamble: readonly Block[]): Basis[] {
  const out: Basis[] = [];
  const re = /(Quy định|Hướng dẫn|Kế hoạch|Công văn|Nghị định|Chỉ thị|Kết luận|Quyết định) số ([\p{L}\d./-]+),? ngày (\d{1,2})\/(\d{1,2})\/(\d{4}) của ((?:Ban|Bộ|Chính|Thành|Tỉnh|Huyện|Đảng)[\p{L} ]*?)(?= về| hướng dẫn| quy định|[;,.]|$)/gu;
  for (const b of preamble) {
    const found = [...textOf(b).matchAll(re)];
    for (const m of found) {
      out.push({ label: `${m[1]} số ${m[2]} ngày ${m[3]}/${m[4]}/${m[5]} của ${m[6]!.trim()}`, number: m[2]!, date: isoOf(m[3]!, m[4]!, m[5]!) });
    }
    const plain = !found.length && textOf(b).match(/^Căn cứ (.+?)[;,.]?$/u);
    if (plain) out.push({ label: plain[1]!, number: null, date: null });
  }
  return out;
}

/** Where the text says when it takes effect ("có hiệu lực (kể) từ ngày ký"). */
function effectiveOf(body: readonly Unit[], conclusion: readonly Block[], date: string | null, cite: (u: Unit) => string): Effective | null {
  const RULE = /có hiệu lực (?:kể )?từ ngày ký/u;
  for (const u of walkUnits(body)) {
    for (const c of u.content) if (c.kind !== 'unit' && RULE.test(textOf(c))) return { rule: 'từ ngày ký', date, where: cite(u) };
  }
  if (conclusion.some((b) => RULE.test(textOf(b)))) return { rule: 'từ ngày ký', date, where: 'phần kết thúc' };
  return null;
}

/**
 * For an extract without its date: it was written after the newest text it names as a basis
 * and before the earliest deadline it sets ("trước 06 tháng 12 năm 2023", "trước ngày 10/11/2022").
 */
function dateRangeOf(bases: readonly Basis[], body: readonly Unit[], conclusion: readonly Block[]): DateRange | null {
  const newest = bases.filter((b): b is Basis & { date: string } => b.date !== null).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!newest) return null;
  const deadlines: string[] = [];
  const texts = [...[...walkUnits(body)].flatMap((u) => u.content.filter((c): c is Block => c.kind !== 'unit')), ...conclusion].map(textOf);
  for (const t of texts) for (const m of t.matchAll(/trước (?:ngày )?(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} tháng \d{1,2} năm \d{4})/gu)) deadlines.push(...datesIn(m[1]!));
  const first = deadlines.filter((d) => d > newest.date).sort()[0];
  if (!first) return null;
  const vi = (iso: string) => { const [y, mo, d] = iso.split('-'); return `${d}/${Number(mo)}/${y}`; };
  return {
    from: newest.date,
    to: first,
    basis: `sau ${vi(newest.date)}, ngày của văn bản căn cứ mới nhất mà kế hoạch nêu (${newest.label.split(' của ')[0]}), và trước ${vi(first)}, thời hạn sớm nhất kế hoạch đặt ra`,
  };
}

/** "ĐẢNG BỘ TỈNH BÌNH ĐỊNH" in the printed header → "Bình Định". */
function provinceOf(header: readonly Block[]): string | null {
  for (const b of header) {
    const m = textOf(b).match(/^ĐẢNG BỘ TỈNH (\p{Lu}[\p{Lu} ]+)$/u);
    if (m) return m[1]!.toLocaleLowerCase('vi').replace(/(^|\s)\p{Ll}/gu, (c: string) => c.toLocaleUpperCase('vi'));
  }
  return null;
}

export function textMetadata(
  parts: { header: readonly Block[]; preamble: readonly Block[]; body: readonly Unit[]; conclusion: readonly Block[]; signature: readonly Block[] },
  date: string | null,
  cite: (u: Unit) => string,
): TextMetadata {
  const bases = basesOf(parts.preamble);
  return {
    signer: signerOf(parts.signature),
    effective: effectiveOf(parts.body, parts.conclusion, date, cite),
    dateRange: date ? null : dateRangeOf(bases, parts.body, parts.conclusion),
    province: provinceOf(parts.header),
    bases,
  };
}
