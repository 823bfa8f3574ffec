// Islands that hold unsaved work (calculator drafts, rosters, review forms) register a flusher
// here; the update prompt calls flushAll() before it activates a new version or reloads, and must
// not go on when a draft could not be saved (flushAll then rejects with the reason).
import { errorText } from './error-text.ts';

type Flusher = () => Promise<void> | void;
const flushers = new Set<Flusher>();

export function registerFlusher(flush: Flusher): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** True while any island has registered unsaved-work handling (a form is open). */
export const hasOpenForms = (): boolean => flushers.size > 0;

/** Thrown by flushAll when some draft was not saved; `message` is the first reason, in Vietnamese. */
export class FlushError extends Error {
  readonly reasons: unknown[];
  constructor(reasons: unknown[]) {
    super(errorText(reasons[0]));
    this.reasons = reasons;
  }
}

/** Save every open draft; every flusher runs even when one fails, then a failure rejects. */
export async function flushAll(): Promise<void> {
  const results = await Promise.allSettled([...flushers].map(async (f) => f()));
  const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failed.length) throw new FlushError(failed);
}
