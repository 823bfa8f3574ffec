import { describe, expect, it } from 'vitest';
import { createUpdateController, type WorkboxEventLike, type WorkboxLike } from '../../../src/lib/pwa/update-controller';

type Listener = (e: WorkboxEventLike) => void;

/** Stands in for workbox-window's Workbox: records SKIP_WAITING, lets the test fire its events. */
class FakeWorkbox implements WorkboxLike {
  listeners = new Map<string, Listener[]>();
  skipWaitingSent = 0;
  log: string[];
  constructor(log: string[]) { this.log = log; }
  addEventListener(type: string, listener: Listener) { this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]); }
  fire(type: string, e: WorkboxEventLike = {}) { for (const l of this.listeners.get(type) ?? []) l(e); }
  messageSkipWaiting() { this.skipWaitingSent += 1; this.log.push('skip-waiting'); }
}

function setup({ openForms = false, hadController = true, failFlush = (): boolean => false } = {}) {
  const log: string[] = [];
  const wb = new FakeWorkbox(log);
  const offers: { kind: string; accept: () => void }[] = [];
  let forms = openForms;
  const ctl = createUpdateController({
    wb,
    view: {
      offerUpdate: (kind, accept) => { offers.push({ kind, accept }); log.push(`offer:${kind}`); },
      showUpdating: () => log.push('updating'),
      showOfflineReady: () => log.push('offline-ready'),
      showSaveFailed: (reason) => log.push(`save-failed:${reason}`),
    },
    // A flush that takes a while, like an IndexedDB write: order must still be flush → activate.
    flushAll: () => { pendingFlushes += 1; return new Promise<void>((ok, ko) => setTimeout(() => {
      pendingFlushes -= 1;
      if (failFlush()) { log.push('flush-failed'); ko(new DOMException('', 'QuotaExceededError')); } else { log.push('flushed'); ok(); }
    }, 5)); },
    hasOpenForms: () => forms,
    reload: () => log.push('reload'),
    hadController,
  });
  return { ctl, wb, log, offers, setForms: (v: boolean) => { forms = v; } };
}
let pendingFlushes = 0;
/** Lets the controller run until no fake flush is in flight (a busy machine delays timers; a fixed wait raced them). */
const tick = async () => {
  do await new Promise((ok) => setTimeout(ok, 20)); while (pendingFlushes > 0);
};

describe('update controller', () => {
  it('never reloads a page that was not controlled when it loaded (first install from another tab)', async () => {
    const { wb, log } = setup({ hadController: false });
    wb.fire('controlling', { isExternal: true });
    await tick();
    expect(log).not.toContain('reload');
  });

  it('offers a version found waiting outside workbox-window\'s events once, like one it reported', async () => {
    const { ctl, wb, offers } = setup();
    ctl.waiting();
    wb.fire('waiting', { isUpdate: true });
    ctl.waiting();
    await tick();
    expect(offers.map((o) => o.kind)).toEqual(['activate']);
  });

  it('offers a waiting version and does nothing until the user accepts', async () => {
    const { wb, log, offers } = setup();
    wb.fire('waiting', { isUpdate: true });
    await tick();
    expect(offers.map((o) => o.kind)).toEqual(['activate']);
    expect(wb.skipWaitingSent).toBe(0);
    expect(log).not.toContain('reload');
  });

  it('on accept flushes drafts before activating, then reloads once the new worker controls the page', async () => {
    const { wb, log, offers, ctl } = setup({ openForms: true });
    wb.fire('waiting', { isUpdate: true });
    offers[0].accept();
    await tick();
    expect(log).toEqual(['offer:activate', 'updating', 'flushed', 'skip-waiting']);
    wb.fire('controlling', { isUpdate: true });
    await tick();
    expect(log.slice(-2)).toEqual(['flushed', 'reload']);
    expect(ctl.state).toBe('reloading');
  });

  it('ignores a double click on the accept button', async () => {
    const { wb, offers } = setup();
    wb.fire('waiting', { isUpdate: true });
    offers[0].accept();
    offers[0].accept();
    await tick();
    expect(wb.skipWaitingSent).toBe(1);
  });

  it('does not reload on the first install (clientsClaim takes control) but says offline use is ready', async () => {
    const { wb, log } = setup();
    wb.fire('activated', {});
    wb.fire('controlling', { isUpdate: false, isExternal: false });
    await tick();
    expect(log).toEqual(['offline-ready']);
  });

  it('does not announce offline readiness again when an update activates', async () => {
    const { wb, log } = setup();
    wb.fire('activated', { isUpdate: true });
    wb.fire('activated', { isExternal: true });
    await tick();
    expect(log).not.toContain('offline-ready');
  });

  it('never reloads on its own while a form is open when another tab activated the new version', async () => {
    const { wb, log, offers } = setup({ openForms: true });
    wb.fire('waiting', { isUpdate: true, isExternal: true });
    wb.fire('controlling', { isUpdate: true, isExternal: true });
    await tick();
    expect(log).not.toContain('reload');
    expect(offers.map((o) => o.kind)).toEqual(['activate', 'reload']);
    offers[1].accept();
    await tick();
    expect(log.slice(-3)).toEqual(['flushed', 'flushed', 'reload']);
    expect(wb.skipWaitingSent).toBe(0); // already active: only the reload was needed
  });

  it('reloads a tab without open forms when another tab activated the new version', async () => {
    const { wb, log } = setup({ openForms: false });
    wb.fire('controlling', { isUpdate: true, isExternal: true });
    await tick();
    expect(log).toEqual(['flushed', 'reload']);
  });

  it('reloads after accepting even when the accepted worker was found by another tab', async () => {
    const { wb, log, offers } = setup({ openForms: true });
    wb.fire('waiting', { isExternal: true });
    offers[0].accept();
    await tick();
    wb.fire('controlling', { isUpdate: true, isExternal: true });
    await tick();
    expect(log.filter((l) => l === 'reload')).toHaveLength(1);
    expect(log.indexOf('flushed')).toBeLessThan(log.indexOf('skip-waiting'));
  });

  it('never activates or reloads over a failed final save: says why, offers again, and goes on once saving works', async () => {
    let failing = true;
    const { wb, log, offers } = setup({ openForms: true, failFlush: () => failing });
    wb.fire('waiting', { isUpdate: true });
    offers[0].accept();
    await tick();
    expect(log).toEqual(['offer:activate', 'updating', 'flush-failed', 'save-failed:Bộ nhớ của trình duyệt đã đầy — hãy xuất bản nháp ra tệp rồi xoá bớt.', 'offer:activate']);
    expect(wb.skipWaitingSent).toBe(0);
    failing = false;
    offers[1].accept();
    await tick();
    expect(wb.skipWaitingSent).toBe(1);
    wb.fire('controlling', { isUpdate: true });
    await tick();
    expect(log.at(-1)).toBe('reload');
  });

  it('does not reload over a failed save when another tab activated the new version either', async () => {
    const { wb, log, offers } = setup({ openForms: true, failFlush: () => true });
    wb.fire('controlling', { isUpdate: true, isExternal: true });
    offers[0].accept();
    await tick();
    expect(log).not.toContain('reload');
    expect(offers.map((o) => o.kind)).toEqual(['reload', 'reload']);
  });
});
