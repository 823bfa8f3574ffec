// Autosave: a change is written at most `delayMs` after it happened, even while the user keeps
// typing (a throttle, not a debounce: a debounce would postpone the save for as long as the
// typing lasts). Pending work is flushed when the page is hidden or unloaded and when the app
// is about to update (flush registry: a failed save fails the flush, so no update is applied over
// it). Saves run one after another, never in parallel. What a reload cuts short is not lost: the
// draft session (session.ts) journals every change synchronously before this timer even starts.
import { registerFlusher } from '../flush-registry.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** The save delay unless a screen asks for another (see AutosaveOptions.delayMs for why 100 ms). */
export const SAVE_DELAY_MS = 100;

export interface AutosaveOptions {
  save: () => Promise<void>;
  /**
   * Longest time between a change and the start of its save (default 100 ms: the target is
   * stored ≤ 300 ms after a change; measured on an idle 2-core machine, the input's own frame took
   * 9–37 ms and the write 20–80 ms, so 150 ms left too little room for a busy tablet). A function is asked at each
   * change: a screen whose save is costly (a roster of 1 000) may save less often while the user
   * works; the journal holds every keystroke meanwhile.
   */
  delayMs?: number | (() => number);
  onState?: (s: SaveState, error?: unknown) => void;
  /** Attach visibilitychange/pagehide listeners and register with the flush registry (default true). */
  attach?: boolean;
}

export interface Autosaver {
  /** Note a change; its save starts within delayMs. */
  changed(): void;
  /**
   * Save now if anything is pending; resolves when everything noted so far is written, and
   * rejects when that save failed (the work stays pending: the next change or flush retries).
   */
  flush(): Promise<void>;
  readonly dirty: boolean;
  dispose(): void;
}

export function createAutosaver(opts: AutosaveOptions): Autosaver {
  const delay = () => (typeof opts.delayMs === 'function' ? opts.delayMs() : opts.delayMs ?? SAVE_DELAY_MS);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  /** The last save, settled either way (so one failure does not block the next save). */
  let chain: Promise<void> = Promise.resolve();
  /** The outcome of the last save: a flush with nothing new to save still reports it. */
  let last: Promise<void> = Promise.resolve();
  let disposed = false;

  const run = (): Promise<void> => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    if (!dirty) return last;
    dirty = false;
    last = chain.then(async () => {
      opts.onState?.('saving');
      try {
        await opts.save();
        opts.onState?.(dirty ? 'pending' : 'saved');
      } catch (e) {
        dirty = true; // not written: still to be saved
        opts.onState?.('error', e);
        throw e;
      }
    });
    chain = last.catch(() => undefined);
    return last;
  };

  const background = () => { run().catch(() => undefined); }; // reported through onState
  const onHide = () => { if (document.visibilityState === 'hidden') background(); };
  const onPageHide = () => { background(); };
  let unregister: (() => void) | null = null;
  if (opts.attach !== false && typeof window !== 'undefined') {
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    unregister = registerFlusher(() => run());
  }

  return {
    changed() {
      if (disposed) return;
      dirty = true;
      opts.onState?.('pending');
      timer ??= setTimeout(() => { timer = null; background(); }, delay());
    },
    flush: () => run(),
    get dirty() { return dirty; },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      if (opts.attach !== false && typeof window !== 'undefined') {
        document.removeEventListener('visibilitychange', onHide);
        window.removeEventListener('pagehide', onPageHide);
      }
      unregister?.();
    },
  };
}
