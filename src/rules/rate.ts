// The `rate` command's entry point (FORMAT.md "Output of rate"): any input is parsed by the case
// schema (zod), then evaluated. Kept apart from engine.ts so that evaluating a subject the program
// built itself (the vote tally's quota, the calculator's form) does not load zod with the engine.
import { parseCase } from './case-schema.ts';
import { evaluate } from './engine.ts';
import type { RateLine } from './types.ts';

/** FORMAT.md output line for any input; never throws. */
export function rate(raw: unknown): RateLine {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' && (raw as { id: string }).id ? (raw as { id: string }).id : '(không có id)';
  try {
    const parsed = parseCase(raw, { forRating: true });
    if (!parsed.ok) return { id, error: parsed.error };
    const e = evaluate(parsed.value);
    return {
      id: parsed.value.id, rating: e.rating, reviewYear: e.reviewYear, citations: e.deciding, reviewed: e.reviewed, missing: e.missing,
      procedure: e.procedure.map((p) => ({ kind: p.kind, text: p.text, citation: p.citation, citations: p.citations })), notes: e.notes,
      ...(e.maxHtxsnv !== undefined ? { maxHtxsnv: e.maxHtxsnv, withinQuota: e.withinQuota! } : {}),
    };
  } catch (err) {
    return { id, error: `Lỗi nội bộ khi đánh giá (${err instanceof Error ? err.message : String(err)})` };
  }
}
