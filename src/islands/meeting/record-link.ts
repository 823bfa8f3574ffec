// How a meeting screen reads the review record ("Kỳ kiểm điểm"): the record its draft is linked
// to, else the most recently edited one. The screen copies the record's values into its own
// draft (so a file exported from it carries them) and shows them as one line instead of asking
// again. Another tab (or the record screen) saving the record updates the screen at once.
import { createEffect, createSignal, on, onCleanup, onMount, type Accessor } from 'solid-js';
import { onDraftMessage } from '../../lib/drafts/db.ts';
import { latestDraft, openDraft, type MeetingDraft } from '../../lib/meeting/draft-access.ts';

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
    // The record's schema (zod) loads with the first read, not with the page.
    await import('../../lib/meeting/review-record-schema.ts');
    const id = opts.linkedId();
    const linked = id ? await openDraft('review-record', id).catch(() => undefined) : undefined;
    const rec = linked?.ok ? linked.value : (await latestDraft('review-record').catch(() => undefined)) ?? null;
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
