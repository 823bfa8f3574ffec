// The newest review record, for a screen that only reads it once (the awards check): loaded on
// demand with the drafts store, so the screen's first load carries neither.
import { listDraftsOfType } from '../drafts/store.ts';
import { REVIEW_RECORD_TYPE, type ReviewRecord } from './review-record-schema.ts';

export async function latestRecord(): Promise<{ id: string; data: ReviewRecord } | null> {
  const { valid } = await listDraftsOfType(REVIEW_RECORD_TYPE);
  const r = valid[0];
  return r ? { id: r.id, data: r.data as ReviewRecord } : null;
}
