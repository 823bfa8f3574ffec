// Reading and writing the meeting tools' drafts (roster, vote-tally sheet, personal review) in
// the shared drafts store, typed per draft type. Kept free of the rules engine so that a screen
// which does not rate anything (the review form) can keep drafts without loading it; each
// screen imports the module that registers its type's schema (draft-types.ts, review.ts).
import { getDraft, listDraftsOfType, makeDraft, saveDraft } from '../drafts/store.ts';
import type { DraftRecord, DraftSummary } from '../drafts/schema.ts';
import type { PersonalReviewData } from '../documents/personal-review.ts';
import type { Roster } from './roster-schema.ts';
import type { VoteTally } from './vote-tally-schema.ts';
import type { ReviewRecord } from './review-record-schema.ts';
import type { Summary } from './summary-schema.ts';

export { newDraftId } from '../drafts/db.ts';

interface MeetingDraftData { roster: Roster; 'vote-tally': VoteTally; review: PersonalReviewData; 'review-record': ReviewRecord; summary: Summary }
export type MeetingDraftType = keyof MeetingDraftData;
export type DataOf<T extends MeetingDraftType> = MeetingDraftData[T];
export type MeetingDraft<T extends MeetingDraftType> = DraftRecord<DataOf<T>> & { type: T };
export interface MeetingDraftInput<T extends MeetingDraftType> { id: string; type: T; name: string; data: DataOf<T>; rulesetId: string | null; summary: DraftSummary; createdAt?: number }

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

/** A full record for a meeting draft (used for saving and for single-draft files). */
export function meetingRecord<T extends MeetingDraftType>(d: MeetingDraftInput<T>): MeetingDraft<T> {
  const now = Date.now();
  const rec = makeDraft({ id: d.id, type: d.type, name: d.name.slice(0, 200), data: d.data, rulesetId: d.rulesetId, summary: d.summary }, now);
  return { ...rec, createdAt: d.createdAt ?? now } as MeetingDraft<T>;
}

/** Write a draft (validated by the store first); keeps its creation time. */
export async function putDraft<T extends MeetingDraftType>(d: MeetingDraftInput<T>): Promise<void> {
  await saveDraft(meetingRecord(d));
}
