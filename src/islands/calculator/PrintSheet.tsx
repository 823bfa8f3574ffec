// The printable result sheet (A4, print CSS in calculator.css): who, the period and the texts
// applied, the facts entered, the result in one sentence, the deciding sentence of the text, why
// not higher band by band, what the meeting must do, the clauses by their labels (no addresses:
// paper has no links). Hidden on screen.
import { For, Index, Show } from 'solid-js';
import type { Evaluation } from '../../rules/types.ts';
import { factText } from '../../lib/calculator/fact-text.ts';
import type { FieldDef } from '../../lib/calculator/fields.ts';
import { KIND_LABEL, LEVEL_LABEL, RATING_LABEL, viDate, viDateTime, type CalcKind } from '../../lib/calculator/labels.ts';
import { getAt, type CaseDraftData, type CriteriaView } from '../../lib/calculator/subject.ts';
import { failedBands, failedLine, verdict, verdictText } from '../../lib/calculator/verdict.ts';

export function PrintSheet(p: { name: string; kind: CalcKind; data: CaseDraftData; fields: FieldDef[]; criteria: CriteriaView | null; texts: string; e: Evaluation }) {
  const facts = () => p.fields.map((f) => ({ label: f.label, text: factText(f, getAt(p.data.subject, f.path)) })).filter((f) => f.text !== null);
  const levels = () => (p.criteria?.criteria ?? []).flatMap((c) => {
    const v = p.data.levels?.[c.id];
    return v && v !== 'khong-ap-dung' ? [{ label: c.label, text: LEVEL_LABEL[v] }] : [];
  });
  const v = () => verdict(p.e);
  const bands = () => failedBands(p.e);
  return (
    <section class="print-sheet">
      <h2>Phiếu kết quả tính xếp loại chất lượng</h2>
      <table class="print-meta">
        <tbody>
          <tr><th scope="row">{p.data.personName ? 'Họ và tên' : 'Tên'}</th><td>{p.data.personName || p.name}</td></tr>
          <tr><th scope="row">Đối tượng</th><td>{KIND_LABEL[p.kind]}</td></tr>
          <tr><th scope="row">Kỳ đánh giá</th><td>Năm {p.e.reviewYear} (ngày đánh giá {viDate(p.data.evaluationDate)})</td></tr>
          <tr><th scope="row">Văn bản áp dụng</th><td>{p.texts || p.e.rulesetLabel}</td></tr>
        </tbody>
      </table>
      <p class="print-rating">Kết quả: <strong>{p.e.rating ? RATING_LABEL[p.e.rating] : 'Chưa xếp loại (còn thiếu dữ kiện)'}</strong></p>
      <Show when={v()}>{(x) => <p class="print-verdict">{verdictText(x())}</p>}</Show>
      <Show when={p.e.deciding[0]}>{(c) => <p class="print-quote">“{p.e.decision.words}” — {c().label}</p>}</Show>
      <h3>Dữ kiện đã nhập</h3>
      <table class="print-facts">
        <tbody>
          <Index each={levels()}>{(f) => <tr><th scope="row">Tiêu chí: {f().label}</th><td>{f().text}</td></tr>}</Index>
          <Index each={facts()}>{(f) => <tr><th scope="row">{f().label}</th><td>{f().text}</td></tr>}</Index>
        </tbody>
      </table>
      <Show when={p.e.rating !== 'KHONG_XEP_LOAI' && bands().length}>
        <h3>Vì sao chưa đạt mức cao hơn</h3>
        <For each={bands()}>{(w) => (
          <>
            <h4>Chưa đạt “{w.label}”</h4>
            <ul><For each={w.failed}>{(f) => { const l = failedLine(f, w); return <li>{l.reason} ({l.cite})</li>; }}</For></ul>
          </>
        )}</For>
      </Show>
      <Show when={p.e.procedure.length}>
        <h3>Việc cần làm trước khi xếp loại</h3>
        <ul><For each={p.e.procedure}>{(it) => <li>☐ {it.text} ({it.citation.label})</li>}</For></ul>
      </Show>
      <h3>Căn cứ</h3>
      <ol><For each={p.e.deciding}>{(c) => <li>{c.label}</li>}</For></ol>
      <Show when={p.e.notes.length}><h3>Lưu ý</h3><ul><For each={p.e.notes}>{(n) => <li>{n}</li>}</For></ul></Show>
      <p class="print-foot">In lúc {viDateTime(Date.now())} từ Sổ tay Xếp loại. Kết quả tính thử theo quy định; cấp có thẩm quyền xem xét, quyết định.</p>
    </section>
  );
}
