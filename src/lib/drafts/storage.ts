// Persistent storage: browsers may evict an origin's data under storage pressure unless it is
// "persisted"; Safari (macOS, iOS, iPadOS) additionally clears script-written storage of sites
// not used for 7 days unless installed to the home screen. We ask for persistence, show the
// state, and on those browsers gently remind the user to export.

export interface StorageInfo {
  /** true: persisted; false: may be evicted; null: the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

export async function storageInfo(): Promise<StorageInfo> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  const persisted = s?.persisted ? await s.persisted().catch(() => null) : null;
  const est = s?.estimate ? await s.estimate().catch(() => null) : null;
  return { persisted, usage: est?.usage ?? null, quota: est?.quota ?? null };
}

/** Ask for persistent storage (granted silently or refused by the browser; never a crash). */
export async function requestPersistence(): Promise<boolean | null> {
  const s = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!s?.persist) return null;
  try {
    return await s.persist();
  } catch {
    return null;
  }
}

/**
 * Browsers that may delete drafts on their own: Safari on macOS (iPadOS presents itself the same
 * way) and every browser on iPhone/iPad (all use WebKit).
 */
export function mayEvict(userAgent: string): boolean {
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent)) return true;
  return /Safari\//.test(userAgent) && /Version\//.test(userAgent) && !/(Chrome|Chromium|CriOS|Edg|OPR|Firefox|FxiOS|Android)\//.test(userAgent);
}

/** "1,2 MB" */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${(n / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
  if (n < 1_000_000_000) return `${(n / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
  return `${(n / 1_000_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} GB`;
}
