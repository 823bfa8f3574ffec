// scripts/budgets.mjs measures what a page loads before any interaction: it must follow script
// tags, modulepreload links, island URLs and static imports, and leave dynamic import() alone.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, measureBudgets, staticImports } from '../../../scripts/budgets.mjs';

const dir = mkdtempSync(join(tmpdir(), 'budgets-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function put(path: string, content: string) {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}
/** Incompressible JS of about `n` gzip bytes. */
const noise = (n: number) => `var x=${JSON.stringify(Array.from({ length: n }, (_, i) => ((i * 7919) % 9973).toString(36)).join(''))};`;

describe('JS budgets', () => {
  it('finds static imports but not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./c.js";import"./d.js";export{e}from"./f.js";const g=()=>import("./lazy.js");')).toEqual(['./c.js', './d.js', './f.js']);
  });

  it('counts script tags, modulepreload, islands and their static imports; flags a reader page over 15 KB', async () => {
    put('_astro/loader.js', 'import{t}from"./shared.js";t();const l=()=>import("./search.js");');
    put('_astro/shared.js', noise(2000));
    put('_astro/search.js', noise(40000)); // loaded on demand only
    put('_astro/island.js', noise(3000));
    put('_astro/big.js', noise(16000));
    put('van-ban/a/index.html', '<script type="module" src="/_astro/loader.js"></script><script>console.log(1)</script><astro-island component-url="/_astro/island.js"></astro-island><script type="application/json">{"x":1}</script>');
    put('van-ban/b/index.html', '<link rel="modulepreload" href="/_astro/big.js"><script type="module" src="/_astro/loader.js"></script>');
    put('index.html', '<p>no script</p>');
    const pages: Array<{ url: string; type: string; files: string[]; over: boolean; bytes: number }> = await measureBudgets(dir);
    const a = pages.find((p) => p.url === '/van-ban/a/')!;
    const b = pages.find((p) => p.url === '/van-ban/b/')!;
    expect(a.type).toBe('reader');
    expect(a.files.sort()).toEqual(['/_astro/island.js', '/_astro/loader.js', '/_astro/shared.js']);
    expect(a.over).toBe(false);
    expect(b.files).toContain('/_astro/big.js');
    expect(b.over).toBe(true);
    expect(pages.find((p) => p.url === '/')).toMatchObject({ bytes: 0, over: false });
    expect(BUDGETS.find((x: { type: string }) => x.type === 'reader')?.maxKB).toBe(15);
  });
});
