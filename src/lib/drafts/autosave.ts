// Autosave: a change is written at most `delayMs` after it happened, even while the user keeps
// typing (a throttle, not a debounce: a debounce would postpone the save for as long as the
// typing lasts). Pending work is flushed when the page is hidden or unloaded and when the app
// is about to update (flush registry). Saves run one after another, never in parallel.
import { registerFlusher } from '../flush-registry.ts';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions {
  save: () => Promise<void>;
  /** Longest time between a change and the start of its save (default 200 ms: the target is stored ≤ 300 ms after a change). */
  delayMs?: number;
  onState?: (s: SaveState, error?: unknown) => void;
  /** Attach visibilitychange/pagehide listeners and register with the flush registry (default true). */
  attach?: boolean;
}

export interface Autosaver {
  /** Note a change; its save starts within delayMs. */
  changed(): void;
  /** Save now if anything is pending; resolves when everything noted so far is written. */
  flush(): Promise<void>;
  readonly dirty: boolean;
  dispose(): void;
}

export function createAutosaver(opts: AutosaveOptions): Autosaver {
  const delay = opts.delayMs ?? 200;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let chain: Promise<void> = Promise.resolve();
  let disposed = false;

  const run = (): Promise<void> => {
    if (timer !== null) { clearTimeout(timer); timer = null; }
    if (!dirty) return chain;
    dirty = false;
    chain = chain.then(async () => {
      opts.onState?.('saving');
      try {
        await opts.save();
        opts.onState?.(dirty ? 'pending' : 'saved');
      } catch (e) {
        opts.onState?.('error', e);
      }
    });
    return chain;
  };

  const onHide = () => { if (document.visibilityState === 'hidden') void run(); };
  const onPageHide = () => { void run(); };
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
      timer ??= setTimeout(() => { timer = null; void run(); }, delay);
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
