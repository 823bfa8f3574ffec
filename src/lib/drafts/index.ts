// Public API of the drafts store (validated). Light, zod-free parts for first-load code are in
// ./db.ts (raw access, tab messages) and ./autosave.ts.
export * from './schema.ts';
export * from './store.ts';
export * from './transfer.ts';
export * from './storage.ts';
export { registerDraftType, draftType, draftTypes, type DraftTypeDef } from './registry.ts';
export { onDraftMessage, onStoreState, storeState, storeProblem, newDraftId, TAB_ID, DraftStoreError, type DraftMessage, type StoreState } from './db.ts';
