// The `rate` command, run as a user runs it: a child process on files and folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(Object.keys(first).sort()).toEqual(['citations', 'id', 'missing', 'notes', 'procedure', 'rating', 'reviewYear', 'reviewed']);
    expect(first).toMatchObject({ id: 'sao-do-2023/dang-vien/du-dieu-kien-xuat-sac', rating: 'HTXSNV', reviewed: true, reviewYear: 2023, missing: [], procedure: [] });
    const group = r.lines.find((l) => l.id === 'sao-do-2023/nhom/12-nguoi-de-xuat-3')!;
    expect(group).toMatchObject({ maxHtxsnv: 2, withinQuota: false });
    const c = (first.citations as { doc: string; path: string[]; label: string; url: string | null }[])[0]!;
    expect(c).toMatchObject({ doc: 'kh-sao-do-2023', path: ['II', 'B', '2', '2.3', 'a'], url: '/van-ban/kh-sao-do-2023/#m-ii-b-2-2_3-a' });
  });

  it('walks folders recursively (the whole case book): an error exactly for the cases that expect one', () => {
    const r = run(['test/casebook']);
    const expectsError = new Set<string>();
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, { withFileTypes: true })) {
        if (d.isDirectory()) walk(join(dir, d.name));
        else for (const c of [JSON.parse(readFileSync(join(dir, d.name), 'utf8'))].flat()) if (c.expect?.error) expectsError.add(c.id);
      }
    };
    walk(join(ROOT, 'test/casebook'));
    expect(expectsError.size).toBeGreaterThan(0);
    expect(r.status).toBe(1);
    expect(r.lines.length).toBeGreaterThanOrEqual(160);
    for (const l of r.lines) expect('error' in l, String(l.id)).toBe(expectsError.has(String(l.id)));
    expect(r.lines.every((l) => 'error' in l || typeof l.reviewYear === 'number')).toBe(true);
  });

  it('reads a UTF-8 file with a byte-order mark, and ignores a malformed expect block', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rate-'));
    writeFileSync(join(dir, 'bom.json'), '\uFEFF' + JSON.stringify({ ...good, id: 'cli/bom', expect: { rating: 'GIOI', citations: 'không phải danh sách' } }), 'utf8');
    const r = run([join(dir, 'bom.json')]);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([expect.objectContaining({ id: 'cli/bom', rating: 'HTTNV', reviewYear: 2023 })]);
  });

  it('refuses, naming the field: a date after the evaluation date, empty criteria, discipline before admission, a review year out of range', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rate-'));
    writeFileSync(join(dir, 'x.json'), JSON.stringify([
      { ...good, id: 'cli/ngay-sau', subject: { ...good.subject, discipline: [{ decidedOn: '2024-01-05', violationYear: 2023 }] } },
      { ...good, id: 'cli/tieu-chi-rong', subject: { ...good.subject, criteria: { taskResults: [], other: [] } } },
      { ...good, id: 'cli/truoc-ket-nap', subject: { ...good.subject, discipline: [{ decidedOn: '2011-05-01', violationYear: 2011 }] } },
      { ...good, id: 'cli/nam-danh-gia', reviewYear: 2021 },
      { ...good, id: 'cli/nam-truoc', evaluationDate: '2024-01-10', reviewYear: 2023 },
    ]));
    const r = run([dir]);
    expect(r.status).toBe(1);
    expect(r.lines[0]).toEqual({ id: 'cli/ngay-sau', error: 'subject.discipline[0].decidedOn: ngày này (05/01/2024) sau ngày đánh giá (05/12/2023)' });
    expect(r.lines[1]!.error).toMatch(/^subject\.criteria\.taskResults: không được để trống/);
    expect(r.lines[2]!.error).toMatch(/^subject\.discipline\[0\]\.decidedOn: quyết định kỷ luật \(01\/05\/2011\) trước ngày kết nạp Đảng \(10\/01\/2012\)/);
    expect(r.lines[3]!.error).toMatch(/^reviewYear: phải là năm của ngày đánh giá \(2023\) hoặc năm trước đó \(2022\)/);
    expect(r.lines[4]).toMatchObject({ id: 'cli/nam-truoc', rating: 'HTTNV', reviewYear: 2023 });
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
    expect(readdirSync(join(ROOT, 'test/casebook')).filter((n) => !n.endsWith('.json')).sort()).toEqual(['hong-quang-2025', 'qd124-2023', 'qd132-2018', 'qd366-2025', 'sao-do-2023', 'tinh-uy-2022', 'tuy-phuoc-2021']);
  });
});
