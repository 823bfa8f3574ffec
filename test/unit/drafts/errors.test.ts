// What the user is told when a save fails (src/lib/error-text.ts, flush-registry.ts): never an
// empty message, the one sentence for a full storage whatever the browser calls it, and a
// flush that fails when any draft could not be saved.
import { describe, expect, it } from 'vitest';
import { errorText, isStorageFull, STORAGE_FULL_TEXT } from '../../../src/lib/error-text.ts';
import { chunkLoadText } from '../../../src/lib/chunk-load-text.ts';
import { flushAll, registerFlusher } from '../../../src/lib/flush-registry.ts';
import { DraftStoreError } from '../../../src/lib/drafts/db.ts';

describe('errorText', () => {
  it('says the storage is full for a QuotaExceededError with an empty message, and for Chromium\'s full-disk errors', () => {
    expect(new DOMException('', 'QuotaExceededError').message).toBe('');
    for (const e of [
      new DOMException('', 'QuotaExceededError'),
      new DOMException('Connection is closing because of: IO error: .../000003.log: FILE_ERROR_NO_SPACE (ChromeMethodBFE: 3::WritableFileAppend::8)', 'UnknownError'),
      new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
      new DraftStoreError('x', { storageFull: true }),
    ]) {
      expect(isStorageFull(e)).toBe(true);
      expect(errorText(e)).toBe(`${STORAGE_FULL_TEXT}.`);
    }
  });
  it('is never empty', () => {
    expect(errorText(new Error(''))).not.toBe('');
    expect(errorText(new DOMException('', 'AbortError'))).toContain('AbortError');
    expect(errorText(undefined)).not.toBe('');
    expect(errorText('')).not.toBe('');
    expect(errorText(new Error('Hỏng'))).toBe('Hỏng');
    expect(isStorageFull(new Error('Chỉ tiêu vượt quá'))).toBe(false);
  });
  it('a missing code chunk: online, the update is named first; offline, the connection', () => {
    expect(chunkLoadText('bộ quy tắc', true)).toMatch(/^Không tải được bộ quy tắc: ứng dụng có thể vừa được cập nhật/);
    expect(chunkLoadText('bộ quy tắc', true)).not.toMatch(/[A-Za-z]{3,} (module|fetch)/);
    expect(chunkLoadText('bộ quy tắc', false)).toContain('ngoại tuyến');
  });
});

describe('flushAll', () => {
  it('runs every flusher and rejects with the first reason when one failed', async () => {
    const ran: string[] = [];
    const off1 = registerFlusher(async () => { ran.push('a'); throw new DOMException('', 'QuotaExceededError'); });
    const off2 = registerFlusher(async () => { ran.push('b'); });
    await expect(flushAll()).rejects.toThrow(STORAGE_FULL_TEXT);
    expect(ran.sort()).toEqual(['a', 'b']);
    off1();
    await expect(flushAll()).resolves.toBeUndefined();
    off2();
  });
});
