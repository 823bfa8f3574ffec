// "Bản kiểm điểm cá nhân" (Mẫu 02, Kế hoạch Tỉnh ủy 2022): identity fields, the self-assessed
// level of sections I.1, I.2 and III, the proposed ratings, optional text per section — filled
// from a calculator draft when the user picks one — then a Word file or an A4 print. What the
// member types is a draft (type 'review'): autosaved, reopened on the next visit, listed on
// /ban-nhap/.
import { createSignal, For, lazy, Show } from 'solid-js';
import type { Case, LevelCode } from '../../rules/index.ts';
import type { CalculatorDraftSummary } from '../../lib/meeting/drafts.ts';
import { personalReviewSpec, REVIEW_TEXT_KEYS, type GradeCode, type PersonalReviewData, type ReviewTextKey } from '../../lib/documents/index.ts';
import { reviewFormFor } from '../../lib/documents/forms.ts';
import { GRADES, RATING_LABEL } from '../../lib/meeting/labels.ts';
// The level names as the form prints them (not fields.tsx: this page needs none of its controls).
import { LEVEL_CODES_PRINT as LEVELS, LEVEL_PRINT as LEVEL_LABEL } from '../../lib/documents/labels.ts';
import { PrintView, printNow } from './PrintView.tsx';
import { createRecordLink } from './record-link.ts';
// The banner appears once the record is read: it loads with it, not with the page (first-load budget).
const RecordBanner = lazy(() => import('./RecordBanner.tsx').then((m) => ({ default: m.RecordBanner })));
import { differs } from '../../lib/meeting/review-record.ts';
import { downloadDocx } from './export-docx.ts';
import { createStoredDraft } from './stored-draft.ts';
import { DraftAlerts } from '../drafts/DraftAlerts.tsx';
import { newPersonalReview, REVIEW_TYPE, reviewDraftName, reviewFromRecord } from '../../lib/meeting/review.ts';
import { errorText } from '../../lib/error-text.ts';
import { todayIso } from '../../lib/meeting/dates.ts';

const RANK: Record<LevelCode, number> = { 'xuat-sac': 3, tot: 2, 'trung-binh': 1, kem: 0 };
/** The level a section gets from its criteria: the lowest of them (a section is only as good as its weakest criterion). */
const lowest = (l: readonly LevelCode[] | undefined): LevelCode | null => (l && l.length ? l.reduce((a, b) => (RANK[b] < RANK[a] ? b : a)) : null);

const TEXT_LABEL: Record<ReviewTextKey, string> = {
  I1: 'I.1 — Tư tưởng chính trị; đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong',
  I2: 'I.2 — Thực hiện chức trách, nhiệm vụ được giao',
  I3: 'I.3 — Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu',
  II1: 'II.1 — Hạn chế, khuyết điểm',
  II2: 'II.2 — Nguyên nhân của hạn chế, khuyết điểm',
  III: 'III — Kết quả khắc phục hạn chế, khuyết điểm đã được chỉ ra',
  IV: 'IV — Giải trình vấn đề được gợi ý kiểm điểm (nếu có)',
  V: 'V — Trách nhiệm của cá nhân đối với hạn chế của tập thể (nếu có)',
  VI: 'VI — Phương hướng, biện pháp khắc phục',
};


export default function ReviewForm() {
  const { data: d, edit: setD, status, setStatus, opened, replaceWith, draftId, draftStatus, draftSession } = createStoredDraft<typeof REVIEW_TYPE>({
    type: REVIEW_TYPE,
    initial: newPersonalReview(todayIso()),
    describe: (data) => ({
      name: reviewDraftName(data), rulesetId: null,
      summary: { text: data.proposedMember ? `Tự nhận: ${RATING_LABEL[data.proposedMember]}` : 'Chưa tự nhận mức xếp loại' },
    }),
  });
  const [drafts, setDrafts] = createSignal<CalculatorDraftSummary[] | null>(null);
  const link = createRecordLink({
    linkedId: () => d.recordId, draftKey: draftId,
    apply: (rec) => { if (rec) { const patch = reviewFromRecord(rec.id, rec.data); if (differs(patch, d)) setD(patch); } },
  });
  const form = () => reviewFormFor(d.rulesetId);

  // The drafts store and the rules engine load only when asked for (the form itself needs neither).
  const load = async () => {
    setStatus('Đang đọc các bản nháp…');
    try {
      const { calculatorDrafts } = await import('../../lib/meeting/drafts.ts');
      setDrafts((await calculatorDrafts()).filter((c) => c.case && (c.case.subject.kind === 'dang-vien' || c.case.subject.kind === 'can-bo-lanh-dao')));
      setStatus('');
    } catch (e) {
      setStatus(`Không đọc được bản nháp: ${errorText(e)}`);
    }
  };
  const fill = (c: CalculatorDraftSummary) => {
    const cs = c.case as Case;
    const s = cs.subject as Extract<Case['subject'], { kind: 'dang-vien' | 'can-bo-lanh-dao' }>;
    setD({
      fullName: d.fullName || c.name,
      ...(link.record() ? {} : { year: Number(cs.evaluationDate.slice(0, 4)) }),
      levels: { I1: lowest(s.criteria.other), I2: lowest(s.criteria.taskResults), III: d.levels.III },
      proposedMember: c.rating && c.rating !== 'KHONG_XEP_LOAI' ? c.rating : null,
      proposedCivilServant: s.civilServantRating && s.civilServantRating !== 'KHONG_XEP_LOAI' ? s.civilServantRating : d.proposedCivilServant,
    });
    setStatus(`Đã điền từ bản nháp “${c.name}”: cấp độ mục I.1 và I.2 lấy mức thấp nhất của các tiêu chí tương ứng; mức tự nhận là kết quả tính của bản nháp.`);
  };

  const text = (k: keyof PersonalReviewData, label: string, testId?: string) => (
    <label class="field">{label}<input type="text" value={String(d[k] ?? '')} onInput={(e) => setD(k, e.currentTarget.value as never)} data-testid={testId} /></label>
  );
  const levelSelect = (k: 'I1' | 'I2' | 'III', label: string) => (
    <label class="field">{label}
      <select value={d.levels[k] ?? ''} onChange={(e) => setD('levels', k, (e.currentTarget.value || null) as LevelCode | null)} data-testid={`review-level-${k}`}>
        <option value="">— chưa đánh dấu —</option>
        <For each={LEVELS}>{(l) => <option value={l}>{LEVEL_LABEL[l]}</option>}</For>
      </select>
    </label>
  );
  const gradeSelect = (k: 'proposedMember' | 'proposedCivilServant', label: string) => (
    <label class="field">{label}
      <select value={d[k] ?? ''} onChange={(e) => setD(k, (e.currentTarget.value || null) as GradeCode | null)} data-testid={`review-${k}`}>
        <option value="">— chưa đánh dấu —</option>
        <For each={GRADES}>{(g) => <option value={g}>{RATING_LABEL[g]}</option>}</For>
      </select>
    </label>
  );
  const spec = () => personalReviewSpec(JSON.parse(JSON.stringify(d)) as PersonalReviewData);
  const exportWord = async () => {
    try { await downloadDocx(spec()); setStatus('Đã tạo bản kiểm điểm (Word).'); }
    catch (e) { setStatus(`Không tạo được tệp Word: ${errorText(e)}`); }
  };

  /** A blank form; the one being filled stays saved as a draft. */
  const startNew = async () => {
    await replaceWith(newPersonalReview(todayIso()), { save: false });
    setStatus('Đã mở bản kiểm điểm mới; bản trước vẫn được lưu ở trang Bản nháp.');
  };

  return (
    <div class="mt" data-testid="review-app" data-ready={opened() ? 'true' : undefined}>
      <p class="muted" role="status">{status()}</p>
      <RecordBanner record={link.record()} loaded={link.loaded()} />
      <p class="hint" data-testid="review-form-note">Mẫu: {form().note}</p>
      <DraftAlerts status={draftStatus()} session={draftSession} />
      <section class="panel" aria-labelledby="bk-nguon">
        <h2 id="bk-nguon">Lấy từ bản nháp Tính xếp loại</h2>
        <button type="button" onClick={() => void load()}>Chọn bản nháp…</button>
        <Show when={drafts()}>
          {(list) => (
            <Show when={list().length} fallback={<p class="hint">Chưa có bản nháp đảng viên nào ở mục Tính xếp loại.</p>}>
              <ul class="plain"><For each={list()}>{(c) => <li>{c.name} — {c.rating ? RATING_LABEL[c.rating] : 'chưa tính được'} <button type="button" onClick={() => fill(c)}>Điền vào bản kiểm điểm</button></li>}</For></ul>
            </Show>
          )}
        </Show>
      </section>
      <section class="panel" aria-labelledby="bk-ca-nhan">
        <h2 id="bk-ca-nhan">Thông tin cá nhân</h2>
        <div class="grid">
          {text('fullName', 'Họ và tên', 'review-name')}
          {text('birthDate', 'Ngày sinh')}
          {text('partyPosition', 'Chức vụ Đảng')}
          {text('govPosition', 'Chức vụ chính quyền')}
          {text('massOrgPosition', 'Chức vụ đoàn thể')}
          {text('workUnit', 'Đơn vị công tác')}
          <Show when={link.loaded() && !link.record()}>
            {text('chiBo', 'Chi bộ', 'review-chibo')}
            {text('dangBo', 'Đảng bộ')}
            {text('place', 'Địa danh (nơi viết)', 'review-place')}
            <label class="field">Năm kiểm điểm<input type="number" value={d.year} onInput={(e) => { const n = e.currentTarget.valueAsNumber; if (Number.isInteger(n) && n > 1900 && n < 2200) setD('year', n); }} /></label>
          </Show>
          <label class="field">Ngày viết<input type="date" value={d.date} onInput={(e) => setD('date', e.currentTarget.value)} /></label>
        </div>
      </section>
      <section class="panel" aria-labelledby="bk-muc">
        <h2 id="bk-muc">Tự đánh giá</h2>
        <div class="grid">
          {levelSelect('I1', 'Mục I.1 — cấp độ thực hiện')}
          {levelSelect('I2', 'Mục I.2 — cấp độ thực hiện')}
          {levelSelect('III', 'Mục III — cấp độ khắc phục')}
          {gradeSelect('proposedMember', 'VII.2 — Tự nhận mức xếp loại đảng viên')}
          {gradeSelect('proposedCivilServant', 'VII.1 — Xếp loại cán bộ, công chức, viên chức (nếu có)')}
        </div>
        <details>
          <summary>Nội dung từng mục (không bắt buộc — để trống thì bản in có dòng chấm để viết tay)</summary>
          <For each={REVIEW_TEXT_KEYS}>{(k) => <label class="field">{TEXT_LABEL[k]}<textarea rows="3" value={d.texts[k] ?? ''} onInput={(e) => setD('texts', k, e.currentTarget.value)} /></label>}</For>
        </details>
      </section>
      <section class="panel">
        <div class="row-actions">
          <button type="button" class="primary" onClick={() => void exportWord()} data-testid="review-docx">Tải Word: bản kiểm điểm cá nhân</button>
          <button type="button" onClick={printNow} data-testid="review-print">In (A4)</button>
          <button type="button" onClick={() => void startNew()}>Bản kiểm điểm mới</button>
        </div>
        <p class="hint">Nội dung được lưu tự động trên máy này (không gửi đi đâu); xem, xuất hoặc xoá ở trang <a href="/ban-nhap/">Bản nháp</a>.</p>
      </section>
      <PrintView doc={spec} />
    </div>
  );
}
