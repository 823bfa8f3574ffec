// The files a đảng ủy receives from its chi bộ, turned into summary units: the app's own JSON
// (a roster draft: the chi bộ's members, criteria and heading; or a lower đảng ủy's summary:
// each of its chi bộ, marked as having come through it) or an .xlsx the app exported (the
// heading rows and the table; a summary's "Đảng viên" sheet gives one unit per chi bộ). A file
// that cannot be read is refused whole, with the reason; nothing is guessed.
import { parseImport, readImportFile } from '../drafts/transfer.ts';
import type { Roster } from './roster-schema.ts';
import type { Summary, SummaryUnit } from './summary-schema.ts';
import { readRosterTable, problemText, type ImportedRow } from './excel/roster-table.ts';
import { fold, ratingFromCell } from './rating-words.ts';
import { META } from './excel/workbooks.ts';
import type { Sheet } from './excel/read.ts';
import './draft-types.ts';
import './summary-schema.ts';

export type FileUnits = { ok: true; units: SummaryUnit[] } | { ok: false; error: string };

let seq = 0;
const unitId = () => `u${Date.now().toString(36)}${(seq++).toString(36)}`;

export function unitFromRoster(source: string, r: Roster): SummaryUnit {
  return {
    id: unitId(), source, name: r.title, kind: r.mode, parentName: r.parent, via: '',
    reviewYear: r.reviewYear ?? (Number(r.evaluationDate.slice(0, 4)) || null), rulesetId: r.rulesetId, evaluationDate: r.evaluationDate,
    members: r.rows.map((x) => ({ name: x.name, proposed: x.proposed })), org: r.org,
  };
}

/** A lower đảng ủy's summary sent up: its units, each marked with the đảng ủy it came through. */
export function unitsFromSummary(source: string, s: Summary): SummaryUnit[] {
  return s.units.map((u) => ({ ...u, id: unitId(), source: `${source} › ${u.source}`.slice(0, 300), via: u.via || s.title }));
}

export function unitsFromJson(source: string, text: string): FileUnits {
  const p = parseImport(text);
  if (!p.ok) return p;
  const units: SummaryUnit[] = [];
  for (const d of p.value) {
    if (d.type === 'roster') units.push(unitFromRoster(source, d.data as Roster));
    else if (d.type === 'summary') units.push(...unitsFromSummary(source, d.data as Summary));
  }
  if (!units.length) return { ok: false, error: 'Tệp không có danh sách chi bộ nào (bản nháp loại “danh sách” hoặc “tổng hợp kết quả”).' };
  return { ok: true, units };
}

const metaKey = (label: string) => fold(label);

/** .xlsx exported by the app: a roster (heading + table), or a summary (its "Đảng viên" sheet by chi bộ). */
export function unitsFromSheets(source: string, sheets: readonly Sheet[]): FileUnits {
  const first = sheets[0];
  if (!first) return { ok: false, error: 'Tệp không có trang tính nào.' };
  const head = readRosterTable(first.rows);
  const membersSheet = sheets.find((s) => fold(s.name) === 'dang vien');
  const table = membersSheet ? readRosterTable(membersSheet.rows) : head;
  if (table.errors.length) return { ok: false, error: `Tệp có ${table.errors.length} dòng lỗi, chưa nhập: ${table.errors.slice(0, 5).map(problemText).join(' ')}${table.errors.length > 5 ? ' …' : ''}` };
  const m = head.meta;
  const year = Number(m[metaKey(META.year)]);
  const base = {
    source, parentName: m[metaKey(META.parent)] ?? '', reviewYear: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
    rulesetId: (m[metaKey(META.rulesetId)] ?? '').slice(0, 40), evaluationDate: /^\d{4}-\d{2}-\d{2}$/.test(m[metaKey(META.date)] ?? '') ? m[metaKey(META.date)]! : '',
  };
  const orgName = m[metaKey(META.org)] ?? '';
  if (membersSheet) {
    // A đảng ủy's summary: one unit per chi bộ column value.
    const groups = new Map<string, ImportedRow[]>();
    for (const r of table.rows) groups.set(r.unit ?? '', [...(groups.get(r.unit ?? '') ?? []), r]);
    return { ok: true, units: [...groups].map(([name, rows]) => ({ ...base, id: unitId(), name, kind: 'chi-bo' as const, via: orgName, parentName: orgName, members: rows.map((r) => ({ name: r.name, proposed: r.proposed })) })) };
  }
  if (!orgName) return { ok: false, error: `Tệp không ghi tên chi bộ (dòng “${META.org}” ở đầu trang tính).` };
  const stated = ratingFromCell(m[metaKey(META.rating)]);
  const kind = fold(m[metaKey(META.kind)] ?? '') === 'dang bo' ? 'dang-bo' as const : 'chi-bo' as const;
  return {
    ok: true,
    units: [{ ...base, id: unitId(), name: orgName, kind, via: '', members: table.rows.map((r) => ({ name: r.name, proposed: r.proposed })), ...(stated ? { statedRating: stated } : {}) }],
  };
}

/** Any file the user picked: JSON by content, .xlsx by name (the Excel reader loads only then). */
export async function unitsFromFile(file: Blob & { name: string }): Promise<FileUnits> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSpreadsheet } = await import('./excel/read.ts');
    const r = await readSpreadsheet(file);
    return r.ok ? unitsFromSheets(file.name, r.sheets) : r;
  }
  if (/\.json$/i.test(file.name) || file.type === 'application/json') {
    const text = await readImportFile(file); // the size is checked before the file is read
    return text.ok ? unitsFromJson(file.name, text.value) : text;
  }
  return { ok: false, error: 'Chỉ nhận tệp .json (xuất từ ứng dụng) hoặc .xlsx.' };
}
