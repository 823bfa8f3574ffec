// /ban-nhap/: every draft on this device — open, rename, duplicate, delete (with undo), export
// all to one JSON file and import it back (validated; duplicates offered keep-both or replace),
// plus the storage state and, where the browser may evict data, a reminder to export.
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import '../../lib/drafts/all-types.ts';
import {
  deleteDraft, draftType, duplicateDraft, exportDrafts, exportFileName, listDrafts, onDraftMessage, onStoreState, parseImport, planImport,
  readImportFile, recordsToWrite, renameDraft, restoreRaw, saveDrafts, storeProblem, storeState, type BrokenDraft, type ConflictChoice, type DraftRecord, type ImportPlan,
} from '../../lib/drafts/index.ts';
import { hasJournal } from '../../lib/drafts/journal.ts';
import { RATING_LABEL, viDateTime } from '../../lib/calculator/labels.ts';
import { StoragePanel, noteExport } from './StoragePanel.tsx';
import { downloadBlob } from '../../lib/download.ts';
import { errorText } from '../../lib/error-text.ts';
import './drafts.css';

export interface DraftsPageProps {
  /** Ruleset ids and labels (computed at build time from src/rules). */
  rulesets: { id: string; label: string }[];
}

interface Undo { name: string; raw: unknown }

export default function DraftsPage(props: DraftsPageProps) {
  const [drafts, setDrafts] = createSignal<DraftRecord[]>([]);
  const [broken, setBroken] = createSignal<BrokenDraft[]>([]);
  const [loaded, setLoaded] = createSignal(false);
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [storeIssue, setStoreIssue] = createSignal(storeState() === 'ok' ? '' : storeProblem());
  const [renaming, setRenaming] = createSignal<string | null>(null);
  const [undo, setUndo] = createSignal<Undo | null>(null);
  const [pending, setPending] = createSignal<{ plan: ImportPlan; file: string } | null>(null);
  let undoButton: HTMLButtonElement | undefined;
  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  const refresh = async () => {
    try {
      const r = await listDrafts();
      setDrafts(r.valid);
      setBroken(r.broken);
    } catch (e) {
      setError(errorText(e));
    }
    setLoaded(true);
  };
  const act = async (fn: () => Promise<void>) => {
    setError('');
    try { await fn(); } catch (e) { setError(errorText(e)); }
  };

  onMount(() => {
    const offMsg = onDraftMessage(() => void refresh());
    const offState = onStoreState((s, why) => setStoreIssue(s === 'ok' ? '' : why));
    onCleanup(() => { offMsg(); offState(); clearTimeout(undoTimer); });
    // Work a reload, a crash or a closed browser cut short on another screen is stored first, so
    // the list shows it (a draft whose first edit never reached the database included).
    void (hasJournal() ? import('../../lib/drafts/commit.ts').then((m) => m.replayJournal()) : Promise.resolve([])).then((done) => {
      const ok = done.filter((r) => !r.error);
      const failed = done.filter((r) => r.error);
      if (ok.length) setStatus(`Đã khôi phục ${ok.length} bản nháp có thay đổi chưa kịp lưu lần trước.`);
      if (failed.length) setError(`Chưa khôi phục được ${failed.length} bản nháp có thay đổi chưa kịp lưu: ${failed[0]!.error}`);
    }, (e: unknown) => setError(errorText(e))).finally(() => void refresh());
  });

  const rulesetLabel = (id: string | null) => (id ? props.rulesets.find((r) => r.id === id)?.label ?? id : '—');
  const kindOf = (d: DraftRecord) => { const t = draftType(d.type); return t?.kindLabel?.(d.data) ?? t?.label ?? d.type; };
  const hrefOf = (d: DraftRecord) => draftType(d.type)?.href(d.id, d.data) ?? '#';
  const resultOf = (d: DraftRecord) => (d.summary.rating ? RATING_LABEL[d.summary.rating] : d.summary.text ?? '—');

  const remove = (id: string, name: string) => act(async () => {
    const raw = await deleteDraft(id);
    clearTimeout(undoTimer);
    setUndo({ name, raw });
    setStatus('');
    queueMicrotask(() => undoButton?.focus());
    undoTimer = setTimeout(() => setUndo(null), 20_000);
  });
  const doUndo = () => act(async () => {
    const u = undo();
    if (!u) return;
    await restoreRaw(u.raw);
    setUndo(null);
    setStatus(`Đã khôi phục “${u.name}”.`);
  });
  const duplicate = (id: string) => act(async () => { const c = await duplicateDraft(id); setStatus(`Đã tạo “${c.name}”.`); });
  const rename = (id: string, name: string) => act(async () => {
    if (!name.trim()) { setError('Tên bản nháp không được để trống.'); return; }
    await renameDraft(id, name);
    setRenaming(null);
    setStatus('Đã đổi tên.');
  });

  const exportAll = () => {
    const list = drafts();
    const fileName = exportFileName();
    downloadBlob(new Blob([exportDrafts(list)], { type: 'application/json' }), fileName);
    noteExport();
    setStatus(`Đã xuất ${list.length} bản nháp ra tệp ${fileName}.${broken().length ? ` ${broken().length} bản nháp hỏng không được xuất.` : ''}`);
  };

  const write = async (plan: ImportPlan, choice: ConflictChoice | null) => {
    const recs = recordsToWrite(plan, choice);
    if (recs.length) await saveDrafts(recs);
    const parts = [`Đã nhập ${recs.length} bản nháp`];
    if (plan.identical.length) parts.push(`${plan.identical.length} bản đã có sẵn, giữ nguyên`);
    if (choice === 'replace') parts.push(`${plan.conflicts.length} bản trên máy được thay bằng bản trong tệp`);
    if (choice === 'keep-both') parts.push(`${plan.conflicts.length} bản trùng được giữ cả hai`);
    setStatus(parts.join('; ') + '.');
  };
  const onFile = (input: HTMLInputElement) => act(async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setStatus('');
    setPending(null);
    const text = await readImportFile(file);
    const parsed = text.ok ? parseImport(text.value) : text;
    if (!parsed.ok) { setError(`Không nhập tệp “${file.name}”: ${parsed.error} Không có gì thay đổi.`); return; }
    try {
      const current = await listDrafts();
      const plan = planImport(current.valid, parsed.value, new Set(current.broken.map((b) => b.id).filter((x): x is string => !!x)));
      if (plan.conflicts.length) setPending({ plan, file: file.name });
      else await write(plan, null);
    } catch (e) {
      // One transaction: a failed write stores none of the file's drafts.
      setError(`Không nhập tệp “${file.name}”: ${errorText(e)} Không có gì thay đổi.`);
    }
  });
  const resolve = (choice: ConflictChoice | null) => act(async () => {
    const p = pending();
    setPending(null);
    if (!p) return;
    if (!choice) { setStatus('Đã huỷ nhập; không có gì thay đổi.'); return; }
    await write(p.plan, choice);
  });

  return (
    <div class="drafts" data-ready={loaded() ? 'true' : 'false'}>
      <Show when={storeIssue()}>
        <div class="alert" role="alert"><p>{storeIssue()}</p><button type="button" onClick={() => location.reload()}>Tải lại trang</button></div>
      </Show>
      <StoragePanel count={drafts().length} onExport={exportAll} />

      <div class="drafts-tools" role="group" aria-label="Xuất và nhập">
        <button type="button" class="primary" onClick={exportAll} disabled={!drafts().length}>Xuất tất cả ra tệp</button>
        <label class="button file-button">Nhập từ tệp…<input type="file" accept="application/json,.json" class="visually-hidden" data-testid="import-file" onChange={(e) => void onFile(e.currentTarget)} /></label>
        <a class="button" href="/tinh-xep-loai/">Tính xếp loại mới</a>
      </div>
      <p class="status" role="status" data-testid="status">{status()}</p>
      <Show when={error()}><p class="alert" role="alert" data-testid="error">{error()}</p></Show>

      <Show when={pending()}>{(p) => (
        <section class="conflicts" aria-labelledby="trung-tieu-de" data-testid="conflicts">
          <h2 id="trung-tieu-de">Bản nháp trùng khi nhập “{p().file}”</h2>
          <p>{p().plan.conflicts.length} bản nháp trong tệp có cùng mã với bản nháp đang có trên máy nhưng nội dung khác.
            {p().plan.fresh.length ? ` ${p().plan.fresh.length} bản nháp mới sẽ được thêm.` : ''} Chọn cách xử lý:</p>
          <ul>
            <For each={p().plan.conflicts}>{(c) => (
              <li>Trên máy: “{c.local.name}” (sửa lúc {viDateTime(c.local.updatedAt)}) — trong tệp: “{c.incoming.name}” (sửa lúc {viDateTime(c.incoming.updatedAt)})</li>
            )}</For>
          </ul>
          <div class="drafts-tools">
            <button type="button" class="primary" onClick={() => void resolve('keep-both')}>Giữ cả hai</button>
            <button type="button" onClick={() => void resolve('replace')}>Thay bản trên máy bằng bản trong tệp</button>
            <button type="button" onClick={() => void resolve(null)}>Huỷ nhập</button>
          </div>
        </section>
      )}</Show>

      <Show when={undo()}>{(u) => (
        <div class="undo" role="status">
          <span>Đã xoá “{u().name}”.</span>
          <button type="button" ref={undoButton} onClick={() => void doUndo()}>Hoàn tác</button>
        </div>
      )}</Show>

      <h2>Bản nháp trên máy này ({drafts().length})</h2>
      <Show when={loaded()} fallback={<p class="muted">Đang đọc bản nháp…</p>}>
        <Show when={drafts().length} fallback={<p>Chưa có bản nháp nào. Mỗi lần <a href="/tinh-xep-loai/">tính xếp loại</a> sẽ tự lưu thành một bản nháp ở đây.</p>}>
          <ul class="draft-list" data-testid="draft-list">
            <For each={drafts()}>{(d) => (
              <li class="draft" data-id={d.id}>
                <Show when={renaming() === d.id} fallback={<h3 class="draft-name"><a href={hrefOf(d)}>{d.name || '(chưa đặt tên)'}</a></h3>}>
                  <form class="rename" onSubmit={(e) => { e.preventDefault(); void rename(d.id, (e.currentTarget.elements.namedItem('ten') as HTMLInputElement).value); }}>
                    <label for={`ten-${d.id}`}>Tên mới</label>
                    <input id={`ten-${d.id}`} name="ten" type="text" maxLength={200} value={d.name} ref={(el) => queueMicrotask(() => el.focus())}
                      onKeyDown={(e) => { if (e.key === 'Escape') setRenaming(null); }} />
                    <button type="submit" class="primary">Lưu tên</button>
                    <button type="button" onClick={() => setRenaming(null)}>Huỷ</button>
                  </form>
                </Show>
                <dl class="draft-meta">
                  <div><dt>Loại</dt><dd>{kindOf(d)}</dd></div>
                  <div><dt>Quy định</dt><dd>{rulesetLabel(d.rulesetId)}</dd></div>
                  <div><dt>Kết quả</dt><dd data-testid="draft-result">{resultOf(d)}</dd></div>
                  <div><dt>Sửa lần cuối</dt><dd>{viDateTime(d.updatedAt)}</dd></div>
                </dl>
                <div class="draft-actions">
                  <a class="button" href={hrefOf(d)}>Mở<span class="visually-hidden"> “{d.name}”</span></a>
                  <button type="button" onClick={() => setRenaming(d.id)}>Đổi tên<span class="visually-hidden"> “{d.name}”</span></button>
                  <button type="button" onClick={() => void duplicate(d.id)}>Nhân bản<span class="visually-hidden"> “{d.name}”</span></button>
                  <button type="button" onClick={() => void remove(d.id, d.name)}>Xoá<span class="visually-hidden"> “{d.name}”</span></button>
                </div>
              </li>
            )}</For>
          </ul>
        </Show>
        <Show when={broken().length}>
          <section class="broken" aria-labelledby="hong-tieu-de">
            <h2 id="hong-tieu-de">Bản nháp không đọc được ({broken().length})</h2>
            <p>Các bản nháp này bị hỏng hoặc do phiên bản khác của ứng dụng tạo ra; chúng được giữ nguyên, không dùng để tính.</p>
            <ul>
              <For each={broken()}>{(b) => (
                <li>
                  <strong>{b.name ?? b.id ?? '(không rõ tên)'}</strong>: {b.reason}.
                  <Show when={b.id}>{' '}<button type="button" onClick={() => void remove(b.id!, b.name ?? b.id!)}>Xoá</button></Show>
                </li>
              )}</For>
            </ul>
          </section>
        </Show>
      </Show>
    </div>
  );
}
