// The draft life cycle the meeting screens share (roster, vote-tally sheet, review form): a Solid store
// whose every edit is autosaved (throttled, flushed on page hide and before an app update),
// opened from `?ban-nhap=<id>` or the newest draft of its type, and refreshed when another tab
// saves the same draft while nothing here is unsaved.
import { batch, createSignal, onCleanup, onMount } from 'solid-js';
import { createStore, reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import { createAutosaver } from '../../lib/drafts/autosave.ts';
import { onDraftMessage } from '../../lib/drafts/db.ts';
import { latestDraft, newDraftId, openDraft, putDraft, type DataOf, type MeetingDraft, type MeetingDraftType } from '../../lib/meeting/draft-access.ts';
import { errorText } from '../../lib/error-text.ts';

export interface StoredDraftOptions<T extends MeetingDraftType> {
  type: T;
  initial: DataOf<T>;
  /** Name, ruleset and list summary of the draft as it is now. */
  describe: (data: DataOf<T>) => Pick<MeetingDraft<T>, 'name' | 'rulesetId' | 'summary'>;
  setStatus: (text: string) => void;
}

export function createStoredDraft<T extends MeetingDraftType>({ type, initial, describe, setStatus }: StoredDraftOptions<T>) {
  const [data, setRaw] = createStore<DataOf<T>>(initial);
  const [draftId, setDraftId] = createSignal(newDraftId());
  let createdAt: number | undefined;

  const record = (): MeetingDraft<T> => {
    const snapshot = structuredClone(unwrap(data)) as DataOf<T>;
    return { id: draftId(), type, data: snapshot, createdAt, ...describe(snapshot) } as MeetingDraft<T>;
  };
  const saver = createAutosaver({
    save: async () => { await putDraft(record()); createdAt ??= Date.now(); },
    onState: (st, err) => {
      if (st === 'saved') setStatus(`Đã lưu bản nháp lúc ${new Date().toLocaleTimeString('vi-VN')}.`);
      if (st === 'error') setStatus(`Chưa lưu được: ${errorText(err)}`);
    },
  });
  // Every edit goes through here so the autosaver hears of it.
  const edit = ((...args: unknown[]) => { (setRaw as (...a: unknown[]) => void)(...args); saver.changed(); }) as SetStoreFunction<DataOf<T>>;
  const load = (rec: { id: string; createdAt: number; data: DataOf<T> }) =>
    batch(() => { setDraftId(rec.id); createdAt = rec.createdAt; setRaw(reconcile(rec.data)); });
  /** Start a new draft from `next` (a new sheet, or an imported copy), keeping the old one saved. */
  const replaceWith = async (next: DataOf<T>, { save }: { save: boolean }) => {
    await saver.flush();
    load({ id: newDraftId(), createdAt: Date.now(), data: next });
    if (save) saver.changed();
  };

  onMount(async () => {
    const off = onDraftMessage(async (m, local) => {
      if (local || m.t !== 'changed' || !m.ids.includes(draftId()) || saver.dirty) return;
      const r = await openDraft(type, draftId());
      if (r?.ok) { load(r.value); setStatus('Bản nháp vừa được sửa ở tab khác — đã cập nhật.'); }
    });
    onCleanup(() => { off(); saver.dispose(); });
    try {
      const q = new URLSearchParams(location.search);
      const wanted = q.get('ban-nhap') ?? q.get('id');
      const found = wanted ? await openDraft(type, wanted) : await latestDraft(type).then((v) => (v ? { ok: true as const, value: v } : undefined));
      if (found?.ok) { load(found.value); setStatus(`Đã mở bản nháp “${found.value.name}”.`); }
      else if (found && !found.ok) setStatus(`Không mở được bản nháp: ${found.error}`);
    } catch (e) {
      setStatus(`Không mở được bản nháp đã lưu: ${errorText(e)}`);
    }
    document.querySelector('.mt')?.setAttribute('data-ready', 'true');
  });

  return { data, edit, draftId, record, saveNow: () => saver.flush(), replaceWith };
}
