// `npm run rate -- <files or folders>`: one JSON line per case (FORMAT.md "Output of rate").
// A malformed case prints {id, error} naming the field; the command goes on with the rest and
// exits with status 1 at the end. Runs directly on Node 24 (type stripping), no build step.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rate } from './rate.ts';
import type { RateLine } from './types.ts';

function jsonFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? jsonFiles(join(path, d.name)) : d.name.endsWith('.json') ? [join(path, d.name)] : []));
}

/** Rate every case of one file's text; `label` names the file in errors. */
export function rateText(text: string, label: string): RateLine[] {
  let data: unknown;
  try {
    // NFC first: case files written on some systems carry decomposed Vietnamese letters; a UTF-8
    // byte-order mark (Windows editors) is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, '').normalize('NFC'));
  } catch (err) {
    return [{ id: label, error: `Tệp không phải JSON hợp lệ: ${err instanceof Error ? err.message : String(err)}` }];
  }
  const list = Array.isArray(data) ? data : [data];
  if (!list.length) return [{ id: label, error: 'Tệp không có tình huống nào (mảng rỗng)' }];
  return list.map((c, i) => {
    const line = rate(c);
    // A case without an id is named after its file (and position) so the error can be found.
    if ('error' in line && line.id === '(không có id)') return { id: Array.isArray(data) ? `${label}[${i}]` : label, error: line.error };
    return line;
  });
}

export function main(args: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  if (!args.length) {
    err('Cách dùng: npm run rate -- <tệp .json hoặc thư mục> [...]   (dùng "-" để đọc từ stdin)');
    return 2;
  }
  let failed = false;
  const seen = new Set<string>();
  for (const arg of args) {
    let files: string[];
    try {
      files = arg === '-' ? ['-'] : jsonFiles(arg);
    } catch {
      out(JSON.stringify({ id: arg, error: `Không đọc được tệp hoặc thư mục: ${arg}` }));
      failed = true;
      continue;
    }
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file === '-' ? 0 : file, 'utf8');
      } catch {
        out(JSON.stringify({ id: file, error: `Không đọc được tệp: ${file}` }));
        failed = true;
        continue;
      }
      for (const line of rateText(text, file === '-' ? '(stdin)' : relative(process.cwd(), file) || file)) {
        if ('error' in line) failed = true;
        else if (seen.has(line.id)) err(`Cảnh báo: mã tình huống “${line.id}” xuất hiện nhiều lần.`);
        seen.add(line.id);
        out(JSON.stringify(line));
      }
    }
  }
  return failed ? 1 : 0;
}

// Run when executed directly (not when imported by tests).
if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('/src/rules/cli.ts')) {
  // `npm run rate -- … | head`: a closed pipe ends the output quietly.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw err; });
  process.exitCode = main(process.argv.slice(2), (s) => process.stdout.write(s + '\n'), (s) => process.stderr.write(s + '\n'));
}
