// What the user is told when something was thrown. Never an empty string (a browser's
// QuotaExceededError may carry no message at all) and, for the failures a user can act on, a
// Vietnamese sentence that says what to do rather than the browser's English.

/** The one sentence for a full storage, everywhere (drafts, import, rename, the update prompt). */
export const STORAGE_FULL_TEXT = 'Bộ nhớ của trình duyệt đã đầy — hãy xuất bản nháp ra tệp rồi xoá bớt';

const nameOf = (e: unknown): string => (e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? (e as { name: string }).name : '');
const messageOf = (e: unknown): string =>
  e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string' ? (e as { message: string }).message : '';

/**
 * Whether a storage failure means "no room left": the quota error of every browser, or the disk
 * being full under IndexedDB (Chromium reports it as an UnknownError whose text names
 * FILE_ERROR_NO_SPACE; once that happened, opening the database fails with "Internal error
 * opening backing store" until space is freed, which is why that counts too).
 */
export function isStorageFull(e: unknown): boolean {
  if (e && typeof e === 'object' && (e as { storageFull?: unknown }).storageFull === true) return true;
  const name = nameOf(e);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  const msg = messageOf(e);
  if (/NO_SPACE|ENOSPC|No space left|disk (is )?full|quota ?exceeded/i.test(msg)) return true;
  return name === 'UnknownError' && /backing store/i.test(msg);
}

/** The message of something thrown, to show inside a Vietnamese sentence; never ''. */
export function errorText(e: unknown): string {
  if (isStorageFull(e)) return `${STORAGE_FULL_TEXT}.`;
  const msg = (e instanceof Error || (e && typeof e === 'object' && 'message' in e) ? messageOf(e) : String(e ?? '')).trim();
  if (msg) return msg;
  const name = nameOf(e);
  return name ? `lỗi của trình duyệt (${name})` : 'lỗi không rõ nguyên nhân';
}
