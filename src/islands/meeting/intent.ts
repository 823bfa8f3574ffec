// The user is about to work with a meeting screen (a tap, a key, a focus): what the first edit
// needs (the saving code, the rules engine) starts loading then, not with the page.
import { onCleanup } from 'solid-js';

const INTENT_EVENTS = ['pointerdown', 'keydown', 'focusin'] as const;

/** Run `start` at the user's first sign of intent (call inside onMount: the listeners go with the component). `start` must be idempotent. */
export function onIntent(start: () => void): void {
  for (const t of INTENT_EVENTS) document.addEventListener(t, start, { capture: true, passive: true, once: true });
  onCleanup(() => { for (const t of INTENT_EVENTS) document.removeEventListener(t, start, { capture: true }); });
}
