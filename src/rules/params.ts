// Parameters (OpenFisca style): every number of the regulations is a dated, cited value.
import type { CitationRef } from './docs.ts';
import type { Evidence, Param } from './model.ts';
import type { SourceKind } from './types.ts';

export function param(
  id: string, value: number, from: string, unit: Param['unit'], label: string,
  cite: CitationRef, words: string, source: SourceKind, evidence?: Evidence,
): Param {
  return { id, label, unit, values: [{ from, value }], cite, words, source, ...(evidence ? { evidence } : {}) };
}

/** Value in force on `date`: the latest value whose start is not after it (the first one before any start). */
export function valueAt(p: Param, date: string): number {
  let v = p.values[0]!.value;
  for (const e of p.values) if (e.from <= date) v = e.value;
  return v;
}
