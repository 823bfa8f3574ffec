// Islands that hold unsaved work (calculator drafts, rosters) register a flusher here; the
// update prompt and page-hide handlers call flushAll() so a reload never loses a keystroke.
type Flusher = () => Promise<void> | void;
const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** True while any island has registered unsaved-work handling (a form is open). */
export const hasOpenForms = (): boolean => flushers.size > 0;

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}
