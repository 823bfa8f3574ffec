// `npm test`: build once, then unit tests, then end-to-end tests in Chromium against that
// build, then the closing "N passed, M failed" line. Set SKIP_BUILD=1 to reuse dist/.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';

const run = (cmd, env = {}) => {
  try { execSync(cmd, { stdio: 'inherit', env: { ...process.env, ...env } }); return true; }
  catch { return false; }
};
mkdirSync('reports', { recursive: true });
let ok = true;
if (!process.env.SKIP_BUILD || !existsSync(`${process.env.OUT_DIR ?? 'dist'}/index.html`)) ok = run('npm run build', { NODE_ENV: 'production' }) && ok;
ok = run('npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json') && ok;
ok = run('npx vitest run --config vitest.e2e.config.ts --reporter=default --reporter=json --outputFile.json=reports/e2e.json', { E2E_SKIP_BUILD: '1' }) && ok;
ok = run('node scripts/summary.mjs reports/unit.json reports/e2e.json') && ok;
process.exit(ok ? 0 : 1);
