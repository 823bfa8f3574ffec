// The stored layout of drafts, version by version. The IndexedDB version number and the
// `schemaVersion` written into every record are the same number, so a record says which code
// wrote it and an export file can be migrated exactly like the database.
//
// Version 1 (first prototype): one object store "drafts" keyed by id, records
//   { id, name, type, data, updatedAt } and, for calculator cases, data = { evaluationDate, ruleset, subject }.
// Version 2 (current): records also carry createdAt, rulesetId, summary and schemaVersion; case
//   data gained `locality`; indexes on updatedAt and type let the list and the meeting tools read
//   only what they need.
//
// Migrations are pure functions of a record so the same code upgrades the database (in the
// `upgrade` callback) and old export files (on import), and can be tested without a browser.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

export const DB_NAME = 'so-tay-xep-loai-ban-nhap';
export const STORE = 'drafts';
/** Current layout; also the `schemaVersion` of every record written by this code. */
export const DB_VERSION = 2;

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** A version-1 record brought to version 2. Anything that is not a v1 record is returned unchanged (validation reports it). */
export function migrateV1toV2(raw: unknown): unknown {
  if (!isObj(raw)) return raw;
  const updatedAt = typeof raw.updatedAt === 'number' ? raw.updatedAt : 0;
  let data = raw.data;
  let rulesetId: string | null = null;
  if (raw.type === 'case' && isObj(data)) {
    rulesetId = typeof data.ruleset === 'string' ? data.ruleset : null;
    data = { locality: '', ...data };
  }
  return {
    id: raw.id, name: raw.name ?? '', type: raw.type, data,
    rulesetId, summary: {}, createdAt: updatedAt, updatedAt, schemaVersion: 2,
  };
}

/** Version of a stored or imported record: v1 records have no `schemaVersion` field. */
export function recordVersion(raw: unknown): number | null {
  if (!isObj(raw)) return null;
  if (raw.schemaVersion === undefined) return 1;
  return typeof raw.schemaVersion === 'number' && Number.isInteger(raw.schemaVersion) ? raw.schemaVersion : null;
}

/** Bring any older record to the current version (null version = not a record: left for validation to reject). */
export function migrateRecord(raw: unknown): unknown {
  let v = recordVersion(raw);
  let r = raw;
  if (v === 1) { r = migrateV1toV2(r); v = 2; }
  return r;
}

/** The IndexedDB `upgrade` callback: builds each version's layout in turn and migrates the records. */
export async function upgradeDb(db: IDBPDatabase, oldVersion: number, tx: IDBPTransaction<unknown, StoreNames<unknown>[], 'versionchange'>): Promise<void> {
  if (oldVersion < 1) db.createObjectStore(STORE, { keyPath: 'id' });
  if (oldVersion < 2) {
    const store = tx.objectStore(STORE);
    store.createIndex('updatedAt', 'updatedAt');
    store.createIndex('type', 'type');
    if (oldVersion >= 1) {
      for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
        await cursor.update(migrateV1toV2(cursor.value));
      }
    }
  }
}
