// The draft life cycle the meeting screens share (roster, vote-tally sheet, review form): a Solid
// store whose every edit goes through the shared draft session (src/lib/drafts/session.ts:
// journaled at once, autosaved, merged with other tabs, flushed before an app update), opened
// from `?ban-nhap=<id>` or the newest draft of its type.
// The validating store (zod) and the type's schema load on demand (issue 15): with the saving
// code, or for the first read of a draft; a screen opened with no draft of its type on the
// device counts its drafts (IndexedDB only) and loads neither.
import { batch, createEffect, createSignal, onCleanup, onMount } from 'solid-js';
import { createStore, reconcile, unwrap, type SetStoreFunction } from 'solid-js/store';
import { createDraftSession, type SessionStatus } from '../../lib/drafts/session.ts';
import type { Path } from '../../lib/drafts/merge.ts';
import { countByType, newDraftId } from '../../lib/drafts/db.ts';
import type { DataOf, MeetingDraft, MeetingDraftType } from '../../lib/meeting/draft-access.ts';
import { errorText } from '../../lib/error-text.ts';
import { onIntent } from './intent.ts';

export interface StoredDraftOptions<T extends MeetingDraftType> {
  type: T;
  initial: DataOf<T>;
  /** Name, ruleset and list summary of the draft as it is now. */
  describe: (data: DataOf<T>) => Pick<MeetingDraft<T>, 'name' | 'rulesetId' | 'summary'>;
  /** Loads the module that registers the type's schema, when the screen's first load does not carry it. */
  schema?: () => Promise<unknown>;
  /** Autosave delay, asked at each change (default: the session's). */
  saveDelayMs?: () => number;
  /**
   * Start loading the saving code at the user's first tap, key or focus (default). A screen whose
   * first tap has heavier work to show (the vote tally's count) passes false and calls
   * `draftSession.warm()` itself once that is on screen; an edit before then is journaled at
   * once all the same, and its autosave loads the saving code.
   */
  warmOnIntent?: boolean;
}

export function createStoredDraft<T extends MeetingDraftType>({ type, initial, describe, schema, saveDelayMs, warmOnIntent = true }: StoredDraftOptions<T>) {
  const [data, setRaw] = createStore<DataOf<T>>(initial);
  // The screen's status line (returned): what it says of an action, and where the autosave says
  // "Đã lưu". Every message counts, even one the same as the last (the same file refused twice),
  // so that the watch below keeps an action's message from being replaced by a later autosave.
  const [status, setStatus] = createSignal('', { equals: false });
  const [draftId, setDraftId] = createSignal(newDraftId());
  const [session, setSession] = createSignal<SessionStatus | null>(null);
  /** Counts the contents put into the store from outside (a draft opened, replaced, another tab's edit). */
  const [loads, setLoads] = createSignal(0);
  /**
   * True once the screen's first read (its `?ban-nhap=` draft, or the newest one) is done, found or
   * not. Each screen shows it as `.mt[data-ready]` (what the e2e tests wait for); the roster only once
   * it is drawn too.
   */
  const [opened, setOpened] = createSignal(false);
  const loaded = () => setLoads((n) => n + 1);
  const access = () => Promise.all([import('../../lib/meeting/draft-access.ts'), schema?.()]).then(([m]) => m);
  let createdAt: number | undefined;
  let labelOf: ((data: unknown, path: Path) => string | undefined) | undefined;

  // What the screen said of an action (a file refused, imported, exported) stays until the next
  // edit: the autosave of an earlier edit, which can land after it (2 s later on a long roster, or
  // late on a busy tablet), must not replace a refusal with "Đã lưu". A failed save always shows.
  let saidBySave = '';
  let actionShown = false;
  createEffect(() => { const text = status(); if (text !== saidBySave) actionShown = text !== ''; });
  const sayOfSave = (text: string, always: boolean) => {
    if (actionShown && !always) return;
    saidBySave = text;
    setStatus(text);
  };

  const drafts = createDraftSession<DataOf<T>>({
    type,
    id: draftId(),
    read: () => ({ ...describe(unwrap(data) as DataOf<T>), data: unwrap(data) as DataOf<T> }),
    show: (c) => batch(() => { setRaw(reconcile(c.data)); loaded(); }),
    derivedName: true,
    delayMs: saveDelayMs,
    // The fields' names are needed only to tell of a merge: they load with the saving code.
    prepare: () => Promise.all([import('../drafts/meeting-labels.ts').then((m) => { labelOf = m.meetingFieldLabel; }), schema?.()]),
    labelOf: (p) => (p[0] === 'data' ? labelOf?.(unwrap(data), p.slice(1)) : undefined),
    onStatus: (s) => {
      setSession(s);
      if (s.save === 'saved') sayOfSave(`Đã lưu bản nháp lúc ${new Date().toLocaleTimeString('vi-VN')}.`, false);
      if (s.save === 'error') sayOfSave(`Chưa lưu được: ${s.error}`, true);
    },
  });
  const record = (): MeetingDraft<T> => {
    const snapshot = structuredClone(unwrap(data)) as DataOf<T>;
    return { id: draftId(), type, data: snapshot, createdAt, ...describe(snapshot) } as MeetingDraft<T>;
  };
  // Every edit goes through here so the session hears of it.
  const edit = ((...args: unknown[]) => { actionShown = false; (setRaw as (...a: unknown[]) => void)(...args); drafts.changed(); }) as SetStoreFunction<DataOf<T>>;
  const load = (rec: MeetingDraft<T>) => {
    batch(() => { setDraftId(rec.id); createdAt = rec.createdAt; setRaw(reconcile(rec.data)); loaded(); });
    drafts.adopt(rec);
  };
  /** Start a new draft from `next` (a new sheet, or an imported copy), keeping the old one saved. */
  const replaceWith = async (next: DataOf<T>, { save }: { save: boolean }) => {
    await drafts.flush().catch(() => undefined); // a failed save stays in the journal and is replayed
    const id = newDraftId();
    batch(() => { setDraftId(id); createdAt = Date.now(); setRaw(reconcile(next)); loaded(); });
    drafts.reset(id);
    if (save) drafts.changed();
  };

  onMount(async () => {
    onCleanup(() => drafts.dispose());
    // The saving code and the database open when the user is about to type (as the calculator
    // does), not with the page: on a slow tablet their zod schemas are a long task at load.
    if (warmOnIntent) onIntent(() => drafts.warm());
    try {
      await drafts.replay();
      const q = new URLSearchParams(location.search);
      const wanted = q.get('ban-nhap') ?? q.get('id');
      // Nothing of this type on the device: nothing to read, no schema to load.
      const a = !wanted && (await countByType(type)) === 0 ? null : await access();
      const found = !a ? undefined : wanted ? await a.openDraft(type, wanted) : await a.latestDraft(type).then((v) => (v ? { ok: true as const, value: v } : undefined));
      if (found?.ok) { load(found.value); setStatus(session()?.notice || `Đã mở bản nháp “${found.value.name}”.`); }
      else if (found && !found.ok) setStatus(`Không mở được bản nháp: ${found.error}`);
    } catch (e) {
      setStatus(`Không mở được bản nháp đã lưu: ${errorText(e)}`);
    }
    setOpened(true);
  });

  // saveNow (before a file export) never throws: a failed save is on screen already, and the export must still work.
  return { data, edit, status, setStatus, draftId, loads, opened, record, saveNow: () => drafts.flush().catch(() => undefined), replaceWith, draftStatus: session, draftSession: drafts };
}
