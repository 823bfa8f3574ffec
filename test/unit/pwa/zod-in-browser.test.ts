// Classic zod probes `new Function` the first time it builds an object schema, which the pages'
// CSP (no 'unsafe-eval') reports as a violation; zod/mini never does. Code that runs in the
// browser must therefore import zod/mini. Build-time modules (the text importer and the content
// collection schema) may use classic zod.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const BUILD_TIME_ONLY = [/^src\/lib\/text-import\//, /^src\/content\.config\.ts$/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
  });
}

describe('zod in the browser', () => {
  it('no browser module imports classic zod (its eval probe would trip the CSP)', () => {
    const offenders = sourceFiles('src')
      .filter((f) => !BUILD_TIME_ONLY.some((re) => re.test(f)))
      .filter((f) => /from\s+['"]zod(\/v4)?['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('zod/mini validates without compiling code', () => {
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, { construct(t, args) { compiled += 1; return Reflect.construct(t, args); } });
    try {
      const schema = z.strictObject({ name: z.string() });
      expect(schema.safeParse({ name: 'Chi bộ 3' }).success).toBe(true);
      expect(schema.safeParse({ name: 3 }).success).toBe(false);
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });
});
