// The rules for moving a tab to a new version, kept free of the DOM and of workbox-window
// itself so they can be tested with a fake: nothing here may cost a user a draft.
//
//  - A new service worker is waiting → offer "Đã có phiên bản mới". It waits (skipWaiting is
//    off) until the user accepts; then every open draft is flushed, the worker is told to
//    activate (SKIP_WAITING) and the tab reloads once the new worker controls it.
//  - A draft that cannot be saved (storage full…) stops the update: nothing is activated or
//    reloaded, the prompt says why and stays, so the user can export and try again.
//  - Another tab activated the new version → this tab now runs old page code under the new
//    worker (old lazy chunks are gone from the cache). Reload, but never on our own while a form
//    is open: then only offer the reload and flush before doing it.
//  - The first worker ever has activated → tell the user offline use is ready.

import { errorText } from '../error-text.ts';

/** The part of workbox-window's `Workbox` this module needs (its events carry these flags). */
export interface WorkboxEventLike {
  isUpdate?: boolean;
  isExternal?: boolean;
}
export interface WorkboxLike {
  addEventListener(type: 'waiting' | 'controlling' | 'activated', listener: (event: WorkboxEventLike) => void): void;
  messageSkipWaiting(): void;
}

export interface UpdateView {
  /** Show "Đã có phiên bản mới"; `kind` says whether accepting activates or only reloads. */
  offerUpdate(kind: 'activate' | 'reload', accept: () => void): void;
  /** The user accepted: drafts are being saved and the new version started. */
  showUpdating(): void;
  /** First install finished: "Đã sẵn sàng dùng ngoại tuyến". */
  showOfflineReady(): void;
  /** The final save failed: the update did not happen; `reason` is the Vietnamese why. The offer stays. */
  showSaveFailed(reason: string): void;
}

export interface UpdateDeps {
  wb: WorkboxLike;
  view: UpdateView;
  /** Saves every open draft; rejects (with a Vietnamese message) when one could not be saved. */
  flushAll: () => Promise<void>;
  hasOpenForms: () => boolean;
  reload: () => void;
  /** Whether a service worker controlled this page when it loaded. A page that had none runs
   *  code straight from the network, so a worker taking control is a first install, not an update. */
  hadController: boolean;
}

export type UpdateState = 'current' | 'waiting' | 'activated-elsewhere' | 'accepted' | 'reloading';

export function createUpdateController({ wb, view, flushAll, hasOpenForms, reload, hadController }: UpdateDeps) {
  let state: UpdateState = 'current';

  /** Flush; on failure tell the user, offer the update again and say no. */
  const flushed = async (offerAgain: 'activate' | 'reload'): Promise<boolean> => {
    try {
      await flushAll();
      return true;
    } catch (e) {
      state = offerAgain === 'activate' ? 'waiting' : 'activated-elsewhere';
      view.showSaveFailed(errorText(e));
      view.offerUpdate(offerAgain, () => void accept());
      return false;
    }
  };

  const doReload = async () => {
    if (state === 'reloading') return;
    state = 'reloading';
    if (!(await flushed('reload'))) return; // again: a keystroke may have landed since the user clicked
    reload();
  };

  const accept = async () => {
    if (state === 'accepted' || state === 'reloading') return; // double click
    const activatedElsewhere = state === 'activated-elsewhere';
    state = 'accepted';
    view.showUpdating();
    if (!(await flushed(activatedElsewhere ? 'reload' : 'activate'))) return;
    if (activatedElsewhere) { state = 'activated-elsewhere'; await doReload(); }
    else wb.messageSkipWaiting(); // → 'controlling' → reload below
  };

  /** A new version is installed and waiting. Also called by service-worker-session.ts for the
   *  versions workbox-window does not follow: after the first update it finds that it did not
   *  start itself, it stops listening for more (Workbox.ts, _onUpdateFound), so a version
   *  installed after a failed one would never be offered in this tab. */
  const waiting = () => {
    if (state !== 'current') return;
    state = 'waiting';
    view.offerUpdate('activate', () => void accept());
  };
  wb.addEventListener('waiting', waiting);

  wb.addEventListener('controlling', (event) => {
    if (state === 'accepted') { void doReload(); return; }
    // First install (clientsClaim): the page just became controlled, nothing to reload.
    if (!event.isUpdate && !event.isExternal) return;
    // A worker registered by another tab on the first visit also arrives as "external".
    if (!hadController) return;
    if (state === 'reloading') return;
    if (!hasOpenForms()) { void doReload(); return; }
    state = 'activated-elsewhere';
    view.offerUpdate('reload', () => void accept());
  });

  wb.addEventListener('activated', (event) => {
    if (!event.isUpdate && !event.isExternal) view.showOfflineReady();
  });

  return { get state() { return state; }, accept, waiting };
}
