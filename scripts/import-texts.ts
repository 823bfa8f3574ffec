// `npm run import:texts`: rebuild src/content/texts/<doc-id>.json from the raw sources in
// src/content/sources/ (kept in the repo so the import is reproducible). The JSON is committed,
// so the site build does not need this step. `--check` only verifies that the committed JSON
// is what the importer produces (exit 1 otherwise).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../src/lib/text-import/import.ts';
import { PROFILES } from '../src/lib/text-import/profiles.ts';
import { walkUnits } from '../src/lib/text-import/plain-text.ts';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;

for (const profile of PROFILES) {
  const raw = readFileSync(join(root, 'src/content/sources', profile.file), 'utf8');
  const { doc, warnings } = importDocument(raw, profile);
  const out = join(root, 'src/content/texts', `${doc.docId}.json`);
  const json = `${JSON.stringify(doc, null, 1)}\n`;
  const units = [...walkUnits(doc.body)].length;
  for (const w of warnings) console.warn(`  ${doc.docId}: ${w}`);
  if (check) {
    let current = '';
    try { current = readFileSync(out, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== json) { stale += 1; console.error(`${doc.docId}: src/content/texts/${doc.docId}.json is out of date`); }
  } else {
    writeFileSync(out, json);
  }
  console.log(`${doc.docId}: ${units} numbered units, ${doc.source.words} source words, ${(doc.source.wordsInOrder * 100).toFixed(2)} % in order; ${doc.cleaning.map((c) => c.step).join(', ')}`);
}
if (stale) { console.error(`${stale} file(s) out of date: run npm run import:texts`); process.exit(1); }
