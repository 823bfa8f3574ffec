// How a meeting screen reads the review record ("Kỳ kiểm điểm"): the record its draft is linked
// to, else the most recently edited one. The screen copies the record's values into its own
// draft (so a file exported from it carries them) and shows them as one line instead of asking
// again. Another tab (or the record screen) saving the record updates the screen at once.
import { createEffect, createSignal, on, onCleanup, onMount, type Accessor } from 'solid-js';
import { countByType, onDraftMessage } from '../../lib/drafts/db.ts';
import type { MeetingDraft } from '../../lib/meeting/draft-access.ts';
import { REVIEW_RECORD_TYPE } from '../../lib/meeting/review-record.ts';

export type RecordDraft = MeetingDraft<'review-record'>;

export function createRecordLink(opts: {
  /** The id the screen's draft is linked to (undefined: not linked yet). */
  linkedId: Accessor<string | undefined>;
  /** Changes whenever the screen opens another draft (its id). */
  draftKey: Accessor<string>;
  /** Called with the record (or null when there is none) after every load. */
  apply: (r: RecordDraft | null) => void;
}) {
  const [record, setRecord] = createSignal<RecordDraft | null>(null);
  const [loaded, setLoaded] = createSignal(false);
  let seq = 0;
  const refresh = async () => {
    const mine = ++seq;
    const id = opts.linkedId();
    // The drafts store and the record's schema (zod) load with the first read, not with the
    // page; with no record on the device (counted in IndexedDB alone) they do not load at all.
    let rec: RecordDraft | null = null;
    if (id || (await countByType(REVIEW_RECORD_TYPE).catch(() => 1)) > 0) {
      const [{ latestDraft, openDraft }] = await Promise.all([import('../../lib/meeting/draft-access.ts'), import('../../lib/meeting/review-record-schema.ts')]);
      const linked = id ? await openDraft('review-record', id).catch(() => undefined) : undefined;
      rec = linked?.ok ? linked.value : (await latestDraft('review-record').catch(() => undefined)) ?? null;
    }
    if (mine !== seq) return; // a newer refresh started meanwhile
    setRecord(rec);
    opts.apply(rec);
    setLoaded(true);
  };
  createEffect(on(opts.draftKey, () => void refresh()));
  onMount(() => {
    // Only other pages' saves: this page's own autosaves never change the record.
    const off = onDraftMessage((m, local) => { if (!local && m.t === 'changed') void refresh(); });
    onCleanup(off);
  });
  return { record, loaded, refresh };
}
