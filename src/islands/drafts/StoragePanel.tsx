// Storage state of this device: whether the browser has made our storage persistent, how much is
// used, and — on Safari / iPhone / iPad, which may clear a site's data on their own — a gentle
// reminder to keep an exported copy.
import { createSignal, onMount, Show } from 'solid-js';
import { formatBytes, mayEvict, requestPersistence, storageInfo, type StorageInfo } from '../../lib/drafts/storage.ts';
import { viDateTime } from '../../lib/calculator/labels.ts';

const LAST_EXPORT_KEY = 'so-tay-xep-loai:lan-xuat-gan-nhat';

/** Remember when drafts were last exported (shown in the reminder). */
export function noteExport(): void {
  try { localStorage.setItem(LAST_EXPORT_KEY, String(Date.now())); } catch { /* private mode: nothing to remember */ }
}
function lastExport(): number | null {
  try { const v = Number(localStorage.getItem(LAST_EXPORT_KEY)); return v > 0 ? v : null; } catch { return null; }
}

export function StoragePanel(p: { count: number; onExport: () => void }) {
  const [info, setInfo] = createSignal<StorageInfo | null>(null);
  const [asked, setAsked] = createSignal(false);
  const evicts = typeof navigator !== 'undefined' && mayEvict(navigator.userAgent);
  const load = async () => setInfo(await storageInfo());
  onMount(() => void load());
  const ask = async () => { await requestPersistence(); setAsked(true); await load(); };
  const last = lastExport();
  return (
    <section class="storage" aria-labelledby="luu-tru" data-testid="storage">
      <h2 id="luu-tru">Lưu trữ trên máy này</h2>
      <Show when={info()} fallback={<p class="muted">Đang kiểm tra…</p>}>{(i) => (
        <>
          <p data-testid="persisted" data-persisted={String(i().persisted)}>
            {i().persisted === true ? 'Lưu trữ bền vững: đã bật — trình duyệt sẽ không tự xoá bản nháp khi máy thiếu dung lượng.'
              : i().persisted === false ? 'Lưu trữ bền vững: chưa bật — trình duyệt có thể xoá bản nháp khi máy thiếu dung lượng.'
              : 'Trình duyệt này không cho biết bản nháp có được lưu bền vững hay không.'}
          </p>
          <Show when={i().persisted === false}>
            <p><button type="button" onClick={() => void ask()}>Yêu cầu lưu bền vững</button>
              <Show when={asked()}> <span class="muted">Trình duyệt chưa đồng ý (thường sẽ đồng ý khi ứng dụng được cài lên máy hoặc được dùng thường xuyên).</span></Show></p>
          </Show>
          <Show when={i().usage !== null}><p class="muted">Dung lượng đang dùng: khoảng {formatBytes(i().usage!)}{i().quota ? ` (tối đa ${formatBytes(i().quota!)})` : ''}.</p></Show>
        </>
      )}</Show>
      <Show when={evicts}>
        <div class="reminder" data-testid="evict-reminder">
          <p>Trên Safari (iPhone, iPad, máy Mac), dữ liệu của trang web có thể bị xoá nếu không mở ứng dụng trong khoảng 7 ngày. Nên thỉnh thoảng xuất bản nháp ra tệp để giữ một bản sao, hoặc thêm ứng dụng vào Màn hình chính.
            {last ? ` Lần xuất gần nhất: ${viDateTime(last)}.` : ' Bạn chưa xuất lần nào trên máy này.'}</p>
          <Show when={p.count > 0}><button type="button" onClick={() => p.onExport()}>Xuất ngay</button></Show>
        </div>
      </Show>
    </section>
  );
}
