// Writing a draft that another tab may be writing too. A save names the stored version it
// started from (its "base", by updatedAt, which every write makes strictly larger); inside one
// IndexedDB transaction it reads what is stored now and, if another tab wrote meanwhile, merges
// field by field (merge.ts) instead of overwriting: both edits survive, and where both tabs
// changed the same field the later edit is kept and the other value is returned so the user is
// told and can take it back. The same merge replays the pending-edit journal (journal.ts) left
// by a reload, a crash or a closed browser.
import { rawUpdate, TAB_ID, type MergeNote } from './db.ts';
import { parseDraftRecord, type DraftRecord } from './schema.ts';
import { deepEqual, merge3, type Conflict, type Json, type Path } from './merge.ts';
import { clearJournal, journalEntries, readJournalBase } from './journal-read.ts';
import { listDrafts } from './store.ts';
import { exportDrafts } from './transfer.ts';
import { errorText } from '../error-text.ts';

/** The part of a record the user edits (the rest — summary, ruleset — is derived from it). */
export interface DraftContent { name: string; data: unknown }
export const contentOf = (r: DraftContent): Json => ({ name: r.name, data: r.data as Json });

export type CommitOutcome =
  | { kind: 'saved'; record: DraftRecord }
  | { kind: 'merged'; record: DraftRecord; conflicts: Conflict[]; fromTheirs: Path[] }
  /** The draft this save started from is gone (deleted in another tab): nothing written. */
  | { kind: 'deleted' };

export interface CommitOptions {
  /** When the edit being saved was made (ms): the later edit wins a conflict, and becomes updatedAt. */
  editedAt: number;
  /** Write even if the base record was deleted meanwhile (the user asked to keep it, or a replay). */
  create?: boolean;
  /** Write nothing when the stored content already equals the result (a replay of work that was saved). */
  skipIfSame?: boolean;
  /**
   * The updatedAt of the stored version the edits started from, when that record itself is not at
   * hand (a replay whose journal has no base: it is written just after the keystroke's frame, see
   * session.ts). If it is still the stored one, nothing was written since and `mine` replaces it.
   */
  baseRev?: number | null;
}

const invalid = (r: DraftRecord, why: string) => new Error(`Không lưu được bản nháp “${r.name}”: ${why}.`);

/** Save `mine`, merging with whatever another tab stored since `base`. Throws (in Vietnamese) when it cannot be written. */
export async function commitDraft(mine: DraftRecord, base: DraftRecord | null, opts: CommitOptions): Promise<CommitOutcome> {
  const check = parseDraftRecord(mine);
  if (!check.ok) throw invalid(mine, check.error);
  let outcome: CommitOutcome = { kind: 'deleted' };
  await rawUpdate<DraftRecord>(mine.id, (raw) => {
    if (raw === undefined) {
      if (base && !opts.create) { outcome = { kind: 'deleted' }; return null; }
      const record = { ...mine, updatedAt: opts.editedAt };
      outcome = { kind: 'saved', record };
      return { put: record };
    }
    const stored = parseDraftRecord(raw);
    // A stored record this code cannot read is not merged into (it would be guessing); the save replaces it as before.
    const theirs = stored.ok ? stored.value : null;
    const updatedAt = Math.max(opts.editedAt, (theirs?.updatedAt ?? 0) + 1);
    const unchangedSinceBase = base ? theirs?.updatedAt === base.updatedAt : opts.baseRev != null && theirs?.updatedAt === opts.baseRev;
    if (!theirs || unchangedSinceBase || deepEqual(contentOf(theirs), contentOf(mine))) {
      if (theirs && opts.skipIfSame && deepEqual(contentOf(theirs), contentOf(mine))) { outcome = { kind: 'saved', record: theirs }; return null; }
      const record = { ...mine, createdAt: theirs?.createdAt ?? mine.createdAt, updatedAt };
      outcome = { kind: 'saved', record };
      return { put: record };
    }
    const m = merge3(base ? contentOf(base) : undefined, contentOf(theirs), contentOf(mine), opts.editedAt >= theirs.updatedAt);
    const merged = m.value as { name: string; data: unknown };
    let record: DraftRecord = { ...mine, name: merged.name, data: merged.data, createdAt: theirs.createdAt, updatedAt };
    let { conflicts, fromTheirs } = m;
    if (!parseDraftRecord(record).ok) {
      // The two versions do not combine into a valid draft: keep this tab's whole, and offer the other back.
      record = { ...mine, createdAt: theirs.createdAt, updatedAt };
      conflicts = [{ path: [], kept: contentOf(mine), lost: contentOf(theirs), loser: 'theirs' }];
      fromTheirs = [];
    }
    if (opts.skipIfSame && deepEqual(contentOf(record), contentOf(theirs))) { outcome = { kind: 'saved', record: theirs }; return null; }
    outcome = { kind: 'merged', record, conflicts, fromTheirs };
    const note: MergeNote | undefined = conflicts.length ? { id: mine.id, conflicts } : undefined;
    return { put: record, ...(note ? { note } : {}) };
  });
  return outcome;
}

export interface ReplayResult {
  id: string;
  type: string;
  /** What is stored now (absent when the replay failed). */
  record?: DraftRecord;
  /** The draft had never been stored: the journal brought it into being. */
  created: boolean;
  conflicts: Conflict[];
  /** Why it could not be replayed (the entry stays for the next try). */
  error?: string;
}

/**
 * Bring into IndexedDB what the journal holds from earlier page loads (this tab before a reload,
 * a crashed tab, a closed browser), merged with what is stored. An entry is removed only once
 * stored, and only if no newer keystroke rewrote it meanwhile.
 */
export async function replayJournal(): Promise<ReplayResult[]> {
  const out: ReplayResult[] = [];
  for (const { key, text, entry } of journalEntries()) {
    if (entry.page === TAB_ID) continue; // this page's own pending work: its autosave stores it
    const p = parseDraftRecord(entry.record);
    if (!p.ok) { out.push({ id: entry.id, type: entry.type, created: false, conflicts: [], error: p.error }); continue; }
    const b = parseDraftRecord(readJournalBase(entry.id, entry.page));
    const base = b.ok && b.value.updatedAt === entry.baseRev ? b.value : null;
    try {
      const r = await commitDraft(p.value, base, { editedAt: entry.at, create: true, skipIfSame: true, baseRev: entry.baseRev });
      clearJournal(key, text);
      if (r.kind === 'deleted') continue; // cannot happen with create: true
      out.push({ id: entry.id, type: entry.type, record: r.record, created: entry.baseRev === null, conflicts: r.kind === 'merged' ? r.conflicts : [] });
    } catch (e) {
      out.push({ id: entry.id, type: entry.type, created: false, conflicts: [], error: errorText(e) });
    }
  }
  return out;
}

/**
 * Every draft as an export file, including what is not stored yet: `current` (the draft on
 * screen) and the journal's pending entries. Used when storage is full: the stored drafts may not
 * even be readable then, and the newest work is only in memory and in the journal.
 */
export async function exportEverything(current: DraftRecord | null): Promise<{ text: string; count: number }> {
  const byId = new Map<string, DraftRecord>();
  try { for (const d of (await listDrafts()).valid) byId.set(d.id, d); } catch { /* unreadable now: export what is in memory */ }
  for (const { entry } of journalEntries()) {
    const p = parseDraftRecord(entry.record);
    if (p.ok && (byId.get(p.value.id)?.updatedAt ?? -1) < p.value.updatedAt) byId.set(p.value.id, p.value);
  }
  if (current && parseDraftRecord(current).ok) byId.set(current.id, current);
  const list = [...byId.values()].sort((a, b) => b.updatedAt - a.updatedAt);
  return { text: exportDrafts(list), count: list.length };
}
