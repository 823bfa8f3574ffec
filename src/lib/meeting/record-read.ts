// The newest review record, for a screen that only reads it once (the awards check): loaded on
// demand with the drafts store, so the screen's first load carries neither. With no record on
// the device (counted in IndexedDB alone, as record-link.ts does) the store and the record's
// schema (zod) do not load at all.
import { countByType } from '../drafts/db.ts';
import { REVIEW_RECORD_TYPE, type ReviewRecord } from './review-record.ts';

export async function latestRecord(): Promise<{ id: string; data: ReviewRecord } | null> {
  if ((await countByType(REVIEW_RECORD_TYPE)) === 0) return null;
  const [{ listDraftsOfType }] = await Promise.all([import('../drafts/store.ts'), import('./review-record-schema.ts')]);
  const { valid } = await listDraftsOfType(REVIEW_RECORD_TYPE);
  const r = valid[0];
  return r ? { id: r.id, data: r.data as ReviewRecord } : null;
}
