// Kinds of drafts are pluggable: each feature registers its type with the zod schema of its
// `data`, a Vietnamese name and where to open it. The store validates every record of a type
// against that schema when reading, writing and importing. Types registered so far:
// 'case' (calculator, src/lib/calculator/case-draft.ts); the meeting tools add theirs
// ('roster', 'vote-tally') the same way. src/lib/drafts/all-types.ts imports every registration
// for pages that list all drafts.
// Every draft schema is zod/mini (small, tree-shaken, and it never probes eval under our CSP).
import type * as z from 'zod/mini';

export interface DraftTypeDef<D = unknown> {
  type: string;
  /** Vietnamese name of the kind, e.g. "Tính xếp loại". */
  label: string;
  /** Schema of the record's `data`. */
  schema: z.core.$ZodType<D>;
  /** A more precise kind for the list (e.g. "Đảng viên"), from the data. */
  kindLabel?(data: D): string;
  /** Where the draft opens. */
  href(id: string, data: D): string;
}

const TYPES = new Map<string, DraftTypeDef>();

export function registerDraftType<D>(def: DraftTypeDef<D>): void {
  TYPES.set(def.type, def as unknown as DraftTypeDef);
}
export const draftType = (type: string): DraftTypeDef | undefined => TYPES.get(type);
export const draftTypes = (): DraftTypeDef[] => [...TYPES.values()];
