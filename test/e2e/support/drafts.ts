// The drafts database as the end-to-end tests read and seed it (plain IndexedDB, not the app's
// code), and the three screens that keep drafts, as the durability tests drive them: where they live, two
// fields each (typed into by the user, read back from the screen and from the database), and how
// to give each a stored draft to start from.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DB_NAME, DB_VERSION, STORE } from '../../../src/lib/drafts/migrations.ts';

export type DraftRow = Record<string, unknown> & { id: string; type: string; name: string; data: Record<string, unknown> };

/** Every record of the drafts database, read with plain IndexedDB (not the app's code); [] before the app created it. */
export const rawRecords = (page: Page): Promise<DraftRow[]> => page.evaluate(({ db, store }) => new Promise<DraftRow[]>((ok, ko) => {
  const r = indexedDB.open(db);
  r.onupgradeneeded = () => r.transaction?.abort(); // no database yet: do not create one the app would then have to upgrade
  r.onsuccess = () => {
    const d = r.result;
    if (!d.objectStoreNames.contains(store)) { d.close(); ok([]); return; }
    const q = d.transaction(store).objectStore(store).getAll();
    q.onsuccess = () => { d.close(); ok(q.result as DraftRow[]); };
    q.onerror = () => ko(q.error);
  };
  r.onerror = () => (r.error?.name === 'AbortError' ? ok([]) : ko(r.error));
}), { db: DB_NAME, store: STORE });

/** Every stored draft of a type (what survives a reload). */
export const storedDrafts = async (page: Page, type: string): Promise<DraftRow[]> => (await rawRecords(page)).filter((r) => r.type === type);

/** A calculator draft (type 'case') written straight into the shared drafts database, as the calculator stores it. */
export async function seedCaseDraft(page: Page, id: string, name: string, subject: object, extra: { personName?: string; evaluationDate?: string } = {}) {
  const now = Date.now();
  const record = {
    id, name, type: 'case', data: { evaluationDate: extra.evaluationDate ?? '2023-12-05', locality: 'sao-do', ruleset: 'sao-do-2023', subject, ...(extra.personName ? { personName: extra.personName } : {}) },
    rulesetId: 'sao-do-2023', summary: {}, createdAt: now, updatedAt: now, schemaVersion: DB_VERSION,
  };
  await page.evaluate(({ db, version, store, record }) => new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(db, version);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const tx = req.result.transaction(store, 'readwrite');
      tx.objectStore(store).put(record);
      tx.oncomplete = () => { req.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }), { db: DB_NAME, version: DB_VERSION, store: STORE, record });
}

export interface Screen {
  key: 'calculator' | 'roster' | 'review';
  /** The screen's address without a draft. */
  path: string;
  ready(page: Page): Promise<void>;
  /** Open the screen on a stored draft (or a new one). */
  open(page: Page, id?: string): Promise<void>;
  /** A text field, and a second field (values for it by trial number). */
  first: string;
  secondField: string;
  second(i: number): string;
  /** The two fields as stored. */
  get1(r: DraftRow): unknown;
  get2(r: DraftRow): unknown;
}

const sub = (r: DraftRow) => (r.data.subject ?? {}) as { tasks?: { exceeded?: number } };

export const SCREENS: Screen[] = [
  {
    key: 'calculator', path: '/tinh-xep-loai/dang-vien/',
    ready: (p) => p.locator('.calc[data-ready="true"]').waitFor(),
    async open(p, id) { await p.goto(`/tinh-xep-loai/dang-vien/${id ? `?ban-nhap=${encodeURIComponent(id)}` : ''}`); await this.ready(p); },
    first: '#ten-ban-nhap', secondField: '#f-tasks-exceeded', second: (i) => String(i + 1),
    get1: (r) => r.name, get2: (r) => String(sub(r).tasks?.exceeded),
  },
  {
    key: 'roster', path: '/cong-cu-hop/',
    ready: (p) => p.locator('.mt[data-ready="true"]').waitFor(),
    async open(p, id) { await p.goto(`/cong-cu-hop/${id ? `?ban-nhap=${encodeURIComponent(id)}` : ''}`); await this.ready(p); },
    first: '[data-testid="roster-title"]', secondField: 'label:has-text("Địa danh (ghi trên văn bản)") input', second: (i) => `Địa danh ${i}`,
    get1: (r) => r.data.title, get2: (r) => r.data.place,
  },
  {
    key: 'review', path: '/cong-cu-hop/ban-kiem-diem/',
    ready: (p) => p.locator('.mt[data-ready="true"]').waitFor(),
    async open(p, id) { await p.goto(`/cong-cu-hop/ban-kiem-diem/${id ? `?ban-nhap=${encodeURIComponent(id)}` : ''}`); await this.ready(p); },
    first: '[data-testid="review-name"]', secondField: '[data-testid="review-place"]', second: (i) => `Nơi viết ${i}`,
    get1: (r) => r.data.fullName, get2: (r) => r.data.place,
  },
];

const CASE_SUBJECT = JSON.parse(readFileSync('test/casebook/sao-do-2023/dang-vien/cham-tien-do-3-tren-10.json', 'utf8')).subject;

/**
 * One stored draft per screen (the meeting screens' made through the screen itself: one edit,
 * then wait until it is stored). `calculator: false` leaves the calculator without one.
 */
export async function seedDrafts(ctx: BrowserContext, { calculator = true } = {}): Promise<Record<Screen['key'], string>> {
  const page = await ctx.newPage();
  const ids = {} as Record<Screen['key'], string>;
  for (const s of SCREENS) {
    if (s.key === 'calculator') continue;
    await s.open(page);
    await page.fill(s.first, `Bắt đầu ${s.key}`);
    for (let i = 0; ; i++) {
      const r = (await rawRecords(page)).find((x) => x.type === s.key && s.get1(x) === `Bắt đầu ${s.key}`);
      if (r) { ids[s.key] = r.id; break; }
      if (i > 100) throw new Error(`the ${s.key} draft was never stored`);
      await page.waitForTimeout(50);
    }
  }
  // After the meeting screens: the app has created the database by now.
  if (calculator) {
    ids.calculator = `seed-${Date.now().toString(36)}`;
    await seedCaseDraft(page, ids.calculator, 'Tính thử', CASE_SUBJECT, { evaluationDate: '2023-12-10' });
  }
  await page.close();
  return ids;
}
