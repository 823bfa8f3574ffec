// Prints the plain "N passed, M failed" line the workplace CI reads, from Vitest JSON reports.
// Just above it, every failed test by file and name with the first line of its error: CI keeps
// only the tail of a run's output, and a failure it cannot name cannot be fixed.
import { existsSync, readFileSync } from 'node:fs';
let passed = 0, failed = 0, skipped = 0;
const failures = [];
const firstLine = (messages = []) => (messages.join('\n').split('\n').find((l) => l.trim()) ?? '').trim().slice(0, 300);
for (const f of process.argv.slice(2)) {
  if (!existsSync(f)) { failed += 1; failures.push(`missing report ${f}`); continue; }
  const r = JSON.parse(readFileSync(f, 'utf8'));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numFailedTestSuites && !r.numFailedTests) failed += r.numFailedTestSuites;
  for (const file of r.testResults ?? []) {
    const name = file.name.split('/').slice(-2).join('/');
    const bad = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of bad) failures.push(`FAILED ${name} > ${t.fullName}: ${firstLine(t.failureMessages)}`);
    if (!bad.length && file.status === 'failed') failures.push(`FAILED ${name}: ${firstLine([file.message ?? ''])}`);
  }
}
for (const line of failures) console.log(line);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed || passed === 0 ? 1 : 0);
