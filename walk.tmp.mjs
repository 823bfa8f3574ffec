// Scratch: a new user on a tablet, screenshots of each state.
import { chromium } from 'playwright-core';
import { serve } from './scripts/serve.mjs';
const server = await serve(process.env.DIR ?? 'dist', 0);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext({ baseURL: server.url, locale: 'vi-VN', viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
const p = await ctx.newPage();
p.on('pageerror', (e) => console.log('PAGEERROR', e.message));
globalThis.p = p;
globalThis.shot = async (n, sel) => { if (sel) await p.locator(sel).first().screenshot({ path: `/tmp/walk/${n}.png` }); else await p.screenshot({ path: `/tmp/walk/${n}.png` }); };
globalThis.text = async (sel) => (await p.locator(sel).first().innerText());
const kind = process.argv[2] ?? 'dang-vien';
await p.goto(`/tinh-xep-loai/${kind}/`);
await p.locator('.calc[data-ready="true"]').waitFor();
const mod = await import(process.argv[3]);
await mod.default(p);
await ctx.close(); await b.close(); await server.close();
