// Issue 4's first-load budget rests on two facts checked here: (1) the calculator island's static
// imports never reach the rules engine or zod (those load by import() on the first interaction
// or when a draft is opened), and (2) the page, choosing the ruleset and the questions before the
// engine loads, chooses exactly as the engine would.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { autoRulesetId, effectiveRulesetId } from '../../../src/lib/calculator/choice.ts';
import { CALC_KINDS } from '../../../src/lib/calculator/labels.ts';
import { calculatorSetup } from '../../../src/lib/calculator/setup.ts';
import { factsAskedBy, rulesetFor, RULESET_IDS } from '../../../src/rules/index.ts';

/** Modules a source file imports at run time (not `import type`, not `import()`), resolved to paths. */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of code.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (/\.css$/.test(spec)) continue;
    out.push(spec.startsWith('.') ? normalize(join(dirname(file), spec)) : spec);
  }
  return out;
}

/** Every module reachable from `entry` through run-time static imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (f.startsWith('src/')) queue.push(...runtimeImports(f));
  }
  return seen;
}

describe('calculator loading', () => {
  it('the island loads neither the rules engine nor zod with the page', () => {
    const graph = [...staticGraph('src/islands/calculator/Calculator.tsx')];
    expect(graph).toContain('src/lib/drafts/db.ts'); // the walk does follow imports
    const heavy = graph.filter((f) => /^zod/.test(f) || /^src\/rules\/(engine|rulesets|case-schema|factories)\.ts$/.test(f) || /^src\/rules\/(regimes|profiles)\//.test(f)
      || /^src\/lib\/calculator\/(core|compute|validate|case-draft|saved)\.ts$/.test(f) || /^src\/lib\/drafts\/(store|schema)\.ts$/.test(f));
    expect(heavy).toEqual([]);
  });

  it('the engine and the draft schemas are still loaded on demand', () => {
    const code = readFileSync('src/islands/calculator/Calculator.tsx', 'utf8');
    expect(code).toContain("import('../../lib/calculator/core.ts')");
    expect(code).toContain("import('../../lib/calculator/saved.ts')");
  });

  it('chooses the same ruleset as the engine for every date and locality', () => {
    const { rulesets } = calculatorSetup('dang-vien');
    const localities = ['', 'sao-do', 'tuy-phuoc', 'hong-quang', 'noi-khac'];
    let checked = 0;
    for (let t = Date.UTC(2019, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000 * 3) {
      const date = new Date(t).toISOString().slice(0, 10);
      for (const locality of localities) {
        expect(autoRulesetId(rulesets, { evaluationDate: date, locality }), `${date} ${locality}`).toBe(rulesetFor(date, locality || undefined)?.id ?? null);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(4000);
    // Exact boundaries of the 2023 → 2025 change.
    expect(autoRulesetId(rulesets, { evaluationDate: '2025-08-29', locality: 'sao-do' })).toBe('sao-do-2023');
    expect(autoRulesetId(rulesets, { evaluationDate: '2025-11-27', locality: '' })).toBe('qd366-2025');
    expect(autoRulesetId(rulesets, { evaluationDate: '2025-11-27', locality: 'hong-quang' })).toBe('hong-quang-2025');
    expect(autoRulesetId(rulesets, { evaluationDate: '2026-12-01', locality: 'sao-do' })).toBe('qd366-2025');
    expect(autoRulesetId(rulesets, { evaluationDate: '2025-02-30', locality: '' })).toBeNull();
    expect(effectiveRulesetId(rulesets, { evaluationDate: '2025-12-01', locality: '', ruleset: 'qd124-2023' })).toBe('qd124-2023');
  });

  it('asks, per ruleset, exactly the facts the engine reads', () => {
    for (const kind of CALC_KINDS) {
      const setup = calculatorSetup(kind);
      expect(Object.keys(setup.asked).sort()).toEqual([...RULESET_IDS].sort());
      for (const id of RULESET_IDS) expect(setup.asked[id], `${kind} ${id}`).toEqual(factsAskedBy(id, kind));
      expect(setup.localities.map((l) => l.slug).sort()).toEqual(['hong-quang', 'sao-do', 'tinh-uy', 'tuy-phuoc']);
    }
  });
});
