// `npm run bench:summary`: the đảng ủy's summary of 100 chi bộ with 3 000 members, recomputed
// as the summary screen does after every import or removal (each chi bộ rated by the rules
// engine from its criteria and counts, the totals, the HTXSNV quota across the đảng bộ, the
// conflicts). Target (issue 16): ≤ 100 ms. A benchmark, not a test: it reports min / median /
// max of 30 runs after a warm-up, with a reference measured in the same run (the 100 chi bộ
// ratings alone), since this machine is shared and timings are noisy.
import { computeSummary } from '../../../src/lib/meeting/summary.ts';
import { rosterOrgRating, distribution } from '../../../src/lib/meeting/roster.ts';
import { newSummary, type Summary, type SummaryUnit } from '../../../src/lib/meeting/summary-schema.ts';
import type { RatingCode } from '../../../src/rules/codes.ts';

const GR: RatingCode[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTTNV', 'HTTNV', 'KHTNV', 'HTTNV'];
const units: SummaryUnit[] = Array.from({ length: 100 }, (_, u) => ({
  id: `u${u}`, source: `chi-bo-${u + 1}.json`, name: `Chi bộ Khu dân cư số ${u + 1}`, kind: 'chi-bo', parentName: 'Đảng bộ phường Sao Đỏ', via: '',
  reviewYear: 2023, rulesetId: 'sao-do-2023', evaluationDate: '2023-12-05',
  members: Array.from({ length: 30 }, (_, m) => ({ name: `Đảng viên ${u + 1}-${m + 1}`, proposed: GR[(u + m) % GR.length]! })),
  org: { criteria: { keyResults: ['tot', 'tot'], other: ['tot', 'tot'] } },
}));
const summary: Summary = { ...newSummary('sao-do-2023', 2023, '2023-12-15'), title: 'Đảng bộ phường Sao Đỏ', units };

const time = (fn: () => void) => { const t0 = performance.now(); fn(); return performance.now() - t0; };
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return { min: +s[0]!.toFixed(1), median: +s[Math.floor(s.length / 2)]!.toFixed(1), max: +s[s.length - 1]!.toFixed(1) }; };

let sink = 0;
for (let i = 0; i < 5; i++) sink += computeSummary(summary).conflicts.length; // warm-up (JIT)
const full: number[] = [];
const ratingsOnly: number[] = [];
for (let i = 0; i < 30; i++) {
  // A fresh copy each run, as after an import: nothing cached from the previous computation's inputs.
  const s = structuredClone(summary);
  full.push(time(() => { const v = computeSummary(s); sink += v.members + v.conflicts.length; }));
  ratingsOnly.push(time(() => { for (const u of s.units) { const e = rosterOrgRating({ rulesetId: 'sao-do-2023', evaluationDate: u.evaluationDate, mode: 'chi-bo', org: u.org! }, distribution(u.members)); sink += e.ok ? 1 : 0; } }));
}
const f = stats(full);
console.log(`summary of 100 chi bộ, 3 000 members: min ${f.min} ms, median ${f.median} ms, max ${f.max} ms (target ≤ 100 ms) — ${f.median <= 100 ? 'within' : 'OVER'} target`);
const r = stats(ratingsOnly);
console.log(`reference, the 100 chi bộ ratings alone: min ${r.min} ms, median ${r.median} ms, max ${r.max} ms`);
if (sink < 0) console.log(sink);
