// The pending-edit journal (src/lib/drafts/journal.ts) against an in-memory localStorage: one
// entry per draft and page load, a clear that spares a newer keystroke, and a refusal (storage
// full or disabled) that never throws into the input handler.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasJournal, journalKey, writeJournal, writeJournalBase, type JournalEntry } from '../../../src/lib/drafts/journal.ts';
import { clearJournal, journalEntries, readJournalBase } from '../../../src/lib/drafts/journal-read.ts';

class MemoryStorage {
  map = new Map<string, string>();
  full = false;
  get length() { return this.map.size; }
  key(i: number) { return [...this.map.keys()][i] ?? null; }
  getItem(k: string) { return this.map.get(k) ?? null; }
  setItem(k: string, v: string) { if (this.full) throw new DOMException('', 'QuotaExceededError'); this.map.set(k, String(v)); }
  removeItem(k: string) { this.map.delete(k); }
  clear() { this.map.clear(); }
}
let mem: MemoryStorage;
beforeEach(() => { mem = new MemoryStorage(); (globalThis as { localStorage?: unknown }).localStorage = mem; });
afterEach(() => { delete (globalThis as { localStorage?: unknown }).localStorage; });

const entry = (over: Partial<JournalEntry> = {}): JournalEntry => ({ v: 1, id: 'd1', type: 'case', page: 'p1', baseRev: 100, at: 200, record: { id: 'd1', name: 'A' }, ...over });

describe('journal', () => {
  it('keeps one entry per draft and page load; two tabs on one draft do not overwrite each other', () => {
    writeJournal(entry({ page: 'p1', at: 300 }));
    writeJournal(entry({ page: 'p2', at: 250 }));
    writeJournal(entry({ page: 'p1', at: 310 })); // the next keystroke in p1 replaces p1's entry
    expect(journalEntries().map((e) => [e.entry.page, e.entry.at])).toEqual([['p2', 250], ['p1', 310]]);
    expect(journalEntries('d2')).toEqual([]);
    expect(hasJournal()).toBe(true);
  });

  it('clears an entry only if no newer keystroke rewrote it, and its base with it', () => {
    const t1 = writeJournal(entry({ at: 1 }))!;
    writeJournalBase('d1', 'p1', { id: 'd1', updatedAt: 100 });
    const t2 = writeJournal(entry({ at: 2 }))!;
    clearJournal(journalKey('d1', 'p1'), t1); // a save of the older snapshot finished
    expect(journalEntries()).toHaveLength(1);
    expect(readJournalBase('d1', 'p1')).toEqual({ id: 'd1', updatedAt: 100 });
    clearJournal(journalKey('d1', 'p1'), t2);
    expect(journalEntries()).toHaveLength(0);
    expect(readJournalBase('d1', 'p1')).toBeUndefined();
    expect(hasJournal()).toBe(false);
  });

  it('a full or missing storage is reported, not thrown; foreign and torn values are ignored', () => {
    mem.full = true;
    expect(writeJournal(entry())).toBeNull();
    mem.full = false;
    mem.map.set('so-tay-xep-loai:nhat-ky:x:y', '{"v":1,"id":'); // torn
    mem.map.set('so-tay-xep-loai:nhat-ky:z:y', '{"v":2}');
    mem.map.set('other-app', '{}');
    expect(journalEntries()).toEqual([]);
    delete (globalThis as { localStorage?: unknown }).localStorage;
    expect(writeJournal(entry())).toBeNull();
    expect(journalEntries()).toEqual([]);
  });
});
