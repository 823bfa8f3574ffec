// The pending-edit journal: on every input, before anything asynchronous, the draft as it now is
// goes into localStorage, synchronously. IndexedDB is written a moment later (autosave) and
// cannot be made to finish before a reload, a tab discard, a renderer crash or a browser close;
// localStorage can — Chromium hands the value to the browser process as setItem returns, so it
// survives a crash of the page at once and is written to disk on a normal shutdown (measured in
// test/e2e/durability.e2e.test.ts). The entry is removed once IndexedDB holds what it holds, and
// replayed (merged into the stored draft) on the next load if it is still there.
//
// One entry per draft and per page load, so two tabs on the same draft never overwrite each
// other's journal. Alongside it, the record the edits started from ("base"), so a replay after
// another tab saved merges field by field instead of overwriting. Zod-free: this runs on the
// calculator's first load. Reading the journal back (a replay) is in journal-read.ts, loaded with
// the saving code.

export const ENTRY = 'so-tay-xep-loai:nhat-ky:';
export const BASE = 'so-tay-xep-loai:nhat-ky-goc:';

export interface JournalEntry {
  v: 1;
  /** Draft id and type. */
  id: string;
  type: string;
  /** The page load that wrote it. */
  page: string;
  /** updatedAt of the stored record the edits started from (null: a draft never stored). */
  baseRev: number | null;
  /** When the last edit happened (ms). */
  at: number;
  /** The whole record as it would be saved (validated when replayed). */
  record: unknown;
}

export function store(): Storage | null {
  try { return typeof localStorage === 'undefined' ? null : localStorage; } catch { return null; } // access itself throws when storage is disabled
}

/** The key of a draft's entry written by one page load (to write it, and to clear it after a save). */
export const journalKey = (id: string, page: string) => `${ENTRY}${id}:${page}`;
export const baseKey = (id: string, page: string) => `${BASE}${id}:${page}`;

/** Write (or overwrite) this page's entry for a draft; returns the text written (to clear it later), null when the browser refused (full, disabled). */
export function writeJournal(entry: JournalEntry): string | null {
  const s = store();
  if (!s) return null;
  try {
    const text = JSON.stringify(entry);
    s.setItem(journalKey(entry.id, entry.page), text);
    return text;
  } catch { return null; }
}

/** Remember the record this page's edits start from (written once per new base, not per keystroke). */
export function writeJournalBase(id: string, page: string, base: unknown): boolean {
  const s = store();
  if (!s) return false;
  try { s.setItem(baseKey(id, page), JSON.stringify(base)); return true; } catch { return false; }
}

/** Whether anything waits to be replayed (cheap: no parsing). */
export function hasJournal(): boolean {
  const s = store();
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (s.key(i)?.startsWith(ENTRY)) return true;
  return false;
}
