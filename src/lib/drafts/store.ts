// Validated access to drafts: everything read is checked (schema.ts) and everything written is
// checked first, so a bug or a damaged import can never store a record the next load refuses.
import { newDraftId, rawAll, rawDelete, rawGet, rawPut, rawByType, rawUpdate } from './db.ts';
import { DRAFT_SCHEMA_VERSION, parseDraftRecord, type DraftRecord, type DraftSummary, type ParseResult } from './schema.ts';

export interface BrokenDraft {
  id: string | null;
  name: string | null;
  reason: string;
  raw: unknown;
}

const str = (o: unknown, k: string): string | null => (o && typeof o === 'object' && typeof (o as Record<string, unknown>)[k] === 'string' ? (o as Record<string, string>)[k]! : null);

function split(raws: unknown[]) {
  const valid: DraftRecord[] = [];
  const broken: BrokenDraft[] = [];
  for (const raw of raws) {
    const p = parseDraftRecord(raw);
    if (p.ok) valid.push(p.value);
    else broken.push({ id: str(raw, 'id'), name: str(raw, 'name'), reason: p.error, raw });
  }
  valid.sort((a, b) => b.updatedAt - a.updatedAt);
  return { valid, broken };
}

/** All drafts, newest change first, and the records that failed validation (never dropped silently). */
export async function listDrafts(): Promise<{ valid: DraftRecord[]; broken: BrokenDraft[] }> {
  return split(await rawAll());
}

/** Drafts of one type. */
export async function listDraftsOfType(type: string): Promise<{ valid: DraftRecord[]; broken: BrokenDraft[] }> {
  return split(await rawByType(type));
}

/** One draft: null when there is none with that id, an error when it is damaged. */
export async function getDraft(id: string): Promise<ParseResult<DraftRecord> | null> {
  const raw = await rawGet(id);
  return raw === undefined ? null : parseDraftRecord(raw);
}

/** Validate, then write. Throws with a Vietnamese message when the record does not pass. */
export async function saveDrafts(records: readonly DraftRecord[]): Promise<void> {
  for (const r of records) {
    const p = parseDraftRecord(r);
    if (!p.ok) throw new Error(`Không lưu được bản nháp “${r.name}”: ${p.error}.`);
  }
  await rawPut(records);
}
export const saveDraft = (r: DraftRecord) => saveDrafts([r]);

export interface NewDraft<D> {
  type: string;
  name: string;
  data: D;
  rulesetId?: string | null;
  summary?: DraftSummary;
  id?: string;
}
/** A record for a new draft (not yet saved). */
export function makeDraft<D>(d: NewDraft<D>, now = Date.now()): DraftRecord<D> {
  return {
    id: d.id ?? newDraftId(), name: d.name, type: d.type, data: d.data, rulesetId: d.rulesetId ?? null,
    summary: d.summary ?? {}, createdAt: now, updatedAt: now, schemaVersion: DRAFT_SCHEMA_VERSION,
  };
}

/**
 * Change a stored draft in place inside one transaction (read, change, write), so a tab saving
 * the same draft at that moment is merged with afterwards rather than overwritten now.
 */
export async function updateDraft(id: string, change: (r: DraftRecord) => DraftRecord): Promise<DraftRecord> {
  let error = '';
  const out = await rawUpdate<DraftRecord>(id, (raw) => {
    if (raw === undefined) { error = 'Không tìm thấy bản nháp (có thể đã bị xoá ở tab khác).'; return null; }
    const p = parseDraftRecord(raw);
    if (!p.ok) { error = `Bản nháp bị hỏng: ${p.error}.`; return null; }
    const next = { ...change(p.value), updatedAt: Math.max(Date.now(), p.value.updatedAt + 1) };
    const c = parseDraftRecord(next);
    if (!c.ok) { error = `Không lưu được bản nháp “${next.name}”: ${c.error}.`; return null; }
    return { put: next };
  });
  if (!out) throw new Error(error);
  return out;
}

export const renameDraft = (id: string, name: string): Promise<DraftRecord> => updateDraft(id, (r) => ({ ...r, name: name.trim().slice(0, 200) }));

/** A copy under a new id, named "… (bản sao)". */
export async function duplicateDraft(id: string): Promise<DraftRecord> {
  const p = await getDraft(id);
  if (!p) throw new Error('Không tìm thấy bản nháp (có thể đã bị xoá ở tab khác).');
  if (!p.ok) throw new Error(`Bản nháp bị hỏng: ${p.error}.`);
  const now = Date.now();
  const copy: DraftRecord = { ...structuredClone(p.value), id: newDraftId(), name: `${p.value.name} (bản sao)`.slice(0, 200), createdAt: now, updatedAt: now };
  await saveDraft(copy);
  return copy;
}

/** Delete; returns the raw record so the caller can offer undo (restoreRaw). */
export async function deleteDraft(id: string): Promise<unknown> {
  const raw = await rawGet(id);
  await rawDelete([id]);
  return raw;
}

/** Undo of a delete: puts back exactly what was there (validated like any write, unless it was already damaged). */
export async function restoreRaw(raw: unknown): Promise<void> {
  if (!raw || typeof raw !== 'object' || typeof (raw as { id?: unknown }).id !== 'string') return;
  await rawPut([raw as { id: string }]);
}
