// What a draft session has to tell the user (see DraftAlerts.tsx, which loads this only when
// there is something to say). Rendered as text only.
import { For, Show } from 'solid-js';
import { DELETED_TEXT, type DraftSession, type SessionStatus } from '../../lib/drafts/session.ts';
import { STORAGE_FULL_TEXT } from '../../lib/error-text.ts';

export default function DraftAlertsView(props: { status: SessionStatus | null; session: DraftSession }) {
  const s = () => props.status;
  return (
    <>
      <Show when={s()?.save === 'error' && !s()?.deleted}>
        <div class="alert" role="alert" data-testid="save-problem" data-storage-full={s()?.storageFull ? 'true' : 'false'}>
          <p>{s()?.storageFull ? `${STORAGE_FULL_TEXT}.` : `Chưa lưu được: ${s()?.error}`} {s()?.journaled
            ? 'Những gì vừa nhập vẫn còn trên trang này và được giữ tạm trong trình duyệt; sẽ được lưu khi bộ nhớ có chỗ.'
            : 'Những gì vừa nhập chỉ còn trên trang này (trình duyệt không cho giữ tạm): đừng đóng hay tải lại trang trước khi xuất ra tệp.'}</p>
          <p>
            <button type="button" class="primary" onClick={() => void props.session.exportAll()}>Xuất bản nháp ra tệp</button>{' '}
            <a href="/ban-nhap/">Xoá bớt ở trang Bản nháp</a>{' '}
            <button type="button" onClick={() => void props.session.flush().catch(() => undefined)}>Thử lưu lại</button>
          </p>
        </div>
      </Show>
      <Show when={s()?.deleted}>
        <div class="alert" role="alert" data-testid="deleted-elsewhere">
          <p>{DELETED_TEXT}</p>
          <button type="button" onClick={() => props.session.restoreDeleted()}>Lưu lại bản nháp này</button>
        </div>
      </Show>
      <Show when={s()?.notice}><p class="notice" role="status" data-testid="draft-notice">{s()?.notice}</p></Show>
      <For each={s()?.takeBacks ?? []}>{(t) => (
        <p class="notice take-back" data-testid="take-back">{t.text}{' '}
          <button type="button" class="small" onClick={() => t.apply()}>Dùng lại giá trị này</button></p>
      )}</For>
    </>
  );
}
