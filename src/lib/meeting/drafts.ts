// How the meeting screens keep their work: a roster, a vote-tally sheet or a personal review is a
// draft in the shared drafts store (src/lib/drafts, IndexedDB via idb), registered as types
// 'roster', 'vote-tally' (draft-types.ts) and 'review' (review.ts). The store validates every
// record with zod on the way in and out; draft-access.ts reads and writes them. This module adds
// what the rating screens need on top: the calculator drafts with their ratings, and single-draft
// files in the store's own export format (so a file from here imports on /ban-nhap/ and back).
import { listDraftsOfType } from '../drafts/store.ts';
import { exportDrafts, parseImport } from '../drafts/transfer.ts';
import { CASE_DRAFT_TYPE } from '../calculator/case-draft.ts';
import type { CaseDraftData } from '../calculator/subject.ts';
import type { Case, RatingCode } from '../../rules/index.ts';
import type { MeetingDraft, MeetingDraftType } from './draft-access.ts';
// The roster and vote-tally schemas: the screens that use this module keep drafts of these types.
import './draft-types.ts';

export { latestDraft, meetingRecord, newDraftId, openDraft, putDraft, type MeetingDraft, type MeetingDraftType } from './draft-access.ts';

export interface CalculatorDraftSummary {
  id: string;
  /** The person's name ("Họ và tên", contract C: the draft's `personName`), else the draft's own name. */
  name: string;
  /** The draft's name as listed on /ban-nhap/. */
  draftName: string;
  /** The rating the calculator gives the draft (null while its input is not valid). */
  rating: RatingCode | null;
  case: Case | null;
}

/** Calculator drafts of individuals, rated exactly as the calculator rates them. */
export async function calculatorDrafts(): Promise<CalculatorDraftSummary[]> {
  // The calculator's own computation, loaded when the user asks for calculator drafts.
  const [{ valid }, { compute }] = await Promise.all([listDraftsOfType(CASE_DRAFT_TYPE), import('../calculator/compute.ts')]);
  return valid.map((r) => {
    const data = r.data as CaseDraftData;
    // Drafts saved before the calculator asked for the name have none: the draft's name stands in.
    const name = data.personName?.trim() || r.name;
    try {
      const c = compute(data, r.id);
      return { id: r.id, name, draftName: r.name, rating: c.evaluation?.rating ?? null, case: c.checked.case };
    } catch {
      return { id: r.id, name, draftName: r.name, rating: null, case: null };
    }
  });
}

/** The roster of a review record (the newest one linked to it), else the newest roster. */
export async function rosterForRecord(recordId: string | undefined): Promise<MeetingDraft<'roster'> | undefined> {
  const { valid } = await listDraftsOfType('roster');
  const all = valid as MeetingDraft<'roster'>[];
  return (recordId ? all.find((r) => r.data.recordId === recordId) : undefined) ?? all[0];
}

const TYPE_VI: Record<MeetingDraftType, string> = { roster: 'danh sách', 'vote-tally': 'kiểm phiếu', review: 'bản kiểm điểm', 'review-record': 'kỳ kiểm điểm', summary: 'tổng hợp kết quả' };

/** One draft as a file in the store's export format. */
export function exportDraftJson<T extends MeetingDraftType>(d: MeetingDraft<T>): string {
  return exportDrafts([d]);
}

/**
 * Read a file for one screen: the first draft of the wanted type. Every draft in the file is
 * validated by the store's importer; a wrong or damaged file is refused with the reason.
 */
export function importDraftJson<T extends MeetingDraftType>(type: T, text: string): { ok: true; value: MeetingDraft<T> } | { ok: false; error: string } {
  const p = parseImport(text);
  if (!p.ok) return p;
  const hit = p.value.find((d) => d.type === type);
  if (!hit) return { ok: false, error: `Tệp không có bản nháp loại “${TYPE_VI[type]}”.` };
  return { ok: true, value: hit as MeetingDraft<T> };
}
