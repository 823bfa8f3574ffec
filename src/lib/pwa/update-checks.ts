// When a tab asks the server for a new version, and what it does when getting one fails. Free of
// the DOM and of workbox-window so that it can be tested with fakes; service-worker-session.ts
// wires it to the browser.
//
//  - Back online, or the tablet woken after a while, or once an hour: check.
//  - A check can fail two ways: the worker script cannot be fetched (update() rejects), or the new
//    version starts installing and its files cannot all be fetched (the Wi-Fi of a meeting room
//    drops mid-download, a deploy is still being copied): the new worker becomes redundant
//    without ever being installed. The browser does not try again by itself, and an "online"
//    check made while that failing install was still running shares its fate (the browser
//    merges update requests of one registration), so without a retry the new version would wait
//    for the hourly check. Retry after 15 s, 1 min, 5 min, then hourly; while offline, at the
//    next "online".

/** Delays between a failed check and the next try (then the regular interval). */
export const RETRY_DELAYS_MS = [15_000, 60_000, 5 * 60_000] as const;
/** How often a tab that stays open (a whole meeting) asks the server for a new version. */
export const CHECK_INTERVAL_MS = 60 * 60_000;

export interface UpdateCheckDeps {
  /** Ask the browser for an update check (registration.update()); rejects if sw.js cannot be fetched. */
  update(): Promise<unknown>;
  isOnline(): boolean;
  /** setTimeout; returns a cancel function. */
  schedule(run: () => void, ms: number): () => void;
}

export function createUpdateChecks({ update, isOnline, schedule }: UpdateCheckDeps) {
  let failures = 0;
  let cancelRetry: (() => void) | null = null;

  const check = (): void => {
    cancelRetry?.();
    cancelRetry = null;
    if (!isOnline()) return; // the "online" event checks
    update().catch(() => failed());
  };

  /** A check or an install failed: try again later (sooner the first times). */
  const failed = (): void => {
    const delay = RETRY_DELAYS_MS[failures] ?? CHECK_INTERVAL_MS;
    failures += 1;
    cancelRetry?.();
    cancelRetry = schedule(check, delay);
  };

  /** A new version's worker finished installing (it is waiting): the next failure starts over. */
  const installed = (): void => { failures = 0; };

  return { check, failed, installed, get failures() { return failures; } };
}

/**
 * Reports how a new worker's install ends: `failed` when it becomes redundant without having been
 * installed (its precache could not be fetched), `installed` when it waits. A waiting worker
 * replaced later by a newer one is also redundant, but it had installed: not a failure.
 */
export function watchInstall(
  worker: { state: string; addEventListener(type: 'statechange', listener: () => void): void },
  on: { failed(): void; installed(): void },
): void {
  let wasInstalled = false;
  const seen = () => {
    if (worker.state === 'installed' || worker.state === 'activating' || worker.state === 'activated') {
      if (!wasInstalled) { wasInstalled = true; on.installed(); }
    } else if (worker.state === 'redundant' && !wasInstalled) on.failed();
  };
  worker.addEventListener('statechange', seen);
  seen();
}
