// Lists optionalDependencies with no lockfile entry: the registry reachable here lacks some
// non-linux platform builds, `npm install` silently leaves them out, and `npm ci` then fails.
import { readFileSync } from 'node:fs';
const pk = JSON.parse(readFileSync(process.argv[2] ?? 'package-lock.json', 'utf8')).packages;
const missing = {};
for (const [path, meta] of Object.entries(pk)) for (const dep of Object.keys(meta.optionalDependencies ?? {})) {
  let base = path, found = false;
  for (;;) { if (pk[(base ? base + '/' : '') + 'node_modules/' + dep]) { found = true; break; }
    if (!base) break; const i = base.lastIndexOf('/node_modules/'); base = i < 0 ? '' : base.slice(0, i); }
  if (!found) (missing[`${path.replace(/.*node_modules\//, '')}@${meta.version}`] ??= []).push(dep);
}
for (const [k, v] of Object.entries(missing)) console.log(k, '->', v.length, 'missing:', v.join(' '));
if (!Object.keys(missing).length) console.log('lockfile complete: every optionalDependency has an entry');
process.exitCode = Object.keys(missing).length ? 1 : 0;
