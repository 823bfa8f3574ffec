// The printable result sheet (A4, print CSS in calculator.css): the facts entered, the rating,
// the clauses that decide it, the evaluation date and the ruleset. Hidden on screen.
import { For, Index, Show } from 'solid-js';
import type { Evaluation } from '../../rules/types.ts';
import { factText } from '../../lib/calculator/fact-text.ts';
import type { FieldDef } from '../../lib/calculator/fields.ts';
import { KIND_LABEL, RATING_LABEL, viDate, viDateTime, type CalcKind } from '../../lib/calculator/labels.ts';
import { getAt, type CaseDraftData } from '../../lib/calculator/subject.ts';

export function PrintSheet(p: { name: string; kind: CalcKind; data: CaseDraftData; fields: FieldDef[]; e: Evaluation }) {
  const facts = () => p.fields.map((f) => ({ label: f.label, text: factText(f, getAt(p.data.subject, f.path)) })).filter((f) => f.text !== null);
  const origin = typeof location !== 'undefined' ? location.origin : '';
  return (
    <section class="print-sheet">
      <h2>Phiếu kết quả tính xếp loại chất lượng</h2>
      <table class="print-meta">
        <tbody>
          <tr><th scope="row">Tên</th><td>{p.name}</td></tr>
          <tr><th scope="row">Đối tượng</th><td>{KIND_LABEL[p.kind]}</td></tr>
          <tr><th scope="row">Ngày đánh giá</th><td>{viDate(p.data.evaluationDate)}</td></tr>
          <tr><th scope="row">Quy định áp dụng</th><td>{p.e.rulesetLabel}</td></tr>
        </tbody>
      </table>
      <p class="print-rating">Kết quả: <strong>{p.e.rating ? RATING_LABEL[p.e.rating] : 'Chưa xếp loại được (còn thiếu dữ kiện)'}</strong>
        <Show when={p.e.rating === 'KHONG_XEP_LOAI'}>{p.e.reviewed ? ' (vẫn kiểm điểm)' : ' (không kiểm điểm)'}</Show></p>
      <h3>Dữ kiện đã nhập</h3>
      <table class="print-facts">
        <tbody><Index each={facts()}>{(f) => <tr><th scope="row">{f().label}</th><td>{f().text}</td></tr>}</Index></tbody>
      </table>
      <h3>Căn cứ</h3>
      <ol><For each={p.e.deciding}>{(c) => <li>{c.label}{c.url ? ` — ${origin}${c.url}` : ''}</li>}</For></ol>
      <Show when={p.e.notes.length}><h3>Lưu ý</h3><ul><For each={p.e.notes}>{(n) => <li>{n}</li>}</For></ul></Show>
      <p class="print-foot">In lúc {viDateTime(Date.now())} từ Sổ tay Xếp loại. Kết quả tính thử theo quy định; cấp có thẩm quyền xem xét, quyết định.</p>
    </section>
  );
}
