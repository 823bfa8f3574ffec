// A plan's calendar for the review: the order of its steps and the deadlines it sets, each
// item with the clause it comes from and the clause's own words. Pure data, no DOM; the
// review record ("Kỳ kiểm điểm") shows it as a checklist.
import type { CitationRef } from '../docs.ts';

export interface TimelineStep {
  /** Stable within a plan (the checklist stores which ids are done). */
  id: string;
  /** What is to be done, in plain Vietnamese (the plan's own wording, shortened where long). */
  text: string;
  /** Who does it, as the plan names them (omitted where the step is the chi bộ's own). */
  who?: string;
  /**
   * The deadline the plan sets, as an ISO date: the step must be finished before this day
   * ("trước ngày 10/12/2025" → '2025-12-10'). Null where the plan sets no calendar date.
   */
  before: string | null;
  /** The deadline as the plan words it ("trước ngày 10/12/2025"), or the plan's rule of timing. */
  when: string | null;
  cite: CitationRef;
  /** The clause's own words ("…" marks a cut). */
  words: string;
}

export interface Timeline {
  /** The document whose steps these are. */
  doc: string;
  steps: readonly TimelineStep[];
  /** What the plan leaves open about timing, said to the user. */
  silence?: string;
}
