// "Later, when the browser has nothing better to do": requestIdleCallback where there is one,
// else a short timeout with a frame-sized budget (Safari has no requestIdleCallback). The
// calculator uses it for work that must not delay the result of an input (loading the engine
// before the first interaction, the comparison row by row, the clause help); every page, to
// register the service worker after it has loaded (src/lib/pwa/register.ts).
// And "once this input's frame has been painted" (afterPaint), for work the user need not see in
// that frame (the calculator's explanation, the roster's drawing and paste box, a big draft's
// journal entry). One module for both: every page loads it already (register.ts), so importing
// it adds no request.

export interface IdleDeadline { timeRemaining(): number; readonly didTimeout: boolean }

/** Run `fn` when idle (at the latest after `timeoutMs`); the returned function cancels it. */
export function whenIdle(fn: (deadline: IdleDeadline) => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const h = requestIdleCallback(fn, { timeout: timeoutMs });
    return () => cancelIdleCallback(h);
  }
  const h = setTimeout(() => {
    const end = performance.now() + 8;
    fn({ timeRemaining: () => Math.max(0, end - performance.now()), didTimeout: false });
  }, 16);
  return () => clearTimeout(h);
}

/** A page in the background has no frames: afterPaint runs its work at the latest this long after the request (ms). */
const NO_FRAME_MS = 200;

/**
 * Run `fn` once, after the next frame has been painted: requestAnimationFrame runs just before
 * that frame is rendered, a task queued from it runs after. A page in the background renders no
 * frame, so `fn` then runs after NO_FRAME_MS instead (what is put off is still done: a roster's
 * list drawn, a draft's journal entry written). The returned function cancels it.
 */
export function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => { clearTimeout(noFrame); timer = setTimeout(fn, 0); });
  const noFrame = setTimeout(() => { cancelAnimationFrame(frame); fn(); }, NO_FRAME_MS);
  return () => { cancelAnimationFrame(frame); clearTimeout(noFrame); clearTimeout(timer); };
}
