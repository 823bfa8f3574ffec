// The result as a secretary says it aloud: "Hoàn thành tốt nhiệm vụ — vì đủ các điều kiện của
// khoản 2 Điều 12 Quy định 124; chưa đạt Hoàn thành xuất sắc nhiệm vụ vì …". Built from what the
// rules engine decided (Evaluation.decision, whyNotHigher); nothing here decides anything.
import { shortCitation } from '../../rules/docs.ts';
import type { CitationOut, Evaluation, FailedCondition, WhyNotHigher } from '../../rules/types.ts';
import { RATING_LABEL } from './labels.ts';

/** Why a condition failed, in the words of the engine's sentence (without "Không đạt … vì" and the clause). */
export function reasonOf(f: FailedCondition, band: WhyNotHigher): string {
  let s = f.sentence;
  const head = `Không đạt ${band.label} vì `, tail = ` — ${shortCitation(f.citation)}`;
  if (s.startsWith(head) && s.endsWith(tail)) return s.slice(head.length, s.length - tail.length);
  s = s.replace(/^Không (đạt|xếp loại)[^—]*? vì /u, '').replace(/ — [^—]+$/u, '');
  return s || `${f.actual}, cần ${f.required}`;
}

/**
 * One line per failed condition: what the case has against what the clause requires, in one
 * clause of the engine's sentence ("chỉ có 2/10 = 20 % … vượt mức, cần ít nhất 30 %"), and which
 * clause. The bare actual/required pair reads badly alone ("Tốt — cần tất cả đạt “Xuất sắc”").
 */
export function failedLine(f: FailedCondition, band: WhyNotHigher): { reason: string; cite: string } {
  return { reason: reasonOf(f, band), cite: shortCitation(f.citation) };
}

/** The ratings above this one with their failed conditions, the next one up first (whyNotHigher is best first). */
export const failedBands = (e: Evaluation): WhyNotHigher[] => [...e.whyNotHigher].reverse().filter((w) => w.failed.length);

const short = (c: CitationOut | null) => (c ? shortCitation(c) : 'quy định');

export interface Verdict {
  /** The rating, as said. */
  rating: string;
  /** "vì …": what decided it. */
  because: string;
  /** "chưa đạt … vì …" for the next rating up, or null at the top (or when not rated). */
  notHigher: string | null;
}

/** Null while the result is undecided (a deciding fact missing). */
export function verdict(e: Evaluation): Verdict | null {
  if (!e.rating) return null;
  const d = e.decision;
  let because: string;
  switch (d.by) {
    case 'cap': because = `vì ${short(d.citation)} không cho xếp cao hơn mức này`; break;
    case 'khtnv-case': because = `vì thuộc trường hợp không hoàn thành nhiệm vụ nêu ở ${short(d.citation)}`; break;
    case 'situation': because = `vì ${short(d.citation)}${e.rating === 'KHONG_XEP_LOAI' ? (e.reviewed ? '; vẫn phải kiểm điểm' : '; không phải kiểm điểm') : ''}`; break;
    default:
      because = e.rating === 'KHTNV'
        ? `vì chưa đủ các điều kiện của mức Hoàn thành nhiệm vụ (${short(d.citation)})`
        : `vì đủ các điều kiện của ${short(d.citation)}`;
  }
  // whyNotHigher lists the ratings above, best first: the next one up is the last.
  const next = e.rating === 'KHONG_XEP_LOAI' ? null : e.whyNotHigher[e.whyNotHigher.length - 1] ?? null;
  let notHigher: string | null = null;
  if (next && next.failed.length) {
    const reasons = next.failed.slice(0, 2).map((f) => reasonOf(f, next));
    const more = next.failed.length - reasons.length;
    notHigher = `chưa đạt ${next.label} vì ${reasons.join('; ')}${more > 0 ? ` (và ${more} điều kiện khác)` : ''}`;
  }
  return { rating: RATING_LABEL[e.rating], because, notHigher };
}

/** The whole sentence, for the print sheet and for reading aloud. */
export function verdictText(v: Verdict): string {
  return `${v.rating} — ${v.because}${v.notHigher ? `; ${v.notHigher}` : ''}.`;
}
