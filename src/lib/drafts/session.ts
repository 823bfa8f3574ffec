// One open draft on one screen (calculator, roster, vote sheet, review form…): the shared
// mechanism every draft-keeping island wires to, so each draft type gets the same guarantees.
//
//  - Every edit is journaled synchronously (journal.ts) before anything else happens, then saved
//    to IndexedDB within the autosave delay (autosave.ts). A large draft (a roster of hundreds:
//    writing 78 KB into localStorage took a median 5 ms, max 14 ms of the keystroke's frame at
//    4× CPU) is journaled right after the frame instead, and at once when the page is hidden,
//    frozen or unloaded, so a reload, a close or a discard still finds every keystroke. The
//    record the edits started from (the entry's base, rewritten after every save: the first
//    keystroke after each save paid a second JSON.stringify and setItem of the whole draft) is
//    likewise written just after the frame, or at once when the page goes away; a replay that
//    finds no base while the stored record is still the one the edits started from (the same
//    updatedAt) takes that record as the base (commit.ts), so only a crash within that frame
//    while another tab saved the same draft merges without it (both edits still kept).
//  - A save names the stored version it started from; if another tab wrote meanwhile, the two
//    are merged field by field (commit.ts), the screen shows the merge, and the user is told
//    ("Tab khác vừa sửa …; đã gộp cả hai thay đổi"). Where both changed the same field, the
//    later edit is kept and the other value is offered back ("take-backs").
//  - Another tab's save of this draft is shown here at once when nothing is pending, and merged
//    with what is pending otherwise; a delete elsewhere pauses saving and says so.
//  - A failed save says why (storage full in the one sentence of error-text.ts), keeps the work
//    in the journal and on screen, fails flushAll (no update over it) and offers the export.
//  - On load, journal entries left by a reload, a crash or a closed browser are replayed first.
// This file is the part an edit needs at once (it is on the calculator's first load, so it stays
// small and zod-free); saving, merging and the messages are in session-sync.ts, imported with
// the validating store when the first save or read needs them.
import { createAutosaver, type SaveState } from './autosave.ts';
import { db, DB_VERSION, newDraftId, onDraftMessage, TAB_ID } from './db.ts';
import { hasJournal, writeJournal, writeJournalBase } from './journal.ts';
import type { DraftRecord, DraftSummary } from './schema.ts';
import type { Path } from './merge.ts';
import type { ReplayResult } from './commit.ts';
import { errorText, isStorageFull } from '../error-text.ts';
import { afterPaint } from '../idle.ts';

export interface SessionContent<D> {
  name: string;
  data: D;
  rulesetId: string | null;
  summary: DraftSummary;
}

/** What a save says (and the screen shows) when the draft was deleted in another tab. */
export const DELETED_TEXT = 'Bản nháp này đã bị xoá ở một tab khác; thay đổi ở đây chưa được lưu.';

/** A value that lost a merge, which the user can put back with one tap. */
export interface TakeBack {
  key: string;
  /** Vietnamese: which field, what is kept, what can be taken back. */
  text: string;
  apply(): void;
}

export interface SessionStatus {
  save: SaveState;
  /** Why the last save failed ('' when it did not). */
  error: string;
  /** The last failure was a full storage: the screen offers the export. */
  storageFull: boolean;
  /** The pending edits are in the journal too (false: the browser refused it, they are only on this page). */
  journaled: boolean;
  /** Deleted in another tab: saving is paused until the user keeps it. */
  deleted: boolean;
  /** What happened from outside: a merge, a restore, another tab's edit. */
  notice: string;
  takeBacks: TakeBack[];
}

export interface DraftSessionOptions<D> {
  type: string;
  /** The draft as the screen has it now. */
  read(): SessionContent<D>;
  /** Put content on screen (another tab's edit, a merge, a value taken back); must not count as an edit. */
  show(content: { name: string; data: D }): void;
  /** Loads what the store needs to validate this type (its schema registration), before the first save or read. */
  prepare?(): Promise<unknown>;
  /** The screen's name for a field, e.g. ['data', 'title'] → "Tên chi bộ". */
  labelOf?(path: Path): string | undefined;
  /** The draft's name follows its data (meeting screens): a change to it is not worth naming. */
  derivedName?: boolean;
  onStatus(s: SessionStatus): void;
  /** The draft got its id (the calculator then puts it in the address). */
  onId?(id: string): void;
  /** Start with this id (meeting screens) rather than on the first edit (calculator). */
  id?: string;
  /** Autosave delay (see autosave.ts; a function is asked at each change). */
  delayMs?: number | (() => number);
}

/** The session's state, shared with session-sync.ts (which does the saving and merging). */
export interface SessionState<D> {
  opts: DraftSessionOptions<D>;
  id: string | null;
  /** The stored record the screen's content started from (null: never stored). */
  base: DraftRecord | null;
  baseJournaled: boolean;
  createdAt: number;
  lastEditAt: number;
  /** Edits so far; a save clears the journal only if no edit came after its snapshot. */
  seq: number;
  /** `seq` as of the last stored snapshot: edits after it are pending (typed, or in a save under way). */
  savedSeq: number;
  journalText: string | null;
  /** Deleted elsewhere and the user chose to keep it: the next save may create it again. */
  restoring: boolean;
  replays: ReplayResult[];
  status: SessionStatus;
  emit(): void;
  record(copy?: boolean): DraftRecord<D>;
  changed(): void;
  /** Save again soon without a new edit. */
  resave(): void;
  /** Edits not stored yet (another tab's version must not be put over them). */
  pending(): boolean;
  /** Write the journal entry (and its base) now if an edit's write was put off until after its frame. */
  journalNow(): void;
}

/**
 * Above this size (characters of the last entry) an edit's journal entry is written just after
 * the frame that shows the edit rather than inside its input handler; below it (every draft but
 * a roster of a few hundred) it is written at once.
 */
export const JOURNAL_DEFER_ABOVE = 32_768;

type Sync = typeof import('./session-sync.ts');

export function createDraftSession<D>(opts: DraftSessionOptions<D>) {
  let syncLoad: Promise<Sync> | null = null;
  const sync = (): Promise<Sync> => (syncLoad ??= Promise.all([import('./session-sync.ts'), opts.prepare?.()]).then(([m]) => m, (e: unknown) => { syncLoad = null; throw e; }));

  let last: SessionStatus | null = null;
  /** An edit not journaled yet (its write was put off until after the frame). */
  let journalDue = false;
  let journalScheduled = false;
  /** Size of this draft's last journal entry: the cost of the next write. */
  let journalSize = 0;
  let baseScheduled = false;
  /** The draft and base version the last entry written names: the base written must be that one. */
  let entryOf: { id: string; baseRev: number | null } | null = null;
  /** The entry written needs its base (a new one after each save): written now if so. */
  const journalBase = () => {
    if (!s.id || !s.base || s.baseJournaled || !s.journalText || entryOf?.id !== s.id || entryOf.baseRev !== s.base.updatedAt) return;
    s.baseJournaled = writeJournalBase(s.id, TAB_ID, s.base);
  };
  /** Write this edit's entry now (nothing else: the base is journalBase's). */
  const journalEntry = () => {
    if (!journalDue || !s.id) return;
    journalDue = false;
    entryOf = { id: s.id, baseRev: s.base?.updatedAt ?? null };
    s.journalText = writeJournal({ v: 1, id: s.id, type: opts.type, page: TAB_ID, baseRev: entryOf.baseRev, at: s.lastEditAt, record: s.record(false) });
    if (s.journalText) journalSize = s.journalText.length;
    if (s.status.journaled !== !!s.journalText) { s.status.journaled = !!s.journalText; s.emit(); }
  };
  const s: SessionState<D> = {
    opts, id: opts.id ?? null, base: null, baseJournaled: false, createdAt: Date.now(), lastEditAt: 0, seq: 0, savedSeq: 0, journalText: null,
    restoring: false, replays: [],
    status: { save: 'idle', error: '', storageFull: false, journaled: true, deleted: false, notice: '', takeBacks: [] },
    emit() {
      // Only real changes reach the screen (autosave says "pending" on every keystroke).
      const st = s.status;
      if (last && last.save === st.save && last.error === st.error && last.storageFull === st.storageFull && last.journaled === st.journaled && last.deleted === st.deleted
        && last.notice === st.notice && last.takeBacks.length === st.takeBacks.length && last.takeBacks.every((t, i) => t === st.takeBacks[i])) return;
      last = { ...st, takeBacks: [...st.takeBacks] };
      opts.onStatus(last);
    },
    /** The record to store; `copy`: detached from the screen's (possibly proxied, mutable) state, as IndexedDB needs. */
    record(copy = true) {
      const c = opts.read();
      return {
        id: s.id!, type: opts.type, name: c.name, data: copy ? JSON.parse(JSON.stringify(c.data)) as D : c.data, rulesetId: c.rulesetId, summary: c.summary,
        createdAt: s.createdAt, updatedAt: s.lastEditAt || Date.now(), schemaVersion: DB_VERSION,
      };
    },
    /** The user changed something: journal it now, save it soon. */
    changed() {
      s.seq++;
      s.lastEditAt = Math.max(Date.now(), s.lastEditAt + 1);
      const fresh = !s.id;
      if (fresh) { s.id = newDraftId(); s.createdAt = s.lastEditAt; }
      journalDue = true;
      const noFrame = typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden';
      if (noFrame) s.journalNow();
      else if (fresh || journalSize <= JOURNAL_DEFER_ABOVE) {
        journalEntry();
        // Its base, when it needs one, after the frame that shows this edit.
        if (s.base && !s.baseJournaled && !baseScheduled) {
          baseScheduled = true;
          afterPaint(() => { baseScheduled = false; journalBase(); });
        }
      } else if (!journalScheduled) {
        // After the frame that shows this edit.
        journalScheduled = true;
        afterPaint(() => { journalScheduled = false; s.journalNow(); });
      }
      // Only now is the id shown anywhere (the address): a link to it always has something behind it.
      if (fresh) opts.onId?.(s.id!);
      saver.changed();
    },
    journalNow() {
      journalEntry();
      journalBase();
    },
    resave: () => { if (s.id) saver.changed(); },
    pending: () => s.seq !== s.savedSeq,
  };

  // Saves and refreshes from other tabs run one at a time, in order.
  let chain: Promise<void> = Promise.resolve();
  const queue = (f: () => Promise<void>): Promise<void> => {
    const p = chain.then(f);
    chain = p.catch(() => undefined);
    return p;
  };

  const saver = createAutosaver({
    save: () => queue(async () => (await sync()).save(s)),
    delayMs: opts.delayMs,
    onState: (st, err) => {
      s.status.save = st;
      if (st === 'saved') { s.status.error = ''; s.status.storageFull = false; }
      if (st === 'error') { s.status.error = errorText(err); s.status.storageFull = isStorageFull(err); }
      s.emit();
    },
  });

  // A put-off journal entry is written before the page can go away: hidden (then maybe discarded), frozen, unloaded.
  const journalBeforeLeaving = () => s.journalNow();
  const journalWhenHidden = () => { if (document.visibilityState === 'hidden') s.journalNow(); };
  if (typeof window !== 'undefined') {
    window.addEventListener('pagehide', journalBeforeLeaving);
    document.addEventListener('visibilitychange', journalWhenHidden);
    document.addEventListener('freeze', journalBeforeLeaving);
  }

  const offMessages = onDraftMessage((m, local) => {
    if (local || !s.id || m.t === 'hello' || !m.ids.includes(s.id)) return;
    if (m.t === 'deleted') { s.status.deleted = true; s.emit(); return; }
    if (s.pending()) saver.flush().catch(() => undefined); // pending work: save it now, merged with theirs
    void queue(async () => (await sync()).refresh(s, m.merged)).catch(() => undefined);
  });

  return {
    id: () => s.id,
    /** Every user edit goes through here. */
    changed: () => s.changed(),
    /** Save again without a new edit (what is derived from the content, e.g. the rating, changed). */
    touch: () => s.resave(),
    /** Save now; rejects with the reason when it cannot be saved. */
    flush: () => saver.flush(),
    /** Start loading the saving half and opening the database now (the user is about to type), so the first save waits for neither. */
    warm: () => { sync().catch(() => undefined); db().catch(() => undefined); },
    get dirty() { return s.pending(); },
    /** Replay what earlier page loads left in the journal (before opening a draft); `adopt` then tells the user. */
    async replay(): Promise<ReplayResult[]> {
      if (!hasJournal()) return [];
      try {
        s.replays = await (await sync()).replay();
      } catch (e) {
        s.status.error = errorText(e);
        s.status.storageFull = isStorageFull(e);
        s.emit();
      }
      return s.replays;
    },
    /** The screen opened this stored draft: edits from now on start from it. */
    adopt(rec: DraftRecord) {
      // The screen holds this record now: an entry still due would carry it under the old id.
      journalDue = false;
      journalSize = JSON.stringify(rec).length; // once, on opening: a big draft's first keystroke is put off too
      s.savedSeq = s.seq;
      s.id = rec.id;
      s.base = rec;
      s.baseJournaled = false;
      s.createdAt = rec.createdAt;
      s.status.deleted = false;
      s.emit();
      if (s.replays.some((x) => x.id === rec.id)) void sync().then((m) => m.reportReplay(s));
    },
    /** A new, empty draft from here on (with this id, or one made at the first edit). */
    reset(newId: string | null = null) {
      journalDue = false;
      journalSize = 0;
      Object.assign(s, { savedSeq: s.seq, id: newId, base: null, baseJournaled: false, createdAt: Date.now(), journalText: null, restoring: false });
      Object.assign(s.status, { deleted: false, notice: '', takeBacks: [] });
      s.emit();
    },
    /** Deleted in another tab, the user keeps it: save it again. */
    restoreDeleted() {
      s.restoring = true;
      s.status.deleted = false;
      s.emit();
      s.changed();
    },
    /** Every draft to a file, including this one as it is on screen (storage may be full). */
    exportAll: async (): Promise<void> => (await sync()).exportAll(s),
    dispose() {
      s.journalNow();
      if (typeof window !== 'undefined') {
        window.removeEventListener('pagehide', journalBeforeLeaving);
        document.removeEventListener('visibilitychange', journalWhenHidden);
        document.removeEventListener('freeze', journalBeforeLeaving);
      }
      offMessages();
      saver.dispose();
    },
  };
}

export type DraftSession = ReturnType<typeof createDraftSession>;
