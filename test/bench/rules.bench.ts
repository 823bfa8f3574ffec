// `npm run bench:rules`: evaluation speed of the rules engine on one core.
// - 100 000 generated cases (all rulesets and kinds): `evaluate` (rating, deciding clauses,
//   notes; the wording of every condition is built when first read), the same with all the
//   wording read (conditions + whyNotHigher), and the whole `rate` path with zod validation.
// - a 1 000-member chi bộ roster: rate every member, then the chi bộ from the resulting
//   counts and the HTXSNV quota of the group — what the meeting tool does on each edit.
// Targets (issue 3): ≥ 100 000 cases/s, roster ≤ 5 ms.
import { evaluate, evaluateSubject, rate, type Case, type Subject } from '../../src/rules/index.ts';
import { generator } from './generate.ts';

const N = 100_000;
const g = generator(20231204);
const cases: Case[] = Array.from({ length: N }, (_, i) => g.case(i));
const raw = cases.map((c) => JSON.parse(JSON.stringify(c)) as unknown);

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Warm up (JIT), then measure.
for (let i = 0; i < 20_000; i++) evaluate(cases[i]!);
let sink = 0;
const evalMs = median([0, 1, 2].map(() => time(() => { for (const c of cases) sink += evaluate(c).deciding.length; })));
const fullMs = median([0, 1, 2].map(() => time(() => { for (const c of cases) { const e = evaluate(c); sink += e.conditions.length + e.whyNotHigher.length; } })));
const rateMs = median([0, 1, 2].map(() => time(() => { for (const c of raw) sink += 'error' in rate(c) ? 1 : 0; })));

// Roster: 1 000 members of one chi bộ (Sao Đỏ 2023).
const R = 'sao-do-2023', D = '2023-12-10';
const members: Subject[] = Array.from({ length: 1000 }, () => g.member('dang-vien', 2023));
function roster() {
  const counts = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  let qualifying = 0, rated = 0;
  for (const m of members) {
    const r = evaluateSubject(R, m, D).rating;
    if (r === 'KHONG_XEP_LOAI' || r === null) continue;
    rated++;
    counts[r]++;
    if (r === 'HTXSNV' || r === 'HTTNV') qualifying++;
  }
  const quota = evaluateSubject(R, { kind: 'nhom-tuong-dong', members: rated, qualifyingHttnvOrAbove: qualifying, proposedHtxsnv: counts.HTXSNV }, D);
  const org = evaluateSubject(R, { kind: 'to-chuc-dang', orgType: 'chi-bo', criteria: { keyResults: ['tot'], other: ['tot'] }, members: counts }, D);
  return { counts, quota, org };
}
for (let i = 0; i < 30; i++) roster();
const rosterRuns = Array.from({ length: 50 }, () => time(() => { sink += roster().org.conditions.length; }));
const last = roster();

const perSec = (ms: number) => Math.round((N / ms) * 1000);
console.log(`Rules engine on Node ${process.version}, one core`);
console.log(`  evaluate (rating, citations, notes): ${N.toLocaleString('en')} cases in ${evalMs.toFixed(0)} ms = ${perSec(evalMs).toLocaleString('en')} cases/s (target ≥ 100,000)`);
console.log(`  evaluate + every explanation read (conditions, whyNotHigher): ${perSec(fullMs).toLocaleString('en')} cases/s`);
console.log(`  rate (zod validation + evaluation + output line): ${perSec(rateMs).toLocaleString('en')} cases/s`);
console.log(`  roster of 1,000 members + chi bộ + quota: median ${median(rosterRuns).toFixed(2)} ms, best ${Math.min(...rosterRuns).toFixed(2)} ms (target ≤ 5 ms)`);
console.log(`    ${JSON.stringify(last.counts)} → chi bộ ${last.org.rating}, tối đa ${last.quota.maxHtxsnv} xuất sắc`);
if (sink < 0) console.log(sink);
const ok = perSec(evalMs) >= 100_000 && median(rosterRuns) <= 5;
console.log(ok ? 'targets met' : 'targets NOT met');
