// Reading the pending-edit journal back (journal.ts writes it): for a replay after a reload, a
// crash or a closed browser, and to clear an entry once IndexedDB holds what it holds.
import { BASE, baseKey, ENTRY, store, type JournalEntry } from './journal.ts';

export interface StoredEntry { key: string; text: string; entry: JournalEntry }

export function readJournalBase(id: string, page: string): unknown {
  const s = store();
  const text = s?.getItem(baseKey(id, page));
  if (!text) return undefined;
  try { return JSON.parse(text); } catch { return undefined; }
}

const isEntry = (v: unknown): v is JournalEntry => {
  const e = v as Partial<JournalEntry> | null;
  return !!e && e.v === 1 && typeof e.id === 'string' && typeof e.type === 'string' && typeof e.page === 'string' && typeof e.at === 'number'
    && (e.baseRev === null || typeof e.baseRev === 'number') && !!e.record && typeof e.record === 'object';
};

/** Every entry left in the journal (of every tab and page load), oldest edit first; optionally of one draft. */
export function journalEntries(draftId?: string): StoredEntry[] {
  const s = store();
  if (!s) return [];
  const out: StoredEntry[] = [];
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key?.startsWith(ENTRY)) continue;
    if (draftId !== undefined && !key.startsWith(`${ENTRY}${draftId}:`)) continue;
    const text = s.getItem(key);
    if (!text) continue;
    try {
      const entry: unknown = JSON.parse(text);
      if (isEntry(entry)) out.push({ key, text, entry });
    } catch { /* a torn or foreign value: not ours to interpret */ }
  }
  return out.sort((a, b) => a.entry.at - b.entry.at);
}

/**
 * Remove an entry once what it holds is stored — only if it is still the text that was stored
 * (a newer keystroke may have rewritten it meanwhile; that one stays).
 */
export function clearJournal(key: string, text: string): void {
  const s = store();
  if (!s) return;
  try {
    if (s.getItem(key) !== text) return;
    s.removeItem(key);
    s.removeItem(BASE + key.slice(ENTRY.length));
  } catch { /* nothing to do */ }
}

