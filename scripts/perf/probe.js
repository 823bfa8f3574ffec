// In-page half of `npm run perf`, added to every document before the page's own scripts
// (CDP's addScriptToEvaluateOnNewDocument, which the pages' CSP does not apply to).
//
// What it measures is what the user sees: from the timestamp of a real (trusted) input event,
// sent through Chromium's input pipeline by CDP, to the end of the first frame whose DOM shows
// the new result. A frame is found with requestAnimationFrame (run just before the browser
// renders it); a message posted from that callback runs after the frame's style, layout and
// paint, so its time is the time the result reached the screen, give or take compositing.
// Event Timing entries (input → next paint as Chromium itself reports it, ≥ 16 ms only) are
// kept as a cross-check.
(() => {
  if (window.__perf) return;
  const inputs = [];
  const events = [];
  for (const type of ['pointerdown', 'pointerup', 'click', 'keydown', 'input', 'change', 'focusin']) {
    addEventListener(type, (e) => { if (e.isTrusted) inputs.push({ type, t: e.timeStamp }); }, { capture: true, passive: true });
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId ?? 0 });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch { /* no Event Timing: the rAF figure stands alone */ }

  // The service worker's life on this page: registered, installing, installed, activated (ms
  // since the navigation started, performance.now()'s origin).
  const sw = {};
  const register = globalThis.ServiceWorkerContainer?.prototype.register;
  if (register) {
    ServiceWorkerContainer.prototype.register = function (...args) {
      sw.registeredAt ??= performance.now();
      const p = register.apply(this, args);
      p.then((reg) => {
        const track = (w) => {
          sw.installingAt ??= performance.now();
          w.addEventListener('statechange', () => { sw[`${w.state}At`] ??= performance.now(); });
        };
        if (reg.installing) track(reg.installing);
        reg.addEventListener('updatefound', () => { if (reg.installing) track(reg.installing); });
      }, () => undefined);
      return p;
    };
  }

  let pending = null;
  const perf = {
    inputs, events, sw,
    /** The last trusted event of `type` (its timestamp, on the performance.now() clock). */
    lastInput(type) { for (let i = inputs.length - 1; i >= 0; i--) if (inputs[i].type === type) return inputs[i].t; return null; },
    /** The first trusted event of `type` after `since`. */
    firstInputAfter(type, since) { return inputs.find((x) => x.type === type && x.t >= since)?.t ?? null; },
    /**
     * What a result on screen looks like, as data (the CSP allows no eval): the element `sel`
     * exists and, with `attr` (or its text without), its value is `is` / is not `not` / contains
     * `includes`; with `absent`, that no element matches. A list of specs holds when each does.
     */
    holds(spec) {
      if (Array.isArray(spec)) return spec.every((s) => perf.holds(s));
      const { sel, attr, is, not, includes, absent } = spec;
      const el = document.querySelector(sel);
      if (absent) return !el;
      if (!el) return false;
      const v = attr ? el.getAttribute(attr) : (el.textContent ?? '').trim();
      if (is !== undefined) return v === is;
      if (not !== undefined) return v !== not;
      if (includes !== undefined) return (v ?? '').includes(includes);
      return true;
    },
    /** The value `holds` compares (to know what "changed" means before acting). */
    value({ sel, attr }) {
      const el = document.querySelector(sel);
      return el ? (attr ? el.getAttribute(attr) : (el.textContent ?? '').trim()) : null;
    },
    /**
     * Resolve with the time of the end of the first frame in which `holds(spec)` is true (checked
     * at every animation frame until `timeoutMs`). Kept here so a later evaluate can await it.
     * With `eventType`, also count the frames from that input to the result: the animation
     * frames that began after the first trusted `eventType` event since arming, the result's
     * own included. 1 is "one frame per keystroke": the first frame after the key shows it.
     */
    arm(spec, timeoutMs = 30_000, eventType = null) {
      const test = () => perf.holds(spec);
      const since = performance.now();
      let frames = 0;
      pending = new Promise((resolve, reject) => {
        const ch = new MessageChannel();
        const tick = () => {
          if (eventType && (frames > 0 || perf.firstInputAfter(eventType, since) != null)) frames++;
          let ok = false;
          try { ok = !!test(); } catch { ok = false; }
          if (ok) { ch.port1.onmessage = () => resolve({ since, painted: performance.now(), frames }); ch.port2.postMessage(0); return; }
          if (performance.now() - since > timeoutMs) { reject(new Error('perf: the result never reached the screen')); return; }
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      pending.catch(() => undefined);
      return since;
    },
    wait() { return pending; },
    /**
     * The end of the frame that first shows an element matching `sel` that appears with no input
     * (null after `timeoutMs`). Watched by a MutationObserver, not arm()'s check at every frame: a
     * callback at every frame leaves the page no idle time, and idle time may be what it waits for.
     * Once the element is in the DOM, the end of the next frame (as arm() times it) is when it
     * reached the screen.
     */
    shownAt(sel, timeoutMs = 8_000) {
      return new Promise((resolve) => {
        const painted = () => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => resolve(performance.now()); ch.port2.postMessage(0); });
        if (document.querySelector(sel)) { painted(); return; }
        const mo = new MutationObserver(() => { if (document.querySelector(sel)) { mo.disconnect(); painted(); } });
        mo.observe(document, { childList: true, subtree: true });
        setTimeout(() => { mo.disconnect(); resolve(null); }, timeoutMs);
      });
    },
    /**
     * The project's fixed reference loop: the same work every run (integer arithmetic, string
     * building, array sorting, object allocation — the kinds of work the islands do), timed.
     * Its time says how fast this machine is at the moment of measuring.
     */
    reference() {
      const t0 = performance.now();
      let h = 0;
      const words = [];
      for (let i = 0; i < 8_000; i++) {
        h = (h * 31 + i) | 0;
        words.push({ k: `w${(h >>> 0) % 9973}`, v: i });
      }
      words.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.v - b.v));
      let s = 0;
      for (const w of words) s += w.k.length;
      const t1 = performance.now();
      return { ms: t1 - t0, check: s };
    },
  };
  Object.defineProperty(window, '__perf', { value: perf });
})();
