// One line at the top of a meeting screen: the review record it works under (entered once on
// the "Kỳ kiểm điểm" screen), or an invitation to create one.
import { Show } from 'solid-js';
import { recordUnitName } from '../../lib/meeting/review-record.ts';
import { unitTitle } from '../../lib/documents/text.ts';
import type { RecordDraft } from './record-link.ts';

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function RecordBanner(props: { record: RecordDraft | null; loaded: boolean; rulesetLabel?: string }) {
  return (
    <Show when={props.loaded}>
      <section class="panel" aria-label="Kỳ kiểm điểm" data-testid="record-banner">
        <Show when={props.record} fallback={
          <p>Chưa có kỳ kiểm điểm. <a href="/cong-cu-hop/ky-kiem-diem/">Nhập kỳ kiểm điểm</a> (chi bộ, đảng bộ cấp trên, năm, quy định, ngày họp) một lần để mọi trang và văn bản dùng chung — hoặc nhập riêng ở đây.</p>
        }>
          {(r) => (
            <p class="record-banner">
              <strong data-testid="record-banner-org">{recordUnitName(r().data)}</strong>
              <span>{unitTitle('ĐẢNG BỘ', r().data.parentName)}</span>
              <span>Năm <strong data-testid="record-banner-year">{r().data.reviewYear}</strong></span>
              <Show when={props.rulesetLabel}><span>{props.rulesetLabel}</span></Show>
              <span>{r().data.meetingDate ? `Họp ngày ${dmy(r().data.meetingDate)}` : 'Chưa định ngày họp'}</span>
              <a href={`/cong-cu-hop/ky-kiem-diem/?ban-nhap=${encodeURIComponent(r().id)}`}>Sửa kỳ kiểm điểm</a>
            </p>
          )}
        </Show>
      </section>
    </Show>
  );
}
