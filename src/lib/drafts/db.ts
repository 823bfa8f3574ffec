// The drafts database, without validation: opening (with migrations), raw reads and writes,
// and keeping tabs consistent. Deliberately free of zod and of the rules engine so that the
// calculator's first load stays small; src/lib/drafts/store.ts validates every record that
// comes out of here.
//
// Tabs: every write is announced on a BroadcastChannel so other tabs refresh their view. A tab
// whose code is older than the database (another tab opened a newer version, or announced one)
// closes its connection and stops writing: it would otherwise write records in a layout the newer
// code no longer expects. It then asks the user to reload.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, STORE, upgradeDb } from './migrations.ts';
import type { Path } from './merge.ts';
import { errorText, isStorageFull } from '../error-text.ts';

export { DB_NAME, DB_VERSION, STORE };

export type StoreState = 'ok' | 'outdated' | 'unavailable';

/** What other tabs (and other parts of this tab) are told. */
export type DraftMessage =
  | { t: 'changed'; ids: string[]; from: string; merged?: MergeNote }
  | { t: 'deleted'; ids: string[]; from: string }
  | { t: 'hello'; version: number; from: string };

/** Sent with a write that merged two tabs' edits: the values that lost, so the tab they came from can say so and offer them back. */
export interface MergeNote { id: string; conflicts: { path: Path; kept: unknown; lost: unknown; loser: 'mine' | 'theirs' }[] }

export const CHANNEL_NAME = 'so-tay-xep-loai:ban-nhap';

/** Thrown by writes in a tab that must not write (outdated code, no IndexedDB), and by failed writes (`storageFull` when there is no room). */
export class DraftStoreError extends Error {
  readonly storageFull: boolean;
  constructor(message: string, options: { storageFull?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.storageFull = options.storageFull ?? false;
  }
}

/** A failed IndexedDB operation as the user is told it (the browser's own error kept as `cause`). */
function storeError(e: unknown): unknown {
  if (e instanceof DraftStoreError) return e;
  if (isStorageFull(e)) return new DraftStoreError(errorText(e), { storageFull: true, cause: e });
  return e;
}

const randomId = (): string => {
  const c: Crypto = globalThis.crypto;
  // randomUUID exists only in secure contexts (https, localhost); getRandomValues everywhere.
  if (typeof c.randomUUID === 'function') return c.randomUUID();
  const b = new Uint8Array(16);
  c.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
};

/** Id of this tab, to ignore our own broadcasts. */
export const TAB_ID = randomId();
export const newDraftId = (): string => randomId();

let state: StoreState = 'ok';
let problem = '';
const stateListeners = new Set<(s: StoreState, why: string) => void>();
const messageListeners = new Set<(m: DraftMessage, local: boolean) => void>();

function setState(s: StoreState, why: string) {
  if (state === 'outdated') return; // final until reload
  state = s;
  problem = why;
  for (const f of stateListeners) f(s, why);
}

export const storeState = (): StoreState => state;
export const storeProblem = (): string => problem;
export function onStoreState(f: (s: StoreState, why: string) => void): () => void {
  stateListeners.add(f);
  return () => stateListeners.delete(f);
}
/** Changes by other tabs (local = false) and by this tab (local = true). */
export function onDraftMessage(f: (m: DraftMessage, local: boolean) => void): () => void {
  ensureChannel();
  messageListeners.add(f);
  return () => messageListeners.delete(f);
}

export const OUTDATED_TEXT = 'Ứng dụng đã được cập nhật ở một tab khác. Tab này tạm ngừng lưu bản nháp để không ghi đè dữ liệu theo định dạng cũ — hãy tải lại trang.';

let channel: BroadcastChannel | null = null;
function ensureChannel() {
  if (channel || typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (ev: MessageEvent<DraftMessage>) => {
    const m = ev.data;
    if (!m || typeof m !== 'object' || m.from === TAB_ID) return;
    if (m.t === 'hello') {
      if (typeof m.version === 'number' && m.version > DB_VERSION) { closeDb(); setState('outdated', OUTDATED_TEXT); }
      return;
    }
    for (const f of messageListeners) f(m, false);
  };
  channel.postMessage({ t: 'hello', version: DB_VERSION, from: TAB_ID } satisfies DraftMessage);
}

function announce(m: DraftMessage) {
  ensureChannel();
  channel?.postMessage(m);
  for (const f of messageListeners) f(m, true);
}

let dbp: Promise<IDBPDatabase> | null = null;
let dbHandle: IDBPDatabase | null = null;
function closeDb() {
  dbHandle?.close();
  dbHandle = null;
}

/** Open (and if needed upgrade) the database. Rejects with a Vietnamese message. */
export function db(): Promise<IDBPDatabase> {
  if (state !== 'ok') return Promise.reject(new DraftStoreError(problem));
  ensureChannel();
  dbp ??= (async () => {
    if (typeof indexedDB === 'undefined') {
      setState('unavailable', 'Trình duyệt này không cho lưu dữ liệu (IndexedDB) — có thể đang ở chế độ ẩn danh. Bản nháp sẽ không được lưu; hãy xuất tệp để giữ lại.');
      throw new DraftStoreError(problem);
    }
    try {
      const d = await openDB(DB_NAME, DB_VERSION, {
        upgrade(database, oldVersion, _newVersion, tx) { void upgradeDb(database, oldVersion, tx); },
        // A newer version of the app wants to upgrade the database: step aside and stop writing.
        blocking() { closeDb(); setState('outdated', OUTDATED_TEXT); },
        // The browser closed the connection (a full disk does that): open again on the next
        // read or write, which either works (space was freed) or says why not.
        terminated() { dbHandle = null; dbp = null; },
      });
      dbHandle = d;
      return d;
    } catch (e) {
      dbp = null;
      if (e instanceof DOMException && e.name === 'VersionError') {
        setState('outdated', 'Bản nháp trên máy này đã được lưu bởi phiên bản mới hơn của ứng dụng. Hãy tải lại trang để dùng phiên bản mới.');
        throw new DraftStoreError(problem);
      }
      // Not final: a full disk, for one, heals when the user frees space.
      if (isStorageFull(e)) throw storeError(e);
      throw new DraftStoreError(`Không mở được kho bản nháp (${errorText(e)}).`, { cause: e });
    }
  })();
  return dbp;
}

function assertWritable() {
  if (state !== 'ok') throw new DraftStoreError(problem);
}

/** Reads, with a failure said as the user should hear it (a full disk breaks reads too). */
async function read<T>(f: (d: IDBPDatabase) => Promise<T>): Promise<T> {
  const d = await db();
  try { return await f(d); } catch (e) { throw storeError(e); }
}
export const rawAll = (): Promise<unknown[]> => read((d) => d.getAll(STORE));
export const rawGet = (id: string): Promise<unknown> => read((d) => d.get(STORE, id));
/** Raw records of one type (uses the v2 index). */
export const rawByType = (type: string): Promise<unknown[]> => read((d) => d.getAllFromIndex(STORE, 'type', type));
/** How many records of one type there are (no record is read: nothing to validate yet). */
export const countByType = (type: string): Promise<number> => read((d) => d.countFromIndex(STORE, 'type', type));

/** Write records (one transaction) and tell the other tabs. Callers validate first (store.ts). */
export async function rawPut(records: readonly { id: string }[]): Promise<void> {
  assertWritable();
  const d = await db();
  assertWritable();
  try {
    const tx = d.transaction(STORE, 'readwrite');
    await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  } catch (e) { throw storeError(e); }
  announce({ t: 'changed', ids: records.map((r) => r.id), from: TAB_ID });
}

/**
 * Read-modify-write of one record in a single transaction, so no other tab can write between
 * the read and the write (IndexedDB runs read-write transactions on a store one at a time).
 * `decide` gets the stored record (undefined: none) and returns what to write (with a note for
 * the other tabs when it merged their edits), or null to write nothing; it must be synchronous
 * (the transaction would commit while it awaited).
 */
export async function rawUpdate<T extends { id: string }>(id: string, decide: (current: unknown) => { put: T; note?: MergeNote } | null): Promise<T | null> {
  assertWritable();
  const d = await db();
  assertWritable();
  let next: { put: T; note?: MergeNote } | null = null;
  try {
    const tx = d.transaction(STORE, 'readwrite');
    const current: unknown = await tx.store.get(id);
    next = decide(current);
    if (next) tx.store.put(next.put).catch(() => undefined); // a failed put fails tx.done, reported below
    await tx.done;
  } catch (e) { throw storeError(e); }
  if (!next) return null;
  announce({ t: 'changed', ids: [id], from: TAB_ID, ...(next.note ? { merged: next.note } : {}) });
  return next.put;
}

export async function rawDelete(ids: readonly string[]): Promise<void> {
  assertWritable();
  const d = await db();
  try {
    const tx = d.transaction(STORE, 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  } catch (e) { throw storeError(e); }
  announce({ t: 'deleted', ids: [...ids], from: TAB_ID });
}
