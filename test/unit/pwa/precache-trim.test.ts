// What the build does to keep the offline precache small (issue 15): Pagefind's browser module
// is minified without changing what it exports, and docx's unused template patcher is left out
// of the Word export's chunk (astro.config.mjs: `manualPureFunctions`).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minifyPagefindModule } from '../../../scripts/search-index.mjs';
import { builtFromCurrentSources, DIST } from '../library/support.ts';

describe('minifyPagefindModule', () => {
  it('shrinks pagefind.js and keeps its exports working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-min-'));
    try {
      const source = [
        'const pagefind_version = "1.5.2";',
        'function normalize_search_term(search_term) { const lowered_term = search_term.toLowerCase(); return lowered_term.trim(); }',
        'let loaded_instance = null;',
        'var search = async (term) => { loaded_instance ??= { version: pagefind_version }; return { term: normalize_search_term(term), version: loaded_instance.version }; };',
        'export { search };',
      ].join('\n');
      writeFileSync(join(dir, 'pagefind.js'), source);
      const { before, after } = await minifyPagefindModule(dir);
      expect(before).toBe(Buffer.byteLength(source));
      expect(after).toBeLessThan(before);
      const out = readFileSync(join(dir, 'pagefind.js'), 'utf8');
      expect(Buffer.byteLength(out)).toBe(after);
      const mod = await import(pathToFileURL(join(dir, 'pagefind.js')).href);
      await expect(mod.search('  Đảng Viên ')).resolves.toEqual({ term: 'đảng viên', version: '1.5.2' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!builtFromCurrentSources())('the built Word export chunk (needs a build in OUT_DIR)', () => {
  it("has docx's document writer but not its template patcher", () => {
    const name = readdirSync(join(DIST, '_astro')).find((f) => /^docx\.[\w-]+\.js$/.test(f));
    expect(name).toBeDefined();
    const code = readFileSync(join(DIST, '_astro', name!), 'utf8');
    // Strings survive minification: the writer's part names are there…
    expect(code).toContain('word/document.xml');
    // …the error messages of patchDocument's template checks are not.
    expect(code).not.toContain('Invalid patch');
    expect(code).not.toContain('A template stream must give bytes');
  });
});
