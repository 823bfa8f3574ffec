// The `rate` command, run as a user runs it: a child process on files and folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const CLI = join(ROOT, 'src/rules/cli.ts');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });
  const lines = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: r.status, lines, stderr: r.stderr };
}

const good = { id: 'cli/dang-vien', title: 't', ruleset: 'sao-do-2023', evaluationDate: '2023-12-05', subject: { kind: 'dang-vien', admittedOn: '2012-01-10', criteria: { taskResults: ['tot'], other: ['tot'] }, tasks: { assigned: 10, completedOnTime: 10, completedLate: 0, notCompleted: 0, exceeded: 1 } } };

describe('npm run rate', () => {
  it('prints one FORMAT.md line per case of the shared examples and exits 0', () => {
    const r = run(['test/casebook/sao-do-2023.json', 'test/casebook/tuy-phuoc-2021.json']);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(14);
    const first = r.lines[0]!;
    expect(Object.keys(first).sort()).toEqual(['citations', 'id', 'notes', 'rating', 'reviewed']);
    expect(first).toMatchObject({ id: 'sao-do-2023/dang-vien/du-dieu-kien-xuat-sac', rating: 'HTXSNV', reviewed: true });
    const group = r.lines.find((l) => l.id === 'sao-do-2023/nhom/12-nguoi-de-xuat-3')!;
    expect(group).toMatchObject({ maxHtxsnv: 2, withinQuota: false });
    const c = (first.citations as { doc: string; path: string[]; label: string; url: string | null }[])[0]!;
    expect(c).toMatchObject({ doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'], url: '/van-ban/kh-sao-do-2023/#m-ii-b-2-2_3-a' });
  });

  it('walks folders recursively (the whole case book)', () => {
    const r = run(['test/casebook']);
    expect(r.status).toBe(0);
    expect(r.lines.length).toBeGreaterThanOrEqual(98);
    expect(r.lines.every((l) => typeof l.rating === 'string' && !('error' in l))).toBe(true);
  });

  it('reports a malformed case by field, goes on with the rest, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rate-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify([
      { ...good, id: 'cli/bad-number', subject: { ...good.subject, tasks: { assigned: -3 } } },
      good,
      { ...good, id: 'cli/unknown-field', subject: { ...good.subject, mauSac: 'đỏ' } },
    ]));
    writeFileSync(join(dir, 'b.json'), '{ "id": "khong-phai-json", ');
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ ...good, id: 'cli/bad-date', evaluationDate: '05/12/2023' }));
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toEqual({ id: 'cli/bad-number', error: 'subject.tasks.assigned: phải là số nguyên không âm' });
    expect(r.lines[1]).toMatchObject({ id: 'cli/dang-vien', rating: 'HTTNV' });
    expect(r.lines[2]!.error).toMatch(/^subject\.mauSac: trường không có trong định dạng/);
    expect(r.lines[3]!.id).toMatch(/b\.json$/);
    expect(r.lines[3]!.error).toMatch(/^Tệp không phải JSON hợp lệ/);
    expect(r.lines[4]).toMatchObject({ id: 'cli/bad-date' });
    expect(r.lines[4]!.error).toMatch(/^evaluationDate: phải là ngày theo dạng YYYY-MM-DD/);
  });

  it('reads decomposed Unicode (NFD) case files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rate-'));
    writeFileSync(join(dir, 'nfd.json'), JSON.stringify({ ...good, title: 'Đảng viên nghỉ ốm'.normalize('NFD') }).normalize('NFD'));
    const r = run([join(dir, 'nfd.json')]);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toMatchObject({ id: 'cli/dang-vien', rating: 'HTTNV' });
  });

  it('reads stdin with "-", and explains usage without arguments', () => {
    expect(run(['-'], JSON.stringify(good)).lines[0]).toMatchObject({ rating: 'HTTNV' });
    const none = run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/Cách dùng/);
  });

  it('names a missing path', () => {
    const r = run(['test/casebook/khong-co.json']);
    expect(r.status).toBe(1);
    expect(r.lines[0]!.error).toMatch(/Không đọc được/);
  });

  it('the case book folder holds only case files', () => {
    expect(readdirSync(join(ROOT, 'test/casebook')).filter((n) => !n.endsWith('.json')).sort()).toEqual(['hong-quang-2025', 'qd124-2023', 'sao-do-2023', 'tuy-phuoc-2021']);
  });
});
