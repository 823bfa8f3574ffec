// Export of all drafts to one JSON file and import back. The file is the stored records inside an
// envelope that names the format and its version, so an old file is migrated like an old
// database. An import is all or nothing: one damaged draft rejects the whole file (with the
// reason) before anything is written; drafts already on the device are never overwritten unless
// the user chose "replace".
import * as z from 'zod/mini';
import { newDraftId } from './db.ts';
import { DRAFT_SCHEMA_VERSION, parseDraftRecord, type DraftRecord, type ParseResult } from './schema.ts';

export const EXPORT_FORMAT = 'so-tay-xep-loai/ban-nhap';
/** Files larger than this are refused before parsing (a real export of hundreds of drafts is well under 1 MB). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  schemaVersion: number;
  exportedAt: string;
  drafts: DraftRecord[];
}

export function exportDrafts(drafts: readonly DraftRecord[], now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, schemaVersion: DRAFT_SCHEMA_VERSION, exportedAt: now.toISOString(), drafts: [...drafts] };
  return JSON.stringify(file, null, 2);
}

/** File name like "ban-nhap-2025-11-24.json". */
export const exportFileName = (now = new Date()) => `ban-nhap-${now.toISOString().slice(0, 10)}.json`;

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  schemaVersion: z.int().check(z.minimum(1)),
  exportedAt: z.optional(z.string()),
  drafts: z.array(z.unknown()),
});

const mb = (n: number) => `${(n / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

/**
 * The text of a file chosen for import. The size is checked before anything is read (a 39 MB
 * file is refused without being loaded); UTF-8 with or without a BOM and UTF-16 (as some Windows
 * editors save) are read; bytes that are not text are refused.
 */
export async function readImportFile(file: Blob): Promise<ParseResult<string>> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: `Tệp quá lớn để là tệp bản nháp (${mb(file.size)}, tối đa ${mb(MAX_IMPORT_BYTES)}); tệp không được đọc.` };
  return decodeImport(new Uint8Array(await file.arrayBuffer()));
}

/** Bytes of an import file as text (see readImportFile). */
export function decodeImport(bytes: Uint8Array): ParseResult<string> {
  const [b0, b1] = [bytes[0], bytes[1]];
  // UTF-16 with its byte-order mark, or without one but starting with an ASCII character ("{").
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be'
    : bytes.length >= 2 && b1 === 0 && b0 !== 0 ? 'utf-16le' : bytes.length >= 2 && b0 === 0 && b1 !== 0 ? 'utf-16be' : null;
  try {
    return { ok: true, value: new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'Tệp không đọc được: nội dung không phải văn bản (UTF-8 hoặc UTF-16); có thể đây không phải tệp bản nháp, hoặc tệp đã bị hỏng.' };
  }
}

/** Parse an import file; rejects the whole file (with the reason, in Vietnamese) when anything is wrong. */
export function parseImport(text: string): ParseResult<DraftRecord[]> {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: `Tệp quá lớn để là tệp bản nháp (tối đa ${mb(MAX_IMPORT_BYTES)}).` };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'Tệp không đọc được: nội dung không phải JSON hợp lệ (tệp có thể bị hỏng hoặc bị cắt dở).' };
  }
  const fmt = raw && typeof raw === 'object' ? (raw as { format?: unknown }).format : undefined;
  if (fmt !== EXPORT_FORMAT) return { ok: false, error: 'Tệp này không phải tệp bản nháp xuất từ Sổ tay Xếp loại (thiếu dấu hiệu định dạng “so-tay-xep-loai/ban-nhap”).' };
  const env = EnvelopeSchema.safeParse(raw);
  if (!env.success) return { ok: false, error: 'Tệp bản nháp bị hỏng: phần đầu tệp (phiên bản hoặc danh sách bản nháp) không đúng định dạng.' };
  if (env.data.schemaVersion > DRAFT_SCHEMA_VERSION) {
    return { ok: false, error: `Tệp được xuất từ phiên bản mới hơn của ứng dụng (định dạng ${env.data.schemaVersion}); hãy cập nhật ứng dụng rồi nhập lại.` };
  }
  const out: DraftRecord[] = [];
  const seen = new Set<string>();
  for (const [i, d] of env.data.drafts.entries()) {
    const p = parseDraftRecord(d);
    const name = d && typeof d === 'object' && typeof (d as { name?: unknown }).name === 'string' ? ` “${(d as { name: string }).name}”` : '';
    if (!p.ok) return { ok: false, error: `Tệp bản nháp bị hỏng, không nhập gì cả: bản nháp thứ ${i + 1}${name} — ${p.error}.` };
    if (seen.has(p.value.id)) return { ok: false, error: `Tệp bản nháp bị hỏng, không nhập gì cả: mã “${p.value.id}” xuất hiện hai lần.` };
    seen.add(p.value.id);
    out.push(p.value);
  }
  return { ok: true, value: out };
}

export interface ImportPlan {
  /** Not on this device yet. */
  fresh: DraftRecord[];
  /** Same id, same content: nothing to do. */
  identical: DraftRecord[];
  /** Same id, different content: the user chooses. */
  conflicts: { local: DraftRecord; incoming: DraftRecord }[];
}

const same = (a: DraftRecord, b: DraftRecord) =>
  a.updatedAt === b.updatedAt && a.name === b.name && a.type === b.type && JSON.stringify(a.data) === JSON.stringify(b.data);

/**
 * Sort incoming drafts. `takenIds` are ids used on this device by records that cannot be read
 * (damaged): an incoming draft with such an id gets a new id, so the damaged record is not
 * overwritten without the user knowing.
 */
export function planImport(existing: readonly DraftRecord[], incoming: readonly DraftRecord[], takenIds: ReadonlySet<string> = new Set()): ImportPlan {
  const byId = new Map(existing.map((d) => [d.id, d]));
  const plan: ImportPlan = { fresh: [], identical: [], conflicts: [] };
  for (const d of incoming) {
    const local = byId.get(d.id);
    if (!local && takenIds.has(d.id)) plan.fresh.push({ ...d, id: newDraftId() });
    else if (!local) plan.fresh.push(d);
    else if (same(local, d)) plan.identical.push(d);
    else plan.conflicts.push({ local, incoming: d });
  }
  return plan;
}

export type ConflictChoice = 'keep-both' | 'replace';

/** Records to write for a plan: keep-both gives the imported copy a new id and a marked name. */
export function recordsToWrite(plan: ImportPlan, choice: ConflictChoice | null): DraftRecord[] {
  if (plan.conflicts.length && !choice) throw new Error('Chưa chọn cách xử lý bản nháp trùng.');
  const out = [...plan.fresh];
  for (const { incoming } of plan.conflicts) {
    out.push(choice === 'replace' ? incoming : { ...incoming, id: newDraftId(), name: `${incoming.name} (bản nhập)`.slice(0, 200) });
  }
  return out;
}
