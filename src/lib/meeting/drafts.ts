// How the meeting screens keep their work: a roster or a vote-tally sheet is a draft in the
// shared drafts store (src/lib/drafts, IndexedDB via idb), registered as types 'roster' and
// 'vote-tally' (draft-types.ts). The store validates every record with zod on the way in and
// out; this module only adds what the meeting screens need on top: the newest draft of a type,
// the calculator drafts with their ratings, and single-draft files in the store's own export
// format (so a file from here imports on /ban-nhap/ and back).
import { getDraft, listDraftsOfType, makeDraft, saveDraft } from '../drafts/store.ts';
import type { DraftRecord, DraftSummary } from '../drafts/schema.ts';
import { exportDrafts, parseImport } from '../drafts/transfer.ts';
import { newDraftId } from '../drafts/db.ts';
import { CASE_DRAFT_TYPE } from '../calculator/case-draft.ts';
import type { CaseDraftData } from '../calculator/subject.ts';
import type { Case, RatingCode } from '../../rules/index.ts';
import { ROSTER_TYPE, VOTE_TALLY_TYPE } from './draft-types.ts';
import type { Roster } from './roster.ts';
import type { VoteTally } from './vote-tally.ts';

export type MeetingDraftType = typeof ROSTER_TYPE | typeof VOTE_TALLY_TYPE;
type DataOf<T extends MeetingDraftType> = T extends typeof ROSTER_TYPE ? Roster : VoteTally;
export type MeetingDraft<T extends MeetingDraftType> = DraftRecord<DataOf<T>> & { type: T };

export { newDraftId };

export interface CalculatorDraftSummary {
  id: string;
  name: string;
  /** The rating the calculator gives the draft (null while its input is not valid). */
  rating: RatingCode | null;
  case: Case | null;
}

/** One draft of a type; a damaged record is reported (never used), a missing one is undefined. */
export async function openDraft<T extends MeetingDraftType>(type: T, id: string): Promise<{ ok: true; value: MeetingDraft<T> } | { ok: false; error: string } | undefined> {
  const r = await getDraft(id);
  if (!r) return undefined;
  if (!r.ok) return { ok: false, error: r.error };
  if (r.value.type !== type) return { ok: false, error: `bản nháp “${r.value.name}” không phải loại này` };
  return { ok: true, value: r.value as MeetingDraft<T> };
}

/** The most recently changed valid draft of a type (the screen reopens where the user left off). */
export async function latestDraft<T extends MeetingDraftType>(type: T): Promise<MeetingDraft<T> | undefined> {
  const { valid } = await listDraftsOfType(type);
  return valid[0] as MeetingDraft<T> | undefined;
}

/** Write a draft (validated by the store first); keeps its creation time. */
export async function putDraft<T extends MeetingDraftType>(d: { id: string; type: T; name: string; data: DataOf<T>; rulesetId: string | null; summary: DraftSummary; createdAt?: number }): Promise<void> {
  await saveDraft(meetingRecord(d));
}

/** Calculator drafts of individuals, rated exactly as the calculator rates them. */
export async function calculatorDrafts(): Promise<CalculatorDraftSummary[]> {
  // The calculator's own computation, loaded when the user asks for calculator drafts.
  const [{ valid }, { compute }] = await Promise.all([listDraftsOfType(CASE_DRAFT_TYPE), import('../calculator/compute.ts')]);
  return valid.map((r) => {
    const data = r.data as CaseDraftData;
    try {
      const c = compute(data, r.id);
      return { id: r.id, name: r.name, rating: c.evaluation?.rating ?? null, case: c.checked.case };
    } catch {
      return { id: r.id, name: r.name, rating: null, case: null };
    }
  });
}

/** One draft as a file in the store's export format. */
export function exportDraftJson<T extends MeetingDraftType>(d: MeetingDraft<T>): string {
  return exportDrafts([d]);
}

/**
 * Read a file for one screen: the first draft of the wanted type. Every draft in the file is
 * validated by the store's importer; a wrong or damaged file is refused with the reason.
 */
export function importDraftJson<T extends MeetingDraftType>(type: T, text: string): { ok: true; value: MeetingDraft<T> } | { ok: false; error: string } {
  const p = parseImport(text);
  if (!p.ok) return p;
  const hit = p.value.find((d) => d.type === type);
  if (!hit) return { ok: false, error: `Tệp không có bản nháp loại “${type === ROSTER_TYPE ? 'danh sách' : 'kiểm phiếu'}”.` };
  return { ok: true, value: hit as MeetingDraft<T> };
}

/** A full record for a meeting draft (used for single-draft files). */
export function meetingRecord<T extends MeetingDraftType>(d: { id: string; type: T; name: string; data: DataOf<T>; rulesetId: string | null; summary: DraftSummary; createdAt?: number }): MeetingDraft<T> {
  const now = Date.now();
  const rec = makeDraft({ id: d.id, type: d.type, name: d.name.slice(0, 200), data: d.data, rulesetId: d.rulesetId, summary: d.summary }, now);
  return { ...rec, createdAt: d.createdAt ?? now } as MeetingDraft<T>;
}
