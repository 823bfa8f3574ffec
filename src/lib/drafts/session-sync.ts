// The half of a draft session (session.ts) that talks to the store, loaded when the first save
// or read needs it: the merged save, another tab's save of the same draft, the journal replay,
// what the user is told about each, and the export of everything when storage is full.
import { TAB_ID, type MergeNote } from './db.ts';
import { journalKey } from './journal.ts';
import { clearJournal } from './journal-read.ts';
import { commitDraft, contentOf, exportEverything, replayJournal, type ReplayResult } from './commit.ts';
import { deepEqual, getAt, merge3, setAt, type Conflict, type Json, type Path } from './merge.ts';
import { getDraft } from './store.ts';
import { exportFileName } from './transfer.ts';
import { DELETED_TEXT, type SessionState } from './session.ts';
import { downloadBlob } from '../download.ts';
import { errorText } from '../error-text.ts';

/** A value as it appears in a message: short, quoted (rendered as text, never HTML). */
function valueText(v: unknown): string {
  if (v === undefined || v === null || v === '') return '(để trống)';
  if (typeof v === 'string') return `“${v.length > 60 ? `${v.slice(0, 60)}…` : v}”`;
  if (typeof v === 'number' || typeof v === 'boolean') return `“${String(v)}”`;
  if (typeof (v as { name?: unknown }).name === 'string') return `“${(v as { name: string }).name || '(chưa ghi tên)'}”`;
  return 'một nhóm dữ kiện';
}

function label<D>(s: SessionState<D>, path: Path): string {
  const own = s.opts.labelOf?.(path);
  if (own) return `“${own}”`;
  if (!path.length) return 'cả bản nháp';
  if (path.length === 1 && path[0] === 'name') return '“Tên bản nháp”';
  return `“${path.slice(1).map((x) => (typeof x === 'string' ? x : `dòng ${x.id}`)).join(' › ')}”`;
}
function labels<D>(s: SessionState<D>, paths: Path[]): string {
  const named = s.opts.derivedName ? paths.filter((p) => !(p.length === 1 && p[0] === 'name')) : paths;
  const names = [...new Set((named.length ? named : paths).map((p) => label(s, p)))];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} và ${names.length - 3} chỗ khác` : names.join(', ');
}

/** Offer a lost value back: applying it is an edit like any other (journaled, saved, merged). */
function offerBack<D>(s: SessionState<D>, path: Path, lost: unknown, text: string) {
  const key = `${JSON.stringify(path)}:${Date.now()}:${Math.random()}`;
  const apply = () => {
    const next = setAt(contentOf(s.opts.read()), path, lost as Json) as { name: string; data: D };
    s.opts.show(next);
    s.status.takeBacks = s.status.takeBacks.filter((t) => t.key !== key);
    s.status.notice = `Đã lấy lại giá trị ${valueText(lost)} cho ô ${label(s, path)}.`;
    s.changed();
  };
  s.status.takeBacks = [...s.status.takeBacks, { key, text, apply }].slice(-5);
}

const keptHere = (where: string, kept: unknown, lost: unknown) => `Ô ${where} được sửa ở cả hai tab cùng lúc: đang giữ giá trị của tab này (${valueText(kept)}, sửa sau); giá trị của tab kia là ${valueText(lost)}.`;
const keptThere = (where: string, kept: unknown, lost: unknown) => `Ô ${where} được sửa ở cả hai tab cùng lúc: đang giữ giá trị sửa sau ở tab kia (${valueText(kept)}); giá trị của tab này là ${valueText(lost)}.`;

function reportConflicts<D>(s: SessionState<D>, conflicts: Conflict[]) {
  for (const k of conflicts) {
    const where = label(s, k.path);
    offerBack(s, k.path, k.lost, (k.loser === 'theirs' ? keptHere : keptThere)(where, k.kept, k.lost));
  }
}

/** One save: merged with whatever another tab stored since this screen's base. */
export async function save<D>(s: SessionState<D>): Promise<void> {
  const id = s.id;
  if (!id) return;
  if (s.status.deleted && !s.restoring) throw new Error(DELETED_TEXT);
  s.journalNow(); // so that the entry cleared below is the one this save holds
  const seqAt = s.seq;
  const textAt = s.journalText;
  const mine = s.record();
  const out = await commitDraft(mine, s.base, { editedAt: mine.updatedAt, create: s.restoring || !s.base });
  if (out.kind === 'deleted') { s.status.deleted = true; s.emit(); throw new Error(DELETED_TEXT); }
  s.restoring = false;
  s.status.deleted = false;
  s.savedSeq = seqAt;
  s.base = out.record;
  s.baseJournaled = false;
  if (out.kind === 'merged') {
    // The screen gets the other tab's changes, keeping whatever was typed during the save.
    const now = contentOf(s.opts.read());
    const screen = merge3(contentOf(mine), contentOf(out.record), now, true).value as { name: string; data: D };
    if (!deepEqual(screen, now)) s.opts.show(screen);
    s.status.notice = out.fromTheirs.length ? `Tab khác vừa sửa ${labels(s, out.fromTheirs)}; đã gộp cả hai thay đổi.` : 'Tab khác cũng vừa sửa bản nháp này; đã gộp cả hai thay đổi.';
    reportConflicts(s, out.conflicts);
    s.emit();
    if (out.fromTheirs.length) s.resave(); // the list's summary (rating…) follows the merged content
  }
  if (s.seq === seqAt && textAt && s.id === id) { clearJournal(journalKey(id, TAB_ID), textAt); s.journalText = null; }
}

/** Another tab wrote this draft: show it unless something is pending here (the next save merges then). */
export async function refresh<D>(s: SessionState<D>, note: MergeNote | undefined): Promise<void> {
  const id = s.id;
  if (!id) return;
  const before = s.base ? contentOf(s.base) : undefined;
  // This tab's saved values that the other tab's merge replaced: offer them back.
  if (note?.id === id && before !== undefined) {
    for (const k of note.conflicts) {
      if (k.loser === 'theirs' && deepEqual(getAt(before, k.path), k.lost)) offerBack(s, k.path, k.lost, keptThere(label(s, k.path), k.kept, k.lost));
    }
  }
  const p = s.pending() ? null : await getDraft(id);
  if (!p?.ok || s.pending() || s.id !== id || (s.base && p.value.updatedAt <= s.base.updatedAt)) { s.emit(); return; }
  s.base = p.value;
  s.baseJournaled = false;
  s.status.deleted = false;
  s.opts.show({ name: p.value.name, data: p.value.data as D });
  s.status.notice = 'Bản nháp vừa được sửa ở tab khác — đã cập nhật.';
  s.emit();
}

export const replay = (): Promise<ReplayResult[]> => replayJournal();

/** After opening a draft the journal restored: say so, and offer back what its merge replaced. */
export function reportReplay<D>(s: SessionState<D>): void {
  const r = s.replays.find((x) => x.id === s.id);
  if (!r) return;
  if (r.error) s.status.notice = `Còn thay đổi chưa kịp lưu lần trước nhưng chưa lưu được: ${r.error}`;
  else {
    s.status.notice = r.created ? 'Đã khôi phục bản nháp chưa kịp lưu lần trước.' : 'Đã khôi phục những thay đổi chưa kịp lưu lần trước.';
    reportConflicts(s, r.conflicts);
  }
  s.emit();
}

export async function exportAll<D>(s: SessionState<D>): Promise<void> {
  try {
    const { text, count } = await exportEverything(s.id ? s.record() : null);
    const name = exportFileName();
    downloadBlob(new Blob([text], { type: 'application/json' }), name);
    s.status.notice = `Đã xuất ${count} bản nháp ra tệp ${name} (gồm cả bản đang mở, kể cả phần chưa lưu được).`;
  } catch (e) {
    s.status.notice = `Không xuất được: ${errorText(e)}`;
  }
  s.emit();
}
