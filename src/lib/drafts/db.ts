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
import { errorText } from '../error-text.ts';

export { DB_NAME, DB_VERSION, STORE };

export type StoreState = 'ok' | 'outdated' | 'unavailable';

/** What other tabs (and other parts of this tab) are told. */
export type DraftMessage =
  | { t: 'changed'; ids: string[]; from: string }
  | { t: 'deleted'; ids: string[]; from: string }
  | { t: 'hello'; version: number; from: string };

export const CHANNEL_NAME = 'so-tay-xep-loai:ban-nhap';

/** Thrown by writes in a tab that must not write (outdated code, no IndexedDB). */
export class DraftStoreError extends Error {}

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
        terminated() { dbHandle = null; dbp = null; setState('unavailable', 'Trình duyệt đã đóng cơ sở dữ liệu bản nháp (có thể do thiếu dung lượng). Hãy tải lại trang.'); },
      });
      dbHandle = d;
      return d;
    } catch (e) {
      dbp = null;
      if (e instanceof DOMException && e.name === 'VersionError') {
        setState('outdated', 'Bản nháp trên máy này đã được lưu bởi phiên bản mới hơn của ứng dụng. Hãy tải lại trang để dùng phiên bản mới.');
      } else {
        setState('unavailable', `Không mở được kho bản nháp (${errorText(e)}).`);
      }
      throw new DraftStoreError(problem);
    }
  })();
  return dbp;
}

function assertWritable() {
  if (state !== 'ok') throw new DraftStoreError(problem);
}

export async function rawAll(): Promise<unknown[]> {
  return (await db()).getAll(STORE);
}
export async function rawGet(id: string): Promise<unknown> {
  return (await db()).get(STORE, id);
}
/** Raw records of one type (uses the v2 index). */
export async function rawByType(type: string): Promise<unknown[]> {
  return (await db()).getAllFromIndex(STORE, 'type', type);
}

/** How many records of one type there are (no record is read: nothing to validate yet). */
export async function countByType(type: string): Promise<number> {
  return (await db()).countFromIndex(STORE, 'type', type);
}

/** Write records (one transaction) and tell the other tabs. Callers validate first (store.ts). */
export async function rawPut(records: readonly { id: string }[]): Promise<void> {
  assertWritable();
  const d = await db();
  assertWritable();
  const tx = d.transaction(STORE, 'readwrite');
  await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
  announce({ t: 'changed', ids: records.map((r) => r.id), from: TAB_ID });
}

export async function rawDelete(ids: readonly string[]): Promise<void> {
  assertWritable();
  const d = await db();
  const tx = d.transaction(STORE, 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  announce({ t: 'deleted', ids: [...ids], from: TAB_ID });
}
